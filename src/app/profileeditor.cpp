#include "profileeditor.h"

#include "certificatepin.h"
#include "connectiontester.h"
#include "ui_profileeditor.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->prefixEdit, m_ui->headerEdit,
                            m_ui->userEdit, m_ui->caFileEdit, m_ui->pinEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    connect(m_ui->verifyCheckBox, &QCheckBox::toggled, this, [this] {
        updateWarning();
        Q_EMIT edited();
    });
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &ProfileEditor::chooseCaFile);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &ProfileEditor::testConnection);
    connect(m_tester, &ConnectionTester::succeeded, this,
            [this](const QString &message) { showTestResult(true, message); });
    connect(m_tester, &ConnectionTester::failed, this,
            [this](const QString &message) { showTestResult(false, message); });
    connect(m_tester, &ConnectionTester::untrustedCertificate, this,
            &ProfileEditor::showPresentedCertificate);
    connect(m_ui->trustCertificateButton, &QPushButton::clicked, this,
            &ProfileEditor::trustPresentedCertificate);
    m_ui->certificatePanel->hide();
    updateWarning();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setProfile(const ConnectionProfile &profile)
{
    m_loaded = profile;
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.serverUrl.toString());
    m_ui->prefixEdit->setText(profile.virtualProxyPrefix);
    m_ui->headerEdit->setText(profile.userHeaderName);
    m_ui->userEdit->setText(profile.userId);
    m_ui->caFileEdit->setText(QDir::toNativeSeparators(profile.caCertificateFile));
    m_ui->pinEdit->setText(CertificatePin::normalised(profile.pinnedSha256)
                               ? CertificatePin(profile.pinnedSha256).displayed()
                               : profile.pinnedSha256);
    m_ui->verifyCheckBox->setChecked(!profile.ignoreCertificateErrors);
    m_ui->testResultLabel->clear();
    m_ui->certificatePanel->hide();
    updateWarning();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile profile = m_loaded; // keeps what the editor does not show (timeout)
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.serverUrl = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    if (m_ui->urlEdit->text().trimmed().isEmpty())
        profile.serverUrl = QUrl();
    profile.virtualProxyPrefix = m_ui->prefixEdit->text().trimmed();
    profile.userHeaderName = m_ui->headerEdit->text().trimmed();
    profile.userId = m_ui->userEdit->text().trimmed();
    profile.caCertificateFile = QDir::fromNativeSeparators(m_ui->caFileEdit->text().trimmed());
    // As typed when it is no fingerprint: the profile's validation then says what is wrong.
    const QString pin = m_ui->pinEdit->text().trimmed();
    profile.pinnedSha256 = CertificatePin::normalised(pin).value_or(pin);
    profile.ignoreCertificateErrors = !m_ui->verifyCheckBox->isChecked();
    return profile;
}

void ProfileEditor::testConnection()
{
    m_ui->testResultLabel->setStyleSheet({});
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->certificatePanel->hide();
    m_tester->test(profile());
}

void ProfileEditor::showPresentedCertificate(const QSslCertificate &certificate)
{
    const auto names = [](const QStringList &parts) {
        return parts.isEmpty() ? tr("(none)") : parts.join(u", "_s);
    };
    const QString validity =
        tr("%1 to %2")
            .arg(
                QLocale().toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    m_presentedFingerprint = CertificatePin::fingerprint(certificate);
    // Two lines of 16 bytes: a label wraps only at spaces.
    const QString fingerprint =
        m_presentedFingerprint.left(47) + u'\n' + m_presentedFingerprint.mid(48);
    m_ui->certificateDetailsLabel->setText(
        tr("Subject: %1\nIssued by: %2\nValid: %3\nNames: %4\nSHA-256:\n%5")
            .arg(names(certificate.subjectInfo(QSslCertificate::CommonName) +
                       certificate.subjectInfo(QSslCertificate::Organization)),
                 names(certificate.issuerInfo(QSslCertificate::CommonName) +
                       certificate.issuerInfo(QSslCertificate::Organization)),
                 validity, names(certificate.subjectAlternativeNames().values(QSsl::DnsEntry)),
                 fingerprint));
    m_ui->certificatePanel->show();
    // Room for it without squeezing the fields.
    QWidget *dialog = window();
    const int wanted = dialog->sizeHint().height();
    if (dialog->height() < wanted)
        dialog->resize(dialog->width(), wanted);
}

void ProfileEditor::trustPresentedCertificate()
{
    m_ui->pinEdit->setText(m_presentedFingerprint);
    m_ui->certificatePanel->hide();
    Q_EMIT edited();
    testConnection();
}

void ProfileEditor::chooseCaFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Choose a CA certificate file"), m_ui->caFileEdit->text(),
                        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(file));
        Q_EMIT edited();
    });
    dialog->open();
}

void ProfileEditor::updateWarning()
{
    m_ui->tlsWarningLabel->setVisible(!m_ui->verifyCheckBox->isChecked());
}

void ProfileEditor::showTestResult(bool ok, const QString &message)
{
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->testResultLabel->setStyleSheet(ok ? u"color: #1e7e34;"_s : u"color: #b00020;"_s);
    m_ui->testResultLabel->setText(message);
}
