#include "appsettings.h"

#include "localization.h"

#include <algorithm>
#include <limits>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    AppSettings::Key key;
    QString name;
    QVariant defaultValue;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries = {
        {AppSettings::Key::PollIntervalSeconds, u"runs/pollIntervalSeconds"_s, 5},
        {AppSettings::Key::FinishedRunsToKeep, u"runs/finishedRunsToKeep"_s, 200},
        {AppSettings::Key::WindowGeometry, u"window/geometry"_s, QByteArray()},
        {AppSettings::Key::WindowState, u"window/state"_s, QByteArray()},
        {AppSettings::Key::SplitterState, u"window/splitter"_s, QByteArray()},
        {AppSettings::Key::TableHeaderState, u"window/tableHeader"_s, QByteArray()},
        {AppSettings::Key::NotifyOn, u"notifications/notifyOn"_s,
         int(AppSettings::NotifyPolicy::EveryRun)},
        {AppSettings::Key::CloseToTray, u"window/closeToTray"_s, true},
        {AppSettings::Key::CloseToTrayTold, u"window/closeToTrayTold"_s, false},
        {AppSettings::Key::HistoryRetentionDays, u"history/retentionDays"_s, 90},
        {AppSettings::Key::Language, u"appearance/language"_s, QString()},
        {AppSettings::Key::ColorScheme, u"appearance/colorScheme"_s,
         int(AppSettings::ColorScheme::System)},
    };
    return entries;
}

const Entry &entryOf(AppSettings::Key key)
{
    const auto &entries = table();
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [key](const Entry &entry) { return entry.key == key; });
    Q_ASSERT(it != entries.cend());
    return *it;
}
} // namespace

AppSettings::AppSettings(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (const QString problem = SettingsCheck::fileProblem(m_settings); !problem.isEmpty())
        m_problems.add(problem);
    for (const Entry &entry : table()) {
        QString problem;
        if (!stored(entry.key, &problem))
            m_problems.add(problem);
    }
    if (!m_problems.isEmpty())
        m_problems.readyToWrite(m_settings); // a copy before anything is written over it
}

AppSettings::~AppSettings() = default;

std::optional<QVariant> AppSettings::stored(Key key, QString *problem) const
{
    const Entry &entry = entryOf(key);
    if (!m_settings.contains(entry.name))
        return entry.defaultValue;
    const QVariant value = m_settings.value(entry.name);
    std::optional<QVariant> result;
    switch (entry.defaultValue.typeId()) {
    case QMetaType::Bool:
        if (const auto flag = SettingsCheck::toBool(value))
            result = *flag;
        break;
    case QMetaType::Int:
        if (const auto number = SettingsCheck::toInteger(value); number &&
            *number >= std::numeric_limits<int>::min() &&
            *number <= std::numeric_limits<int>::max())
            result = int(*number);
        break;
    case QMetaType::QByteArray:
        if (value.typeId() == QMetaType::QByteArray)
            result = value;
        break;
    default:
        result = value;
        break;
    }
    if (!result && problem) {
        const QString file = QDir::toNativeSeparators(m_settings.fileName());
        switch (entry.defaultValue.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
            *problem = (entry.defaultValue.typeId() == QMetaType::Bool
                            ? tr("The setting “%1” in %2 is %3, which is neither true nor false, "
                                 "so %4 is used.")
                            : tr("The setting “%1” in %2 is %3, which is not a whole number, so "
                                 "%4 is used."))
                           .arg(entry.name, file, SettingsCheck::shown(value),
                                entry.defaultValue.toString());
            break;
        default:
            *problem = tr("The setting “%1” in %2 could not be read, so the default is used.")
                           .arg(entry.name, file);
            break;
        }
    }
    return result;
}

QVariant AppSettings::value(Key key) const
{
    if (const auto it = m_unsaved.constFind(key); it != m_unsaved.cend())
        return *it;
    return stored(key).value_or(entryOf(key).defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    if (m_problems.readyToWrite(m_settings)) {
        m_unsaved.remove(key);
        m_settings.setValue(entryOf(key).name, value);
    } else {
        m_unsaved.insert(key, value); // the damaged file could not be copied: write nothing
    }
    Q_EMIT changed(key);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entryOf(key).defaultValue;
}

QString AppSettings::settingsKey(Key key)
{
    return entryOf(key).name;
}

int AppSettings::pollIntervalSeconds() const
{
    return std::clamp(value(Key::PollIntervalSeconds).toInt(), MinPollIntervalSeconds,
                      MaxPollIntervalSeconds);
}

void AppSettings::setPollIntervalSeconds(int seconds)
{
    setValue(Key::PollIntervalSeconds,
             std::clamp(seconds, MinPollIntervalSeconds, MaxPollIntervalSeconds));
}

int AppSettings::finishedRunsToKeep() const
{
    return std::clamp(value(Key::FinishedRunsToKeep).toInt(), MinFinishedRunsToKeep,
                      MaxFinishedRunsToKeep);
}

void AppSettings::setFinishedRunsToKeep(int count)
{
    setValue(Key::FinishedRunsToKeep,
             std::clamp(count, MinFinishedRunsToKeep, MaxFinishedRunsToKeep));
}

AppSettings::NotifyPolicy AppSettings::notifyPolicy() const
{
    return NotifyPolicy(std::clamp(value(Key::NotifyOn).toInt(), int(NotifyPolicy::Never),
                                   int(NotifyPolicy::EveryRun)));
}

void AppSettings::setNotifyPolicy(NotifyPolicy policy)
{
    setValue(Key::NotifyOn, int(policy));
}

int AppSettings::historyRetentionDays() const
{
    return std::clamp(value(Key::HistoryRetentionDays).toInt(), 0, MaxHistoryRetentionDays);
}

void AppSettings::setHistoryRetentionDays(int days)
{
    setValue(Key::HistoryRetentionDays, std::clamp(days, 0, MaxHistoryRetentionDays));
}

QString AppSettings::language() const
{
    const QString code = value(Key::Language).toString();
    return Localization::languages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    setValue(Key::Language, Localization::languages().contains(code) ? code : QString());
}

AppSettings::ColorScheme AppSettings::colorScheme() const
{
    // A number that names no scheme (a file edited by hand) is the default, not the nearest one.
    const int stored = value(Key::ColorScheme).toInt();
    return stored >= int(ColorScheme::System) && stored <= int(ColorScheme::Dark)
        ? ColorScheme(stored)
        : ColorScheme::System;
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    setValue(Key::ColorScheme, int(scheme));
}
