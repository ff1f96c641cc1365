#pragma once

#include "connectionprofile.h"

#include <memory>
#include <QWidget>

class ConnectionTester;

class QSslCertificate;

namespace Ui {
class ProfileEditor;
}

/// The fields of one connection profile, with a visible warning while certificate verification
/// is off and a "Test connection" button that reports the server version or what is wrong.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setProfile(const ConnectionProfile &profile);
    [[nodiscard]] ConnectionProfile profile() const;
    void testConnection();

Q_SIGNALS:
    void edited();

private:
    void chooseCaFile();
    void updateWarning();
    void showTestResult(bool ok, const QString &message);
    /// What the person needs to decide whether to pin it.
    void showPresentedCertificate(const QSslCertificate &certificate);
    void trustPresentedCertificate();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    ConnectionTester *m_tester = nullptr;
    ConnectionProfile m_loaded;
    QString m_presentedFingerprint; ///< of the certificate the panel shows
};
