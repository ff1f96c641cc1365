// Task chains in the runs table, against qrs-sim's chain scenario: the runs a run's end starts
// by trigger are rows below its row, down the whole chain, with the triggers that will not start
// beside them and the chain's state on the root.
#include "appfixture.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "profilestore.h"
#include "rundetailspane.h"
#include "runjournal.h"
#include "runsfilterproxy.h"
#include "runsmodel.h"
#include "runtracker.h"
#include "simprocess.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
/// Task ids of tests/data/scenarios/chain.json.
QString chainTask(int number)
{
    return u"c4a10000-0000-4000-8000-0000000000%1"_s.arg(number, 2, 10, QChar(u'0'));
}

QString status(TaskStatus::Code code)
{
    return TaskStatus(code).displayName();
}

/// The rows below `parent` as "Task | Status" lines, indented by level, siblings by name.
QStringList treeText(const QAbstractItemModel &model, const QModelIndex &parent = {},
                     const QString &indent = {})
{
    QList<QModelIndex> children;
    for (int row = 0; row < model.rowCount(parent); ++row)
        children.append(model.index(row, RunsModel::Task, parent));
    std::sort(children.begin(), children.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.data().toString() < b.data().toString();
    });
    QStringList lines;
    for (const QModelIndex &child : std::as_const(children)) {
        lines << indent + child.data().toString() + u" | "_s +
                child.siblingAtColumn(RunsModel::Status).data().toString();
        lines << treeText(model, child, indent + u"  "_s);
    }
    return lines;
}

/// The chain as it stands once it has settled.
QStringList settledChain()
{
    const QString success = status(TaskStatus::FinishedSuccess);
    const QString fail = status(TaskStatus::FinishedFail);
    return {
        u"Chain 1 - Extract | "_s + success + u" · chain failed"_s,
        u"  Chain - Disabled task | Will not start"_s,
        u"  Chain - Sync behind a disabled trigger | Will not start"_s,
        u"  Chain 2 - Transform | "_s + success + u" · chain failed"_s,
        u"    Chain 3 - Finance | "_s + fail,
        u"      Chain - Alert on failure | "_s + success,
        u"    Chain 3 - Sales | "_s + success + u" · chain failed"_s,
        u"      Chain 4 - Board pack | Will not start"_s,
    };
}
} // namespace

class TestChainView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionChainShowsAsATree();
    void windowExpandsTheChainAsItComes();
    void chainOfARunStartedBeforeARestartIsFollowed();
};

void TestChainView::sessionChainShowsAsATree()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    ProfileSession session(sim.profile(), false);
    session.tracker().setPollInterval(100ms);
    RunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTracker(&session.tracker(), session.name(), &session.chains());

    // The session follows the chain of every run started here.
    const RunId root = session.tracker().start(TaskRef::byId(chainTask(1)));
    QTRY_COMPARE_WITH_TIMEOUT(treeText(model), settledChain(), 20000);
    QVERIFY(session.chains().isSettled(root));

    const QModelIndex extract = model.indexOf(&session.tracker(), root);
    QCOMPARE(extract, model.index(0, 0));
    QCOMPARE(extract.data(RunsModel::ChainStateRole).toInt(), int(RunsModel::ChainState::Failed));
    const QString tip = extract.siblingAtColumn(RunsModel::Status).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"Chain: 5 run"_s) && tip.contains(u", 1 failed"_s), qPrintable(tip));
    QCOMPARE(model.runRowCount(), 5);
    QCOMPARE(model.liveRowCount(), 0);

    // A model that comes later shows the same tree at once.
    RunsModel later;
    QAbstractItemModelTester laterTester(&later,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    later.addTracker(&session.tracker(), session.name(), &session.chains());
    QCOMPARE(treeText(later), settledChain());
    QCOMPARE(later.index(0, RunsModel::Status).data(Qt::ToolTipRole).toString(), tip);
}

void TestChainView::windowExpandsTheChainAsItComes()
{
    AppFixture app;
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    QString error;
    QVERIFY2(app.setUp(&error, options), qPrintable(error));
    MainWindow window(app.workspace());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTreeView *>(u"runsView"_s);
    QVERIFY(view);

    QTRY_VERIFY(app.activeSession());
    ProfileSession *session = app.activeSession();
    session->tracker().setPollInterval(100ms);
    const RunId root = session->tracker().start(TaskRef::byId(chainTask(1)));
    QTRY_COMPARE_WITH_TIMEOUT(treeText(*view->model()), settledChain(), 20000);

    // Every run with rows below it opened as they came; nobody expanded anything.
    const auto shown = [&](RunId id) {
        return window.runsProxy()->mapFromSource(
            window.runsModel()->indexOf(&session->tracker(), id));
    };
    const auto runOf = [&](const QString &taskId) {
        for (const RunId id : session->tracker().runIds()) {
            if (session->tracker().run(id)->task.id.compare(taskId, Qt::CaseInsensitive) == 0)
                return id;
        }
        return RunId(0);
    };
    for (const int task : {1, 2, 3, 4})
        QVERIFY2(view->isExpanded(shown(runOf(chainTask(task)))), qPrintable(chainTask(task)));
    QVERIFY(view->visualRect(shown(runOf(chainTask(6)))).isValid());

    // A run row shows in the details pane; a link row has no run to show or act on.
    const RunId finance = runOf(chainTask(4));
    view->selectionModel()->setCurrentIndex(
        shown(finance), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(window.detailsPane()->runId(), finance);
    const QModelIndex extract = shown(root);
    QModelIndex link;
    for (int row = 0; row < view->model()->rowCount(extract); ++row) {
        if (view->model()->index(row, 0, extract).data(RunsModel::RunIdRole).value<RunId>() == 0)
            link = view->model()->index(row, 0, extract);
    }
    QVERIFY(link.isValid());
    view->selectionModel()->setCurrentIndex(
        link, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(window.detailsPane()->runId(), RunId(0));
    QTRY_VERIFY(!window.findChild<QAction *>(u"actionRemove"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"actionRunAgain"_s)->isEnabled());
}

void TestChainView::chainOfARunStartedBeforeARestartIsFollowed()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(file);
    ConnectionProfile profile = sim.profile();
    profile.name = u"Chains"_s;
    QVERIFY(profiles.add(profile).isEmpty());
    profiles.setActiveProfileName(profile.name);
    AppSettings settings(file);
    settings.setPollIntervalSeconds(1);
    {
        // Started, then the app closes while it runs (1.5 s).
        RunJournal journal(file);
        Workspace workspace(profiles, settings, &journal, {});
        QTRY_VERIFY(workspace.activeSession());
        RunTracker &tracker = workspace.activeSession()->tracker();
        const RunId stoppable = tracker.start(TaskRef::byId(chainTask(9)));
        QTRY_VERIFY_WITH_TIMEOUT(!tracker.run(stoppable)->sessionId.isEmpty(), 5000);
        journal.flush();
    }
    RunJournal journal(file);
    Workspace workspace(profiles, settings, &journal, {});
    QTRY_VERIFY(workspace.activeSession());
    ProfileSession *session = workspace.activeSession();
    const RunTracker &tracker = session->tracker();
    QCOMPARE(tracker.runIds().size(), 1);
    const RunId restored = tracker.runIds().constFirst();
    QCOMPARE(tracker.run(restored)->origin, RunOrigin::Started);
    // Its end starts "After stoppable" on the server: followed as its child, as before.
    const auto after = [&]() -> const Run * {
        for (const RunId id : tracker.runIds()) {
            if (tracker.run(id)->task.id.compare(chainTask(10), Qt::CaseInsensitive) == 0)
                return tracker.run(id);
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(after() && after()->isFinished(), 20000);
    QCOMPARE(after()->origin, RunOrigin::Triggered);
    QCOMPARE(after()->parent, restored);
    QCOMPARE(session->chains().rootOf(after()->id), restored);
    QTRY_VERIFY(session->chains().isSettled(restored));
}

QTEST_MAIN(TestChainView)
#include "tst_chainview.moc"
