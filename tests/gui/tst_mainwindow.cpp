#include "appfixture.h"
#include "appsettings.h"
#include "certificatepin.h"
#include "historyfilter.h"
#include "historymodel.h"
#include "historyview.h"
#include "loginstart.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "profilesession.h"
#include "profilestore.h"
#include "rundetailspane.h"
#include "runhistory.h"
#include "runjournal.h"
#include "runsmodel.h"
#include "runstyle.h"
#include "runtracker.h"
#include "settingsdialog.h"
#include "simprocess.h"
#include "taskbrowserdialog.h"
#include "textformat.h"
#include "typicaldurations.h"
#include "workspace.h"

#include <memory>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
/// Records the rectangles of the paint events a widget gets.
class PaintRecorder final : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    QList<QRect> rects;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            rects.append(static_cast<QPaintEvent *>(event)->rect());
        return false;
    }
};

/// A loopback port that nothing listens on: one the system just handed out and took back.
quint16 closedLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    return server.serverPort();
}
} // namespace

/// Drives the whole app (MainWindow over a Workspace) against qrs-sim, finding widgets by name.
/// The test functions build on each other, in order.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startAtLoginWritesTheAutostartEntry();
    void settingsChooseNotificationsAndHistory();
    void closingKeepsTheAppInTheTray();
    void cleanupTestCase();

    void statusBarShowsTheServer();
    void taskBrowserSearchesAndRunsTwoTasks();
    void failedRunShowsItsScriptLog();
    void settingsChangeThePollRate();
    void runningDurationsAreDrawnAgain();
    void stopsALongTask();
    void contextMenuActsOnTheSelectedRun();
    void keyboardActsOnTheSelection();
    void detailsShowServerTimesAndAttempts_data();
    void detailsShowServerTimesAndAttempts();
    void taskBrowserRefreshesOnF5();
    void lostRunIsFollowedAgain();
    void profileTestExplainsFailures_data();
    void profileTestExplainsFailures();
    void pinnedCertificateIsEditedAsAFingerprint();
    void untrustedCertificateCanBePinned();
    void savedProfileAppearsInTheSelector();
    void historyKeepsFinishedRunsAndExportsThem();
    void typicalDurationGivesAnExpectedEnd();
    void historyIsClearedOnRequest();

private:
    template<typename T> T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no %s called %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    void trigger(const QString &actionName);
    /// File › Profiles… with a new profile added, closed again when it goes out of scope: a
    /// failed test must not leave it behind for the next one to find.
    struct NewProfile
    {
        QPointer<ProfilesDialog> dialog; ///< null when it did not open
        NewProfile() = default;
        NewProfile(NewProfile &&other) noexcept
            : dialog(std::exchange(other.dialog, nullptr))
        { }
        NewProfile &operator=(NewProfile &&) = delete;
        ~NewProfile()
        {
            if (dialog)
                dialog->close();
        }
    };
    [[nodiscard]] NewProfile openNewProfile();
    /// The model's top-level row of the task's run (the newest, when it ran more than once).
    QModelIndex indexOfTask(const QString &name, int column = RunsModel::Task) const;
    const Run *runOfTask(const QString &name) const;
    int pollRequests();
    QTreeView *runsView();
    /// Selects the view's row (and only it), making it current.
    static void selectRow(QTreeView *view, int row);
    /// Selects the table rows of these runs (and only them), making the first one current.
    void selectRuns(const QList<RunId> &ids);
    [[nodiscard]] QList<RunId> runIdsOfTask(const QString &name) const;

    AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_app.setUp(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_app.workspace());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
}

void TestMainWindow::trigger(const QString &actionName)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY2(action->isEnabled(), qPrintable(actionName + u" is disabled"_s));
    action->trigger();
}

QModelIndex TestMainWindow::indexOfTask(const QString &name, int column) const
{
    RunsModel *model = m_window->runsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RunsModel::Task).data().toString() == name)
            return model->index(row, column);
    }
    return {};
}

const Run *TestMainWindow::runOfTask(const QString &name) const
{
    return m_window->runsModel()->runAt(indexOfTask(name));
}

int TestMainWindow::pollRequests()
{
    return m_app.sim().requestCount(u"GET"_s, u"/qrs/executionresult"_s);
}

QTreeView *TestMainWindow::runsView()
{
    return child<QTreeView>(m_window.get(), u"runsView"_s);
}

void TestMainWindow::selectRow(QTreeView *view, int row)
{
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

QList<RunId> TestMainWindow::runIdsOfTask(const QString &name) const
{
    QList<RunId> ids;
    RunsModel *model = m_window->runsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RunsModel::Task).data().toString() == name)
            ids.append(model->runAt(model->index(row, 0))->id);
    }
    return ids;
}

void TestMainWindow::selectRuns(const QList<RunId> &ids)
{
    QTreeView *view = runsView();
    view->clearSelection();
    bool first = true;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (!ids.contains(index.data(RunsModel::RunIdRole).value<RunId>()))
            continue;
        const auto flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
        if (first)
            view->selectionModel()->setCurrentIndex(index, flags);
        else
            view->selectionModel()->select(index, flags);
        first = false;
    }
}

void TestMainWindow::statusBarShowsTheServer()
{
    auto *state = child<QLabel>(m_window.get(), u"profileStateLabel"_s);
    QVERIFY(state);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"connected"_s), 5000);
    QVERIFY(state->text().contains(u"Simulator"_s));
    auto *combo = child<QComboBox>(m_window.get(), u"profileCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"Simulator"_s);
    QVERIFY(child<QLabel>(m_window.get(), u"emptyHintLabel"_s)->isVisible());
}

void TestMainWindow::taskBrowserSearchesAndRunsTwoTasks()
{
    trigger(u"actionRunTask"_s);
    TaskBrowserDialog *browser = nullptr;
    QTRY_VERIFY((browser = m_window->findChild<TaskBrowserDialog *>(u"taskBrowserDialog"_s)));
    QVERIFY(browser->isVisible());
    auto *view = child<QTableView>(browser, u"tasksView"_s);
    auto *search = child<QLineEdit>(browser, u"taskSearchEdit"_s);
    auto *runButton = child<QPushButton>(browser, u"runButton"_s);
    QVERIFY(view && search && runButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 14, 5000);

    // A disabled task is greyed out and cannot be picked.
    QTest::keyClicks(search, u"Disabled"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!(view->model()->index(0, 0).flags() & Qt::ItemIsEnabled));
    view->selectAll();
    QVERIFY(!runButton->isEnabled());

    // Live search narrows the list as one types.
    search->clear();
    QTest::keyClicks(search, u"fast"_s);
    QCOMPARE(view->model()->rowCount(), 6);
    QTest::keyClicks(search, u" fail"_s);
    QCOMPARE(view->model()->rowCount(), 1);

    // Multi-select two tasks and run them.
    search->clear();
    QTest::keyClicks(search, u"Fast"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, 0).data().toString();
        if (name == u"Fast Success"_s || name == u"Fast Fail"_s)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(runButton->isEnabled());
    QCOMPARE(browser->selectedTasks().size(), 2);
    const QPointer<TaskBrowserDialog> guard(browser);
    QTest::mouseClick(runButton, Qt::LeftButton);
    QTRY_VERIFY(!guard); // closes (and deletes itself) after starting

    QTRY_COMPARE(m_window->runsModel()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(runOfTask(u"Fast Success"_s) && runOfTask(u"Fast Fail"_s) &&
                                 runOfTask(u"Fast Success"_s)->isFinished() &&
                                 runOfTask(u"Fast Fail"_s)->isFinished(),
                             10000);
    QCOMPARE(runOfTask(u"Fast Success"_s)->status()->code(), int(TaskStatus::FinishedSuccess));
    QCOMPARE(runOfTask(u"Fast Fail"_s)->status()->code(), int(TaskStatus::FinishedFail));
    QCOMPARE(indexOfTask(u"Fast Fail"_s, RunsModel::Status).data().toString(),
             TaskStatus(TaskStatus::FinishedFail).displayName());
    QVERIFY(!child<QLabel>(m_window.get(), u"emptyHintLabel"_s)->isVisible());
}

void TestMainWindow::failedRunShowsItsScriptLog()
{
    QTreeView *view = runsView();
    auto *search = child<QLineEdit>(m_window.get(), u"searchEdit"_s);
    QVERIFY(view && search);
    // The search box of the main window narrows the table to the failure; select it.
    QTest::keyClicks(search, u"fail"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    selectRow(view, 0);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 2);

    auto *pane = m_window->detailsPane();
    QCOMPARE(pane->runId(), runOfTask(u"Fast Fail"_s)->id);
    auto *log = child<QPlainTextEdit>(pane, u"scriptLogView"_s);
    QVERIFY(log);
    // Fetched without asking, because the run failed.
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"CostCenter"_s), 10000);
    QVERIFY(child<QPushButton>(pane, u"copyScriptLogButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(pane, u"saveScriptLogButton"_s)->isEnabled());
    auto *title = child<QLabel>(pane, u"titleLabel"_s);
    QVERIFY(title->text().contains(u"Fast Fail"_s));
    auto *messages = child<QTreeWidget>(pane, u"messagesList"_s);
    QVERIFY(!messages->findItems(u"CostCenter"_s, Qt::MatchContains, 2).isEmpty());

    // A successful run's log only comes on demand.
    selectRow(view, view->model()->index(0, 0).data().toString() == u"Fast Success"_s ? 0 : 1);
    QCOMPARE(pane->runId(), runOfTask(u"Fast Success"_s)->id);
    QVERIFY(log->toPlainText().isEmpty());
    QTest::mouseClick(child<QPushButton>(pane, u"loadScriptLogButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!log->toPlainText().isEmpty(), 10000);
}

void TestMainWindow::settingsChangeThePollRate()
{
    const QString longTask = m_app.sim().taskId(u"Long Task"_s);
    QVERIFY(!longTask.isEmpty());
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byId(longTask)));
    QTRY_VERIFY_WITH_TIMEOUT(
        runOfTask(u"Long Task"_s) && runOfTask(u"Long Task"_s)->phase == RunPhase::Running, 5000);

    // Polling every second: a 3 s window sees at least two polls.
    QVERIFY(m_app.sim().clearRequestLog());
    QTest::qWait(3000); // a window of time is what a rate is measured over
    const int fast = pollRequests();
    QVERIFY2(fast >= 2, qPrintable(QString::number(fast)));

    // Through the Settings dialog: every 20 s, applied at once to the running tracker.
    trigger(u"actionSettings"_s);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s)));
    auto *spin = child<QSpinBox>(dialog, u"pollIntervalSpin"_s);
    QCOMPARE(spin->value(), 1);
    spin->setValue(20);
    dialog->accept();
    QCOMPARE(m_app.settings().pollIntervalSeconds(), 20);
    const ProfileSession *session = m_app.workspace().activeSession();
    QCOMPARE(session->tracker().pollInterval(), std::chrono::milliseconds(20000));

    QTest::qWait(300); // let a poll that was already on the wire finish
    QVERIFY(m_app.sim().clearRequestLog());
    QTest::qWait(3000);
    const int slow = pollRequests();
    QVERIFY2(slow == 0, qPrintable(QString::number(slow)));

    m_app.settings().setPollIntervalSeconds(1);
    QCOMPARE(session->tracker().pollInterval(), std::chrono::milliseconds(1000));
}

void TestMainWindow::runningDurationsAreDrawnAgain()
{
    // A run going on quietly changes nothing in the model; every second the view draws the
    // Duration and Expected end columns again (side by side, and only them), so the time on
    // screen moves on.
    QVERIFY(runOfTask(u"Long Task"_s) && !runOfTask(u"Long Task"_s)->isFinished());
    QTreeView *view = runsView();
    QCOMPARE(view->header()->visualIndex(RunsModel::ExpectedFinish),
             view->header()->visualIndex(RunsModel::Duration) + 1);
    auto *recorder = new PaintRecorder(view->viewport());
    const int x = view->columnViewportPosition(RunsModel::Duration);
    const int width =
        view->columnWidth(RunsModel::Duration) + view->columnWidth(RunsModel::ExpectedFinish);
    const auto durationStrip = [&] {
        return std::any_of(
            recorder->rects.cbegin(), recorder->rects.cend(),
            [&](const QRect &rect) { return rect.x() == x && rect.width() == width; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(durationStrip(), 3000);
    delete recorder;
}

void TestMainWindow::stopsALongTask()
{
    QTreeView *view = runsView();
    QVERIFY(indexOfTask(u"Long Task"_s).isValid());
    QVERIFY(!runOfTask(u"Long Task"_s)->isFinished());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, RunsModel::Task).data().toString() == u"Long Task"_s)
            selectRow(view, row);
    }
    trigger(u"actionStop"_s);
    QTRY_VERIFY_WITH_TIMEOUT(runOfTask(u"Long Task"_s)->isFinished(), 15000);
    QCOMPARE(runOfTask(u"Long Task"_s)->status()->code(), int(TaskStatus::Aborted));
    QCOMPARE(runOfTask(u"Long Task"_s)->outcome(), RunOutcome::Aborted);
    QVERIFY(m_app.sim().requestCount(u"POST"_s, u"/stop"_s) >= 1);
    QVERIFY(!m_window->findChild<QAction *>(u"actionStop"_s)->isEnabled());
}

void TestMainWindow::contextMenuActsOnTheSelectedRun()
{
    QTreeView *view = runsView();
    QMenu *menu = m_window->runsContextMenu();
    QVERIFY(view && menu);
    QCOMPARE(menu->objectName(), u"runsContextMenu"_s);
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names,
             QStringList({u"actionCopyTaskId"_s, u"actionCopySessionId"_s, u"actionCopyRows"_s,
                          u"actionStop"_s, u"actionRunAgain"_s, u"actionFollowAgain"_s,
                          u"actionRemove"_s, u"actionShowScriptLog"_s}));

    // A right click on a finished successful run: everything but Stop.
    const Run *success = runOfTask(u"Fast Success"_s);
    QVERIFY(success && success->isFinished());
    selectRuns({success->id});
    const QRect cell = view->visualRect(view->selectionModel()->currentIndex());
    Q_EMIT view->customContextMenuRequested(cell.center());
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"actionStop"_s)->isEnabled());
    for (const QString &name : {u"actionCopyTaskId"_s, u"actionCopySessionId"_s,
                                u"actionRunAgain"_s, u"actionRemove"_s, u"actionShowScriptLog"_s})
        QVERIFY2(m_window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    menu->close();

    trigger(u"actionCopyTaskId"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), success->task.id);
    trigger(u"actionCopySessionId"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), success->sessionId);
    QVERIFY(!success->sessionId.isEmpty());

    // Show script log: the pane fetches the (successful, so not yet fetched) log.
    auto *log = child<QPlainTextEdit>(m_window->detailsPane(), u"scriptLogView"_s);
    QVERIFY(log->toPlainText().isEmpty());
    trigger(u"actionShowScriptLog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"Execution finished"_s), 10000);

    // Two runs selected: the ids of both, one a line, in table order.
    const Run *fail = runOfTask(u"Fast Fail"_s);
    selectRuns({success->id, fail->id});
    trigger(u"actionCopyTaskId"_s);
    const QStringList ids = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.contains(success->task.id) && ids.contains(fail->task.id));
}

void TestMainWindow::keyboardActsOnTheSelection()
{
    QTreeView *view = runsView();
    RunsModel *model = m_window->runsModel();
    const QString longTask = m_app.sim().taskId(u"Long Task"_s);
    const QString mediumTask = m_app.sim().taskId(u"Medium Task"_s);
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byId(longTask)));
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byId(mediumTask)));
    QTRY_VERIFY_WITH_TIMEOUT(model->liveRowCount() == 2 && runOfTask(u"Medium Task"_s) &&
                                 runOfTask(u"Medium Task"_s)->phase == RunPhase::Running,
                             5000);
    const int rows = model->rowCount();
    QCOMPARE(rows, 5); // Fast Success, Fast Fail, Long Task (aborted), Long Task, Medium Task

    // Ctrl+A, Ctrl+C: every row, as shown, tab-separated.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.endsWith(u'\n'));
    const QStringList lines = copied.trimmed().split(u'\n');
    QCOMPARE(lines.size(), rows);
    QStringList tasks;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u'\t');
        QCOMPARE(cells.size(), int(RunsModel::ColumnCount));
        // In the order the columns show.
        const auto cell = [&](RunsModel::Column column) {
            return cells.at(view->header()->visualIndex(column));
        };
        QCOMPARE(cell(RunsModel::Profile), u"Simulator"_s);
        tasks << cell(RunsModel::Task);
        if (cell(RunsModel::Task) == u"Fast Fail"_s)
            QVERIFY(cell(RunsModel::LastMessage).contains(u"CostCenter"_s));
    }
    tasks.sort();
    QCOMPARE(tasks,
             QStringList({u"Fast Fail"_s, u"Fast Success"_s, u"Long Task"_s, u"Long Task"_s,
                          u"Medium Task"_s}));

    // Stop acts on every selected run in flight: one request per task.
    QVERIFY(m_app.sim().clearRequestLog());
    trigger(u"actionStop"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.sim().requestCount(u"POST"_s, u"/stop"_s), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->liveRowCount() == 0, 15000);

    // Ctrl+Shift+R runs the two selected tasks again.
    selectRuns({runOfTask(u"Fast Success"_s)->id, runOfTask(u"Fast Fail"_s)->id});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), rows + 2);
    // Started by id: the names come once the repository resolved them.
    QTRY_COMPARE(runIdsOfTask(u"Fast Success"_s).size(), 2);
    QTRY_COMPARE(runIdsOfTask(u"Fast Fail"_s).size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(model->liveRowCount() == 0, 10000);

    // A live run in the selection is never removed, and the status bar says so.
    RunTracker &tracker = m_app.workspace().activeSession()->tracker();
    const RunId live = tracker.start(TaskRef::byId(longTask));
    QTRY_COMPARE_WITH_TIMEOUT(tracker.run(live)->phase, RunPhase::Running, 5000);
    const RunId firstFail = runIdsOfTask(u"Fast Fail"_s).constFirst();
    selectRuns({firstFail, live});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), rows + 2); // + Long Task - Fast Fail
    QVERIFY(!model->indexOf(&tracker, firstFail).isValid());
    QVERIFY(model->indexOf(&tracker, live).isValid());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"in flight"_s),
             qPrintable(m_window->statusBar()->currentMessage()));

    // "Remove finished" still removes every finished run, selected or not.
    trigger(u"actionRemoveFinished"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->runAt(model->index(0, 0))->id, live);
    selectRuns({live});
    trigger(u"actionStop"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model->liveRowCount() == 0, 15000);

    // Runs for the tests that follow.
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byName(u"Fast Success"_s)));
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byName(u"Fast Fail"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 3 && model->liveRowCount() == 0, 10000);
}

void TestMainWindow::detailsShowServerTimesAndAttempts_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QStringList>("attempts"); // status of each attempt
    QTest::addColumn<bool>("ranOnTheServer");

    const auto status = [](TaskStatus::Code code) {
        return TaskStatus(code).displayName();
    };
    QTest::newRow("one attempt") << u"Fast Success"_s
                                 << QStringList {status(TaskStatus::FinishedSuccess)} << true;
    QTest::newRow("retried") << u"Retry Then Success"_s
                             << QStringList {status(TaskStatus::Retry),
                                             status(TaskStatus::FinishedSuccess)}
                             << true;
    QTest::newRow("never started") << u"Disabled Task"_s << QStringList {u"None"_s} << false;
}

void TestMainWindow::detailsShowServerTimesAndAttempts()
{
    QFETCH(QString, task);
    QFETCH(QStringList, attempts);
    QFETCH(bool, ranOnTheServer);

    RunTracker &tracker = m_app.workspace().activeSession()->tracker();
    const RunId id = tracker.start(TaskRef::byName(task));
    QTRY_VERIFY_WITH_TIMEOUT(tracker.run(id)->isFinished(), 10000);
    const Run &run = *tracker.run(id);
    QVERIFY2(ranOnTheServer == !run.results.isEmpty(),
             qPrintable(run.error ? run.error->message : RunStyle::statusText(run)));
    m_window->showRun(m_app.workspace().activeSession(), id);
    RunDetailsPane *pane = m_window->detailsPane();
    QCOMPARE(pane->runId(), id);

    auto *list = child<QTreeWidget>(pane, u"attemptsList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), int(attempts.size()));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QCOMPARE(item->text(1), attempts.at(i));
        if (!ranOnTheServer)
            continue;
        const ExecutionResult &result = run.results.at(i);
        QCOMPARE(item->text(0), QString::number(i + 1));
        QCOMPARE(item->text(2),
                 QLocale().toString(result.startTime.toLocalTime().time(), u"HH:mm:ss"_s));
        QCOMPARE(item->text(3),
                 QLocale().toString(result.stopTime.toLocalTime().time(), u"HH:mm:ss"_s));
        QCOMPARE(item->text(4), TextFormat::duration(result.durationMs));
    }

    // The header: when the server started (first attempt) and ended (last attempt) the run.
    auto *times = child<QLabel>(pane, u"timesLabel"_s);
    QVERIFY(times);
    QCOMPARE(times->text().contains(u"Started on the server"_s), ranOnTheServer);
    QCOMPARE(times->text().contains(u"Ended on the server"_s), ranOnTheServer);
    if (ranOnTheServer) {
        const QString start = QLocale().toString(
            run.results.constFirst().startTime.toLocalTime().time(), u"HH:mm:ss"_s);
        const QString stop = QLocale().toString(
            run.results.constLast().stopTime.toLocalTime().time(), u"HH:mm:ss"_s);
        QVERIFY2(times->text().contains(u"Started on the server "_s + start),
                 qPrintable(times->text()));
        QVERIFY2(times->text().contains(u"Ended on the server "_s + stop),
                 qPrintable(times->text()));
    }
    // What the tracker saw stays: "Requested" first, the final status last.
    auto *history = child<QTreeWidget>(pane, u"historyList"_s);
    QVERIFY(history->topLevelItemCount() >= 2);
    QCOMPARE(history->topLevelItem(0)->text(1), u"Requested"_s);

    QVERIFY(tracker.remove(id));
}

void TestMainWindow::taskBrowserRefreshesOnF5()
{
    TaskBrowserDialog *browser = m_window->openTaskBrowser();
    QVERIFY(browser);
    auto *view = child<QTableView>(browser, u"tasksView"_s);
    auto *status = child<QLabel>(browser, u"taskStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 14, 5000);
    QVERIFY(QTest::qWaitForWindowActive(browser));
    QVERIFY(m_app.sim().clearRequestLog());
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY2(status->text().contains(u"Loading"_s), qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().contains(u"task"_s) && !status->text().contains(u"Loading"_s), 5000);
    QCOMPARE(m_app.sim().requestCount(u"GET"_s, u"/reloadtask/full"_s), 1);
    browser->close();
}

TestMainWindow::NewProfile TestMainWindow::openNewProfile()
{
    trigger(u"actionProfiles"_s);
    NewProfile open;
    if (!QTest::qWaitFor([&] {
            return (open.dialog = m_window->findChild<ProfilesDialog *>(u"profilesDialog"_s));
        }))
        return open;
    QTest::mouseClick(child<QPushButton>(open.dialog, u"addProfileButton"_s), Qt::LeftButton);
    return open;
}

void TestMainWindow::profileTestExplainsFailures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");

    const QString simUrl = m_app.sim().serverUrl().toString();
    QTest::newRow("wrong header") << simUrl << u"wrong-usr"_s << u"Not authenticated"_s;
    QTest::newRow("nobody listening") << u"http://127.0.0.1:%1"_s.arg(closedLocalPort())
                                      << u"opcon-usr"_s << u"cannot be reached"_s;
    QTest::newRow("not a url") << u"http://"_s << u"opcon-usr"_s << u"URL"_s;
    QTest::newRow("works") << simUrl << u"opcon-usr"_s << u"Connected"_s;
}

void TestMainWindow::profileTestExplainsFailures()
{
    QFETCH(QString, url);
    QFETCH(QString, header);
    QFETCH(QString, expected);

    const NewProfile open = openNewProfile();
    ProfilesDialog *dialog = open.dialog;
    QVERIFY(dialog);
    auto set = [&](const QString &name, const QString &text) {
        auto *edit = child<QLineEdit>(dialog, name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    set(u"nameEdit"_s, u"Broken"_s);
    set(u"urlEdit"_s, url);
    set(u"prefixEdit"_s, u"opcon"_s);
    set(u"headerEdit"_s, header);
    set(u"userEdit"_s, u"ACME\\tester"_s);

    // The warning shows while verification is off.
    auto *verify = child<QCheckBox>(dialog, u"verifyCheckBox"_s);
    auto *warning = child<QLabel>(dialog, u"tlsWarningLabel"_s);
    QVERIFY(!warning->isVisible());
    verify->setChecked(false);
    QVERIFY(warning->isVisible());
    verify->setChecked(true);

    auto *result = child<QLabel>(dialog, u"testResultLabel"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(expected, Qt::CaseInsensitive),
                              qPrintable(result->text()), 10000);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ProfilesDialog *>(u"profilesDialog"_s));
}

void TestMainWindow::pinnedCertificateIsEditedAsAFingerprint()
{
    const NewProfile open = openNewProfile();
    ProfilesDialog *dialog = open.dialog;
    QVERIFY(dialog);
    ConnectionProfile pinned = m_app.sim().profile();
    pinned.name = u"Pinned"_s;
    pinned.pinnedSha256 = u"0a"_s.repeated(32);
    dialog->editor()->setProfile(pinned);
    auto *pin = child<QLineEdit>(dialog, u"pinEdit"_s);
    QVERIFY(pin);
    // Shown as people compare fingerprints, read back whatever way it is typed.
    QCOMPARE(pin->text(), CertificatePin(pinned.pinnedSha256).displayed());
    pin->clear();
    QTest::keyClicks(pin, u"0B:"_s.repeated(31) + u"0b"_s);
    QCOMPARE(dialog->editor()->profile().pinnedSha256, u"0b"_s.repeated(32));
    // Something else is refused, saying why, and nothing is saved.
    pin->clear();
    QTest::keyClicks(pin, u"0B:0B"_s);
    QVERIFY(!dialog->saveProfile());
    auto *error = child<QLabel>(dialog, u"profileErrorLabel"_s);
    QVERIFY2(error->text().contains(u"SHA-256"_s), qPrintable(error->text()));
    QVERIFY(!m_app.profiles().contains(u"Pinned"_s));
    pin->clear();
    QVERIFY(dialog->saveProfile());
    QVERIFY(m_app.profiles().contains(u"Pinned"_s));
    dialog->close();
    QVERIFY(m_app.profiles().remove(u"Pinned"_s)); // the other tests know their profiles
}

void TestMainWindow::untrustedCertificateCanBePinned()
{
    // A server whose certificate authority the profile does not trust: Test connection shows
    // the certificate it presented, trusting it pins it, and the test then connects.
    SimProcess::Options options;
    options.tls = true;
    SimProcess tlsSim(options);
    QVERIFY2(tlsSim.start(), qPrintable(tlsSim.errorString()));
    const QList<QSslCertificate> server =
        QSslCertificate::fromPath(SimProcess::dataDir() + u"/tls/server.pem"_s);
    QCOMPARE(server.size(), 1);
    const QString fingerprint = CertificatePin::fingerprint(server.constFirst());

    const NewProfile open = openNewProfile();
    ProfilesDialog *dialog = open.dialog;
    QVERIFY(dialog);
    ConnectionProfile profile = tlsSim.profile();
    profile.name = u"Untrusted"_s;
    profile.caCertificateFile.clear();
    dialog->editor()->setProfile(profile);
    auto *panel = child<QGroupBox>(dialog, u"certificatePanel"_s);
    auto *result = child<QLabel>(dialog, u"testResultLabel"_s);
    QVERIFY(!panel->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QCOMPARE(dialog->editor()->profile().serverUrl, tlsSim.serverUrl()); // still the one tested
    QVERIFY2(result->text().contains(fingerprint), qPrintable(result->text()));
    const QString details = child<QLabel>(dialog, u"certificateDetailsLabel"_s)->text();
    // The fingerprint comes on two lines of 16 bytes.
    QVERIFY2(QString(details).replace(u'\n', u':').contains(fingerprint), qPrintable(details));
    QVERIFY2(details.contains(server.constFirst().issuerInfo(QSslCertificate::CommonName).value(0)),
             qPrintable(details));
    if (const QString dir = qEnvironmentVariable("QTR_TEST_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(dir + u"/untrusted-certificate.png"_s);

    QTest::mouseClick(child<QPushButton>(dialog, u"trustCertificateButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, u"pinEdit"_s)->text(), fingerprint);
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"Connected"_s), qPrintable(result->text()),
                              10000);
    QVERIFY(!panel->isVisible());
    QCOMPARE(dialog->editor()->profile().serverUrl, tlsSim.serverUrl());
}

void TestMainWindow::savedProfileAppearsInTheSelector()
{
    trigger(u"actionProfiles"_s);
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProfilesDialog *>(u"profilesDialog"_s)));
    // A failed row must not leave its dialog behind for the next one to find.
    const auto closeDialog = qScopeGuard([dialog] { dialog->close(); });
    QTest::mouseClick(child<QPushButton>(dialog, u"addProfileButton"_s), Qt::LeftButton);
    ConnectionProfile broken = m_app.sim().profile();
    broken.name = u"Broken"_s;
    broken.userHeaderName = u"wrong-usr"_s;
    dialog->editor()->setProfile(broken);
    QVERIFY(dialog->saveProfile());
    QVERIFY(m_app.profiles().contains(u"Broken"_s));

    auto *combo = child<QComboBox>(m_window.get(), u"profileCombo"_s);
    QTRY_VERIFY(combo->findText(u"Broken"_s) >= 0);
    const int runsBefore = m_window->runsModel()->rowCount();
    // Switching to it: the status bar explains what is wrong, in words.
    combo->setCurrentIndex(combo->findText(u"Broken"_s));
    Q_EMIT combo->activated(combo->currentIndex());
    auto *state = child<QLabel>(m_window.get(), u"profileStateLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"Not authenticated"_s), 10000);
    QVERIFY(state->text().startsWith(u"Broken"_s));
    // Runs of the other profile stay in the table.
    QCOMPARE(m_window->runsModel()->rowCount(), runsBefore);
    QVERIFY(runsBefore > 0);
    dialog->close();
}

void TestMainWindow::lostRunIsFollowedAgain()
{
    RunTracker &tracker = m_app.activeSession()->tracker();
    const auto grace = tracker.unreachableGrace();
    tracker.setUnreachableGrace(std::chrono::milliseconds(300));
    const RunId id = tracker.start(TaskRef::byName(u"Medium Task"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!tracker.run(id)->sessionId.isEmpty(), 5000);
    QVERIFY(m_app.sim().outage(1500));
    QTRY_COMPARE_WITH_TIMEOUT(tracker.run(id)->phase, RunPhase::Lost, 10000);

    selectRuns({id});
    auto *followAgain = m_window->findChild<QAction *>(u"actionFollowAgain"_s);
    QVERIFY(followAgain);
    QTRY_VERIFY(followAgain->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_app.sim().clearRequestLog(), 10000); // the server is back
    trigger(u"actionFollowAgain"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Following 1 lost run"_s));
    QTRY_COMPARE_WITH_TIMEOUT(tracker.run(id)->outcome(), RunOutcome::Succeeded, 10000);
    QVERIFY(!followAgain->isEnabled());
    tracker.setUnreachableGrace(grace);
}

void TestMainWindow::startAtLoginWritesTheAutostartEntry()
{
    if (!LoginStart::isSupported())
        QSKIP("no freedesktop autostart on this system");
    QTemporaryDir config;
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const auto restore = qScopeGuard([&previous] {
        if (previous.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", previous);
    });
    const QString entry =
        config.path() + u"/autostart/"_s + QGuiApplication::desktopFileName() + u".desktop"_s;
    const auto settingsDialog = [this]() -> SettingsDialog * {
        trigger(u"actionSettings"_s);
        SettingsDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                return (dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));
            }))
            return nullptr;
        return dialog;
    };

    SettingsDialog *dialog = settingsDialog();
    QVERIFY(dialog);
    auto *atLogin = child<QCheckBox>(dialog, u"startAtLoginCheckBox"_s);
    QVERIFY(!atLogin->isChecked());
    atLogin->setChecked(true);
    if (const QString dir = qEnvironmentVariable("QTR_TEST_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + u"/settings.png"_s));
    dialog->accept();
    QFile file(entry);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(entry));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(u"[Desktop Entry]\nType=Application\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\nExec="_s +
                           LoginStart::quotedForExec(QCoreApplication::applicationFilePath()) +
                           u'\n'),
             qPrintable(text));
    file.close();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));

    // Shown as it is on disk, and unticking removes it.
    dialog = settingsDialog();
    QVERIFY(dialog);
    atLogin = child<QCheckBox>(dialog, u"startAtLoginCheckBox"_s);
    QVERIFY(atLogin->isChecked());
    atLogin->setChecked(false);
    dialog->accept();
    QVERIFY(!QFile::exists(entry));
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));

    // The Exec key's quoting, as the Desktop Entry Specification has it.
    QCOMPARE(LoginStart::quotedForExec(u"/usr/bin/qlik-task-runner"_s),
             u"/usr/bin/qlik-task-runner"_s);
    QCOMPARE(LoginStart::quotedForExec(u"/opt/Qlik Tools/run$1"_s),
             u"\"/opt/Qlik Tools/run\\\\$1\""_s);
}

void TestMainWindow::historyKeepsFinishedRunsAndExportsThem()
{
    HistoryView *history = m_window->historyView();
    HistoryModel *model = history->model();
    // Every run that ended so far, also those since removed from the runs table, once each.
    QSet<QString> shown;
    for (int row = 0; row < m_window->runsModel()->rowCount(); ++row) {
        const Run *run = m_window->runsModel()->runAt(m_window->runsModel()->index(row, 0));
        if (run->isFinished())
            shown.insert(run->sessionId);
    }
    QVERIFY(shown.size() >= 3);
    for (const QString &sessionId : std::as_const(shown))
        QTRY_VERIFY(model->rowOf(sessionId) >= 0);
    QSet<QString> keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.insert(model->record(row).key);
    QCOMPARE(keys.size(), model->rowCount());
    const Run *failed = runOfTask(u"Fast Fail"_s);
    const int failedRow = model->rowOf(failed->sessionId);
    QVERIFY(failedRow >= 0);
    QCOMPARE(model->record(failedRow).outcome, RunOutcome::Failed);
    QCOMPARE(model->record(failedRow).statusName, u"FinishedFail"_s);

    // Searched and exported as shown.
    history->setPeriod(HistoryFilter::Period::All);
    int failures = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        failures += model->record(row).message.contains(u"CostCenter"_s) ? 1 : 0;
    QVERIFY(failures > 0);
    child<QLineEdit>(history, u"historySearchEdit"_s)->setText(u"costcenter"_s);
    QCOMPARE(history->filter()->rowCount(), failures);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"runs.csv"_s);
    QCOMPARE(history->exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The titles, the runs, and nothing after the last line end.
    QCOMPARE(lines.size(), failures + 2);
    QVERIFY(lines.at(0).startsWith("\xef\xbb\xbf"
                                   "Finished,Task,"));
    QVERIFY2(lines.at(1).contains(",Fast Fail,"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("CostCenter"));
    child<QLineEdit>(history, u"historySearchEdit"_s)->clear();
    QCOMPARE(history->exportCsv(dir.filePath(u"no/such/folder/runs.csv"_s)).isEmpty(), false);

    // On disk: what another start reads.
    m_app.history().flush();
    RunHistory again(m_app.historyPath());
    QSignalSpy loaded(&again, &RunHistory::loaded);
    again.load();
    QTRY_COMPARE(loaded.count(), 1);
    const auto records = loaded.constFirst().constFirst().value<QList<HistoryRecord>>();
    QCOMPARE(records.size(), model->rowCount());
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const HistoryRecord &record) {
        return record.key == failed->sessionId && record.outcome == RunOutcome::Failed;
    }));
}

void TestMainWindow::typicalDurationGivesAnExpectedEnd()
{
    // Three successful runs make a typical duration (on the simulator's profile again: the
    // tests before this one made others active).
    m_app.workspace().setActiveProfile(u"Simulator"_s);
    QTRY_VERIFY(m_app.activeSession());
    ProfileSession *session = m_app.activeSession();
    const QString taskId = m_app.sim().taskId(u"Medium Task"_s);
    // A task runs once at a time: earlier tests' runs of it end first.
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(session->tracker().runIds().cbegin(),
                                          session->tracker().runIds().cend(),
                                          [&](RunId id) {
                                              const Run *run = session->tracker().run(id);
                                              return run->task.id == taskId && !run->isFinished();
                                          }),
                             15000);
    for (int i = 0; i < TypicalDurations::MinimumRuns; ++i) {
        const RunId id = session->tracker().start(TaskRef::byId(taskId));
        QTRY_VERIFY_WITH_TIMEOUT(session->tracker().run(id)->isFinished(), 15000);
        QVERIFY2(session->tracker().run(id)->outcome() == RunOutcome::Succeeded,
                 qPrintable(session->tracker().run(id)->lastMessage()));
    }
    const auto typical = m_app.workspace().typicalDurationMs(u"Simulator"_s, taskId);
    QVERIFY(typical && *typical > 1000 && *typical < 5000);

    // The next run shows when it should end, and how far it is.
    const RunId id = session->tracker().start(TaskRef::byId(taskId));
    RunsModel *model = m_window->runsModel();
    const QModelIndex expected = model->indexOf(&session->tracker(), id, RunsModel::ExpectedFinish);
    QTRY_VERIFY_WITH_TIMEOUT(expected.data().toString().startsWith(u"about "_s), 10000);
    QVERIFY(expected.data(Qt::ToolTipRole).toString().contains(TextFormat::duration(*typical)));
    const int progress =
        expected.siblingAtColumn(RunsModel::Duration).data(RunsModel::ProgressRole).toInt();
    QVERIFY(progress >= 0 && progress < 100);
    QVERIFY(!expected.data(RunsModel::OverdueRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(session->tracker().run(id)->isFinished(), 15000);
    QCOMPARE(expected.data().toString(), QString()); // finished: nothing to expect
    QCOMPARE(expected.siblingAtColumn(RunsModel::Duration).data(RunsModel::ProgressRole).toInt(),
             -1);
    // A task without a typical time has none either.
    QCOMPARE(indexOfTask(u"Fast Fail"_s, RunsModel::Duration).data(RunsModel::ProgressRole).toInt(),
             -1);

    // Overdue: more than twice the typical time, and a minute more.
    QVERIFY(!RunsModel::isOverdue(90'000, 60'000));
    QVERIFY(!RunsModel::isOverdue(50'000, 20'000)); // twice, but not a minute more
    QVERIFY(RunsModel::isOverdue(130'000, 60'000));
    QVERIFY(RunsModel::isOverdue(70'000, 5'000));
}

void TestMainWindow::historyIsClearedOnRequest()
{
    HistoryView *history = m_window->historyView();
    child<QTabWidget>(m_window.get(), u"viewTabs"_s)->setCurrentWidget(history);
    QVERIFY(history->model()->rowCount() > 0);
    const QString taskId = m_app.sim().taskId(u"Medium Task"_s);
    QVERIFY(m_app.workspace().typicalDurationMs(u"Simulator"_s, taskId));
    // The question is answered once it shows (a repeating timer: it is window-modal).
    int asked = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *question = history->findChild<QMessageBox *>(u"clearHistoryQuestion"_s);
        if (!question || !question->isVisible())
            return;
        ++asked;
        question->button(QMessageBox::Yes)->click();
    });
    answer.start(50);
    child<QPushButton>(history, u"clearHistoryButton"_s)->click();
    QTRY_COMPARE(asked, 1);
    QCOMPARE(history->model()->rowCount(), 0);
    QCOMPARE(history->filter()->rowCount(), 0);
    QVERIFY(!m_app.workspace().typicalDurationMs(u"Simulator"_s, taskId));

    m_app.history().flush();
    RunHistory again(m_app.historyPath());
    QSignalSpy loaded(&again, &RunHistory::loaded);
    again.load();
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(loaded.constFirst().constFirst().value<QList<HistoryRecord>>().isEmpty());
}

void TestMainWindow::settingsChooseNotificationsAndHistory()
{
    trigger(u"actionSettings"_s);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s)));
    auto *notify = child<QComboBox>(dialog, u"notifyCombo"_s);
    auto *retention = child<QSpinBox>(dialog, u"historyRetentionSpin"_s);
    QVERIFY(notify && retention);
    QCOMPARE(notify->currentData().toInt(), int(AppSettings::NotifyPolicy::EveryRun));
    QCOMPARE(retention->value(), 90);
    notify->setCurrentIndex(notify->findData(int(AppSettings::NotifyPolicy::Failures)));
    retention->setValue(0);
    QCOMPARE(retention->text(), u"For ever"_s);
    dialog->accept();
    QCOMPARE(m_app.settings().notifyPolicy(), AppSettings::NotifyPolicy::Failures);
    QCOMPARE(m_app.settings().historyRetentionDays(), 0);
    QVERIFY(m_app.settingsFileContent().contains("notifyOn=1"));
    m_app.settings().setNotifyPolicy(AppSettings::NotifyPolicy::EveryRun);
    m_app.settings().setHistoryRetentionDays(90);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));
}

void TestMainWindow::closingKeepsTheAppInTheTray()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy kept(m_window.get(), &MainWindow::keptInTray);

    // No tray: closing closes.
    m_window->setTrayAvailable(false);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(kept.count(), 0);

    // A tray: the window hides and the app goes on, unless the setting says otherwise.
    m_window->show();
    m_window->setTrayAvailable(true);
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(kept.count(), 1);
    QVERIFY(!m_app.settings().value(AppSettings::Key::WindowGeometry).toByteArray().isEmpty());

    m_window->show();
    m_app.settings().setValue(AppSettings::Key::CloseToTray, false);
    QVERIFY(m_window->close());
    QCOMPARE(kept.count(), 1);
    m_app.settings().setValue(AppSettings::Key::CloseToTray, true);
    m_window->setTrayAvailable(false);
    m_window->show(); // as the tests after this one expect it
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
