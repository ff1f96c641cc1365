// Desktop notifications of finished runs as a desktop shows them: the app's DesktopIntegration
// talks over a real D-Bus session bus (a dbus-daemon of the test's own) to a stand-in for the
// desktop's notification server, which records each Notify call and clicks the buttons.
#include "appfixture.h"
#include "appsettings.h"
#include "desktopintegration.h"
#include "freedesktopnotifier.h"
#include "mainwindow.h"
#include "notificationbus.h"
#include "profilesession.h"
#include "qrsrunserver.h"
#include "rundetailspane.h"
#include "runtracker.h"

#include <memory>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestNotifications final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void finishedRunIsNotifiedWithActions();
    void showDetailsRevealsTheRun();
    void runAgainStartsTheTaskOnceMore();
    void scriptLogShowsTheFailuresLog();
    void runsEndingInOnePollMakeOneNotification();
    void policyDecidesWhatIsNotified();
    void withoutAServiceTheWordsStillCome();

private:
    [[nodiscard]] ProfileSession *session() const { return m_app.activeSession(); }
    /// Starts the task and waits for its notification; the Notify call it made.
    NotificationServerStandIn::NotifyCall notifiedRun(const QString &task, RunId *id);
    [[nodiscard]] int startRequests();

    std::unique_ptr<PrivateSessionBus> m_bus;
    std::unique_ptr<NotificationServerStandIn> m_server;
    AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

void TestNotifications::initTestCase()
{
    qRegisterMetaType<ProfileSession *>();
    if (PrivateSessionBus::executable().isEmpty())
        QSKIP("dbus-daemon is not installed (Debian package dbus-daemon)");
    m_bus = std::make_unique<PrivateSessionBus>();
    QVERIFY2(m_bus->isRunning(), qPrintable(m_bus->errorString()));
    m_server = std::make_unique<NotificationServerStandIn>(*m_bus);
    QVERIFY(m_server->registerService());

    QString error;
    QVERIFY2(m_app.setUp(&error), qPrintable(error));
    QVERIFY(session());
    session()->tracker().setPollInterval(std::chrono::milliseconds(200));
    m_window = std::make_unique<MainWindow>(m_app.workspace());
    m_desktop = std::make_unique<DesktopIntegration>(
        m_app.workspace(), std::make_unique<FreedesktopNotifier>(m_bus->connection(u"app"_s)));
    // What main() wires up.
    connect(m_desktop.get(), &DesktopIntegration::showRunRequested, m_window.get(),
            &MainWindow::revealRun);
    connect(m_desktop.get(), &DesktopIntegration::scriptLogRequested, m_window.get(),
            [this](ProfileSession *session, RunId id) {
                m_window->revealRun(session, id);
                m_window->showSelectedScriptLog();
            });
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasNotificationService(), 10000);
}

void TestNotifications::cleanupTestCase()
{
    m_desktop.reset();
    m_window.reset();
    m_server.reset();
    m_bus.reset();
}

void TestNotifications::init()
{
    m_app.settings().setNotifyPolicy(AppSettings::NotifyPolicy::EveryRun);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.workspace().runningCount(), 0, 10000);
}

void TestNotifications::cleanup()
{
    m_app.workspace().setPollingPaused(false); // a failed test must not leave it paused
}

NotificationServerStandIn::NotifyCall TestNotifications::notifiedRun(const QString &task, RunId *id)
{
    // The notification of this run: one of a run that ended just before may come first.
    const qsizetype before = m_server->notifyCalls().size();
    *id = session()->tracker().start(TaskRef::byName(task));
    const auto ours = [&]() -> std::optional<NotificationServerStandIn::NotifyCall> {
        const auto &calls = m_server->notifyCalls();
        for (qsizetype i = before; i < calls.size(); ++i) {
            if (calls.at(i).summary.startsWith(task + u' '))
                return calls.at(i);
        }
        return std::nullopt;
    };
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(ours().has_value(), 10000);
    }();
    return ours().value_or(NotificationServerStandIn::NotifyCall());
}

int TestNotifications::startRequests()
{
    return m_app.sim().requestCount(u"POST"_s, u"/start/synchronous"_s);
}

void TestNotifications::finishedRunIsNotifiedWithActions()
{
    RunId id = 0;
    const auto failure = notifiedRun(u"Fast Fail"_s, &id);
    QCOMPARE(failure.summary, u"Fast Fail failed"_s);
    const QStringList body = failure.body.split(u'\n');
    QVERIFY2(body.value(0).startsWith(u"Simulator · "_s), qPrintable(failure.body));
    QCOMPARE(body.value(1), u"Error: Field 'CostCenter' not found"_s);
    QCOMPARE(failure.actions,
             QStringList({u"default"_s, u"Show details"_s, u"details"_s, u"Show details"_s,
                          u"run-again"_s, u"Run again"_s, u"script-log"_s, u"Script log"_s}));
    QCOMPARE(failure.hints.value(u"urgency"_s).value<uchar>(), uchar(2)); // critical
    QCOMPARE(failure.appName, QGuiApplication::applicationDisplayName());
    QCOMPARE(failure.expireTimeout, -1);

    const auto success = notifiedRun(u"Fast Success"_s, &id);
    QCOMPARE(success.summary, u"Fast Success succeeded"_s);
    QCOMPARE(success.body.split(u'\n').size(), 1);
    QCOMPARE(success.hints.value(u"urgency"_s).value<uchar>(), uchar(1)); // normal
    QVERIFY(!success.actions.contains(u"script-log"_s));
    QVERIFY(success.actions.contains(u"run-again"_s));
}

void TestNotifications::showDetailsRevealsTheRun()
{
    RunId other = 0;
    RunId shown = 0;
    notifiedRun(u"Fast Success"_s, &other);
    const auto call = notifiedRun(u"Fast Fail"_s, &shown);
    m_window->hide();
    m_window->showRun(session(), other);

    m_server->invokeAction(call.id, u"details"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsPane()->runId(), shown, 10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // A click on the notification itself does the same.
    m_window->showRun(session(), other);
    m_server->invokeAction(call.id, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsPane()->runId(), shown, 10000);

    // The server closed it: a late click of another app's id or ours does nothing.
    m_server->dismiss(call.id);
    m_window->showRun(session(), other);
    QSignalSpy requests(m_desktop.get(), &DesktopIntegration::showRunRequested);
    m_server->invokeAction(call.id, u"details"_s);
    m_server->invokeAction(9999, u"details"_s);
    RunId later = 0;
    notifiedRun(u"Fast Success"_s, &later); // both signals have come by the time this has
    QCOMPARE(requests.count(), 0);
    QCOMPARE(m_window->detailsPane()->runId(), other);
}

void TestNotifications::runAgainStartsTheTaskOnceMore()
{
    RunId id = 0;
    const auto call = notifiedRun(u"Fast Success"_s, &id);
    const int starts = startRequests();
    const qsizetype runs = session()->tracker().runIds().size();

    m_server->invokeAction(call.id, u"run-again"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session()->tracker().runIds().size(), runs + 1, 10000);
    const Run *again = session()->tracker().run(session()->tracker().runIds().constLast());
    QCOMPARE(again->task.id, session()->tracker().run(id)->task.id);
    QTRY_COMPARE_WITH_TIMEOUT(startRequests(), starts + 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 10000);
}

void TestNotifications::scriptLogShowsTheFailuresLog()
{
    RunId failed = 0;
    RunId other = 0;
    const auto call = notifiedRun(u"Fast Fail"_s, &failed);
    notifiedRun(u"Fast Success"_s, &other);
    m_window->showRun(session(), other);

    m_server->invokeAction(call.id, u"script-log"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsPane()->runId(), failed, 10000);
    auto *log = m_window->detailsPane()->findChild<QPlainTextEdit *>(u"scriptLogView"_s);
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"CostCenter"_s), 10000);
}

void TestNotifications::runsEndingInOnePollMakeOneNotification()
{
    // Paused, the runs start and end on the server unseen; the first poll after resuming sees
    // them all end at once.
    m_app.workspace().setPollingPaused(true);
    RunTracker &tracker = session()->tracker();
    // Three tasks: the repository starts no task that runs already.
    const QList<RunId> ids =
        tracker.startAll({TaskRef::byName(u"Fast Success"_s), TaskRef::byName(u"Fast Fail"_s),
                          TaskRef::byName(u"Fast Skipped"_s)});
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
                    [&](RunId id) { return !tracker.run(id)->sessionId.isEmpty(); }),
        10000);
    // A tracker of the test's own tells when the server has ended them all.
    QrsRunServer server(*session()->connection().repository());
    RunTracker probe(server);
    probe.setPollInterval(std::chrono::milliseconds(100));
    QList<RunId> probed;
    for (const RunId id : ids) {
        const Run *run = tracker.run(id);
        probed << probe.follow(run->task, run->sessionId, run->requestedAt);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(probed.cbegin(), probed.cend(),
                                         [&](RunId id) { return probe.run(id)->isFinished(); }),
                             10000);
    QVERIFY(!tracker.run(ids.constFirst())->isFinished());

    const qsizetype before = m_server->notifyCalls().size();
    QSignalSpy notified(m_desktop.get(), &DesktopIntegration::notified);
    m_app.workspace().setPollingPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->notifyCalls().size(), before + 1, 10000);
    const auto call = m_server->notifyCalls().constLast();
    // (Without the app's English translation loaded, plurals read "task(s)".)
    QCOMPARE(
        call.summary,
        QCoreApplication::translate("RunAnnouncement", "%n task(s) finished, %1 failed", nullptr, 3)
            .arg(1));
    QVERIFY(call.summary.startsWith(u"3 task"_s));
    // The failure first, then the others in the order they ended.
    const QStringList lines = call.body.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.constFirst(), u"Fast Fail: failed · Simulator"_s);
    QVERIFY(lines.contains(u"Fast Success: succeeded · Simulator"_s));
    QVERIFY(lines.contains(u"Fast Skipped: skipped · Simulator"_s));
    QCOMPARE(call.hints.value(u"urgency"_s).value<uchar>(), uchar(2));
    QVERIFY(call.actions.contains(u"Run failed ones again"_s));
    QCOMPARE(notified.constFirst().at(1).value<RunId>(), ids.at(1)); // the lead: the failure

    // Run again runs the failed one only.
    const int starts = startRequests();
    m_server->invokeAction(call.id, u"run-again"_s);
    QTRY_COMPARE_WITH_TIMEOUT(startRequests(), starts + 1, 10000);
    const Run *again = tracker.run(tracker.runIds().constLast());
    QCOMPARE(again->task.name, u"Fast Fail"_s);
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 10000);
    QCOMPARE(startRequests(), starts + 1);
}

void TestNotifications::policyDecidesWhatIsNotified()
{
    QSignalSpy notified(m_desktop.get(), &DesktopIntegration::notified);
    m_app.settings().setNotifyPolicy(AppSettings::NotifyPolicy::Failures);
    RunTracker &tracker = session()->tracker();
    const RunId success = tracker.start(TaskRef::byName(u"Fast Success"_s));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(success)->isFinished(), 10000);
    RunId failed = 0;
    const auto call = notifiedRun(u"Fast Fail"_s, &failed);
    QCOMPARE(call.summary, u"Fast Fail failed"_s);
    QCOMPARE(notified.count(), 1); // the success before it was not told

    m_app.settings().setNotifyPolicy(AppSettings::NotifyPolicy::Never);
    const qsizetype before = m_server->notifyCalls().size();
    const RunId quiet = tracker.start(TaskRef::byName(u"Fast Fail"_s));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(quiet)->isFinished(), 10000);
    RunId after = 0;
    m_app.settings().setNotifyPolicy(AppSettings::NotifyPolicy::EveryRun);
    notifiedRun(u"Fast Success"_s, &after);
    QCOMPARE(m_server->notifyCalls().size(), before + 1);
    QCOMPARE(m_server->notifyCalls().constLast().summary, u"Fast Success succeeded"_s);
}

void TestNotifications::withoutAServiceTheWordsStillCome()
{
    m_server->unregisterService();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desktop->hasNotificationService(), 10000);
    const qsizetype before = m_server->notifyCalls().size();
    QSignalSpy notified(m_desktop.get(), &DesktopIntegration::notified);
    const RunId id = session()->tracker().start(TaskRef::byName(u"Fast Fail"_s));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
    QCOMPARE(notified.constFirst().at(1).value<RunId>(), id);
    QCOMPARE(m_server->notifyCalls().size(), before);

    // The service comes back: notifications go to it again.
    QVERIFY(m_server->registerService());
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->hasNotificationService(), 10000);
    RunId again = 0;
    QCOMPARE(notifiedRun(u"Fast Success"_s, &again).summary, u"Fast Success succeeded"_s);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
