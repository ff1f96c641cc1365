#include "localization.h"

#include <memory>
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

/// The translators installed last (ours, Qt's): a new language replaces them.
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;

/// A translator (owned by the application) that `load` filled, or none.
template<typename Load> QTranslator *loadedBy(Load load)
{
    auto translator = std::make_unique<QTranslator>();
    if (!load(*translator))
        return nullptr;
    translator->setParent(QCoreApplication::instance());
    return translator.release();
}

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
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

    // English is the fallback: it carries the plural forms of the source texts.
    QTranslator *own = loadedBy([&locale](QTranslator &translator) {
        return translator.load(locale, OwnCatalog, u"_"_s, OwnDirectory) ||
            translator.load(OwnCatalog + u"_"_s + English, OwnDirectory);
    });
    replace(ownTranslator, own);

    // Qt's texts in the language of ours, so that one window never mixes two.
    const QString spoken = own ? own->language().section(u'_', 0, 0) : English;
    replace(qtTranslator, loadedBy([&spoken](QTranslator &translator) {
                return translator.load(QLocale(spoken), u"qtbase"_s, u"_"_s,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            }));
    return spoken;
}
