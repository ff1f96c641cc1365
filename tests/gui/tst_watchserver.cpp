// "Watch every run on this server": the runs the server's scheduler starts appear in the app,
// and the failures the profile's filter names notify over a real D-Bus session bus, the others
// not.
#include "appfixture.h"
#include "appsettings.h"
#include "desktopintegration.h"
#include "freedesktopnotifier.h"
#include "notificationbus.h"
#include "profilesession.h"
#include "runtracker.h"

#include <memory>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWatchServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scheduledRunsAppearAndMatchingFailuresNotify();

private:
    [[nodiscard]] ProfileSession *session() const { return m_app.activeSession(); }
    /// Finished runs of the task the active session saw on the server.
    [[nodiscard]] int seenEnded(const QString &task) const;
    [[nodiscard]] bool notifiedAbout(const QString &task) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PrivateSessionBus> m_bus;
    std::unique_ptr<NotificationServerStandIn> m_server;
    AppFixture m_app;
    std::unique_ptr<DesktopIntegration> m_desktop;
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

    // What the profile editor saves when the box is ticked: the session is made anew with it.
    ConnectionProfile profile = session()->profile();
    profile.watchServer = true;
    profile.watchNotifyFilter = {u"tag=Nightly"_s};
    QVERIFY(m_app.profiles().update(profile.name, profile).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session() && session()->profile().watchServer, 10000);
    session()->tracker().setPollInterval(std::chrono::milliseconds(200));
}

void TestWatchServer::cleanupTestCase()
{
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

bool TestWatchServer::notifiedAbout(const QString &task) const
{
    const auto &calls = m_server->notifyCalls();
    return std::any_of(calls.cbegin(), calls.cend(), [&](const auto &call) {
        return call.summary.contains(task) || call.body.contains(task);
    });
}

void TestWatchServer::scheduledRunsAppearAndMatchingFailuresNotify()
{
    QVERIFY(session()->watch().isWatching());
    QTRY_VERIFY_WITH_TIMEOUT(seenEnded(u"Hourly ok"_s) >= 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(seenEnded(u"Sandbox failing"_s) >= 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(notifiedAbout(u"Nightly failing"_s), 15000);
    // Successes seen on the server and failures outside the filter say nothing.
    QVERIFY(!notifiedAbout(u"Hourly ok"_s));
    QVERIFY(!notifiedAbout(u"Sandbox failing"_s));
}

QTEST_MAIN(TestWatchServer)
#include "tst_watchserver.moc"
