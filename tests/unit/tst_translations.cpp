// The German and French Linguist files: every entry finished and current with the sources (a
// fresh lupdate over them finds nothing new and nothing gone), every placeholder and accelerator
// kept; the catalogues embedded in core are what the programs load; qlik-task speaks the
// system's language, and Qt's own texts are translated with it.
#include "localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

/// One <message> of a Linguist file.
struct Message
{
    QString context;
    QString source;
    QString translationType; ///< "unfinished", "vanished", "obsolete" or empty (finished)
    bool numerus = false;
    QStringList forms; ///< the translation, or its plural forms
};

QList<Message> readLinguistFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "message"_L1) {
            messages.append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message =
                Message {context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.translationType = xml.attributes().value("type"_L1).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == "numerusform"_L1) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString linguistFile(const QString &language)
{
    return QStringLiteral(QTR_TS_DIR) + u"/qlik-task-runner_"_s + language + u".ts"_s;
}

QString describe(const Message &message)
{
    return message.context + u": "_s + message.source.left(70);
}

/// %1…%99 and %L1 (a plural form may leave out %n: "Eine Ausführung").
QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression marker(u"%L?\\d+|%n"_s);
    QStringList found;
    for (const auto &match : marker.globalMatch(text)) {
        if (!(numerus && match.captured() == "%n"_L1))
            found.append(match.captured());
    }
    found.sort();
    return found;
}

/// Accelerator marks: an & before a character other than & ("&&" is an ampersand).
qsizetype accelerators(QString text)
{
    text.replace(u"&&"_s, QString());
    static const QRegularExpression mark(u"&[^\\s&]"_s);
    qsizetype count = 0;
    for (auto it = mark.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languagesAreFinished_data();
    void languagesAreFinished();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void linguistFilesAreCurrentWithTheSources();
    void embeddedCataloguesAreLoaded_data();
    void embeddedCataloguesAreLoaded();
    void unknownLanguageFallsBackToEnglish();
    void commandLineSpeaksTheSystemLanguage();
    void cleanupTestCase() { Localization::install(u"en"_s); }
};

void TestTranslations::languagesAreFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void TestTranslations::languagesAreFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readLinguistFile(linguistFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 900);
    QStringList unfinished;
    for (const Message &message : messages) {
        const bool empty =
            std::any_of(message.forms.cbegin(), message.forms.cend(),
                        [](const QString &form) { return form.trimmed().isEmpty(); });
        if (!message.translationType.isEmpty() || empty || message.forms.isEmpty() ||
            (message.numerus && message.forms.size() != 2))
            unfinished.append(describe(message));
    }
    QVERIFY2(
        unfinished.isEmpty(),
        qPrintable(u"%1 entries of %2 are not finished:\n"_s.arg(unfinished.size()).arg(language) +
                   unfinished.join(u'\n')));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators_data()
{
    languagesAreFinished_data();
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readLinguistFile(linguistFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &message : messages) {
        for (const QString &form : message.forms) {
            if (placeholders(form, message.numerus) !=
                placeholders(message.source, message.numerus))
                wrong.append(u"placeholders: "_s + describe(message) + u" → "_s + form);
            if (accelerators(form) != accelerators(message.source))
                wrong.append(u"accelerator: "_s + describe(message) + u" → "_s + form);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::linguistFilesAreCurrentWithTheSources()
{
    // lupdate over copies of the files: what the sources say now and the files lack shows as
    // unfinished, what the files have and the sources no longer say as vanished.
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList copies;
    for (const QString &language : Localization::languages()) {
        const QString copy = dir.filePath(QFileInfo(linguistFile(language)).fileName());
        QVERIFY(QFile::copy(linguistFile(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(QTR_LUPDATE),
                  QStringList {u"-locations"_s, u"none"_s,
                               u"@"_s + QStringLiteral(QTR_TRANSLATED_SOURCES_LIST), u"-ts"_s} +
                      copies);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QStringList stale;
    for (const QString &copy : std::as_const(copies)) {
        QString error;
        const QList<Message> messages = readLinguistFile(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const bool english = copy.endsWith("_en.ts"_L1);
        for (const Message &message : messages) {
            const QString &type = message.translationType;
            // English reads the source texts; only its plural forms are written out.
            const bool missing = type == "unfinished"_L1 && (!english || message.numerus);
            if (missing || type == "vanished"_L1 || type == "obsolete"_L1)
                stale.append(QFileInfo(copy).fileName() + u" "_s + type + u": "_s +
                             describe(message));
        }
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(u"The Linguist files are not current (cmake --build <dir> --target "
                        "update_translations, then translate):\n"_s +
                        stale.join(u'\n')));
}

void TestTranslations::embeddedCataloguesAreLoaded_data()
{
    languagesAreFinished_data();
}

void TestTranslations::embeddedCataloguesAreLoaded()
{
    QFETCH(QString, language);
    QCOMPARE(Localization::install(language), language);
    QString error;
    const QList<Message> messages = readLinguistFile(linguistFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int plain = 0;
    int plurals = 0;
    for (const Message &message : messages) {
        if (message.numerus) {
            const QByteArray source = message.source.toUtf8();
            QCOMPARE(QCoreApplication::translate(message.context.toUtf8(), source, nullptr, 1),
                     QString(message.forms.at(0)).replace(u"%n"_s, u"1"_s));
            QCOMPARE(QCoreApplication::translate(message.context.toUtf8(), source, nullptr, 7),
                     QString(message.forms.at(1)).replace(u"%n"_s, u"7"_s));
            ++plurals;
        } else if (plain < 50) {
            QCOMPARE(QCoreApplication::translate(message.context.toUtf8(), message.source.toUtf8()),
                     message.forms.at(0));
            ++plain;
        }
    }
    QVERIFY(plurals > 40);
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Localization::install(u"es"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "Dark"), u"Dark"_s);
    QCOMPARE(Localization::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(Localization::nativeName(u"fr"_s), u"Français"_s);
}

void TestTranslations::commandLineSpeaksTheSystemLanguage()
{
    QString error;
    const QList<Message> german = readLinguistFile(linguistFile(u"de"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto translation = [&german](const char *context, const QString &source) {
        for (const Message &message : german) {
            if (message.context == QLatin1StringView(context) && message.source == source)
                return message.forms.value(0);
        }
        return QString();
    };
    const QString source = u"--poll-interval: %1 is above the maximum of 86400 seconds (a day)"_s;
    const QString inGerman = translation("CliOptions", source);
    QVERIFY(!inGerman.isEmpty());

    const auto run = [](const QString &language, const QStringList &arguments) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"LC_ALL"_s);
        environment.remove(u"LC_MESSAGES"_s);
        environment.insert(u"LANG"_s, language + u".UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, language.left(2));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(QLIK_TASK_EXECUTABLE), arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardError());
    };
    const QStringList tooLong {
        u"--server"_s, u"https://qlik.example.com"_s, u"--task"_s, u"Sales"_s, u"--user"_s,
        u"operator"_s, u"--poll-interval"_s,          u"100000"_s};
    QVERIFY2(run(u"de_DE"_s, tooLong).contains(inGerman.arg(u"100000"_s)),
             qPrintable(run(u"de_DE"_s, tooLong)));
    QVERIFY2(run(u"en_GB"_s, tooLong).contains(source.arg(u"100000"_s)),
             qPrintable(run(u"en_GB"_s, tooLong)));

    // Qt's own texts (the command-line parser's) come from Qt's catalogue, qtbase_de.
    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtCatalogue + u"/qtbase_de.qm"_s))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    QVERIFY2(run(u"de_DE"_s, {u"--no-such-option"_s}).contains(u"Unbekannte Option"_s),
             qPrintable(run(u"de_DE"_s, {u"--no-such-option"_s})));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
