#include "runjournal.h"

#include "qrsjson.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString GroupKey = u"journal"_s;
const QString VersionKey = u"journal/version"_s;

/// "{4C0B...}" -> "4c0b...": the form ids take in filters and in the tracker.
QString normalisedId(const QString &id)
{
    QString text = id.trimmed();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    return text.toLower();
}

JournalEntry normalised(JournalEntry entry)
{
    entry.sessionId = normalisedId(entry.sessionId);
    entry.taskId = normalisedId(entry.taskId);
    return entry;
}

/// Why an entry cannot be followed, as one of a few reasons that can be counted.
enum class Flaw { None, Unreadable, NoProfile, BadSession, BadTask, BadDate };

Flaw flawOf(const JournalEntry &entry)
{
    if (entry.profileName.trimmed().isEmpty())
        return Flaw::NoProfile;
    // The session id goes into a QRS filter unquoted: anything but a guid could change it.
    if (!QrsJson::isGuid(entry.sessionId))
        return Flaw::BadSession;
    if (!QrsJson::isGuid(entry.taskId))
        return Flaw::BadTask;
    if (!entry.requestedAt.isValid())
        return Flaw::BadDate;
    return Flaw::None;
}

QString flawText(Flaw flaw, int count)
{
    switch (flaw) {
    case Flaw::None:
        break;
    case Flaw::Unreadable:
        return QCoreApplication::translate("RunJournal", "%n with values that could not be read",
                                           nullptr, count);
    case Flaw::NoProfile:
        return QCoreApplication::translate("RunJournal", "%n without a profile", nullptr, count);
    case Flaw::BadSession:
        return QCoreApplication::translate("RunJournal", "%n whose session id is not a guid",
                                           nullptr, count);
    case Flaw::BadTask:
        return QCoreApplication::translate("RunJournal", "%n whose task id is not a guid", nullptr,
                                           count);
    case Flaw::BadDate:
        return QCoreApplication::translate("RunJournal", "%n whose start time is not a date",
                                           nullptr, count);
    }
    return {};
}
} // namespace

RunJournal::RunJournal(QSettings &settings)
    : m_settings(settings)
{
    m_writer.setMaxThreadCount(1);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelay);
    QObject::connect(&m_saveTimer, &QTimer::timeout, &m_saveTimer, [this] { save(); });
    load();
}

RunJournal::~RunJournal()
{
    flush();
}

QList<JournalEntry> RunJournal::entriesOf(const QString &profileName) const
{
    QList<JournalEntry> result;
    for (const JournalEntry &entry : m_entries) {
        if (entry.profileName == profileName)
            result.append(entry);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.requestedAt < b.requestedAt; });
    return result;
}

void RunJournal::record(const JournalEntry &recorded)
{
    const JournalEntry entry = normalised(recorded);
    if (flawOf(entry) != Flaw::None)
        return; // it would be dropped on load: nothing that can be followed
    if (const auto known = m_index.constFind(entry.sessionId); known != m_index.cend()) {
        JournalEntry &existing = m_entries[*known];
        if (existing == entry)
            return;
        existing = entry;
    } else {
        m_index.insert(entry.sessionId, m_entries.size());
        m_entries.append(entry);
    }
    saveSoon();
}

bool RunJournal::forget(const QString &sessionId)
{
    const auto known = m_index.constFind(normalisedId(sessionId));
    if (known == m_index.cend())
        return false;
    // The last entry takes the place of the forgotten one: no shifting, order is not kept.
    const qsizetype at = *known;
    m_index.erase(known);
    if (at != m_entries.size() - 1) {
        m_entries[at] = m_entries.takeLast();
        m_index[m_entries.at(at).sessionId] = at;
    } else {
        m_entries.removeLast();
    }
    saveSoon();
    return true;
}

void RunJournal::forgetProfile(const QString &profileName)
{
    const qsizetype removed = m_entries.removeIf(
        [&](const JournalEntry &entry) { return entry.profileName == profileName; });
    if (removed > 0) {
        reindex();
        save();
    }
}

qsizetype RunJournal::prune(const QStringList &existingProfiles)
{
    const qsizetype removed = m_entries.removeIf(
        [&](const JournalEntry &entry) { return !existingProfiles.contains(entry.profileName); });
    if (removed > 0) {
        reindex();
        save();
    }
    return removed;
}

void RunJournal::flush()
{
    m_saveTimer.stop();
    if (m_unsaved)
        save();
    m_writer.waitForDone();
}

void RunJournal::saveSoon()
{
    m_unsaved = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void RunJournal::reindex()
{
    m_index.clear();
    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).sessionId, i);
}

QString RunJournal::checkEntry(const JournalEntry &entry)
{
    const Flaw flaw = flawOf(normalised(entry));
    return flaw == Flaw::None ? QString() : flawText(flaw, 1);
}

void RunJournal::load()
{
    m_entries.clear();
    m_index.clear();
    const QString file = QDir::toNativeSeparators(m_settings.fileName());
    if (const QString problem = SettingsCheck::fileProblem(m_settings); !problem.isEmpty())
        m_problems.add(problem);
    const SettingsCheck::ArrayEntries stored = SettingsCheck::arrayEntries(
        m_settings, GroupKey, QCoreApplication::translate("RunJournal", "runs in flight"));
    if (!stored.problem.isEmpty())
        m_problems.add(stored.problem);

    QMap<Flaw, int> flaws;
    QStringList droppedTasks;
    qsizetype duplicates = 0;
    for (int index : stored.indices) {
        const QString prefix = GroupKey + u'/' + QString::number(index) + u'/';
        bool readable = true;
        const auto text = [&](const QString &key) {
            const QVariant value = m_settings.value(prefix + key);
            if (!value.isValid() && !m_settings.contains(prefix + key))
                return QString();
            const auto result = SettingsCheck::toText(value);
            readable = readable && result.has_value();
            return result.value_or(QString());
        };
        JournalEntry entry;
        entry.profileName = text(u"profile"_s);
        entry.taskId = normalisedId(text(u"taskId"_s));
        entry.taskName = text(u"taskName"_s);
        entry.sessionId = normalisedId(text(u"sessionId"_s));
        const QString requestedAt = text(u"requestedAt"_s).trimmed();
        entry.requestedAt = QDateTime::fromString(requestedAt, Qt::ISODateWithMs);
        if (!entry.requestedAt.isValid())
            entry.requestedAt = QDateTime::fromString(requestedAt, Qt::ISODate);
        if (entry.requestedAt.isValid())
            entry.requestedAt = entry.requestedAt.toUTC();
        // Not known (an older journal, a hand edit): followed, a reload task; nothing to lose.
        entry.origin = originFromKey(text(u"origin"_s)).value_or(RunOrigin::Followed);
        const int type = text(u"taskType"_s).toInt();
        if (type >= 0 && type <= int(ReloadTask::Type::Distribute))
            entry.taskType = ReloadTask::Type(type);

        const Flaw flaw = readable ? flawOf(entry) : Flaw::Unreadable;
        if (flaw != Flaw::None) {
            ++flaws[flaw];
            if (!entry.taskName.isEmpty() && !droppedTasks.contains(entry.taskName))
                droppedTasks.append(entry.taskName);
            continue;
        }
        if (m_index.contains(entry.sessionId)) {
            ++duplicates; // the same run twice: one entry follows it
            continue;
        }
        m_index.insert(entry.sessionId, m_entries.size());
        m_entries.append(entry);
    }

    int dropped = 0;
    QStringList reasons;
    for (auto it = flaws.cbegin(); it != flaws.cend(); ++it) {
        dropped += it.value();
        reasons.append(flawText(it.key(), it.value()));
    }
    if (dropped > 0) {
        QString sentence =
            QCoreApplication::translate(
                "RunJournal",
                "%n run(s) in flight kept in %1 could not be read and are no longer followed: %2.",
                nullptr, dropped)
                .arg(file, reasons.join(u", "_s));
        if (!droppedTasks.isEmpty())
            sentence += u' ' +
                QCoreApplication::translate("RunJournal", "Tasks: %1.")
                    .arg(droppedTasks.mid(0, 5).join(u", "_s));
        m_problems.add(sentence);
    }
    if (!m_problems.isEmpty())
        m_problems.readyToWrite(m_settings); // keeps the file aside before anything is written
    // What was dropped or collapsed is written out once, so it does not stay for ever.
    if (dropped > 0 || duplicates > 0 || !stored.problem.isEmpty())
        save();
}

void RunJournal::save()
{
    m_unsaved = false;
    if (!m_problems.readyToWrite(m_settings))
        return; // a damaged file without a copy: keep in memory, write nothing over it
    // Writing thousands of entries takes a while: not on the caller's (the GUI) thread.
    m_writer.start([file = m_settings.fileName(), format = m_settings.format(),
                    entries = m_entries] { write(file, format, entries); });
}

void RunJournal::write(const QString &file, QSettings::Format format,
                       const QList<JournalEntry> &entries)
{
    QSettings settings(file, format);
    settings.remove(GroupKey);
    settings.beginWriteArray(GroupKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const JournalEntry &entry = entries.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"profile"_s, entry.profileName);
        settings.setValue(u"taskId"_s, entry.taskId);
        settings.setValue(u"taskName"_s, entry.taskName);
        settings.setValue(u"sessionId"_s, entry.sessionId);
        settings.setValue(u"requestedAt"_s, entry.requestedAt.toUTC().toString(Qt::ISODateWithMs));
        settings.setValue(u"origin"_s, originKey(entry.origin));
        settings.setValue(u"taskType"_s, int(entry.taskType));
    }
    settings.endArray();
    settings.setValue(VersionKey, FormatVersion);
    settings.sync();
}
