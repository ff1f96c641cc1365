#include "consolereporter.h"

#include <cstdio>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>
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

QTEST_GUILESS_MAIN(TestConsoleReporter)
#include "tst_consolereporter.moc"
