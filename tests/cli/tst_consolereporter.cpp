#include "consolereporter.h"

#include <cstdio>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>
#include <textformat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestConsoleReporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data();
    void redact();
    void timestampHasOffset();
    void jsonOfFinishedRun();
    void quietHidesProgressButNotErrors();
    void jsonModeSplitsStreams();
    void detailsAreNotLabelledTwice();
    void interruptedRun_data();
    void interruptedRun();
    void hostileTextIsEscaped_data();
    void hostileTextIsEscaped();
    void jsonKeepsHostileTextExact();
    void longScriptLogLineIsCapped();
    void scriptLogKeepsLastLines();

private:
    static Run failedRun();
};

void TestConsoleReporter::redact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"task 'A & B' ended"_s << u"task 'A & B' ended"_s;
    QTest::newRow("url with key")
        << u"GET https://srv/opcon/qrs/about?xrfkey=abcdefgh12345678 failed"_s
        << u"GET https://srv/opcon/qrs/about failed"_s;
    QTest::newRow("url with filter")
        << u"see https://srv:4242/qrs/task?filter=name%20eq%20'x' now"_s
        << u"see https://srv:4242/qrs/task now"_s;
    QTest::newRow("bare key") << u"xrfkey=ABCDEFGH12345678&x=1"_s << u"xrfkey=***&x=1"_s;
    QTest::newRow("header style") << u"X-Qlik-Xrfkey: ABCDEFGH12345678"_s
                                  << u"X-Qlik-Xrfkey: ***"_s;
    QTest::newRow("url without query") << u"https://srv/opcon"_s << u"https://srv/opcon"_s;
}

void TestConsoleReporter::redact()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ConsoleReporter::redact(text), expected);
}

void TestConsoleReporter::timestampHasOffset()
{
    const QDateTime moment(QDate(2026, 11, 28), QTime(12, 5, 1), Qt::UTC);
    const QString text = ConsoleReporter::timestamp(moment);
    static const QRegularExpression iso(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    QVERIFY2(iso.match(text).hasMatch(), qPrintable(text));
    // The same moment, read back.
    QCOMPARE(QDateTime::fromString(text, Qt::ISODate).toUTC(), moment);
}

Run TestConsoleReporter::failedRun()
{
    Run run;
    run.id = 1;
    run.requested = TaskRef::byName(u"Reload Sales"_s);
    run.task.id = u"4c0b6a5e-1d7f-4a3b-9c2e-0123456789ab"_s;
    run.task.name = u"Reload Sales"_s;
    run.sessionId = u"9f0b6a5e-1d7f-4a3b-9c2e-0123456789ab"_s;
    run.phase = RunPhase::Finished;
    ExecutionResult result;
    result.id = u"r1"_s;
    result.executionId = run.sessionId;
    result.taskId = run.task.id;
    result.status = TaskStatus(TaskStatus::FinishedFail);
    result.startTime = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC);
    result.stopTime = result.startTime.addMSecs(12500);
    result.durationMs = 12500;
    result.details.append({ExecutionDetail::Type::Error, u"Field not found"_s, result.stopTime});
    run.results.append(result);
    run.history.append({result.startTime, TaskStatus(TaskStatus::Started)});
    run.history.append({result.stopTime, TaskStatus(TaskStatus::FinishedFail)});
    return run;
}

void TestConsoleReporter::jsonOfFinishedRun()
{
    const QJsonObject object = ConsoleReporter::toJson(failedRun(), 1, false);
    QCOMPARE(object.value(u"taskId"_s).toString(), u"4c0b6a5e-1d7f-4a3b-9c2e-0123456789ab"_s);
    QCOMPARE(object.value(u"taskName"_s).toString(), u"Reload Sales"_s);
    QCOMPARE(object.value(u"status"_s).toInt(), 8);
    QCOMPARE(object.value(u"statusName"_s).toString(), u"FinishedFail"_s);
    QCOMPARE(object.value(u"outcome"_s).toString(), u"Failed"_s);
    QCOMPARE(object.value(u"durationMs"_s).toInteger(), 12500);
    QCOMPARE(object.value(u"startTime"_s).toString(), u"2026-11-28T12:00:00.000Z"_s);
    QCOMPARE(object.value(u"stopTime"_s).toString(), u"2026-11-28T12:00:12.500Z"_s);
    QCOMPARE(object.value(u"exitCode"_s).toInt(), 1);
    const QJsonArray details = object.value(u"details"_s).toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.at(0)[u"type"_s].toString(), u"Error"_s);
    QCOMPARE(details.at(0)[u"message"_s].toString(), u"Field not found"_s);
    QCOMPARE(ConsoleReporter::toJson(failedRun(), 5, true).value(u"outcome"_s).toString(),
             u"TimedOut"_s);
}

namespace {
/// Everything written to a FILE* by the reporter, read back.
struct Capture
{
    QTemporaryFile file;
    FILE *stream = nullptr;
    Capture()
    {
        if (file.open())
            stream = fdopen(dup(file.handle()), "w+");
    }
    ~Capture()
    {
        if (stream)
            std::fclose(stream);
    }
    QString text()
    {
        std::fflush(stream);
        file.seek(0);
        return QString::fromUtf8(file.readAll());
    }
};
} // namespace

void TestConsoleReporter::quietHidesProgressButNotErrors()
{
    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(false, true, out.stream, err.stream);
    const Run run = failedRun();
    reporter.runStarted(run);
    reporter.statusChanged(run, run.history.constFirst());
    reporter.runEnded(run, 1, false);
    reporter.failureDetails(run);
    reporter.summary({{u"Failed"_s, 1}}, 1);
    const QString text = out.text();
    QVERIFY2(!text.contains(u"started task"_s), qPrintable(text));
    QVERIFY2(!text.contains(u": Started"_s), qPrintable(text));
    QVERIFY(text.contains(u"ended FinishedFail"_s));
    QVERIFY(text.contains(u"Field not found"_s));
    QVERIFY(text.contains(u"1 run(s): 1 Failed - exit code 1"_s));
    QVERIFY(err.text().isEmpty());
}

void TestConsoleReporter::jsonModeSplitsStreams()
{
    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(true, false, out.stream, err.stream);
    const Run run = failedRun();
    reporter.runStarted(run);
    reporter.runEnded(run, 1, false);
    const QStringList jsonLines = out.text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(jsonLines.size(), 1);
    QVERIFY(jsonLines.constFirst().startsWith(u'{'));
    QVERIFY(err.text().contains(u"started task 'Reload Sales'"_s));
    QVERIFY(err.text().contains(u"ended FinishedFail"_s));
}

void TestConsoleReporter::detailsAreNotLabelledTwice()
{
    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(false, false, out.stream, err.stream);
    Run run = failedRun();
    run.results.last().details.append(
        {ExecutionDetail::Type::Error, u"Error: Field 'CostCenter' not found"_s, {}});
    run.results.last().details.append({ExecutionDetail::Type::Warning, u"Slow source"_s, {}});
    reporter.failureDetails(run);
    const QString text = out.text();
    QVERIFY2(text.contains(u"'Reload Sales': Error: Field not found"_s), qPrintable(text));
    QVERIFY2(text.contains(u"'Reload Sales': Error: Field 'CostCenter' not found"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"Error: Error:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"'Reload Sales': Warning: Slow source"_s), qPrintable(text));
}

void TestConsoleReporter::interruptedRun_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("submitted");
    QTest::addColumn<bool>("stopping");
    QTest::addColumn<QString>("expected");

    const QString session = u"(session 9f0b6a5e-1d7f-4a3b-9c2e-0123456789ab)"_s;
    QTest::newRow("goes on, even with --quiet")
        << false << true << false
        << u"task 'Reload Sales': interrupted by SIGTERM; the run goes on on the server "_s +
            session;
    QTest::newRow("stopping") << false << true << true
                              << u"task 'Reload Sales': interrupted by SIGTERM; asking the "
                                 "server to stop the run "_s +
            session;
    QTest::newRow("not submitted yet")
        << false << false << false
        << u"task 'Reload Sales': interrupted by SIGTERM while it was being submitted"_s;
    QTest::newRow("json") << true << true << false << u"the run goes on on the server"_s;
}

void TestConsoleReporter::interruptedRun()
{
    QFETCH(bool, json);
    QFETCH(bool, submitted);
    QFETCH(bool, stopping);
    QFETCH(QString, expected);

    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(json, true, out.stream, err.stream);
    Run run = failedRun();
    run.phase = RunPhase::Running;
    run.results.clear();
    run.history.resize(1);
    if (!submitted)
        run.sessionId.clear();
    reporter.interrupted(run, u"SIGTERM"_s, stopping, 143);
    const QString human = json ? err.text() : out.text();
    QVERIFY2(human.contains(expected), qPrintable(human));
    QCOMPARE(human.count(u'\n'), 1);
    if (json) {
        const QJsonObject object = QJsonDocument::fromJson(out.text().toUtf8()).object();
        QCOMPARE(object.value(u"outcome"_s).toString(), u"Interrupted"_s);
        QCOMPARE(object.value(u"exitCode"_s).toInt(), 143);
        QCOMPARE(object.value(u"sessionId"_s).toString(), run.sessionId);
    }
}

namespace {

/// What a hostile server or operator might put in a text: each is printed escaped.
struct Hostile
{
    const char *name;
    QString text;
    QString escaped; ///< how it shows in a human line
    QString logLine; ///< a line it must give in the printed script log (split at its line ends)
};

QList<Hostile> hostileTexts()
{
    return {
        {"CR/LF forged end line",
         u"Payroll\r\n1999-12-31T23:59:59+00:00 task 'Payroll' ended FinishedSuccess after 1 s - "
         "exit code 0"_s,
         u"Payroll\\r\\n1999-12-31T23:59:59+00:00 task 'Payroll' ended FinishedSuccess"_s,
         u"    1999-12-31T23:59:59+00:00 task 'Payroll' ended FinishedSuccess"_s},
        {"ESC clear screen", u"Sales\x1b[2J\x1b[H"_s, u"Sales\\e[2J\\e[H"_s,
         u"    Sales\\e[2J\\e[H"_s},
        {"OSC window title", u"Title\x1b]0;x\x07"_s, u"Title\\e]0;x\\x07"_s,
         u"    Title\\e]0;x\\x07"_s},
        {"BEL", u"Bell\x07\x07"_s, u"Bell\\x07\\x07"_s, u"    Bell\\x07\\x07"_s},
        {"C1 CSI", u"Csi\u009b2J"_s, u"Csi\\u009b2J"_s, u"    Csi\\u009b2J"_s},
        {"bidi override", u"Payroll\u202egnp.exe"_s, u"Payroll\\u202egnp.exe"_s,
         u"    Payroll\\u202egnp.exe"_s},
        {"tab and lone CR", u"Tab\there\roverwritten"_s, u"Tab\\there\\roverwritten"_s,
         u"    overwritten"_s},
    };
}

/// Nothing a terminal acts on: no byte below 0x20 but the reporter's own line ends, no DEL, no
/// C1 control, no bidi control; every line is a timestamped line, a script log line (indented)
/// or a warning. No line starts with a forged timestamp.
void verifyTerminalSafe(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes)
        QVERIFY2((uchar(byte) >= 0x20 || byte == '\n') && uchar(byte) != 0x7f,
                 qPrintable(u"byte 0x%1 in:\n"_s.arg(uchar(byte), 2, 16, QLatin1Char('0')) + text));
    for (const QChar c : text)
        QVERIFY2(c == u'\n' || !TextFormat::isTerminalUnsafe(c.unicode()), qPrintable(text));
    static const QRegularExpression stamped(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d "_s);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QVERIFY2(stamped.match(line).hasMatch() || line.startsWith(u"    "_s) ||
                     line.startsWith(u"warning: "_s),
                 qPrintable(line));
        QVERIFY2(!line.startsWith(u"1999-"_s), qPrintable(line));
    }
}

} // namespace

void TestConsoleReporter::hostileTextIsEscaped_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    for (const Hostile &hostile : hostileTexts()) {
        for (const auto *where : {"task name", "detail", "typed name", "error message"})
            QTest::addRow("%s in %s", hostile.name, where)
                << QString::fromLatin1(where) << hostile.text << hostile.escaped;
        QTest::addRow("%s in script log", hostile.name)
            << u"script log"_s << hostile.text << hostile.logLine;
    }
}

void TestConsoleReporter::hostileTextIsEscaped()
{
    QFETCH(QString, where);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(false, false, out.stream, err.stream);
    Run run = failedRun();
    QString log = u"0001 LOAD * FROM Sales;\r\n"_s;
    if (where == u"task name")
        run.task.name = text;
    else if (where == u"detail")
        run.results.last().details.append({ExecutionDetail::Type::Error, text, {}});
    else if (where == u"script log")
        log += text + u"\r\n0002 end"_s;
    else if (where == u"error message")
        run.error = QlikError {QlikError::Category::NotFound, 404, text};

    if (where == u"typed name" || where == u"error message") {
        // What the operator typed, before (or instead of) the repository naming the task.
        if (where == u"typed name")
            run.requested = TaskRef::byName(text);
        run.task = {};
        run.phase = RunPhase::NotSubmitted;
        run.results.clear();
        if (!run.error)
            run.error = QlikError {QlikError::Category::NotFound, 404, u"No such task"_s};
        reporter.notSubmitted(run, ConnectionProfile());
        reporter.runEnded(run, 100, false);
        reporter.interrupted(run, u"SIGTERM"_s, false, 143);
        reporter.warning(u"warning: could not stop task %1: %2"_s.arg(
            ConsoleReporter::taskLabel(run), run.error->message));
        reporter.summary({{u"NotSubmitted"_s, 1}}, 100);
    } else {
        reporter.runStarted(run);
        reporter.statusChanged(run, run.history.constFirst());
        reporter.stillRunning(run, 61000);
        reporter.runEnded(run, 1, false);
        reporter.failureDetails(run);
        reporter.scriptLog(run, log, 40);
        reporter.scriptLogUnavailable(run, u"not found"_s);
        reporter.timedOut(run, true);
        reporter.stopAccepted(run);
        reporter.contactLost(text);
        reporter.summary({{u"Failed"_s, 1}}, 1);
    }
    const QString printed = out.text() + err.text();
    verifyTerminalSafe(printed);
    QVERIFY2(printed.contains(expected), qPrintable(expected + u"\n--- in ---\n"_s + printed));
}

void TestConsoleReporter::jsonKeepsHostileTextExact()
{
    for (const Hostile &hostile : hostileTexts()) {
        Capture out;
        Capture err;
        QVERIFY(out.stream && err.stream);
        ConsoleReporter reporter(true, false, out.stream, err.stream);
        Run run = failedRun();
        run.task.name = hostile.text;
        run.requested = TaskRef::byName(hostile.text);
        run.results.last().details.append({ExecutionDetail::Type::Error, hostile.text, {}});
        run.error = QlikError {QlikError::Category::Server, 500, hostile.text};
        reporter.runStarted(run);
        reporter.runEnded(run, 1, false);
        reporter.failureDetails(run);
        reporter.scriptLog(run, hostile.text, 40);
        reporter.interrupted(run, u"SIGTERM"_s, false, 143);

        // The human lines (stderr with --json) are escaped ...
        verifyTerminalSafe(err.text());
        QVERIFY2(err.text().contains(hostile.escaped), qPrintable(err.text()));
        // ... the JSON has no raw control character and gives back the exact strings.
        const QByteArray json = out.text().toUtf8();
        for (const char byte : json)
            QVERIFY2(uchar(byte) >= 0x20 || byte == '\n', hostile.name);
        const QList<QByteArray> lines = json.split('\n');
        QCOMPARE(lines.size(), 3); // two objects and the final line end
        QVERIFY(lines.constLast().isEmpty());
        for (qsizetype i = 0; i < 2; ++i) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, hostile.name);
            QCOMPARE(object.value(u"taskName"_s).toString(), hostile.text);
            QCOMPARE(object.value(u"requested"_s).toString(), hostile.text);
            QCOMPARE(object.value(u"details"_s).toArray().last()[u"message"_s].toString(),
                     hostile.text);
            QCOMPARE(object.value(u"error"_s)[u"message"_s].toString(), hostile.text);
        }
    }
}

void TestConsoleReporter::longScriptLogLineIsCapped()
{
    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(false, false, out.stream, err.stream);
    const qsizetype length = 150'000;
    const QString log = u"0001 start\r\n"_s + QString(length, u'x') + u"\r\n0003 end\r\n"_s;
    reporter.scriptLog(failedRun(), log, 40);
    const QStringList lines = out.text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the heading and three log lines
    QCOMPARE(lines.at(1), u"    0001 start"_s);
    const QString &longLine = lines.at(2);
    QVERIFY2(longLine.startsWith(u"    "_s + QString(ConsoleReporter::MaxScriptLogLineChars, u'x') +
                                 u" [... "_s),
             qPrintable(longLine.left(100)));
    QVERIFY2(longLine.size() < ConsoleReporter::MaxScriptLogLineChars + 100,
             qPrintable(QString::number(longLine.size())));
    QVERIFY2(longLine.contains(
                 u"%1 more character(s)"_s.arg(length - ConsoleReporter::MaxScriptLogLineChars)),
             qPrintable(longLine.right(100)));
    QCOMPARE(lines.at(3), u"    0003 end"_s);

    // Escaping does not let a capped line grow without bound.
    const QString escapes(length, QChar(0x1b));
    const QString capped = ConsoleReporter::scriptLogLine(escapes);
    QVERIFY(capped.startsWith(u"\\e\\e\\e"_s));
    QVERIFY(capped.size() < 2 * ConsoleReporter::MaxScriptLogLineChars + 100);
    // A line at the limit is shown whole.
    const QString atLimit(ConsoleReporter::MaxScriptLogLineChars, u'y');
    QCOMPARE(ConsoleReporter::scriptLogLine(atLimit), atLimit);
}

void TestConsoleReporter::scriptLogKeepsLastLines()
{
    Capture out;
    Capture err;
    QVERIFY(out.stream && err.stream);
    ConsoleReporter reporter(false, false, out.stream, err.stream);
    QString log;
    for (int i = 1; i <= 100; ++i)
        log += u"line %1\r\n"_s.arg(i);
    reporter.scriptLog(failedRun(), log, 40);
    const QStringList lines = out.text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QCOMPARE(lines.at(1), u"    line 61"_s);
    QCOMPARE(lines.last(), u"    line 100"_s);
}

QTEST_GUILESS_MAIN(TestConsoleReporter)
#include "tst_consolereporter.moc"
