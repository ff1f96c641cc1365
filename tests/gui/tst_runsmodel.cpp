#include "chainfollower.h"
#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runsfilterproxy.h"
#include "runsmodel.h"
#include "runstyle.h"
#include "runtracker.h"
#include "serverwatch.h"
#include "simprocess.h"

#include <algorithm>
#include <memory>
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
/// Task ids of tests/data/scenarios/chain.json.
QString chainTask(int number)
{
    return u"c4a10000-0000-4000-8000-0000000000%1"_s.arg(number, 2, 10, QChar(u'0'));
}

/// A qrs-sim of task chains, with a tracker, its ChainFollower and a model over them.
struct ChainRig
{
    SimProcess sim {[] {
        SimProcess::Options options;
        options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
        return options;
    }()};
    QNetworkAccessManager network;
    std::unique_ptr<QlikService> service;
    std::unique_ptr<QrsRunServer> server;
    std::unique_ptr<RunTracker> tracker;
    std::unique_ptr<ChainFollower> chains;
    RunsModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool setUp()
    {
        if (!sim.start()) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        service = std::make_unique<QlikService>(network, sim.profile());
        server = std::make_unique<QrsRunServer>(*service);
        tracker = std::make_unique<RunTracker>(*server);
        tracker->setPollInterval(100ms);
        chains = std::make_unique<ChainFollower>(*tracker);
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addTracker(tracker.get(), u"Chains"_s, chains.get());
        return true;
    }
    /// Starts the chain's root and follows it as a session does; its run id.
    RunId start()
    {
        const RunId root = tracker->start(TaskRef::byId(chainTask(1)));
        chains->follow(root);
        return root;
    }
    [[nodiscard]] bool settled(RunId root) const
    {
        return tracker->run(root)->isFinished() && chains->isSettled(root);
    }
    /// The row below `parent` whose Task reads `task`; invalid when there is none.
    [[nodiscard]] static QModelIndex childNamed(const QAbstractItemModel &model,
                                                const QModelIndex &parent, const QString &task)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, RunsModel::Task, parent);
            if (index.data().toString() == task)
                return index;
        }
        return {};
    }
    /// The run of the chain's task.
    [[nodiscard]] RunId runOf(const QString &taskId) const
    {
        for (const RunId id : tracker->runIds()) {
            if (tracker->run(id)->task.id.compare(taskId, Qt::CaseInsensitive) == 0)
                return id;
        }
        return 0;
    }
    [[nodiscard]] QString status(const QModelIndex &index) const
    {
        return index.siblingAtColumn(RunsModel::Status).data().toString();
    }
};
} // namespace

/// RunsModel fed by a real RunTracker that follows real runs of qrs-sim.
class TestRunsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsAreInsertedAndUpdatedWithoutReset_data();
    void rowsAreInsertedAndUpdatedWithoutReset();
    void durationTicksWhileRunning();
    void removedRunsLeaveTheTable();
    void sortsByRawValues_data();
    void sortsByRawValues();
    void proxyFilters_data();
    void proxyFilters();
    void runsOfAChainAreATree();
    void chainStateMovesUpTheTree();
    void removingARunMovesItsChildrenUp();
    void proxySortsChildrenByStartAndFiltersRecursively();
    void runsSeenOnTheServerAreMarked();
    void aSeenRunMovesBelowTheRunThatTriggeredIt();

private:
    RunId startAndWait(const QString &taskName);
    /// Starts the tasks together (in this order) and waits until every run has ended.
    void startAllAndWait(const QStringList &taskNames);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QlikService> m_service;
    std::unique_ptr<QrsRunServer> m_server;
    std::unique_ptr<RunTracker> m_tracker;
    std::unique_ptr<RunsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunsModel::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestRunsModel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<QlikService>(*m_network, m_sim->profile());
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(100ms);
    m_model = std::make_unique<RunsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->addTracker(m_tracker.get(), u"Test"_s);
}

void TestRunsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_tracker.reset();
    m_server.reset();
    m_service.reset();
    m_network.reset();
}

RunId TestRunsModel::startAndWait(const QString &taskName)
{
    const RunId id = m_tracker->start(TaskRef::byName(taskName));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 10000);
    }();
    return id;
}

void TestRunsModel::startAllAndWait(const QStringList &taskNames)
{
    QList<RunId> ids;
    for (const QString &name : taskNames)
        ids.append(m_tracker->start(TaskRef::byName(name)));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
                    [this](RunId id) { return m_tracker->run(id)->isFinished(); }),
        10000);
}

void TestRunsModel::rowsAreInsertedAndUpdatedWithoutReset_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("status");

    QTest::newRow("success") << u"Fast Success"_s << int(RunOutcome::Succeeded)
                             << TaskStatus(TaskStatus::FinishedSuccess).displayName();
    QTest::newRow("fail") << u"Fast Fail"_s << int(RunOutcome::Failed)
                          << TaskStatus(TaskStatus::FinishedFail).displayName();
    QTest::newRow("skipped") << u"Fast Skipped"_s << int(RunOutcome::Skipped)
                             << TaskStatus(TaskStatus::Skipped).displayName();
    QTest::newRow("retry then success") << u"Retry Then Success"_s << int(RunOutcome::Succeeded)
                                        << TaskStatus(TaskStatus::FinishedSuccess).displayName();
    QTest::newRow("disabled") << u"Disabled Task"_s << int(RunOutcome::NotSubmitted)
                              << u"Not started"_s;
}

void TestRunsModel::rowsAreInsertedAndUpdatedWithoutReset()
{
    QFETCH(QString, task);
    QFETCH(int, outcome);
    QFETCH(QString, status);

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

    const RunId id = m_tracker->start(TaskRef::byName(task));
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, RunsModel::Task).data().toString(), task);
    QCOMPARE(m_model->index(0, RunsModel::Profile).data().toString(), u"Test"_s);

    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 10000);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
    // Every update names the roles it changed.
    for (const QList<QVariant> &change : std::as_const(changes))
        QVERIFY(!change.at(2).value<QList<int>>().isEmpty());
    QCOMPARE(m_model->index(0, RunsModel::Status).data().toString(), status);
    QCOMPARE(m_model->index(0, 0).data(RunsModel::OutcomeRole).toInt(), outcome);
    QCOMPARE(m_model->index(0, RunsModel::Status).data(Qt::ForegroundRole).value<QColor>(),
             RunStyle::colour(RunOutcome(outcome)));
    QVERIFY(!m_model->index(0, RunsModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(m_model->liveRowCount(), 0);
}

void TestRunsModel::durationTicksWhileRunning()
{
    // The duration of a running row moves on by itself: the model says so once a second with
    // durationsTicked(), never with a dataChanged per row. Polls go on meanwhile, and the
    // duration the repository advances in every answer is no change either.
    const RunId id = m_tracker->start(TaskRef::byName(u"Long Task"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->status() == TaskStatus(TaskStatus::Started), 5000);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy ticks(m_model.get(), &RunsModel::durationsTicked);
    const qint64 before =
        m_model->index(0, RunsModel::Duration).data(RunsModel::RawValueRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 3500);
    QVERIFY2(changes.isEmpty(), qPrintable(u"%1 dataChanged"_s.arg(changes.size())));
    QVERIFY(m_model->index(0, RunsModel::Duration).data(RunsModel::RawValueRole).toLongLong() >
            before);

    m_tracker->stop(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 10000);
    ticks.clear();
    QTest::qWait(1200); // nothing runs: nothing ticks
    QCOMPARE(ticks.size(), 0);
}

void TestRunsModel::removedRunsLeaveTheTable()
{
    const RunId first = startAndWait(u"Fast Success"_s);
    const RunId second = startAndWait(u"Fast Fail"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy removals(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_tracker->remove(first));
    QCOMPARE(removals.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->indexOf(m_tracker.get(), second).row(), 0);
    QVERIFY(!m_model->indexOf(m_tracker.get(), first).isValid());
    m_model->removeTracker(m_tracker.get());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRunsModel::sortsByRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("task ascending") << int(RunsModel::Task) << Qt::AscendingOrder;
    QTest::newRow("status ascending") << int(RunsModel::Status) << Qt::AscendingOrder;
    QTest::newRow("status descending") << int(RunsModel::Status) << Qt::DescendingOrder;
    QTest::newRow("started descending") << int(RunsModel::Started) << Qt::DescendingOrder;
    QTest::newRow("duration ascending") << int(RunsModel::Duration) << Qt::AscendingOrder;
}

void TestRunsModel::sortsByRawValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    startAllAndWait({u"Fast Skipped"_s, u"Fast Fail"_s, u"Fast Success"_s, u"Medium Task"_s});

    RunsFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.sort(column, order);
    QCOMPARE(proxy.rowCount(), 4);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant previous = proxy.index(row - 1, column).data(RunsModel::RawValueRole);
        const QVariant current = proxy.index(row, column).data(RunsModel::RawValueRole);
        const auto ordering = QVariant::compare(previous, current);
        if (previous.typeId() == QMetaType::QString) {
            const int byText = previous.toString().compare(current.toString(), Qt::CaseInsensitive);
            QVERIFY2(order == Qt::AscendingOrder ? byText <= 0 : byText >= 0,
                     qPrintable(previous.toString() + u" / "_s + current.toString()));
        } else if (order == Qt::AscendingOrder) {
            QVERIFY(ordering != QPartialOrdering::Greater);
        } else {
            QVERIFY(ordering != QPartialOrdering::Less);
        }
    }
}

void TestRunsModel::proxyFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<RunsFilterProxy::StatusFilter>("status");
    QTest::addColumn<QStringList>("expected");

    using F = RunsFilterProxy::StatusFilter;
    QTest::newRow("everything") << QString() << F::All
                                << QStringList {u"Fast Fail"_s, u"Fast Skipped"_s,
                                                u"Fast Success"_s};
    QTest::newRow("search task") << u"fail"_s << F::All << QStringList {u"Fast Fail"_s};
    QTest::newRow("search app") << u"finance app"_s << F::All
                                << QStringList {u"Fast Fail"_s, u"Fast Skipped"_s,
                                                u"Fast Success"_s};
    QTest::newRow("search message") << u"costcenter"_s << F::All << QStringList {u"Fast Fail"_s};
    QTest::newRow("succeeded") << QString() << F::Succeeded << QStringList {u"Fast Success"_s};
    QTest::newRow("failed") << QString() << F::Failed << QStringList {u"Fast Fail"_s};
    QTest::newRow("skipped") << QString() << F::Skipped << QStringList {u"Fast Skipped"_s};
    QTest::newRow("running") << QString() << F::Running << QStringList {};
    QTest::newRow("search and status") << u"fast"_s << F::Aborted << QStringList {};
}

void TestRunsModel::proxyFilters()
{
    QFETCH(QString, search);
    QFETCH(RunsFilterProxy::StatusFilter, status);
    QFETCH(QStringList, expected);
    startAllAndWait({u"Fast Success"_s, u"Fast Fail"_s, u"Fast Skipped"_s});

    RunsFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSearchText(search);
    proxy.setStatusFilter(status);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, RunsModel::Task).data().toString();
    shown.sort();
    QCOMPARE(shown, expected);
}

void TestRunsModel::runsOfAChainAreATree()
{
    ChainRig rig;
    QVERIFY(rig.setUp());
    // A link's row shows while its trigger waits; the run the trigger starts takes that row.
    QPersistentModelIndex transformLink;
    QString transformLinkStatus;
    connect(rig.chains.get(), &ChainFollower::linkAdded, this, [&](ChainFollower::LinkId id) {
        const ChainFollower::Link *link = rig.chains->link(id);
        if (link->trigger.target.id != chainTask(2))
            return;
        transformLink =
            ChainRig::childNamed(rig.model, rig.model.indexOf(rig.tracker.get(), link->upstream),
                                 link->trigger.target.name);
        transformLinkStatus = rig.status(transformLink);
    });
    const RunId root = rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.settled(root), 15000);

    // Extract → Transform → Sales and Finance (fails) → Alert; and the triggers that will not
    // start, below the run whose end met them.
    QCOMPARE(rig.model.rowCount(), 1);
    QCOMPARE(rig.model.runRowCount(), 5);
    QCOMPARE(rig.model.liveRowCount(), 0);
    const QModelIndex extract = rig.model.indexOf(rig.tracker.get(), root);
    QCOMPARE(extract, rig.model.index(0, 0));
    QCOMPARE(rig.model.rowCount(extract), 3);
    const QModelIndex transform =
        ChainRig::childNamed(rig.model, extract, u"Chain 2 - Transform"_s);
    QVERIFY(transform.isValid());
    QCOMPARE(rig.model.keyAt(transform).id, rig.runOf(chainTask(2)));
    QCOMPARE(transform.parent(), extract);
    for (const QString &task :
         {u"Chain - Sync behind a disabled trigger"_s, u"Chain - Disabled task"_s}) {
        const QModelIndex link = ChainRig::childNamed(rig.model, extract, task);
        QVERIFY2(link.isValid(), qPrintable(task));
        QCOMPARE(rig.status(link), u"Will not start"_s);
        QCOMPARE(link.data(RunsModel::RunIdRole).value<RunId>(), RunId(0));
        QVERIFY(!rig.model.runAt(link));
        QCOMPARE(rig.model.keyAt(link), RunsModel::RunKey());
        QVERIFY(!link.siblingAtColumn(RunsModel::LastMessage).data().toString().isEmpty());
        QVERIFY(!link.siblingAtColumn(RunsModel::Status)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(rig.model.rowCount(link), 0);
    }
    QCOMPARE(rig.model.rowCount(transform), 2);
    const QModelIndex sales = ChainRig::childNamed(rig.model, transform, u"Chain 3 - Sales"_s);
    const QModelIndex finance = ChainRig::childNamed(rig.model, transform, u"Chain 3 - Finance"_s);
    QVERIFY(sales.isValid() && finance.isValid());
    const QModelIndex boardPack = ChainRig::childNamed(rig.model, sales, u"Chain 4 - Board pack"_s);
    QVERIFY(boardPack.isValid());
    QCOMPARE(rig.status(boardPack), u"Will not start"_s);
    QVERIFY2(boardPack.siblingAtColumn(RunsModel::LastMessage)
                 .data()
                 .toString()
                 .contains(u"Chain 3 - Finance"_s),
             qPrintable(boardPack.siblingAtColumn(RunsModel::LastMessage).data().toString()));
    const QModelIndex alert =
        ChainRig::childNamed(rig.model, finance, u"Chain - Alert on failure"_s);
    QVERIFY(alert.isValid());
    QCOMPARE(rig.model.rowCount(alert), 0);

    // The waiting link's row became Transform's run.
    QCOMPARE(transformLinkStatus, u"Waiting for its trigger"_s);
    QVERIFY(transformLink.isValid());
    QCOMPARE(QModelIndex(transformLink), transform);
    QCOMPARE(transformLink.data(RunsModel::RunIdRole).value<RunId>(), rig.runOf(chainTask(2)));

    // Where a triggered run came from.
    const QString tip = transform.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Started by trigger “After extract” when “Chain 1 - Extract” ended"_s),
             qPrintable(tip));
}

void TestRunsModel::chainStateMovesUpTheTree()
{
    ChainRig rig;
    QVERIFY(rig.setUp());
    // Every state Transform's row showed, as the rows below it came and changed.
    QList<RunsModel::ChainState> transformStates;
    connect(&rig.model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &first) {
        const QModelIndex transform = rig.model.indexOf(rig.tracker.get(), rig.runOf(chainTask(2)));
        if (!transform.isValid() || first.siblingAtColumn(0) != transform)
            return;
        const auto state = RunsModel::ChainState(transform.data(RunsModel::ChainStateRole).toInt());
        if (transformStates.isEmpty() || transformStates.constLast() != state)
            transformStates.append(state);
    });
    const RunId root = rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.settled(root), 15000);

    using State = RunsModel::ChainState;
    // Running while Sales and Finance ran, failed once Finance failed, and so it stays.
    QCOMPARE(transformStates,
             QList<RunsModel::ChainState>({State::None, State::Running, State::Failed}));

    const QModelIndex extract = rig.model.indexOf(rig.tracker.get(), root);
    const QString success = TaskStatus(TaskStatus::FinishedSuccess).displayName();
    QCOMPARE(rig.status(extract), success + u" · chain failed"_s);
    QCOMPARE(extract.data(RunsModel::ChainStateRole).toInt(), int(State::Failed));
    const QString tip = extract.siblingAtColumn(RunsModel::Status).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"Chain: 5 run"_s) && tip.contains(u", 1 failed"_s) &&
                 tip.contains(u"; 3 trigger"_s) && tip.contains(u"will not start"_s),
             qPrintable(tip));

    // Each run with rows below it has the state of those rows; a run that failed says only that
    // (the alert its failure started ran fine: no "chain succeeded" beside "Failed").
    const QModelIndex finance = rig.model.indexOf(rig.tracker.get(), rig.runOf(chainTask(4)));
    QCOMPARE(rig.status(finance), TaskStatus(TaskStatus::FinishedFail).displayName());
    QCOMPARE(finance.data(RunsModel::ChainStateRole).toInt(), int(State::Succeeded));
    const QModelIndex sales = rig.model.indexOf(rig.tracker.get(), rig.runOf(chainTask(3)));
    QCOMPARE(sales.data(RunsModel::ChainStateRole).toInt(), int(State::Failed));
    const QModelIndex alert = rig.model.indexOf(rig.tracker.get(), rig.runOf(chainTask(6)));
    QCOMPARE(rig.status(alert), success);
    QCOMPARE(alert.data(RunsModel::ChainStateRole).toInt(), int(State::None));
}

void TestRunsModel::removingARunMovesItsChildrenUp()
{
    ChainRig rig;
    QVERIFY(rig.setUp());
    const RunId root = rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.settled(root), 15000);
    const RunId transform = rig.runOf(chainTask(2));
    const RunId sales = rig.runOf(chainTask(3));
    const RunId finance = rig.runOf(chainTask(4));
    const RunId alert = rig.runOf(chainTask(6));

    // Transform goes: Sales and Finance (with what is below them) move up below Extract.
    QSignalSpy moves(&rig.model, &QAbstractItemModel::rowsMoved);
    QVERIFY(rig.tracker->remove(transform));
    QVERIFY(!rig.model.indexOf(rig.tracker.get(), transform).isValid());
    QCOMPARE(moves.size(), 1);
    const QModelIndex extract = rig.model.indexOf(rig.tracker.get(), root);
    QCOMPARE(rig.model.indexOf(rig.tracker.get(), sales).parent(), extract);
    QCOMPARE(rig.model.indexOf(rig.tracker.get(), finance).parent(), extract);
    QCOMPARE(rig.model.indexOf(rig.tracker.get(), alert).parent(),
             rig.model.indexOf(rig.tracker.get(), finance));
    QCOMPARE(rig.model.rowCount(extract), 4); // Sales, Finance and the two links
    QVERIFY(extract.siblingAtColumn(RunsModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Chain: 4 run"_s));

    // Extract goes: its links with it, its runs to the top.
    QVERIFY(rig.tracker->remove(root));
    QCOMPARE(rig.model.rowCount(), 2);
    QCOMPARE(rig.model.runRowCount(), 3);
    QVERIFY(!rig.model.indexOf(rig.tracker.get(), sales).parent().isValid());
    QVERIFY(!rig.model.indexOf(rig.tracker.get(), finance).parent().isValid());
    QVERIFY(ChainRig::childNamed(rig.model, {}, u"Chain - Disabled task"_s) == QModelIndex());
    const QModelIndex salesIndex = rig.model.indexOf(rig.tracker.get(), sales);
    QCOMPARE(rig.model.rowCount(salesIndex), 1); // Board pack will not start
    QCOMPARE(salesIndex.data(RunsModel::ChainStateRole).toInt(),
             int(RunsModel::ChainState::Failed));

    // Sales goes: its link with it.
    QVERIFY(rig.tracker->remove(sales));
    QCOMPARE(rig.model.rowCount(), 1);
    QCOMPARE(rig.model.index(0, 0), rig.model.indexOf(rig.tracker.get(), finance));
    rig.model.removeTracker(rig.tracker.get());
    QCOMPARE(rig.model.rowCount(), 0);
    QCOMPARE(rig.model.runRowCount(), 0);
}

void TestRunsModel::proxySortsChildrenByStartAndFiltersRecursively()
{
    ChainRig rig;
    QVERIFY(rig.setUp());
    // Sorted as the window sorts while the chain's rows come.
    RunsFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&rig.model);
    proxy.sort(RunsModel::Started, Qt::DescendingOrder);
    // A run of another task beside the chain, at the top.
    const RunId other = rig.tracker->start(TaskRef::byId(chainTask(9)));
    const RunId root = rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.settled(root) && rig.tracker->run(other)->isFinished(), 15000);
    QCOMPARE(proxy.rowCount(), 2);

    // Below a run: in the order they started, the links without a run last, however the top
    // is sorted.
    QString sorted;
    const std::function<void(const QModelIndex &)> checkChildren = [&](const QModelIndex &parent) {
        QDateTime previous;
        bool linksBegan = false;
        for (int row = 0; row < proxy.rowCount(parent); ++row) {
            const QModelIndex child = proxy.index(row, 0, parent);
            const QDateTime started = child.siblingAtColumn(RunsModel::Started)
                                          .data(RunsModel::RawValueRole)
                                          .toDateTime();
            const QString where = sorted + u": "_s + child.data().toString();
            if (!started.isValid()) {
                linksBegan = true;
            } else {
                QVERIFY2(!linksBegan, qPrintable(where));
                QVERIFY2(!previous.isValid() || previous <= started, qPrintable(where));
                previous = started;
            }
            checkChildren(child);
        }
    };
    const std::pair<RunsModel::Column, Qt::SortOrder> sorts[] = {
        {RunsModel::Started, Qt::DescendingOrder},
        {RunsModel::Started, Qt::AscendingOrder},
        {RunsModel::Task, Qt::DescendingOrder},
        {RunsModel::Status, Qt::AscendingOrder},
    };
    for (const auto &[column, order] : sorts) {
        proxy.sort(column, order);
        sorted = u"column %1, order %2"_s.arg(int(column)).arg(int(order));
        for (int row = 0; row < proxy.rowCount(); ++row)
            checkChildren(proxy.index(row, 0));
        if (QTest::currentTestFailed())
            return;
    }
    const QModelIndex extract = proxy.mapFromSource(rig.model.indexOf(rig.tracker.get(), root));
    QCOMPARE(proxy.index(0, RunsModel::Task, extract).data().toString(), u"Chain 2 - Transform"_s);

    // A match deep down keeps its ancestors, and only them.
    proxy.setSearchText(u"alert"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QModelIndex shown = proxy.index(0, 0);
    QStringList path;
    while (shown.isValid()) {
        path << shown.siblingAtColumn(RunsModel::Task).data().toString();
        QCOMPARE(proxy.rowCount(shown) <= 1, true);
        shown = proxy.index(0, 0, shown);
    }
    QCOMPARE(path,
             QStringList({u"Chain 1 - Extract"_s, u"Chain 2 - Transform"_s, u"Chain 3 - Finance"_s,
                          u"Chain - Alert on failure"_s}));
    proxy.setSearchText({});
    proxy.setStatusFilter(RunsFilterProxy::StatusFilter::Failed);
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex transform = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(proxy.rowCount(transform), 1);
    const QModelIndex finance = proxy.index(0, 0, transform);
    QCOMPARE(finance.data().toString(), u"Chain 3 - Finance"_s);
    QCOMPARE(proxy.rowCount(finance), 0); // the alert succeeded
}

void TestRunsModel::runsSeenOnTheServerAreMarked()
{
    ServerWatch watch(*m_tracker);
    QVERIFY2(watch.start(), qPrintable(watch.problem()));
    // Started behind the tracker's back, as a schedule or somebody in the hub would.
    const QString taskId = m_sim->taskId(u"Fast Success"_s);
    QVERIFY(!taskId.isEmpty());
    QVERIFY(!m_sim->qrs("POST", u"/task/%1/start/synchronous"_s.arg(taskId)).isNull());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() == 1, 10000);
    const QModelIndex task = m_model->index(0, RunsModel::Task);
    QCOMPARE(m_model->runAt(task)->origin, RunOrigin::SeenOnServer);
    QVERIFY(!task.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(
        task.data(Qt::ToolTipRole)
            .toString()
            .contains(u"Seen on the server: started by a schedule, a trigger or somebody else"_s),
        qPrintable(task.data(Qt::ToolTipRole).toString()));
    // A run started here has no such mark.
    const RunId id = startAndWait(u"Fast Fail"_s);
    const QModelIndex started = m_model->indexOf(m_tracker.get(), id, RunsModel::Task);
    QVERIFY(started.data(Qt::DecorationRole).isNull());
    QCOMPARE(started.data(Qt::ToolTipRole).toString(), u"Fast Fail"_s);
    watch.stop();
}

void TestRunsModel::aSeenRunMovesBelowTheRunThatTriggeredIt()
{
    // Seen on the server first, then known as what a trigger started on the end of `upstream`
    // (RunTracker::adopt() again): the row moves below the upstream run's row.
    const RunId upstream = startAndWait(u"Fast Success"_s);
    const ReloadTask task = m_tracker->run(upstream)->task;
    const QString session = u"5ee00000-0000-4000-8000-000000000001"_s;
    const RunId seen = m_tracker->adopt(task, session, {}, RunOrigin::SeenOnServer);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->indexOf(m_tracker.get(), seen).parent().isValid());
    QSignalSpy moves(m_model.get(), &QAbstractItemModel::rowsMoved);
    QCOMPARE(m_tracker->adopt(task, session, {}, RunOrigin::Triggered, upstream), seen);
    QCOMPARE(moves.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex parent = m_model->indexOf(m_tracker.get(), upstream);
    QCOMPARE(m_model->indexOf(m_tracker.get(), seen).parent(), parent);
    QCOMPARE(parent.data(RunsModel::ChainStateRole).toInt(), int(RunsModel::ChainState::Running));
    QVERIFY2(
        parent.siblingAtColumn(RunsModel::Status).data().toString().endsWith(u" · chain running"_s),
        qPrintable(parent.siblingAtColumn(RunsModel::Status).data().toString()));
    const QModelIndex child = m_model->indexOf(m_tracker.get(), seen, RunsModel::Task);
    QVERIFY(child.data(Qt::DecorationRole).isNull());
    QVERIFY2(child.data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"Started by a trigger when “Fast Success” ended"_s),
             qPrintable(child.data(Qt::ToolTipRole).toString()));
}

QTEST_MAIN(TestRunsModel)
#include "tst_runsmodel.moc"
