#include "appfixture.h"
#include "appsettings.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "profilestore.h"
#include "rundetailspane.h"
#include "runsmodel.h"
#include "runstyle.h"
#include "runtracker.h"
#include "simprocess.h"
#include "textformat.h"
#include "traymenu.h"
#include "workspace.h"

#include <memory>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

/// DesktopIntegration over a Workspace that runs tasks on qrs-sim: the tooltip's count, the
/// words of the notifications and what a click on one does (MainWindow::revealRun). Offscreen,
/// so there is no tray: the facade's words are checked, not the tray's pixels.
class TestDesktopIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void toolTipCountsRunningTasks();
    void notificationOfAFinishedRun_data();
    void notificationOfAFinishedRun();
    void clickOnANotificationShowsItsRun();
    void trayMenuListsRunsAndShowsThem();
    void trayMenuPausesPolling();
    void trayStateTellsRunningAndFailed();

private:
    [[nodiscard]] ProfileSession *session() const { return m_app.workspace().activeSession(); }
    [[nodiscard]] static QString runningText(int count);

    AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

void TestDesktopIntegration::initTestCase()
{
    qRegisterMetaType<ProfileSession *>(); // for QSignalSpy: the signals only declare it
    QString error;
    QVERIFY2(m_app.setUp(&error), qPrintable(error));
    QVERIFY(session());
    session()->tracker().setPollInterval(std::chrono::milliseconds(200));
    m_window = std::make_unique<MainWindow>(m_app.workspace());
    m_desktop = std::make_unique<DesktopIntegration>(m_app.workspace());
    // What main() wires up: a click on a notification reveals its run.
    connect(m_desktop.get(), &DesktopIntegration::showRunRequested, m_window.get(),
            &MainWindow::revealRun);
    QVERIFY(!m_desktop->hasTray()); // offscreen has none; everything below works without
}

void TestDesktopIntegration::cleanupTestCase()
{
    m_desktop.reset();
    m_window.reset();
}

void TestDesktopIntegration::init()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_app.workspace().runningCount(), 0, 10000);
}

QString TestDesktopIntegration::runningText(int count)
{
    if (count == 0)
        return u"Qlik Task Runner: no task running"_s;
    return DesktopIntegration::tr("Qlik Task Runner: %n task(s) running", nullptr, count);
}

void TestDesktopIntegration::toolTipCountsRunningTasks()
{
    QCOMPARE(m_desktop->toolTip(), runningText(0));
    QSignalSpy changes(m_desktop.get(), &DesktopIntegration::toolTipChanged);

    // Fast Success ends after about 0.5 s, Medium Task after about 2 s.
    RunTracker &tracker = session()->tracker();
    const RunId fast = tracker.start(TaskRef::byName(u"Fast Success"_s));
    const RunId medium = tracker.start(TaskRef::byName(u"Medium Task"_s));
    QCOMPARE(m_desktop->toolTip(), runningText(2));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(fast)->isFinished(), 10000);
    QVERIFY(!tracker.run(medium)->isFinished());
    QCOMPARE(m_desktop->toolTip(), runningText(1));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(medium)->isFinished(), 10000);
    QCOMPARE(m_desktop->toolTip(), runningText(0));

    QStringList seen;
    for (const QList<QVariant> &change : std::as_const(changes))
        seen << change.at(0).toString();
    QCOMPARE(seen, QStringList({runningText(1), runningText(2), runningText(1), runningText(0)}));
    QVERIFY(seen.at(1).contains(u'2'));
}

void TestDesktopIntegration::notificationOfAFinishedRun_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message"); // the second line; empty: none

    Run notSubmitted;
    notSubmitted.phase = RunPhase::NotSubmitted;
    QTest::newRow("success") << u"Fast Success"_s << u"Fast Success succeeded"_s
                             << TaskStatus(TaskStatus::FinishedSuccess).displayName() << QString();
    QTest::newRow("failure") << u"Fast Fail"_s << u"Fast Fail failed"_s
                             << TaskStatus(TaskStatus::FinishedFail).displayName()
                             << u"Error: Field 'CostCenter' not found"_s;
    QTest::newRow("aborted") << u"Fast Aborted"_s << u"Fast Aborted aborted"_s
                             << TaskStatus(TaskStatus::Aborted).displayName() << QString();
    QTest::newRow("not started") << u"Disabled Task"_s << u"Disabled Task not started"_s
                                 << RunStyle::statusText(notSubmitted) << u"*"_s;
}

void TestDesktopIntegration::notificationOfAFinishedRun()
{
    QFETCH(QString, task);
    QFETCH(QString, title);
    QFETCH(QString, status);
    QFETCH(QString, message);

    QSignalSpy notified(m_desktop.get(), &DesktopIntegration::notified);
    const RunId id = session()->tracker().start(TaskRef::byName(task));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
    const QList<QVariant> arguments = notified.takeFirst();
    QCOMPARE(arguments.at(0).value<ProfileSession *>(), session());
    QCOMPARE(arguments.at(1).value<RunId>(), id);
    QCOMPARE(arguments.at(2).toString(), title);
    QCOMPARE(m_desktop->lastNotifiedSession(), session());
    QCOMPARE(m_desktop->lastNotifiedRun(), id);

    // Profile, status and how long the server took: first start to last stop.
    const Run &run = *session()->tracker().run(id);
    qint64 durationMs = 0;
    if (!run.results.isEmpty())
        durationMs = run.results.constFirst().startTime.msecsTo(run.results.constLast().stopTime);
    else
        durationMs = run.requestedAt.msecsTo(run.finishedAt);
    const QStringList lines = arguments.at(3).toString().split(u'\n');
    QCOMPARE(lines.constFirst(),
             u"Simulator · %1 · %2"_s.arg(status, TextFormat::duration(durationMs)));
    if (message.isEmpty())
        QCOMPARE(lines.size(), 1);
    else if (message == u"*"_s)
        QVERIFY(lines.size() == 2 && !lines.at(1).isEmpty()); // the server's words
    else
        QCOMPARE(lines.value(1), message);
}

void TestDesktopIntegration::clickOnANotificationShowsItsRun()
{
    RunTracker &tracker = session()->tracker();
    QSignalSpy notified(m_desktop.get(), &DesktopIntegration::notified);
    const RunId other = tracker.start(TaskRef::byName(u"Fast Success"_s));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
    const RunId failed = tracker.start(TaskRef::byName(u"Fast Fail"_s));
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, 10000);
    const RunId last = m_desktop->lastNotifiedRun();
    QCOMPARE(last, failed);

    // Something else is selected, and the window is hidden.
    m_window->showRun(session(), last == failed ? other : failed);
    QVERIFY(!m_window->isVisible());
    QSignalSpy requests(m_desktop.get(), &DesktopIntegration::showRunRequested);
    m_desktop->activateLastNotification();
    QCOMPARE(requests.count(), 1);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    auto *view = m_window->findChild<QTreeView *>(u"runsView"_s);
    QVERIFY(view);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(RunsModel::RunIdRole).value<RunId>(), last);
    QCOMPARE(view->selectionModel()->currentIndex().row(), selected.constFirst().row());
    QCOMPARE(m_window->detailsPane()->runId(), last);
    auto *title = m_window->detailsPane()->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(title->text().contains(tracker.run(last)->task.name.toHtmlEscaped()));

    // Filtered out of the table, the run is still shown in the details pane.
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setText(u"no run has this name"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    m_window->detailsPane()->clear();
    m_desktop->activateLastNotification();
    QCOMPARE(m_window->detailsPane()->runId(), last);
    search->clear();

    // The run was removed meanwhile: the click only brings the window up.
    QVERIFY(tracker.remove(last));
    QSignalSpy activations(m_desktop.get(), &DesktopIntegration::activateRequested);
    m_desktop->activateLastNotification();
    QCOMPARE(requests.count(), 2);
    QCOMPARE(activations.count(), 1);
}

void TestDesktopIntegration::trayMenuListsRunsAndShowsThem()
{
    RunTracker &tracker = session()->tracker();
    const RunId done = tracker.start(TaskRef::byName(u"Fast Success"_s));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(done)->isFinished(), 10000);
    const RunId running = tracker.start(TaskRef::byName(u"Long Task"_s));
    // Stopped at the end; a stop needs the run submitted.
    QTRY_VERIFY_WITH_TIMEOUT(!tracker.run(running)->sessionId.isEmpty(), 10000);
    const auto stopLong = qScopeGuard([&] { tracker.stop(running); });

    TrayMenu *menu = m_desktop->trayMenu();
    menu->rebuild();
    QStringList texts;
    QAction *doneAction = nullptr;
    QAction *runningAction = nullptr;
    for (QAction *action : menu->actions()) {
        texts << action->text();
        if (action->property("runId").value<RunId>() == done)
            doneAction = action;
        if (action->property("runId").value<RunId>() == running)
            runningAction = action;
    }
    QVERIFY2(runningAction && doneAction, qPrintable(texts.join(u" | "_s)));
    // Running first, then the finished ones, then the commands.
    QCOMPARE(texts.constFirst(), u"Running"_s);
    QVERIFY(runningAction->text().startsWith(u"Long Task · "_s));
    QVERIFY(texts.indexOf(u"Recently finished"_s) > texts.indexOf(runningAction->text()));
    QCOMPARE(doneAction->text().section(u" · "_s, 0, 1),
             u"Fast Success · %1"_s.arg(TaskStatus(TaskStatus::FinishedSuccess).displayName()));
    QVERIFY(texts.indexOf(doneAction->text()) > texts.indexOf(u"Recently finished"_s));
    QVERIFY(menu->findChild<QAction *>(u"trayRunTask"_s));
    QVERIFY(menu->findChild<QAction *>(u"trayQuit"_s));

    QSignalSpy shown(m_desktop.get(), &DesktopIntegration::showRunRequested);
    doneAction->trigger();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.constFirst().at(1).value<RunId>(), done);
    QCOMPARE(m_window->detailsPane()->runId(), done);

    QSignalSpy quit(m_desktop.get(), &DesktopIntegration::quitRequested);
    menu->findChild<QAction *>(u"trayQuit"_s)->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestDesktopIntegration::trayMenuPausesPolling()
{
    TrayMenu *menu = m_desktop->trayMenu();
    menu->rebuild();
    auto *pause = menu->findChild<QAction *>(u"trayPausePolling"_s);
    QVERIFY(pause && !pause->isChecked());
    pause->trigger();
    QVERIFY(m_app.workspace().isPollingPaused());
    QVERIFY(session()->tracker().isPaused());
    auto *mainPause = m_window->findChild<QAction *>(u"actionPausePolling"_s);
    QVERIFY(mainPause->isChecked()); // the window's menu says so too

    menu->rebuild();
    pause = menu->findChild<QAction *>(u"trayPausePolling"_s);
    QVERIFY(pause->isChecked());
    pause->trigger();
    QVERIFY(!m_app.workspace().isPollingPaused());
    QVERIFY(!session()->tracker().isPaused());
    QVERIFY(!mainPause->isChecked());
}

void TestDesktopIntegration::trayStateTellsRunningAndFailed()
{
    m_desktop->acknowledgeFailures(); // those of the tests before
    m_desktop->setWatchedWindow(m_window.get());
    QCOMPARE(m_desktop->trayState(), DesktopIntegration::TrayState::Idle);
    QSignalSpy states(m_desktop.get(), &DesktopIntegration::trayStateChanged);
    RunTracker &tracker = session()->tracker();
    const RunId success = tracker.start(TaskRef::byName(u"Fast Success"_s));
    QCOMPARE(m_desktop->trayState(), DesktopIntegration::TrayState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(success)->isFinished(), 10000);
    QCOMPARE(m_desktop->trayState(), DesktopIntegration::TrayState::Idle);

    // A failure while nobody looks stays news until the app is looked at.
    m_window->hide();
    const RunId failed = tracker.start(TaskRef::byName(u"Fast Fail"_s));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(failed)->isFinished(), 10000);
    QCOMPARE(m_desktop->trayState(), DesktopIntegration::TrayState::Failed);
    QVERIFY(m_desktop->toolTip().contains(u"A run failed"_s));
    const RunId next = tracker.start(TaskRef::byName(u"Fast Success"_s));
    QCOMPARE(m_desktop->trayState(), DesktopIntegration::TrayState::Failed); // wins over running
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(next)->isFinished(), 10000);
    // Looked at: the window is activated. (The offscreen platform does not activate a window
    // shown again, so the test sends what a desktop's window manager would make Qt send.)
    m_window->show();
    QEvent activation(QEvent::WindowActivate);
    QCoreApplication::sendEvent(m_window.get(), &activation);
    QTRY_COMPARE(m_desktop->trayState(), DesktopIntegration::TrayState::Idle);
    QVERIFY(!m_desktop->toolTip().contains(u"A run failed"_s));

    QList<DesktopIntegration::TrayState> seen;
    for (const QList<QVariant> &change : std::as_const(states))
        seen << change.at(0).value<DesktopIntegration::TrayState>();
    using State = DesktopIntegration::TrayState;
    QCOMPARE(
        seen,
        QList<State>({State::Running, State::Idle, State::Running, State::Failed, State::Idle}));
    // Each state has an icon of its own.
    const QImage idle = DesktopIntegration::trayIcon(State::Idle).pixmap(32).toImage();
    const QImage running = DesktopIntegration::trayIcon(State::Running).pixmap(32).toImage();
    const QImage failure = DesktopIntegration::trayIcon(State::Failed).pixmap(32).toImage();
    QVERIFY(idle != running && running != failure && idle != failure);
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
