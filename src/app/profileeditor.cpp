#include "profileeditor.h"

#include "bearertoken.h"
#include "certificatepin.h"
#include "connectiontester.h"
#include "profilesecrets.h"
#include "ui_profileeditor.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    using SignIn = ConnectionProfile::SignIn;
    for (const SignIn method : {SignIn::Header, SignIn::Certificate, SignIn::Windows, SignIn::Jwt,
                                SignIn::CloudApiKey, SignIn::CloudOAuth})
        m_ui->signInCombo->addItem(ConnectionProfile::signInName(method), int(method));
    connect(m_ui->signInCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateSignInRows();
        updateStoredSecretState();
        Q_EMIT edited();
    });
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->urlEdit, m_ui->prefixEdit, m_ui->headerEdit, m_ui->userEdit,
          m_ui->userDirectoryEdit, m_ui->clientKeyEdit, m_ui->secretEdit, m_ui->caFileEdit,
          m_ui->pinEdit, m_ui->watchFilterEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    // A token's expiry is said as soon as it is typed (read from the token, never shown).
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this](const QString &typed) {
        if (signIn() == ConnectionProfile::SignIn::Jwt && !typed.isEmpty())
            showSecretState(BearerToken::expiryWarning(typed, QDateTime::currentDateTimeUtc()));
    });
    connect(m_ui->clientCertificateEdit, &QLineEdit::textChanged, this, [this] {
        updateSignInRows(); // a PFX brings the password row, a PEM the key row
        Q_EMIT edited();
    });
    connect(m_ui->rememberSecretCheckBox, &QCheckBox::toggled, this, &ProfileEditor::edited);
    connect(m_ui->watchCheckBox, &QCheckBox::toggled, this, [this] {
        updateSignInRows();
        Q_EMIT edited();
    });
    connect(m_ui->clientCertificateBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_ui->clientCertificateEdit, tr("Choose the client certificate"),
                   tr("Client certificates (*.pem *.pfx *.p12);;All files (*)"),
                   u"clientCertificateDialog"_s);
    });
    connect(m_ui->clientKeyBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_ui->clientKeyEdit, tr("Choose the client key"),
                   tr("PEM keys (*.pem *.key);;All files (*)"), u"clientKeyDialog"_s);
    });
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
    m_ui->signInCombo->blockSignals(true);
    m_ui->signInCombo->setCurrentIndex(m_ui->signInCombo->findData(int(profile.signIn)));
    m_ui->signInCombo->blockSignals(false);
    m_ui->userDirectoryEdit->setText(profile.userDirectory);
    m_ui->clientCertificateEdit->setText(QDir::toNativeSeparators(profile.clientCertificateFile));
    m_ui->clientKeyEdit->setText(QDir::toNativeSeparators(profile.clientKeyFile));
    m_ui->secretEdit->clear();
    m_ui->rememberSecretCheckBox->setChecked(!profile.askSecretEachTime);
    m_ui->urlEdit->setText(profile.serverUrl.toString());
    m_ui->prefixEdit->setText(profile.virtualProxyPrefix);
    m_ui->headerEdit->setText(profile.userHeaderName);
    m_ui->userEdit->setText(profile.userId);
    m_ui->caFileEdit->setText(QDir::toNativeSeparators(profile.caCertificateFile));
    m_ui->pinEdit->setText(CertificatePin::normalised(profile.pinnedSha256)
                               ? CertificatePin(profile.pinnedSha256).displayed()
                               : profile.pinnedSha256);
    m_ui->verifyCheckBox->setChecked(!profile.ignoreCertificateErrors);
    m_ui->watchCheckBox->setChecked(profile.watchServer);
    m_ui->watchFilterEdit->setText(profile.watchNotifyFilter.join(u"; "_s));
    m_ui->testResultLabel->clear();
    m_ui->certificatePanel->hide();
    updateWarning();
    updateSignInRows();
    updateStoredSecretState();
}

ConnectionProfile::SignIn ProfileEditor::signIn() const
{
    return ConnectionProfile::SignIn(m_ui->signInCombo->currentData().toInt());
}

void ProfileEditor::updateSignInRows()
{
    using SignIn = ConnectionProfile::SignIn;
    const SignIn method = signIn();
    const ConnectionProfile shown = profile();
    QFormLayout *form = m_ui->formLayout;
    const bool cloud = ConnectionProfile::isCloud(method);
    form->setRowVisible(m_ui->prefixEdit, method != SignIn::Certificate && !cloud);
    form->setRowVisible(m_ui->headerEdit, method == SignIn::Header);
    form->setRowVisible(m_ui->userDirectoryEdit, method == SignIn::Certificate);
    form->setRowVisible(m_ui->userEdit, method != SignIn::Jwt && method != SignIn::CloudApiKey);
    form->setRowVisible(m_ui->clientCertificateLayout, method == SignIn::Certificate);
    form->setRowVisible(m_ui->clientKeyLayout,
                        method == SignIn::Certificate && !shown.needsSecret());
    form->setRowVisible(m_ui->secretLayout, shown.needsSecret());
    // A tenant's certificate is always verified against the trusted authorities.
    form->setRowVisible(m_ui->pinEdit, !cloud);
    form->setRowVisible(m_ui->verifyCheckBox, !cloud);
    // Qlik Cloud has no repository to watch.
    form->setRowVisible(m_ui->watchCheckBox, !cloud);
    form->setRowVisible(m_ui->watchFilterEdit, !cloud && m_ui->watchCheckBox->isChecked());
    m_ui->urlLabel->setText(cloud ? tr("Tenant &URL") : tr("Server &URL"));
    m_ui->urlEdit->setPlaceholderText(cloud ? u"https://TENANT.REGION.qlikcloud.com"_s
                                            : u"https://qlik.example.com"_s);
    switch (method) {
    case SignIn::Header:
        m_ui->prefixEdit->setPlaceholderText(u"opcon"_s);
        m_ui->userLabel->setText(tr("Use&r"));
        m_ui->userEdit->setPlaceholderText(u"DOMAIN\\svc_reload"_s);
        break;
    case SignIn::Certificate:
        m_ui->userLabel->setText(tr("Use&r id"));
        m_ui->userEdit->setPlaceholderText(u"sa_api"_s);
        m_ui->secretLabel->setText(tr("PF&X password"));
        m_ui->secretEdit->setPlaceholderText(tr("the password set when the PFX was exported"));
        break;
    case SignIn::Windows:
        m_ui->prefixEdit->setPlaceholderText(tr("none: the default virtual proxy"));
        m_ui->userLabel->setText(tr("Windows us&er"));
        m_ui->userEdit->setPlaceholderText(u"DOMAIN\\user"_s);
        m_ui->secretLabel->setText(tr("Passwo&rd"));
        m_ui->secretEdit->setPlaceholderText(tr("the Windows password of that user"));
        break;
    case SignIn::Jwt:
        m_ui->prefixEdit->setPlaceholderText(u"jwt"_s);
        m_ui->secretLabel->setText(tr("To&ken"));
        m_ui->secretEdit->setPlaceholderText(tr("the JWT the virtual proxy accepts"));
        break;
    case SignIn::CloudApiKey:
        m_ui->secretLabel->setText(tr("API &key"));
        m_ui->secretEdit->setPlaceholderText(tr("generated in the tenant under Profile settings"));
        break;
    case SignIn::CloudOAuth:
        m_ui->userLabel->setText(tr("OAuth c&lient id"));
        m_ui->userEdit->setPlaceholderText(tr("a machine-to-machine client of the tenant"));
        m_ui->secretLabel->setText(tr("Client s&ecret"));
        m_ui->secretEdit->setPlaceholderText(tr("shown once when the client was created"));
        break;
    }
}

void ProfileEditor::showSecretState(const QString &text)
{
    m_ui->secretStateLabel->setText(text);
}

void ProfileEditor::updateStoredSecretState()
{
    const ConnectionProfile shown = profile();
    if (!shown.needsSecret() || !m_secrets)
        return showSecretState({});
    if (m_loaded.askSecretEachTime)
        return showSecretState(tr("Not stored: asked each time the app connects."));
    if (m_loaded.name.isEmpty() || m_loaded.signIn != shown.signIn)
        return showSecretState(tr("Stored in the system keychain when the profile is saved."));
    showSecretState(tr("Looking in the keychain…"));
    const QString name = m_loaded.name;
    // The keychain may answer after the editor is gone.
    m_secrets->readStored(name, [self = QPointer(this), name](const SecretStore::Outcome &outcome) {
        if (!self || name != self->m_loaded.name)
            return;
        switch (outcome.status) {
        case SecretStore::Status::Done:
            return self->showSecretState(
                tr("Stored in the system keychain. Type here to replace it."));
        case SecretStore::Status::NotFound:
            return self->showSecretState(tr("Not stored yet: type it here."));
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Failed:
            return self->showSecretState(outcome.message);
        }
    });
}

std::optional<QString> ProfileEditor::typedSecret() const
{
    if (m_ui->secretEdit->text().isEmpty())
        return std::nullopt;
    return m_ui->secretEdit->text();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile profile = m_loaded; // keeps what the editor does not show (timeout)
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.serverUrl = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    if (m_ui->urlEdit->text().trimmed().isEmpty())
        profile.serverUrl = QUrl();
    profile.signIn = signIn();
    using SignIn = ConnectionProfile::SignIn;
    // Only the chosen method's fields count: the hidden ones are kept out of the profile.
    profile.virtualProxyPrefix =
        profile.signIn == SignIn::Certificate ? QString() : m_ui->prefixEdit->text().trimmed();
    profile.userHeaderName =
        profile.signIn == SignIn::Header ? m_ui->headerEdit->text().trimmed() : QString();
    profile.userId = profile.signIn == SignIn::Jwt ? QString() : m_ui->userEdit->text().trimmed();
    const bool certificate = profile.signIn == SignIn::Certificate;
    profile.userDirectory = certificate ? m_ui->userDirectoryEdit->text().trimmed() : QString();
    profile.clientCertificateFile = certificate
        ? QDir::fromNativeSeparators(m_ui->clientCertificateEdit->text().trimmed())
        : QString();
    profile.clientKeyFile = certificate && !profile.needsSecret()
        ? QDir::fromNativeSeparators(m_ui->clientKeyEdit->text().trimmed())
        : QString();
    profile.askSecretEachTime = profile.needsSecret() && !m_ui->rememberSecretCheckBox->isChecked();
    profile.watchServer = !profile.isCloud() && m_ui->watchCheckBox->isChecked();
    profile.watchNotifyFilter.clear();
    if (profile.watchServer) {
        for (const QString &term : m_ui->watchFilterEdit->text().split(u';', Qt::SkipEmptyParts)) {
            if (!term.trimmed().isEmpty())
                profile.watchNotifyFilter.append(term.trimmed());
        }
    }
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
    const ConnectionProfile tested = profile();
    if (!tested.needsSecret())
        return testWith(tested, {});
    if (const auto typed = typedSecret())
        return testWith(tested, *typed);
    if (m_secrets) {
        if (const auto known = m_secrets->known(m_loaded.name);
            known && tested.name == m_loaded.name)
            return testWith(tested, *known);
        if (!tested.askSecretEachTime && tested.name == m_loaded.name) {
            m_secrets->readStored(
                tested.name, [self = QPointer(this), tested](const SecretStore::Outcome &outcome) {
                    if (self)
                        self->testWith(tested, outcome.secret);
                });
            return;
        }
    }
    testWith(tested, {});
}

void ProfileEditor::testWith(const ConnectionProfile &profile, const QString &secret)
{
    m_tester->test(profile, secret);
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
    chooseFile(m_ui->caFileEdit, tr("Choose a CA certificate file"),
               tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), u"caFileDialog"_s);
}

void ProfileEditor::chooseFile(QLineEdit *edit, const QString &title, const QString &filter,
                               const QString &objectName)
{
    auto *dialog = new QFileDialog(this, title, edit->text(), filter);
    dialog->setObjectName(objectName);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, edit](const QString &file) {
        edit->setText(QDir::toNativeSeparators(file));
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
