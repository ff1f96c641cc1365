#pragma once

#include "connectionprofile.h"

#include <memory>
#include <optional>
#include <QWidget>

class ConnectionTester;
class ProfileSecrets;

class QLineEdit;
class QSslCertificate;

namespace Ui {
class ProfileEditor;
}

/// The fields of one connection profile, those of its sign-in method only, with a visible
/// warning while certificate verification is off and a "Test connection" button that reports the
/// server version or what is wrong. The secret (PFX password, Windows password, token) is typed
/// here but not part of the profile: the dialog stores it in the keychain.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    /// Where the editor looks up stored secrets (the state line, Test connection); may be null.
    void setSecrets(ProfileSecrets *secrets) { m_secrets = secrets; }
    void setProfile(const ConnectionProfile &profile);
    [[nodiscard]] ConnectionProfile profile() const;
    /// What was typed into the secret field; nullopt when nothing was (the stored one stays).
    [[nodiscard]] std::optional<QString> typedSecret() const;
    /// The line under the secret field: where the secret is kept.
    void showSecretState(const QString &text);
    void testConnection();

Q_SIGNALS:
    void edited();

private:
    void chooseCaFile();
    /// A file dialog for `edit`, named `objectName` (tests find it by that name).
    void chooseFile(QLineEdit *edit, const QString &title, const QString &filter,
                    const QString &objectName);
    [[nodiscard]] ConnectionProfile::SignIn signIn() const;
    /// Shows the rows of the chosen method only, with its words.
    void updateSignInRows();
    void updateStoredSecretState();
    void testWith(const ConnectionProfile &profile, const QString &secret);
    void updateWarning();
    void showTestResult(bool ok, const QString &message);
    /// What the person needs to decide whether to pin it.
    void showPresentedCertificate(const QSslCertificate &certificate);
    void trustPresentedCertificate();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    ConnectionTester *m_tester = nullptr;
    ProfileSecrets *m_secrets = nullptr;
    ConnectionProfile m_loaded;
    QString m_presentedFingerprint; ///< of the certificate the panel shows
};
