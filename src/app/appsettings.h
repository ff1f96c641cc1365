#pragma once

#include "settingscheck.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>

class QSettings;

/// The app's own settings in one typed registry: a key enum, a table of defaults and a
/// changed(key) signal. Works on any QSettings (tests hand in a temporary INI file).
/// A stored value of the wrong kind reads as the default and is said so in problems(); a damaged
/// file is copied aside before anything is written to it (nothing is written without a copy).
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
        NotifyOn,
        CloseToTray,
        CloseToTrayTold,
        HistoryRetentionDays,
        Language,
        ColorScheme,
    };
    Q_ENUM(Key)

    /// Which finished runs a desktop notification tells about.
    enum class NotifyPolicy { Never, Failures, EveryRun };
    Q_ENUM(NotifyPolicy)

    /// Light or dark: as the system has it, or one of them whatever the system says.
    enum class ColorScheme { System, Light, Dark };
    Q_ENUM(ColorScheme)

    static constexpr int MinPollIntervalSeconds = 1;
    static constexpr int MaxPollIntervalSeconds = 3600;
    static constexpr int MinFinishedRunsToKeep = 1;
    static constexpr int MaxFinishedRunsToKeep = 100000;
    static constexpr int MaxHistoryRetentionDays = 3650;

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
    [[nodiscard]] NotifyPolicy notifyPolicy() const;
    void setNotifyPolicy(NotifyPolicy policy);
    /// Days a finished run stays in the history; 0: for ever.
    [[nodiscard]] int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    /// The language of the app's texts, a code of Localization::languages(); empty: the
    /// system's.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);
    /// System when the file holds a number that names no scheme.
    [[nodiscard]] ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    /// What could not be read when the settings were opened, in sentences for people, then
    /// what became of the file; empty when everything was read.
    [[nodiscard]] QStringList problems() const { return m_problems.sentences(); }

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    /// The stored value when it is of the key's kind; nothing (with *problem set) otherwise.
    [[nodiscard]] std::optional<QVariant> stored(Key key, QString *problem = nullptr) const;

    QSettings &m_settings;
    SettingsProblems m_problems;
    QHash<Key, QVariant> m_unsaved; ///< changes kept in memory while the file may not be written
};
