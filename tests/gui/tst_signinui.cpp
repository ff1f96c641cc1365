// The app with a profile that signs in to Windows through qrs-sim's proxy, its password in a real
// keychain (gnome-keyring on a private session bus: tests/support/with-secret-service.sh), and,
// run as tst_signinui_nokeychain, on a desktop where no keychain service runs.
#include "appfixture.h"
#include "appidentity.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "profilesession.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestSignInUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startsWithTheSecretFromTheKeychain();
    void testConnectionSaysAWrongPasswordInWords();
    void savedSecretGoesToTheKeychainAndMovesWithTheProfile();
    void withoutKeychainThePersonChoosesToBeAskedEachTime();
    void typedTokenSaysWhenItExpires();

private:
    [[nodiscard]] static bool keychainExpected()
    {
        return qEnvironmentVariableIsSet("QTR_SECRET_SERVICE");
    }
    /// The keychain's answer for a profile name (the app's own service).
    static SecretStore::Outcome stored(const QString &profileName);
    /// File › Profiles…, with the profile called `select` chosen when given; null if it did not
    /// open.
    ProfilesDialog *openProfiles(const QString &select = {});
    template<typename T> static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1StringView(name));
    }

    AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
    QString m_promptText; ///< what the password prompt said, when it came
};

SecretStore::Outcome TestSignInUi::stored(const QString &profileName)
{
    SecretStore keychain(AppIdentity::ApplicationName);
    std::optional<SecretStore::Outcome> outcome;
    keychain.read(profileName, [&outcome](const SecretStore::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        return {SecretStore::Status::Failed, {}, u"no answer"_s};
    return *outcome;
}

void TestSignInUi::initTestCase()
{
    const bool noKeychain = qEnvironmentVariableIsSet("QTR_TEST_NO_KEYCHAIN");
    if (!keychainExpected() && !noKeychain)
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (tests/support/"
              "with-secret-service.sh), or QTR_TEST_NO_KEYCHAIN");
    SimProcess::Options options;
    options.signIn = ConnectionProfile::SignIn::Windows;
    QString error;
    QVERIFY2(m_app.setUp(&error, options, noKeychain ? QString() : SimProcess::windowsPassword()),
             qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_app.workspace());
    m_window->resize(1200, 800);
    if (noKeychain) {
        // No keychain to read the password from: the app asks for it (a modal dialog, so a
        // timer answers it from within its event loop), saying why.
        auto *answerer = new QTimer(this);
        connect(answerer, &QTimer::timeout, this, [this, answerer] {
            auto *prompt = m_window->findChild<QInputDialog *>(u"secretPrompt"_s);
            if (!prompt || !prompt->isVisible())
                return;
            answerer->stop();
            m_promptText = prompt->labelText();
            prompt->setTextValue(SimProcess::windowsPassword());
            prompt->accept();
        });
        answerer->start(50);
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Either way the profile connects: with the keychain's password, or with the one given.
    QTRY_VERIFY_WITH_TIMEOUT(m_app.activeSession(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.activeSession()->state(), ProfileSession::State::Connected,
                              10000);
    if (noKeychain) {
        QVERIFY2(m_promptText.contains(u"No keychain service runs on this desktop"_s),
                 qPrintable(m_promptText));
        QVERIFY(m_promptText.contains(u"The Windows password of ACME\\tester"_s));
    }
}

void TestSignInUi::cleanupTestCase()
{
    m_window.reset();
}

ProfilesDialog *TestSignInUi::openProfiles(const QString &select)
{
    m_window->openProfiles();
    ProfilesDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ProfilesDialog *>()); }))
        qWarning("the profiles dialog did not open");
    if (!dialog || select.isEmpty())
        return dialog;
    auto *list = child<QListWidget>(dialog, "profilesList");
    const auto items = list->findItems(select, Qt::MatchExactly);
    if (items.isEmpty())
        return nullptr;
    list->setCurrentItem(items.constFirst());
    items.constFirst()->setSelected(true);
    return dialog;
}

void TestSignInUi::startsWithTheSecretFromTheKeychain()
{
    if (!keychainExpected())
        QSKIP("needs a keychain");
    QVERIFY(!m_window->findChild<QInputDialog *>(u"secretPrompt"_s)); // nothing was asked
    QVERIFY(!m_app.settingsFileContent().contains(SimProcess::windowsPassword().toUtf8()));
}

void TestSignInUi::testConnectionSaysAWrongPasswordInWords()
{
    if (!keychainExpected())
        QSKIP("needs a keychain");
    ProfilesDialog *dialog = openProfiles(u"Simulator"_s);
    QVERIFY(dialog);
    ProfileEditor *editor = dialog->editor();
    QCOMPARE(child<QComboBox>(editor, "signInCombo")->currentText(), u"Windows"_s);
    QVERIFY(!child<QLineEdit>(editor, "headerEdit")->isVisible()); // not this method's
    QVERIFY(child<QLineEdit>(editor, "secretEdit")->isVisible());
    QTRY_COMPARE(child<QLabel>(editor, "secretStateLabel")->text(),
                 u"Stored in the system keychain. Type here to replace it."_s);
    auto *result = child<QLabel>(editor, "testResultLabel");
    // With the stored password, then with a wrong one typed.
    QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Connected"_s), 10000);
    QTest::keyClicks(child<QLineEdit>(editor, "secretEdit"), u"not the password"_s);
    QTest::mouseClick(child<QPushButton>(editor, "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().contains(u"did not accept the Windows sign-in of ACME\\tester"_s), 10000);
    dialog->close();
}

void TestSignInUi::savedSecretGoesToTheKeychainAndMovesWithTheProfile()
{
    if (!keychainExpected())
        QSKIP("needs a keychain");
    ProfilesDialog *dialog = openProfiles(u"Simulator"_s);
    QVERIFY(dialog);
    ProfileEditor *editor = dialog->editor();
    auto *name = child<QLineEdit>(editor, "nameEdit");
    name->clear();
    QTest::keyClicks(name, u"Desk"_s);
    auto *secret = child<QLineEdit>(editor, "secretEdit");
    secret->clear();
    QTest::keyClicks(secret, u"a new password"_s);
    QVERIFY(dialog->saveProfile());
    QTRY_COMPARE_WITH_TIMEOUT(stored(u"Desk"_s).secret, u"a new password"_s, 10000);
    QCOMPARE(stored(u"Simulator"_s).status, SecretStore::Status::NotFound); // moved
    QVERIFY(!m_app.settingsFileContent().contains("a new password"));

    // Saving selected it in the list: deleting it deletes its secret.
    QCOMPARE(child<QListWidget>(dialog, "profilesList")->currentItem()->text(), u"Desk"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "removeProfileButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stored(u"Desk"_s).status, SecretStore::Status::NotFound, 10000);
    dialog->close();
}

void TestSignInUi::withoutKeychainThePersonChoosesToBeAskedEachTime()
{
    if (keychainExpected())
        QSKIP("runs as tst_signinui_nokeychain, without a keychain");
    ProfilesDialog *dialog = openProfiles(u"Simulator"_s);
    QVERIFY(dialog);
    ProfileEditor *editor = dialog->editor();
    QTRY_VERIFY(child<QLabel>(editor, "secretStateLabel")
                    ->text()
                    .contains(u"No keychain service runs on this desktop"_s));
    child<QLineEdit>(editor, "secretEdit")->setText(SimProcess::windowsPassword()); // not ASCII
    // The question comes up (a modal box: a timer answers it from within its event loop);
    // "Ask each time" is chosen.
    bool asked = false;
    auto *answerer = new QTimer(this);
    connect(answerer, &QTimer::timeout, this, [this, answerer, &asked] {
        auto *question = m_window->findChild<QMessageBox *>(u"keychainQuestion"_s);
        if (!question || !question->isVisible())
            return;
        answerer->deleteLater();
        asked = question->text().contains(u"No keychain service runs on this desktop"_s);
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == u"&Ask each time"_s)
                button->click();
        }
    });
    answerer->start(50);
    QVERIFY(dialog->saveProfile());
    QTRY_VERIFY_WITH_TIMEOUT(m_app.profiles().profile(u"Simulator"_s)->askSecretEachTime, 10000);
    QVERIFY(asked);
    QVERIFY(child<QCheckBox>(editor, "rememberSecretCheckBox")->isChecked() == false);
    QVERIFY(!m_app.settingsFileContent().contains(SimProcess::windowsPassword().toUtf8()));
    dialog->close();
    // The password typed is kept for this run of the app: the profile connects with it.
    QTRY_VERIFY_WITH_TIMEOUT(m_app.activeSession() &&
                                 m_app.activeSession()->state() == ProfileSession::State::Connected,
                             10000);
}

void TestSignInUi::typedTokenSaysWhenItExpires()
{
    ProfilesDialog *dialog = openProfiles();
    QVERIFY(dialog);
    dialog->addProfile();
    ProfileEditor *editor = dialog->editor();
    auto *method = child<QComboBox>(editor, "signInCombo");
    method->setCurrentIndex(method->findText(u"JWT"_s));
    QVERIFY(!child<QLineEdit>(editor, "userEdit")->isVisible()); // the token names the user
    const QString expired = SimProcess::authData(u"expired.jwt"_s);
    child<QLineEdit>(editor, "secretEdit")->setText(expired);
    auto *state = child<QLabel>(editor, "secretStateLabel");
    QTRY_VERIFY2(state->text().contains(u"The token expired on"_s), qPrintable(state->text()));
    QVERIFY(!state->text().contains(expired));
    dialog->close();
}

QTEST_MAIN(TestSignInUi)
#include "tst_signinui.moc"
