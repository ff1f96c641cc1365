// "Watch every run on this server": the runs the server's scheduler starts appear in the app,
// and the failures the profile's filter names notify over a real D-Bus session bus, the others
// not.
#include "appfixture.h"
#include "appsettings.h"
#include "desktopintegration.h"
#include "freedesktopnotifier.h"
#include "mainwindow.h"
#include "notificationbus.h"
#include "profileeditor.h"
#include "profilesession.h"
#include "runtracker.h"

#include <memory>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWatchServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void watchActionWatchesTheActiveServer();
    void scheduledRunsAppearAndMatchingFailuresNotify();
    void profileEditorOffersWatchingForRepositoriesOnly();

private:
    [[nodiscard]] ProfileSession *session() const { return m_app.activeSession(); }
    /// Finished runs of the task the active session saw on the server.
    [[nodiscard]] int seenEnded(const QString &task) const;
    /// Whether a notification from the `from`th on tells of the task.
    [[nodiscard]] bool notifiedAbout(const QString &task, qsizetype from = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PrivateSessionBus> m_bus;
    std::unique_ptr<NotificationServerStandIn> m_server;
    AppFixture m_app;
    std::unique_ptr<DesktopIntegration> m_desktop;
    std::unique_ptr<MainWindow> m_window;
};

void TestWatchServer::initTestCase()
{
    qRegisterMetaType<ProfileSession *>();
    if (PrivateSessionBus::executable().isEmpty())
        QSKIP("dbus-daemon is not installed (Debian package dbus-daemon)");
    m_bus = std::make_unique<PrivateSessionBus>();
    QVERIFY2(m_bus->isRunning(), qPrintable(m_bus->errorString()));
    m_server = std::make_unique<NotificationServerStandIn>(*m_bus);
    QVERIFY(m_server->registerService());

    // Nobody starts these: the sim's scheduler does.
    QVERIFY(m_dir.isValid());
    QFile scenario(m_dir.filePath(u"scheduled.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"apps": [{"name": "Ops App", "stream": "Ops"}], "streams": [{"name": "Ops"}],
        "tasks": [
          {"name": "Hourly ok", "app": "Ops App", "tags": ["Nightly"],
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 100,
           "schedule": {"everyMs": 500, "firstAtMs": 100}},
          {"name": "Nightly failing", "app": "Ops App", "tags": ["Nightly"],
           "outcome": "FinishedFail", "errorMessage": "Error: Field 'X' not found",
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 100,
           "schedule": {"everyMs": 1000, "firstAtMs": 300}},
          {"name": "Sandbox failing", "app": "Ops App", "outcome": "FinishedFail",
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 100,
           "schedule": {"everyMs": 1000, "firstAtMs": 200}}]})");
    scenario.close();
    SimProcess::Options options;
    options.scenarioFile = scenario.fileName();
    QString error;
    QVERIFY2(m_app.setUp(&error, options), qPrintable(error));
    m_app.settings().setNotifyPolicy(AppSettings::NotifyPolicy::EveryRun);
    m_desktop = std::make_unique<DesktopIntegration>(
        m_app.workspace(), std::make_unique<FreedesktopNotifier>(m_bus->connection(u"app"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasNotificationService(), 10000);

    session()->tracker().setPollInterval(std::chrono::milliseconds(200));
    m_window = std::make_unique<MainWindow>(m_app.workspace());
}

void TestWatchServer::cleanupTestCase()
{
    m_window.reset();
    m_desktop.reset();
    m_server.reset();
    m_bus.reset();
}

int TestWatchServer::seenEnded(const QString &task) const
{
    int ended = 0;
    const RunTracker &tracker = session()->tracker();
    for (const RunId id : tracker.runIds()) {
        const Run *run = tracker.run(id);
        ended +=
            run->origin == RunOrigin::SeenOnServer && run->task.name == task && run->isFinished();
    }
    return ended;
}

bool TestWatchServer::notifiedAbout(const QString &task, qsizetype from) const
{
    const auto &calls = m_server->notifyCalls();
    return std::any_of(
        calls.cbegin() + std::min(from, calls.size()), calls.cend(),
        [&](const auto &call) { return call.summary.contains(task) || call.body.contains(task); });
}

void TestWatchServer::watchActionWatchesTheActiveServer()
{
    auto *action = m_window->findChild<QAction *>(u"actionWatchServer"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->isChecked());
    ProfileSession *before = session();
    action->trigger();
    QVERIFY(session()->watch().isWatching());
    QVERIFY(action->isChecked());
    // The profile keeps it, and the session is the same: nothing it follows is left behind.
    QVERIFY(m_app.profiles().profile(u"Simulator"_s)->watchServer);
    QCOMPARE(session(), before);
    QTRY_VERIFY_WITH_TIMEOUT(seenEnded(u"Hourly ok"_s) >= 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(session()->stateText().contains(u"watching every run"_s), 5000);

    action->trigger();
    QVERIFY(!session()->watch().isWatching());
    QVERIFY(!m_app.profiles().profile(u"Simulator"_s)->watchServer);
    QCOMPARE(session(), before);
    const int seen = seenEnded(u"Hourly ok"_s);
    QTest::qWait(1200); // two scheduled runs would be seen meanwhile
    QCOMPARE(seenEnded(u"Hourly ok"_s), seen);
}

void TestWatchServer::scheduledRunsAppearAndMatchingFailuresNotify()
{
    // What the profile editor saves when the box is ticked, with a filter.
    ConnectionProfile profile = session()->profile();
    profile.watchServer = true;
    profile.watchNotifyFilter = {u"tag=Nightly"_s};
    QVERIFY(m_app.profiles().update(profile.name, profile).isEmpty());
    const qsizetype before = m_server->notifyCalls().size();
    const int sandboxBefore = seenEnded(u"Sandbox failing"_s);

    QVERIFY(session()->watch().isWatching());
    QTRY_VERIFY_WITH_TIMEOUT(seenEnded(u"Hourly ok"_s) >= 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(seenEnded(u"Sandbox failing"_s) >= sandboxBefore + 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(notifiedAbout(u"Nightly failing"_s, before), 15000);
    // Successes seen on the server and failures outside the filter say nothing.
    QVERIFY(!notifiedAbout(u"Hourly ok"_s, before));
    QVERIFY(!notifiedAbout(u"Sandbox failing"_s, before));
}

void TestWatchServer::profileEditorOffersWatchingForRepositoriesOnly()
{
    ProfileEditor editor;
    ConnectionProfile profile = session()->profile();
    profile.watchServer = true;
    profile.watchNotifyFilter = {u"tag=Nightly"_s, u"task=Reload *"_s};
    editor.setProfile(profile);
    editor.show();
    auto *watch = editor.findChild<QCheckBox *>(u"watchCheckBox"_s);
    auto *filter = editor.findChild<QLineEdit *>(u"watchFilterEdit"_s);
    QVERIFY(watch && filter);
    QVERIFY(watch->isChecked());
    QVERIFY(filter->isVisible());
    QCOMPARE(filter->text(), u"tag=Nightly; task=Reload *"_s);
    QCOMPARE(editor.profile().watchNotifyFilter, profile.watchNotifyFilter);

    filter->setText(u" stream=Sales ;; app=*Ledger "_s);
    QCOMPARE(editor.profile().watchNotifyFilter,
             (QStringList {u"stream=Sales"_s, u"app=*Ledger"_s}));
    // Not watched: no filter either, and none is asked for.
    watch->setChecked(false);
    QVERIFY(!filter->isVisible());
    QVERIFY(!editor.profile().watchServer);
    QVERIFY(editor.profile().watchNotifyFilter.isEmpty());
    // A Qlik Cloud tenant has no repository to watch.
    watch->setChecked(true);
    auto *signIn = editor.findChild<QComboBox *>(u"signInCombo"_s);
    signIn->setCurrentIndex(signIn->findData(int(ConnectionProfile::SignIn::CloudApiKey)));
    QVERIFY(!watch->isVisible());
    QVERIFY(!editor.profile().watchServer);
}

QTEST_MAIN(TestWatchServer)
#include "tst_watchserver.moc"
