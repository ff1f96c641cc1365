#include "cloud/cloudtypes.h"
#include "taskstatus.h"

#include <limits>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TaskStatus::Outcome)

class TestTaskStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsNeverStarted();
    void status_data();
    void status();
    void allKnownHaveDistinctNames();
    void unknown_data();
    void unknown();
    void equality();
    void cloud_data();
    void cloud();
};

void TestTaskStatus::defaultIsNeverStarted()
{
    constexpr TaskStatus status;
    QCOMPARE(status.code(), int(TaskStatus::NeverStarted));
    QCOMPARE(status.name(), u"NeverStarted"_s);
    QVERIFY(!status.isFinal());
}

void TestTaskStatus::status_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<TaskStatus::Outcome>("outcome");

    using O = TaskStatus::Outcome;
    QTest::newRow("0") << 0 << u"NeverStarted"_s << u"Never started"_s << O::Running;
    QTest::newRow("1") << 1 << u"Triggered"_s << u"Triggered"_s << O::Running;
    QTest::newRow("2") << 2 << u"Started"_s << u"Running"_s << O::Running;
    QTest::newRow("3") << 3 << u"Queued"_s << u"Queued"_s << O::Running;
    QTest::newRow("4 not final") << 4 << u"AbortInitiated"_s << u"Stop requested"_s << O::Running;
    QTest::newRow("5 not final") << 5 << u"Aborting"_s << u"Stopping"_s << O::Running;
    QTest::newRow("6") << 6 << u"Aborted"_s << u"Stopped"_s << O::Aborted;
    QTest::newRow("7") << 7 << u"FinishedSuccess"_s << u"Finished successfully"_s << O::Success;
    QTest::newRow("8") << 8 << u"FinishedFail"_s << u"Failed"_s << O::Failed;
    QTest::newRow("9 final") << 9 << u"Skipped"_s << u"Skipped"_s << O::Skipped;
    QTest::newRow("10 not final") << 10 << u"Retry"_s << u"Failed, retrying"_s << O::Running;
    QTest::newRow("11") << 11 << u"Error"_s << u"Error"_s << O::Failed;
    QTest::newRow("12") << 12 << u"Reset"_s << u"Reset"_s << O::Failed;
    QTest::newRow("13") << 13 << u"DistributionQueue"_s << u"Waiting for distribution"_s
                        << O::Running;
    QTest::newRow("14") << 14 << u"DistributionRunning"_s << u"Distributing"_s << O::Running;
}

void TestTaskStatus::status()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(QString, displayName);
    QFETCH(TaskStatus::Outcome, outcome);

    const TaskStatus status(code);
    QCOMPARE(status.code(), code);
    QVERIFY(status.isKnown());
    QCOMPARE(status.name(), name);
    QCOMPARE(status.displayName(), displayName);
    QCOMPARE(status.outcome(), outcome);
    QCOMPARE(status.isFinal(), outcome != TaskStatus::Outcome::Running);
    QCOMPARE(status.isSuccess(), code == TaskStatus::FinishedSuccess);
}

void TestTaskStatus::allKnownHaveDistinctNames()
{
    QSet<QString> names;
    QSet<QString> displayNames;
    for (int code = 0; code <= TaskStatus::DistributionRunning; ++code) {
        names.insert(TaskStatus(code).name());
        displayNames.insert(TaskStatus(code).displayName());
    }
    QCOMPARE(names.size(), 15);
    QCOMPARE(displayNames.size(), 15);
}

void TestTaskStatus::unknown_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("15") << 15;
    QTest::newRow("16") << 16;
    QTest::newRow("99") << 99;
    QTest::newRow("-1") << -1;
    QTest::newRow("int max") << std::numeric_limits<int>::max();
    QTest::newRow("int min") << std::numeric_limits<int>::min();
}

void TestTaskStatus::unknown()
{
    QFETCH(int, code);
    const TaskStatus status(code);
    QVERIFY(!status.isKnown());
    QCOMPARE(status.name(), u"Unknown(%1)"_s.arg(code));
    QCOMPARE(status.displayName(), u"Unknown status %1"_s.arg(code));
    QCOMPARE(status.outcome(), TaskStatus::Outcome::Running);
    QVERIFY(!status.isFinal());
    QVERIFY(!status.isSuccess());
}

void TestTaskStatus::equality()
{
    QCOMPARE(TaskStatus(7), TaskStatus(TaskStatus::FinishedSuccess));
    QVERIFY(TaskStatus(7) != TaskStatus(8));
    QVERIFY(TaskStatus(-1) != TaskStatus(15));
}

void TestTaskStatus::cloud_data()
{
    QTest::addColumn<CloudReloadStatus>("cloudStatus");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");
    QTest::addColumn<TaskStatus::Outcome>("outcome");
    using O = TaskStatus::Outcome;
    QTest::newRow("queued") << CloudReloadStatus::Queued << u"QUEUED"_s << u"Queued"_s
                            << O::Running;
    QTest::newRow("reloading") << CloudReloadStatus::Reloading << u"RELOADING"_s << u"Reloading"_s
                               << O::Running;
    QTest::newRow("canceling") << CloudReloadStatus::Canceling << u"CANCELING"_s << u"Canceling"_s
                               << O::Running;
    QTest::newRow("succeeded") << CloudReloadStatus::Succeeded << u"SUCCEEDED"_s << u"Succeeded"_s
                               << O::Success;
    QTest::newRow("failed") << CloudReloadStatus::Failed << u"FAILED"_s << u"Failed"_s << O::Failed;
    QTest::newRow("canceled") << CloudReloadStatus::Canceled << u"CANCELED"_s << u"Canceled"_s
                              << O::Aborted;
    QTest::newRow("exceeded limit") << CloudReloadStatus::ExceededLimit << u"EXCEEDED_LIMIT"_s
                                    << u"Exceeded its limit"_s << O::Failed;
    QTest::newRow("unknown") << CloudReloadStatus::Unknown << u"UNKNOWN"_s << u"Unknown status"_s
                             << O::Running;
}

void TestTaskStatus::cloud()
{
    // A cloud status keeps Qlik Cloud's own name and maps to the outcome of a repository status.
    QFETCH(CloudReloadStatus, cloudStatus);
    QFETCH(QString, name);
    QFETCH(QString, words);
    QFETCH(TaskStatus::Outcome, outcome);
    const TaskStatus status = TaskStatus::cloud(cloudStatus);
    QCOMPARE(status.server(), TaskStatus::Server::Cloud);
    QCOMPARE(status.name(), name);
    QCOMPARE(status.displayName(), words);
    QCOMPARE(status.outcome(), outcome);
    QCOMPARE(status.isKnown(), cloudStatus != CloudReloadStatus::Unknown);
    // Never equal to the repository's status of the same number.
    QVERIFY(status != TaskStatus(status.code()));
}

QTEST_APPLESS_MAIN(TestTaskStatus)
#include "tst_taskstatus.moc"
