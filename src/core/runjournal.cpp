#include "runjournal.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString GroupKey = u"journal"_s;
const QString VersionKey = u"journal/version"_s;
} // namespace

RunJournal::RunJournal(QSettings &settings)
    : m_settings(settings)
{
    load();
}

QList<JournalEntry> RunJournal::entriesOf(const QString &profileName) const
{
    QList<JournalEntry> result;
    for (const JournalEntry &entry : m_entries) {
        if (entry.profileName == profileName)
            result.append(entry);
    }
    return result;
}

void RunJournal::record(const JournalEntry &entry)
{
    if (entry.sessionId.isEmpty())
        return;
    for (JournalEntry &existing : m_entries) {
        if (existing.sessionId == entry.sessionId) {
            if (existing == entry)
                return;
            existing = entry;
            save();
            return;
        }
    }
    m_entries.append(entry);
    save();
}

bool RunJournal::forget(const QString &sessionId)
{
    const qsizetype removed =
        m_entries.removeIf([&](const JournalEntry &entry) { return entry.sessionId == sessionId; });
    if (removed > 0)
        save();
    return removed > 0;
}

void RunJournal::forgetProfile(const QString &profileName)
{
    const qsizetype removed = m_entries.removeIf(
        [&](const JournalEntry &entry) { return entry.profileName == profileName; });
    if (removed > 0)
        save();
}

void RunJournal::load()
{
    m_entries.clear();
    const int size = m_settings.beginReadArray(GroupKey);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        JournalEntry entry;
        entry.profileName = m_settings.value(u"profile"_s).toString();
        entry.taskId = m_settings.value(u"taskId"_s).toString();
        entry.taskName = m_settings.value(u"taskName"_s).toString();
        entry.sessionId = m_settings.value(u"sessionId"_s).toString();
        entry.requestedAt =
            QDateTime::fromString(m_settings.value(u"requestedAt"_s).toString(), Qt::ISODateWithMs);
        if (!entry.sessionId.isEmpty())
            m_entries.append(entry);
    }
    m_settings.endArray();
}

void RunJournal::save()
{
    m_settings.remove(GroupKey);
    m_settings.beginWriteArray(GroupKey, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const JournalEntry &entry = m_entries.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"profile"_s, entry.profileName);
        m_settings.setValue(u"taskId"_s, entry.taskId);
        m_settings.setValue(u"taskName"_s, entry.taskName);
        m_settings.setValue(u"sessionId"_s, entry.sessionId);
        m_settings.setValue(u"requestedAt"_s,
                            entry.requestedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    m_settings.endArray();
    m_settings.setValue(VersionKey, FormatVersion);
    m_settings.sync();
}
