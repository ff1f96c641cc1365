#pragma once

#include "historyrecord.h"

#include <memory>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

class HistoryWorker;

/// Every finished run, kept across restarts in an SQLite file. All SQL runs on a thread of its
/// own: nothing here waits on the disk but flush() and the destructor. Appended records are
/// written together, in one transaction, shortly after the first of them; a key already stored
/// is not stored again. A file written by a newer version is left alone (the history is off
/// for the session); a file that is not a database is moved aside and a new one started.
class RunHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistory)

public:
    /// The format this version writes (`PRAGMA user_version`); migrations lead every older one
    /// to it.
    static constexpr int SchemaVersion = 1;
    /// How long appended records wait for others before they are written together.
    static constexpr int BatchDelayMs = 250;
    /// The most records kept whatever the retention; the oldest go first.
    static constexpr int MaxRecords = 1'000'000;

    /// Opens (or creates) the database at `databasePath`, on the history's thread.
    explicit RunHistory(const QString &databasePath, QObject *parent = nullptr);
    /// Writes what is pending and closes the file.
    ~RunHistory() override;

    [[nodiscard]] const QString &databasePath() const { return m_path; }
    /// False once the history is off for this session (see unavailable()).
    [[nodiscard]] bool isAvailable() const { return m_available; }
    /// What went wrong with the file, in sentences for people; empty when nothing did.
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

    /// Records finished longer ago than this are deleted on load() and then at most once a
    /// day; 0 keeps them forever.
    void setRetentionDays(int days);
    [[nodiscard]] int retentionDays() const { return m_retentionDays; }

    /// Reads every record (after the retention's deletions); answers with loaded().
    void load();
    /// Keeps `record`; it is written with the others of its batch.
    void append(const HistoryRecord &record);
    /// Deletes every record.
    void clear();
    /// Writes what is pending and returns once it is in the file and written() was emitted
    /// for it.
    void flush();

    /// How many batches of appended records were committed so far, one transaction each.
    [[nodiscard]] int batchesWritten() const;

Q_SIGNALS:
    /// Every record, oldest finished first.
    void loaded(const QList<HistoryRecord> &records);
    /// A batch is in the file: the keys of its records (with those the file had already).
    void written(const QStringList &keys);
    /// The history is off for this session: `why` is a sentence for people.
    void unavailable(const QString &why);
    /// A problem was added to problems().
    void problemFound(const QString &sentence);

private:
    friend class HistoryWorker; // calls back through queued calls
    void makeUnavailable(const QString &why);
    void addProblem(const QString &sentence);
    void submitPending();

    QString m_path;
    QThread m_thread;
    std::unique_ptr<HistoryWorker> m_worker;
    QList<HistoryRecord> m_pending;
    QTimer m_batchTimer;
    QStringList m_problems;
    int m_retentionDays = 0;
    bool m_available = true;
};
