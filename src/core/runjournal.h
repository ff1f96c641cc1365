#pragma once

#include "run.h"
#include "settingscheck.h"

#include <chrono>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

/// One run in flight as the journal keeps it: enough to follow it again after a restart
/// (RunTracker::follow).
struct JournalEntry
{
    QString profileName;
    QString taskId;
    QString taskName;
    QString sessionId; ///< execution session id; the key of an entry
    QDateTime requestedAt; ///< UTC
    RunOrigin origin = RunOrigin::Followed; ///< older journals say nothing: followed
    ReloadTask::Type taskType = ReloadTask::Type::Reload;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

/// Remembers the runs in flight in a versioned QSettings array (`journal/size`, ...,
/// `journal/version`) so that runs are never forgotten when the app is closed while they run.
///
/// Changes are written together, SaveDelay after the first one (one rewrite and sync for any
/// number of runs starting or ending together), on a thread of the journal's own (a QSettings
/// object of its own on the same file, writes in order), and at destruction, which waits for
/// them; a process killed outright loses at most the changes of the last SaveDelay and the write
/// in progress. Look-ups by session id take constant time.
///
/// Every entry is checked on load, as it comes from a file anyone can edit: session and task ids
/// must be guids (they end up in QRS filters), the start time a date and the profile named.
/// Entries that fail are dropped and said so in problems() (the damaged file is copied aside
/// first, see SettingsCheck::keepAside); a session listed twice is kept once.
class RunJournal final
{
    Q_DISABLE_COPY_MOVE(RunJournal)

public:
    static constexpr int FormatVersion = 1;
    static constexpr std::chrono::milliseconds SaveDelay {500};

    /// Reads the journal from `settings`, which must outlive it.
    explicit RunJournal(QSettings &settings);
    /// Writes what is not written yet.
    ~RunJournal();

    [[nodiscard]] const QList<JournalEntry> &entries() const { return m_entries; }
    /// The profile's entries, oldest request first.
    [[nodiscard]] QList<JournalEntry> entriesOf(const QString &profileName) const;
    /// Adds the entry, or replaces the one with the same session id. Entries that would not
    /// pass the check on load are ignored: one without a session id has nothing to follow yet.
    void record(const JournalEntry &entry);
    /// Drops the entry of that session; returns whether there was one.
    bool forget(const QString &sessionId);
    /// Writes the changes not written yet now, instead of at the end of the delay, and waits
    /// until every write asked for is on disk.
    void flush();
    /// Drops every entry of a profile (when the profile is deleted); written at once.
    void forgetProfile(const QString &profileName);
    /// Drops the entries of profiles not in `existingProfiles`; returns how many. Call it only
    /// when the profiles were read in full: a profile that could not be read still exists.
    qsizetype prune(const QStringList &existingProfiles);

    /// What is wrong with the entry, in words; empty when it can be followed. Ids are compared
    /// in normalised form (lower case, no braces).
    [[nodiscard]] static QString checkEntry(const JournalEntry &entry);
    /// Whether something could not be read when the journal was loaded.
    [[nodiscard]] bool isDamaged() const { return !m_problems.isEmpty(); }
    /// What could not be read, in sentences for people, then what became of the file; empty
    /// when everything was read.
    [[nodiscard]] QStringList problems() const { return m_problems.sentences(); }

private:
    void load();
    void save();
    void saveSoon();
    static void write(const QString &file, QSettings::Format format,
                      const QList<JournalEntry> &entries);
    void reindex();

    QSettings &m_settings;
    SettingsProblems m_problems;
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index; ///< session id → position in m_entries
    QTimer m_saveTimer;
    QThreadPool m_writer; ///< one thread: writes land in the order they were asked for
    bool m_unsaved = false;
};
