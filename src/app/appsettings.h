#pragma once

#include <QObject>
#include <QVariant>

class QSettings;

/// The app's own settings in one typed registry: a key enum, a table of defaults and a
/// changed(key) signal. Works on any QSettings (tests hand in a temporary INI file).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        PollIntervalSeconds,
        FinishedRunsToKeep,
        WindowGeometry,
        WindowState,
        SplitterState,
        TableHeaderState,
    };
    Q_ENUM(Key)

    static constexpr int MinPollIntervalSeconds = 1;
    static constexpr int MaxPollIntervalSeconds = 3600;
    static constexpr int MinFinishedRunsToKeep = 1;
    static constexpr int MaxFinishedRunsToKeep = 100000;

    explicit AppSettings(QSettings &settings, QObject *parent = nullptr);
    ~AppSettings() override;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    [[nodiscard]] static QVariant defaultValue(Key key);
    [[nodiscard]] static QString settingsKey(Key key);

    [[nodiscard]] int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);
    [[nodiscard]] int finishedRunsToKeep() const;
    void setFinishedRunsToKeep(int count);

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    QSettings &m_settings;
};
