#pragma once

#include "appsettings.h"

#include <QObject>
#include <QPalette>
#include <QString>

/// Light or dark, as AppSettings::colorScheme() says, applied to the whole app at once and
/// whenever the setting changes. "System" keeps the style and palette the platform gave at
/// start; "Light" and "Dark" use the Fusion style with a palette of their own.
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    explicit Appearance(AppSettings &settings, QObject *parent = nullptr);

    /// Whether text is drawn light on dark in `palette`.
    [[nodiscard]] static bool isDark(const QPalette &palette);
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();

private:
    void apply(AppSettings::ColorScheme scheme);
    void useFusion(const QPalette &palette);

    AppSettings &m_settings;
    QString m_systemStyle;
    QPalette m_systemPalette;
    bool m_overridden = false; ///< Light or Dark was applied
};
