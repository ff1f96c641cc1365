#include "runhistory.h"

#include "settingscheck.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

/// RunOutcome as stored: fixed numbers, whatever the enum's order becomes.
constexpr std::array storedOutcomes = {
    RunOutcome::InProgress, RunOutcome::Succeeded,    RunOutcome::Failed, RunOutcome::Aborted,
    RunOutcome::Skipped,    RunOutcome::NotSubmitted, RunOutcome::Lost,
};

int outcomeCode(RunOutcome outcome)
{
    const auto it = std::find(storedOutcomes.begin(), storedOutcomes.end(), outcome);
    return int(it - storedOutcomes.begin());
}

RunOutcome outcomeOf(int code)
{
    return code >= 0 && code < int(storedOutcomes.size()) ? storedOutcomes.at(code)
                                                          : RunOutcome::Lost;
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime utcTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// SQLite's "file is not a database" and "database disk image is malformed".
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 26 || code == 11;
}

bool exec(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

/// Takes a database from version n to n + 1 (inside a transaction).
using Migration = bool (*)(const QSqlDatabase &db, QSqlError *error);

bool createVersion1(const QSqlDatabase &db, QSqlError *error)
{
    return exec(db,
                u"CREATE TABLE runs (key TEXT PRIMARY KEY NOT NULL, profile TEXT, task_id TEXT, "
                "task_name TEXT, app_name TEXT, outcome INTEGER, status_name TEXT, "
                "requested_at INTEGER, started_at INTEGER, finished_at INTEGER, "
                "duration_ms INTEGER, message TEXT)"_s,
                error) &&
        exec(db, u"CREATE INDEX runs_finished_at ON runs (finished_at)"_s, error);
}

constexpr std::array<Migration, 1> migrations = {&createVersion1};
static_assert(migrations.size() == RunHistory::SchemaVersion);

constexpr qint64 msPerDay = 24 * 3600 * 1000;

} // namespace

/// The history's SQL, on its own thread: the connection is made, used and closed there only.
/// What it has to say goes to the RunHistory as calls queued on the GUI thread.
class HistoryWorker final : public QObject
{
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    HistoryWorker(RunHistory *owner, const QString &path)
        : m_owner(owner)
        , m_path(path)
        , m_connection(u"qtr-history-%1"_s.arg(quintptr(this), 0, 16))
    { }
    ~HistoryWorker() override = default;

    void open();
    void close();
    void setRetentionDays(int days);
    void load();
    /// Writes `records` and any earlier ones a failure kept back, in one transaction.
    void write(const QList<HistoryRecord> &records);
    void clear();

    std::atomic<int> batchesWritten {0};

private:
    /// Runs `call` on the GUI thread, where RunHistory lives.
    template<typename Call> void post(Call call)
    {
        QMetaObject::invokeMethod(m_owner, std::move(call), Qt::QueuedConnection);
    }
    void reportProblem(const QString &sentence)
    {
        post([owner = m_owner, sentence] { owner->addProblem(sentence); });
    }
    void reportUnavailable(const QString &why)
    {
        post([owner = m_owner, why] { owner->makeUnavailable(why); });
    }
    enum class Opened { Ok, Damaged, Failed };
    /// Opens the file and brings it to SchemaVersion. `*detail` is SQLite's error when
    /// Damaged, a sentence for people when Failed.
    Opened openFile(QString *detail);
    void closeFile();
    /// Moves the file (and its write-ahead log) aside; returns where, or empty with `*error`.
    QString moveAside(QString *error);
    void prune(bool force);
    void readAll(QList<HistoryRecord> *records);
    void reportWriteFailure(const QSqlError &error);
    [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(m_connection); }

    RunHistory *m_owner;
    QString m_path;
    QString m_connection;
    bool m_open = false;
    int m_retentionDays = 0;
    QDateTime m_lastPrune;
    QList<HistoryRecord> m_unwritten;
    QString m_lastWriteError;
};

void HistoryWorker::open()
{
    QString detail;
    Opened opened = openFile(&detail);
    if (opened == Opened::Damaged) {
        closeFile();
        QString error;
        const QString aside = moveAside(&error);
        if (aside.isEmpty()) {
            reportUnavailable(RunHistory::tr("The run history %1 cannot be read (%2) and cannot "
                                             "be moved aside (%3): no history is kept in this "
                                             "session.")
                                  .arg(QDir::toNativeSeparators(m_path), detail, error));
            return;
        }
        reportProblem(RunHistory::tr("The run history could not be read (%1). It was moved "
                                     "aside to %2 and a new history was started.")
                          .arg(detail, QDir::toNativeSeparators(aside)));
        opened = openFile(&detail);
        if (opened == Opened::Damaged)
            detail = RunHistory::tr("The new run history cannot be used either (%1): no history "
                                    "is kept in this session.")
                         .arg(detail);
    }
    if (opened != Opened::Ok) {
        closeFile();
        reportUnavailable(detail);
        return;
    }
    m_open = true;
}

HistoryWorker::Opened HistoryWorker::openFile(QString *detail)
{
    const auto cannotOpen = [&](const QString &why) {
        *detail = RunHistory::tr("The run history %1 cannot be opened (%2): no history is kept "
                                 "in this session.")
                      .arg(QDir::toNativeSeparators(m_path), why);
        return Opened::Failed;
    };
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return cannotOpen(RunHistory::tr("the SQLite driver of Qt is not installed"));
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return cannotOpen(
            RunHistory::tr("the folder %1 cannot be made").arg(QDir::toNativeSeparators(folder)));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    QSqlError error;
    const auto failed = [&] {
        if (isDamage(error)) {
            *detail = error.databaseText();
            return Opened::Damaged;
        }
        return cannotOpen(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    };
    if (!db.open()) {
        error = db.lastError();
        return failed();
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        error = query.lastError();
        return failed();
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > RunHistory::SchemaVersion) {
        *detail = RunHistory::tr("The run history %1 was written by a newer version of this app "
                                 "(format %2; this version knows up to %3). It is left as it is "
                                 "and no history is kept in this session.")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(version)
                      .arg(RunHistory::SchemaVersion);
        return Opened::Failed;
    }
    if (!exec(db, u"PRAGMA journal_mode = WAL"_s, &error) ||
        !exec(db, u"PRAGMA synchronous = NORMAL"_s, &error))
        return failed();
    for (int from = version; from < RunHistory::SchemaVersion; ++from) {
        if (!db.transaction()) {
            error = db.lastError();
            return failed();
        }
        if (!migrations.at(from)(db, &error) ||
            !exec(db, u"PRAGMA user_version = %1"_s.arg(from + 1), &error)) {
            db.rollback();
            return failed();
        }
        if (!db.commit()) {
            error = db.lastError();
            db.rollback();
            return failed();
        }
    }
    return Opened::Ok;
}

void HistoryWorker::closeFile()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    database().close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryWorker::moveAside(QString *error)
{
    const QString base = SettingsCheck::asideFileName(m_path, QDateTime::currentDateTime());
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    QFile file(m_path);
    if (!file.rename(target)) {
        *error = file.errorString();
        return {};
    }
    // The log belongs to the damaged file; the shared-memory index is rebuilt from it.
    QFile::rename(m_path + u"-wal"_s, target + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
    return target;
}

void HistoryWorker::close()
{
    write({});
    closeFile();
}

void HistoryWorker::setRetentionDays(int days)
{
    if (days == m_retentionDays)
        return;
    m_retentionDays = days;
    m_lastPrune = {}; // the next write applies it
}

void HistoryWorker::prune(bool force)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_open || (!force && m_lastPrune.isValid() && m_lastPrune.msecsTo(now) < msPerDay))
        return;
    m_lastPrune = now;
    QSqlDatabase db = database();
    QSqlError error;
    bool done = db.transaction();
    if (done && m_retentionDays > 0) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM runs WHERE finished_at < ?"_s);
        query.addBindValue(now.toMSecsSinceEpoch() - m_retentionDays * msPerDay);
        done = query.exec();
        error = query.lastError();
    }
    done = done &&
        exec(db,
             u"DELETE FROM runs WHERE rowid IN (SELECT rowid FROM runs ORDER BY finished_at DESC "
             "LIMIT -1 OFFSET %1)"_s.arg(RunHistory::MaxRecords),
             &error) &&
        db.commit();
    if (!done) {
        if (!error.isValid())
            error = db.lastError();
        db.rollback();
        reportWriteFailure(error);
    }
}

void HistoryWorker::load()
{
    QList<HistoryRecord> records;
    if (m_open) {
        prune(true);
        readAll(&records);
    }
    post([owner = m_owner, records] { Q_EMIT owner->loaded(records); });
}

void HistoryWorker::readAll(QList<HistoryRecord> *records)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT key, profile, task_id, task_name, app_name, outcome, status_name, "
                   "requested_at, started_at, finished_at, duration_ms, message FROM runs "
                   "ORDER BY finished_at, rowid"_s)) {
        while (query.next()) {
            HistoryRecord &record = records->emplace_back();
            record.key = query.value(0).toString();
            record.profileName = query.value(1).toString();
            record.taskId = query.value(2).toString();
            record.taskName = query.value(3).toString();
            record.appName = query.value(4).toString();
            record.outcome = outcomeOf(query.value(5).toInt());
            record.statusName = query.value(6).toString();
            record.requestedAt = utcTime(query.value(7));
            record.startedAt = utcTime(query.value(8));
            record.finishedAt = utcTime(query.value(9));
            record.durationMs = query.value(10).toLongLong();
            record.message = query.value(11).toString();
        }
    }
    if (query.lastError().isValid())
        reportProblem(RunHistory::tr("The run history could not be read in full (%1).")
                          .arg(query.lastError().databaseText()));
}

void HistoryWorker::write(const QList<HistoryRecord> &records)
{
    if (!m_open)
        return;
    m_unwritten.append(records);
    if (m_unwritten.isEmpty())
        return;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        reportWriteFailure(db.lastError());
        return;
    }
    QSqlQuery insert(db);
    bool done = insert.prepare(
        u"INSERT OR IGNORE INTO runs (key, profile, task_id, task_name, app_name, outcome, "
        "status_name, requested_at, started_at, finished_at, duration_ms, message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; done && i < m_unwritten.size(); ++i) {
        const HistoryRecord &record = m_unwritten.at(i);
        insert.bindValue(0, record.key);
        insert.bindValue(1, record.profileName);
        insert.bindValue(2, record.taskId);
        insert.bindValue(3, record.taskName);
        insert.bindValue(4, record.appName);
        insert.bindValue(5, outcomeCode(record.outcome));
        insert.bindValue(6, record.statusName);
        insert.bindValue(7, msecs(record.requestedAt));
        insert.bindValue(8, msecs(record.startedAt));
        insert.bindValue(9, msecs(record.finishedAt));
        insert.bindValue(10, record.durationMs);
        insert.bindValue(11, record.message);
        done = insert.exec();
    }
    QSqlError error = insert.lastError();
    insert.finish();
    if (done && !db.commit()) {
        done = false;
        error = db.lastError();
    }
    if (!done) {
        db.rollback();
        // Kept for the next batch, within reason.
        constexpr qsizetype keptAtMost = 100'000;
        if (m_unwritten.size() > keptAtMost)
            m_unwritten.remove(0, m_unwritten.size() - keptAtMost);
        reportWriteFailure(error);
        return;
    }
    QStringList keys;
    keys.reserve(m_unwritten.size());
    for (const HistoryRecord &record : std::as_const(m_unwritten))
        keys.append(record.key);
    m_unwritten.clear();
    m_lastWriteError.clear();
    ++batchesWritten;
    post([owner = m_owner, keys] { Q_EMIT owner->written(keys); });
    prune(false);
}

void HistoryWorker::clear()
{
    m_unwritten.clear();
    QSqlError error;
    if (m_open && !exec(database(), u"DELETE FROM runs"_s, &error))
        reportWriteFailure(error);
}

void HistoryWorker::reportWriteFailure(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text == m_lastWriteError)
        return;
    m_lastWriteError = text;
    reportProblem(
        RunHistory::tr("The run history cannot be written (%1): finished runs are not kept "
                       "until it can.")
            .arg(text));
}

RunHistory::RunHistory(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_worker(std::make_unique<HistoryWorker>(this, databasePath))
{
    m_thread.setObjectName(u"RunHistory"_s);
    m_worker->moveToThread(&m_thread);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchDelayMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &RunHistory::submitPending);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get()] { worker->open(); }, Qt::QueuedConnection);
}

RunHistory::~RunHistory()
{
    flush();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get()] { worker->close(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RunHistory::setRetentionDays(int days)
{
    days = qMax(0, days);
    if (days == m_retentionDays)
        return;
    m_retentionDays = days;
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), days] { worker->setRetentionDays(days); },
        Qt::QueuedConnection);
}

void RunHistory::load()
{
    submitPending();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get()] { worker->load(); }, Qt::QueuedConnection);
}

void RunHistory::append(const HistoryRecord &record)
{
    if (!m_available)
        return;
    m_pending.append(record);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void RunHistory::clear()
{
    m_pending.clear();
    m_batchTimer.stop();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get()] { worker->clear(); }, Qt::QueuedConnection);
}

void RunHistory::flush()
{
    submitPending();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get()] { worker->write({}); },
        Qt::BlockingQueuedConnection);
    // What the worker said about it, now rather than from the event loop.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

int RunHistory::batchesWritten() const
{
    return m_worker->batchesWritten.load();
}

void RunHistory::makeUnavailable(const QString &why)
{
    m_available = false;
    m_pending.clear();
    m_batchTimer.stop();
    addProblem(why);
    Q_EMIT unavailable(why);
}

void RunHistory::addProblem(const QString &sentence)
{
    m_problems.append(sentence);
    Q_EMIT problemFound(sentence);
}

void RunHistory::submitPending()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [worker = m_worker.get(), batch = std::exchange(m_pending, {})] { worker->write(batch); },
        Qt::QueuedConnection);
}
