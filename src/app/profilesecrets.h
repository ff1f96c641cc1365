#pragma once

#include "connectionprofile.h"
#include "secretstore.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>

/// The app's secrets of its profiles (PFX password, Windows password, token): kept in the OS
/// keychain (SecretStore) or, for a profile that asks each time, only in memory for this run of
/// the app. What the keychain cannot give is asked for through the prompt.
class ProfileSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSecrets)

public:
    /// Asks the person for the profile's secret, saying `why`; nullopt when they cancel.
    using Prompt =
        std::function<std::optional<QString>(const ConnectionProfile &profile, const QString &why)>;
    using Done = std::function<void(std::optional<QString> secret)>;

    explicit ProfileSecrets(const QString &keychainService, QObject *parent = nullptr);
    ~ProfileSecrets() override;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    /// The profile's secret, always later: from memory, the keychain, or the prompt.
    void obtain(const ConnectionProfile &profile, Done done);
    /// Stores the secret in the keychain (and memory); `done` says how that went.
    void store(const QString &profileName, const QString &secret, SecretStore::Callback done);
    /// Keeps the secret for this run of the app only (a profile that asks each time).
    void keepForNow(const QString &profileName, const QString &secret);
    /// The secret in memory, if any (what the editor tests a connection with).
    [[nodiscard]] std::optional<QString> known(const QString &profileName) const;
    /// Reads the keychain's secret of the profile (for the editor's state line and tests).
    void readStored(const QString &profileName, SecretStore::Callback done);
    void rename(const QString &from, const QString &to);
    void remove(const QString &profileName);

private:
    void ask(const ConnectionProfile &profile, const QString &why, const Done &done);

    SecretStore m_store;
    Prompt m_prompt;
    QHash<QString, QString> m_known; ///< profile name → secret, for this run of the app
};
