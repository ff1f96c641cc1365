#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runsfilterproxy.h"
#include "runsmodel.h"
#include "runstyle.h"
#include "runtracker.h"
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

private:
    RunId startAndWait(const QString &taskName);
    /// Starts the tasks together (in this order) and waits until every run has ended.
    void startAllAndWait(const QStringList &taskNames);
    [[nodiscard]] const Run &runAtRow(int row) const { return *m_model->runAt(row); }

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
    QCOMPARE(m_model->rowOf(m_tracker.get(), second), 0);
    QCOMPARE(m_model->rowOf(m_tracker.get(), first), -1);
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

QTEST_MAIN(TestRunsModel)
#include "tst_runsmodel.moc"
