#pragma once

#include <QString>
#include <QStringList>

/// The languages the programs speak, and the translators that make them speak one: the
/// project's own (embedded under :/i18n, shared by the app and qlik-task) and Qt's (qtbase, for
/// the buttons of standard dialogs and QCommandLineParser's texts).
namespace Localization {

/// The codes of the languages with a translation, English first: "en", "de", "fr".
[[nodiscard]] QStringList languages();

/// The language's name in that language: "English", "Deutsch", "Français".
[[nodiscard]] QString nativeName(const QString &code);

/// Installs the translators of `code`, or of the system's preferred languages when it is empty
/// (on Unix, LANGUAGE, LC_ALL, LC_MESSAGES and LANG), replacing those installed before. A
/// language without a translation falls back to English. A chosen language also becomes the
/// default locale, so that numbers and dates read in it. Returns the code now spoken.
QString install(const QString &code = {});

} // namespace Localization
