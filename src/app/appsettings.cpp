#include "appsettings.h"

#include <algorithm>
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
{ }

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const Entry &entry = entryOf(key);
    return m_settings.value(entry.name, entry.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings.setValue(entryOf(key).name, value);
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
