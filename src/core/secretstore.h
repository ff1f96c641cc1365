#pragma once

#include <functional>
#include <QObject>
#include <QString>

/// A profile's secret (PFX password, Windows password, token) in the operating system's
/// keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager
/// on Windows. Keyed by profile name under one service name; never written anywhere else (no
/// plaintext fallback). Every call answers later, through its callback, on this thread.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Done, ///< read (the secret is in Outcome::secret), written or removed
        NotFound, ///< nothing is stored for the profile
        Unavailable, ///< no keychain service runs here (e.g. no Secret Service on the bus)
        Failed, ///< the keychain refused (locked, access denied, …): Outcome::message says
    };
    struct Outcome
    {
        Status status = Status::Failed;
        QString secret; ///< with a successful read
        QString message; ///< for people, when not Done; never contains the secret
    };
    using Callback = std::function<void(const Outcome &)>;

    /// `service` names the entries' owner in the keychain (the app's name; tests use their own).
    explicit SecretStore(QString service, QObject *parent = nullptr);
    ~SecretStore() override;

    void read(const QString &profileName, Callback done);
    void write(const QString &profileName, const QString &secret, Callback done);
    /// Removing what is not there is Done too.
    void remove(const QString &profileName, Callback done);
    /// Moves the secret to the new name (read, write, remove); NotFound when there was none.
    void rename(const QString &from, const QString &to, Callback done);

private:
    [[nodiscard]] static QString keyOf(const QString &profileName);

    QString m_service;
};
