#include "historyrecord.h"
#include "runhistory.h"

#include <memory>
#include <optional>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'704'880'800'123, Qt::UTC);

HistoryRecord sample(const QString &key, const QDateTime &finishedAt)
{
    HistoryRecord record;
    record.key = key;
    record.profileName = u"Production"_s;
    record.taskId = u"0c2d6d7e-1f0a-4c3b-9a57-3b1f0e4a2c11"_s;
    record.taskName = u"Reload Sales ✓"_s;
    record.appName = u"Sales"_s;
    record.outcome = RunOutcome::Failed;
    record.statusName = u"FinishedFail"_s;
    record.requestedAt = finishedAt.addMSecs(-125'300);
    record.startedAt = finishedAt.addMSecs(-120'007);
    record.finishedAt = finishedAt;
    record.durationMs = 120'007;
    record.message = u"Field 'Amount' not found, \"quoted\""_s;
    return record;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

/// RunHistory on a real SQLite file in a temporary folder, across "sessions" (one RunHistory
/// each, destroyed before the next opens the file).
class TestRunHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void recordsSurviveARestart();
    void aKeyIsStoredOnce();
    void appendsAreWrittenInOneTransaction();
    void destructionWritesWhatIsPending();
    void retentionDeletesOldRecordsOnLoad();
    void clearDeletesEverything();
    void missingOrEmptyFileLoadsNothing();
    void newerFormatIsLeftAlone();
    void damagedFileIsMovedAside();
    void recordFromFinishedRun();
    void recordFromRunNeverSubmitted();

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    /// What load() answers, or nothing when it does not answer.
    static std::optional<QList<HistoryRecord>> loadAll(RunHistory &history);
    void store(const QList<HistoryRecord> &records);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRunHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::optional<QList<HistoryRecord>> TestRunHistory::loadAll(RunHistory &history)
{
    std::optional<QList<HistoryRecord>> result;
    const auto connection = connect(&history, &RunHistory::loaded, &history,
                                    [&](const QList<HistoryRecord> &records) { result = records; });
    history.load();
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 10'000);
    disconnect(connection);
    return result;
}

void TestRunHistory::store(const QList<HistoryRecord> &records)
{
    RunHistory history(path());
    for (const HistoryRecord &record : records)
        history.append(record);
    history.flush();
    QVERIFY2(history.problems().isEmpty(), qPrintable(history.problems().join(u'\n')));
}

void TestRunHistory::recordsSurviveARestart()
{
    HistoryRecord failed = sample(u"5f1c1b7e-0000-4000-8000-000000000001"_s, base);
    HistoryRecord neverStarted =
        sample(u"d1b0a1e2-5f5e-4b8a-9d7e-2c4f6a8b0c1d"_s, base.addSecs(-3600));
    neverStarted.outcome = RunOutcome::NotSubmitted;
    neverStarted.statusName.clear();
    neverStarted.startedAt = {};
    neverStarted.durationMs = 0;
    neverStarted.taskId.clear();
    HistoryRecord succeeded = sample(u"5f1c1b7e-0000-4000-8000-000000000003"_s, base.addDays(1));
    succeeded.outcome = RunOutcome::Succeeded;
    succeeded.statusName = u"FinishedSuccess"_s;
    succeeded.message.clear();
    // Appended out of order: loaded oldest first.
    store({failed, succeeded, neverStarted});

    RunHistory history(path());
    const auto records = loadAll(history);
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    const QList<HistoryRecord> expected = {neverStarted, failed, succeeded};
    for (int i = 0; i < expected.size(); ++i) {
        const HistoryRecord &got = records->at(i);
        const HistoryRecord &want = expected.at(i);
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.profileName, want.profileName);
        QCOMPARE(got.taskId, want.taskId);
        QCOMPARE(got.taskName, want.taskName);
        QCOMPARE(got.appName, want.appName);
        QCOMPARE(got.outcome, want.outcome);
        QCOMPARE(got.statusName, want.statusName);
        QCOMPARE(got.requestedAt, want.requestedAt);
        QCOMPARE(got.requestedAt.timeSpec(), Qt::UTC);
        QCOMPARE(got.startedAt.isValid(), want.startedAt.isValid());
        QCOMPARE(got.startedAt, want.startedAt);
        QCOMPARE(got.finishedAt, want.finishedAt);
        QCOMPARE(got.finishedAt.timeSpec(), Qt::UTC);
        QCOMPARE(got.durationMs, want.durationMs);
        QCOMPARE(got.message, want.message);
        QVERIFY(got == want);
    }
    QVERIFY(!records->at(0).startedAt.isValid());
    QVERIFY(history.problems().isEmpty());
    QVERIFY(history.isAvailable());
}

void TestRunHistory::aKeyIsStoredOnce()
{
    const HistoryRecord first = sample(u"5f1c1b7e-0000-4000-8000-00000000000a"_s, base);
    HistoryRecord again = first;
    again.message = u"recorded again after a crash"_s;
    store({first, again}); // twice in one batch
    store({again}); // and in a later session

    RunHistory history(path());
    const auto records = loadAll(history);
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().message, first.message);
}

void TestRunHistory::appendsAreWrittenInOneTransaction()
{
    RunHistory history(path());
    QVERIFY(loadAll(history));
    for (int i = 0; i < 500; ++i)
        history.append(sample(u"key-%1"_s.arg(i), base.addSecs(i)));
    QSignalSpy firstBatch(&history, &RunHistory::written);
    QCOMPARE(history.batchesWritten(), 0); // nothing written per record
    QTRY_COMPARE(history.batchesWritten(), 1);
    QTRY_COMPARE(firstBatch.size(), 1);
    QCOMPARE(firstBatch.first().first().toStringList().size(), 500);
    QTest::qWait(2 * RunHistory::BatchDelayMs);
    QCOMPARE(history.batchesWritten(), 1);

    QSignalSpy written(&history, &RunHistory::written);
    history.append(sample(u"key-500"_s, base.addSecs(500)));
    history.append(sample(u"key-0"_s, base)); // already there
    history.flush(); // at once, without waiting for the batch
    QCOMPARE(history.batchesWritten(), 2);
    QCOMPARE(written.size(), 1); // before flush() returns
    QCOMPARE(written.first().first().toStringList(), (QStringList {u"key-500"_s, u"key-0"_s}));
    const auto records = loadAll(history);
    QVERIFY(records);
    QCOMPARE(records->size(), 501);
    QCOMPARE(records->last().key, u"key-500"_s);
}

void TestRunHistory::destructionWritesWhatIsPending()
{
    QStringList written;
    {
        RunHistory history(path());
        connect(&history, &RunHistory::written, &history,
                [&](const QStringList &keys) { written += keys; });
        history.append(sample(u"last"_s, base));
    }
    QCOMPARE(written, QStringList {u"last"_s});
    RunHistory history(path());
    const auto records = loadAll(history);
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
}

void TestRunHistory::retentionDeletesOldRecordsOnLoad()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store({sample(u"old"_s, now.addDays(-100)), sample(u"month"_s, now.addDays(-29)),
           sample(u"recent"_s, now.addSecs(-60))});
    {
        RunHistory history(path());
        history.setRetentionDays(30);
        const auto records = loadAll(history);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->first().key, u"month"_s);
    }
    RunHistory history(path()); // keeps everything: what was deleted is gone
    const auto records = loadAll(history);
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
}

void TestRunHistory::clearDeletesEverything()
{
    store({sample(u"a"_s, base), sample(u"b"_s, base.addSecs(1))});
    {
        RunHistory history(path());
        history.append(sample(u"pending"_s, base.addSecs(2)));
        history.clear();
        history.flush();
    }
    RunHistory history(path());
    const auto records = loadAll(history);
    QVERIFY(records);
    QVERIFY(records->isEmpty());
}

void TestRunHistory::missingOrEmptyFileLoadsNothing()
{
    {
        RunHistory history(m_dir->filePath(u"not/yet/there/history.sqlite"_s));
        const auto records = loadAll(history);
        QVERIFY(records);
        QVERIFY(records->isEmpty());
        QVERIFY(history.problems().isEmpty());
    }
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"not/yet/there/history.sqlite"_s)));

    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    RunHistory history(path());
    const auto records = loadAll(history);
    QVERIFY(records);
    QVERIFY(records->isEmpty());
    QVERIFY2(history.problems().isEmpty(), qPrintable(history.problems().join(u'\n')));
}

void TestRunHistory::newerFormatIsLeftAlone()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE runs (key TEXT PRIMARY KEY, future BLOB)"_s));
        QVERIFY(query.exec(u"INSERT INTO runs VALUES ('kept', x'00ff')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(RunHistory::SchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = fileHash(path());
    QVERIFY(!before.isEmpty());

    {
        RunHistory history(path());
        QSignalSpy unavailable(&history, &RunHistory::unavailable);
        history.setRetentionDays(1);
        const auto records = loadAll(history);
        QVERIFY(records);
        QVERIFY(records->isEmpty());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!history.isAvailable());
        QCOMPARE(history.problems().size(), 1);
        QVERIFY2(history.problems().first().contains(u"newer version"_s),
                 qPrintable(history.problems().first()));
        history.append(sample(u"dropped"_s, base));
        history.clear();
        history.flush();
    }
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {u"history.sqlite"_s});
}

void TestRunHistory::damagedFileIsMovedAside()
{
    QByteArray garbage;
    while (garbage.size() < 8192)
        garbage += "This is not an SQLite database, whatever its name says.\n";
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    {
        RunHistory history(path());
        const auto records = loadAll(history);
        QVERIFY(records);
        QVERIFY(records->isEmpty());
        QVERIFY(history.isAvailable());
        QCOMPARE(history.problems().size(), 1);
        const QString problem = history.problems().first();
        QVERIFY2(problem.contains(u"moved aside"_s) && problem.contains(u".damaged-"_s),
                 qPrintable(problem));
        history.append(sample(u"after"_s, base));
    }
    const QStringList aside =
        QDir(m_dir->path()).entryList({u"history.sqlite.damaged-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);

    RunHistory history(path()); // the new history works
    const auto records = loadAll(history);
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().key, u"after"_s);
    QVERIFY(history.problems().isEmpty());
}

void TestRunHistory::recordFromFinishedRun()
{
    Run run;
    run.requested = TaskRef::byName(u"Reload Sales"_s);
    run.task.id = u"0c2d6d7e-1f0a-4c3b-9a57-3b1f0e4a2c11"_s;
    run.task.name = u"Reload Sales"_s;
    run.task.appName = u"Sales"_s;
    run.sessionId = u"5F1C1B7E-AAAA-4000-8000-00000000000B"_s;
    run.phase = RunPhase::Finished;
    run.requestedAt = base;
    run.finishedAt = base.addSecs(200);
    ExecutionResult first;
    first.status = TaskStatus(TaskStatus::Retry);
    first.startTime = base.addSecs(5).toOffsetFromUtc(3600); // any zone: stored as UTC
    first.stopTime = base.addSecs(60);
    ExecutionResult last;
    last.status = TaskStatus(TaskStatus::FinishedFail);
    last.startTime = base.addSecs(70);
    last.stopTime = base.addSecs(185);
    last.details = {{ExecutionDetail::Type::Information, u"Reload started"_s, {}},
                    {ExecutionDetail::Type::Error, u"\r\nField not found\r\nline 12"_s, {}},
                    {ExecutionDetail::Type::Information, u"Reload ended"_s, {}}};
    run.results = {first, last};

    const HistoryRecord record = HistoryRecord::fromRun(run, u"Production"_s, base.addSecs(300));
    QCOMPARE(record.key, u"5f1c1b7e-aaaa-4000-8000-00000000000b"_s);
    QCOMPARE(record.profileName, u"Production"_s);
    QCOMPARE(record.taskId, run.task.id);
    QCOMPARE(record.taskName, u"Reload Sales"_s);
    QCOMPARE(record.appName, u"Sales"_s);
    QCOMPARE(record.outcome, RunOutcome::Failed);
    QCOMPARE(record.statusName, u"FinishedFail"_s);
    QCOMPARE(record.requestedAt, base);
    QCOMPARE(record.startedAt, base.addSecs(5));
    QCOMPARE(record.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(record.finishedAt, base.addSecs(185));
    QCOMPARE(record.durationMs, 180'000);
    QCOMPARE(record.message, u"Field not found"_s);
}

void TestRunHistory::recordFromRunNeverSubmitted()
{
    Run run;
    run.requested = TaskRef::byId(u"0C2D6D7E-1F0A-4C3B-9A57-3B1F0E4A2C11"_s);
    run.phase = RunPhase::NotSubmitted;
    run.requestedAt = base;
    run.finishedAt = base.addSecs(2);
    run.error = QlikError {};
    run.error->message = u"The task does not exist."_s;

    const HistoryRecord record = HistoryRecord::fromRun(run, u"Test"_s, base.addSecs(10));
    QVERIFY(!QUuid::fromString(record.key).isNull());
    QCOMPARE(record.key, record.key.toLower());
    QVERIFY(HistoryRecord::fromRun(run, u"Test"_s, base).key != record.key);
    QCOMPARE(record.taskId, run.requested.text());
    QCOMPARE(record.outcome, RunOutcome::NotSubmitted);
    QVERIFY(record.statusName.isEmpty());
    QVERIFY(!record.startedAt.isValid());
    QCOMPARE(record.finishedAt, base.addSecs(2));
    QCOMPARE(record.durationMs, 2000);
    QCOMPARE(record.message, u"The task does not exist."_s);
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
