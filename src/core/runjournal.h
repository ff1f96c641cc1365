#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSettings;

/// One run in flight as the journal keeps it: enough to follow it again after a restart
/// (RunTracker::follow).
struct JournalEntry
{
    QString profileName;
    QString taskId;
    QString taskName;
    QString sessionId; ///< execution session id; the key of an entry
    QDateTime requestedAt; ///< UTC

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

/// Remembers the runs in flight in a versioned QSettings array (`journal/size`, ...,
/// `journal/version`) so that runs are never forgotten when the app is closed while they run.
class RunJournal final
{
    Q_DISABLE_COPY_MOVE(RunJournal)

public:
    static constexpr int FormatVersion = 1;

    /// Reads the journal from `settings`, which must outlive it.
    explicit RunJournal(QSettings &settings);

    [[nodiscard]] const QList<JournalEntry> &entries() const { return m_entries; }
    [[nodiscard]] QList<JournalEntry> entriesOf(const QString &profileName) const;
    /// Adds the entry, or replaces the one with the same session id. Entries without a
    /// session id are ignored: there is nothing to follow yet.
    void record(const JournalEntry &entry);
    /// Drops the entry of that session; returns whether there was one.
    bool forget(const QString &sessionId);
    /// Drops every entry of a profile (when the profile is deleted).
    void forgetProfile(const QString &profileName);

private:
    void load();
    void save();

    QSettings &m_settings;
    QList<JournalEntry> m_entries;
};
