#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const auto OwnCatalog = u"qlik-task-runner"_s;
const auto OwnDirectory = u":/i18n"_s;
const auto English = u"en"_s;

/// The translators installed last: a new language replaces them.
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

void replace(int which, QTranslator *translator)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(which) = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}
} // namespace

QStringList Localization::languages()
{
    return {English, u"de"_s, u"fr"_s};
}

QString Localization::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Localization::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    QCoreApplication *app = QCoreApplication::instance();

    // English is the fallback: it carries the plural forms of the source texts.
    auto *own = new QTranslator(app);
    if (!own->load(locale, OwnCatalog, u"_"_s, OwnDirectory) &&
        !own->load(OwnCatalog + u"_"_s + English, OwnDirectory)) {
        delete own;
        own = nullptr;
    }
    replace(0, own);

    // Qt's texts in the language of ours, so that one window never mixes two.
    const QString spoken = own ? own->language().section(u'_', 0, 0) : English;
    auto *qt = new QTranslator(app);
    if (!qt->load(QLocale(spoken), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(1, qt);

    return spoken;
}
