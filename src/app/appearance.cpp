#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

Appearance::Appearance(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{
    apply(settings.colorScheme());
    connect(&settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::ColorScheme)
            apply(m_settings.colorScheme());
    });
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QPalette Appearance::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette palette = fusion->standardPalette();
    delete fusion;
    return palette;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x26, 0x6e, 0xb8);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3f, 0x3f, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x8a, 0x8a, 0x8a));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf5));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return palette;
}

void Appearance::apply(AppSettings::ColorScheme scheme)
{
    switch (scheme) {
    case AppSettings::ColorScheme::System:
        if (m_overridden) { // else the platform's palette stays, and follows the system
            QApplication::setStyle(m_systemStyle);
            QApplication::setPalette(m_systemPalette);
            m_overridden = false;
        }
        return;
    case AppSettings::ColorScheme::Light:
        useFusion(lightPalette());
        return;
    case AppSettings::ColorScheme::Dark:
        useFusion(darkPalette());
        return;
    }
}

void Appearance::useFusion(const QPalette &palette)
{
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(palette);
    m_overridden = true;
}
