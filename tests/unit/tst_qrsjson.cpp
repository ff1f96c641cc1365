#include "qrsjson.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQrsJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isGuid_data();
    void isGuid();
    void isZeroGuid();
    void parseDate_data();
    void parseDate();

    void executionResultsRealistic();
    void executionResultsMinimal();
    void executionResultsCamelCase();
    void executionResultsRetries();
    void executionResultsOptionalWrongTypes();
    void executionResultsErrors_data();
    void executionResultsErrors();
    void hugeArrayOfResults();
    void hugeArrayOfNumbers();
    void deeplyNestedArrays();
    void bodyOverLimitIsRefused();

    void tasksRealistic();
    void triggersRealistic();
    void triggersErrors_data();
    void triggersErrors();
    void tasksErrors_data();
    void tasksErrors();

    void executionSession_data();
    void executionSession();
    void executionSessionErrors();

    void about();
    void aboutErrors_data();
    void aboutErrors();

    void startResponse_data();
    void startResponse();
    void startResponseErrors_data();
    void startResponseErrors();

    void value_data();
    void value();
    void valueErrors_data();
    void valueErrors();
};

namespace {

const QString sessionId = u"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13"_s;
const QString taskId = u"e0a1c2d3-4b5f-4a6e-8d7c-9b0a1f2e3d4c"_s;
const QString appId = u"a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d"_s;

// Shape of a real `GET /qrs/executionresult?filter=ExecutionId eq ...` answer, including fields
// the client does not use (schemaPath, privileges, createdDate, ...).
const QByteArray realisticResults = R"([
  {
    "id": "0d6e5f4a-3b2c-4d1e-8f9a-1b2c3d4e5f60",
    "createdDate": "2024-05-02T08:00:01.237Z",
    "modifiedDate": "2024-05-02T08:01:07.512Z",
    "modifiedByUserName": "INTERNAL\\sa_scheduler",
    "executingNodeName": "qlik-node-01.acme.local",
    "executionID": "6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13",
    "appID": "a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d",
    "taskID": "e0a1c2d3-4b5f-4a6e-8d7c-9b0a1f2e3d4c",
    "status": 7,
    "startTime": "2024-05-02T08:00:01.503Z",
    "stopTime": "2024-05-02T08:01:07.011Z",
    "duration": 65508,
    "fileReferenceID": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
    "scriptLogAvailable": true,
    "details": [
      {
        "id": "11111111-2222-4333-8444-555555555555",
        "detailsType": 2,
        "message": "Changing task state from NeverStarted to Triggered",
        "detailCreatedDate": "2024-05-02T08:00:01.240Z",
        "privileges": null,
        "schemaPath": "ExecutionResultDetail"
      },
      {
        "id": "11111111-2222-4333-8444-666666666666",
        "detailsType": 1,
        "message": "Reload took longer than usual",
        "detailCreatedDate": "2024-05-02T08:01:06.900Z"
      },
      {
        "detailsType": 0,
        "message": "Changing task state from Started to FinishedSuccess",
        "detailCreatedDate": "1753-01-01T00:00:00.000Z"
      }
    ],
    "scriptLogLocation": "qlik-node-01.acme.local\\Script\\Sales_20240502T080001.log",
    "scriptLogSize": 48213,
    "privileges": null,
    "schemaPath": "ExecutionResult",
    "someFutureField": {"nested": [1, 2, 3]}
  }
])";

QByteArray resultJson(int status, const QString &id = u"r1"_s, const QString &extra = {})
{
    return u"{\"id\":\"%1\",\"status\":%2%3}"_s.arg(id).arg(status).arg(extra).toUtf8();
}

} // namespace

void TestQrsJson::isGuid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guid");
    QTest::newRow("lower") << u"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13"_s << true;
    QTest::newRow("upper") << u"6F1B0E52-8C3A-4D9E-B7A1-2C5D8E9F0A13"_s << true;
    QTest::newRow("braces") << u"{6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13}"_s << true;
    QTest::newRow("zero") << u"00000000-0000-0000-0000-000000000000"_s << true;
    QTest::newRow("one brace") << u"{6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13"_s << false;
    QTest::newRow("closing brace only") << u"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13}"_s << false;
    QTest::newRow("empty braces") << u"{}"_s << false;
    QTest::newRow("no dashes") << u"6f1b0e528c3a4d9eb7a12c5d8e9f0a13"_s << false;
    QTest::newRow("dash misplaced") << u"6f1b0e5-28c3a-4d9e-b7a1-2c5d8e9f0a13"_s << false;
    QTest::newRow("not hex") << u"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a1g"_s << false;
    QTest::newRow("too long") << u"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a134"_s << false;
    QTest::newRow("space") << u" 6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a1"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("fullwidth digit") << u"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a1\uFF13"_s << false;
}

void TestQrsJson::isGuid()
{
    QFETCH(QString, text);
    QFETCH(bool, guid);
    QCOMPARE(QrsJson::isGuid(text), guid);
}

void TestQrsJson::isZeroGuid()
{
    QVERIFY(QrsJson::isZeroGuid(QString::fromLatin1(QrsJson::ZeroGuid)));
    QVERIFY(QrsJson::isZeroGuid(u"{00000000-0000-0000-0000-000000000000}"_s));
    QVERIFY(!QrsJson::isZeroGuid(sessionId));
    QVERIFY(!QrsJson::isZeroGuid(u"00000000-0000-0000-0000-000000000001"_s));
    QVERIFY(!QrsJson::isZeroGuid(u"0"_s));
    QVERIFY(!QrsJson::isZeroGuid(QString()));
}

void TestQrsJson::parseDate_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid for "no date"

    const QDateTime withMs(QDate(2024, 5, 2), QTime(8, 0, 1, 503), Qt::UTC);
    const QDateTime noMs(QDate(2024, 5, 2), QTime(8, 0, 1), Qt::UTC);
    QTest::newRow("with ms and Z") << QJsonValue(u"2024-05-02T08:00:01.503Z"_s) << withMs;
    QTest::newRow("without ms") << QJsonValue(u"2024-05-02T08:00:01Z"_s) << noMs;
    QTest::newRow("without Z is UTC") << QJsonValue(u"2024-05-02T08:00:01.503"_s) << withMs;
    QTest::newRow("offset") << QJsonValue(u"2024-05-02T10:00:01.503+02:00"_s) << withMs;
    QTest::newRow("surrounding spaces") << QJsonValue(u" 2024-05-02T08:00:01Z "_s) << noMs;
    QTest::newRow("1753 no date") << QJsonValue(u"1753-01-01T00:00:00.000Z"_s) << QDateTime();
    QTest::newRow("1753 without ms") << QJsonValue(u"1753-01-01T00:00:00Z"_s) << QDateTime();
    QTest::newRow("1754 is a date") << QJsonValue(u"1754-01-01T00:00:00.000Z"_s)
                                    << QDateTime(QDate(1754, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QDateTime();
    QTest::newRow("number") << QJsonValue(1714636801503.0) << QDateTime();
    QTest::newRow("empty") << QJsonValue(u""_s) << QDateTime();
    QTest::newRow("junk") << QJsonValue(u"yesterday"_s) << QDateTime();
    QTest::newRow("month 13") << QJsonValue(u"2024-13-02T08:00:01.503Z"_s) << QDateTime();
}

void TestQrsJson::parseDate()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const QDateTime date = QrsJson::parseDate(value);
    QCOMPARE(date.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(date, expected);
        QCOMPARE(date.timeSpec(), Qt::UTC);
    }
}

void TestQrsJson::executionResultsRealistic()
{
    const auto parsed = QrsJson::parseExecutionResults(realisticResults);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().size(), 1);
    const ExecutionResult &r = parsed.value().constFirst();
    QCOMPARE(r.id, u"0d6e5f4a-3b2c-4d1e-8f9a-1b2c3d4e5f60"_s);
    QCOMPARE(r.executionId, sessionId);
    QCOMPARE(r.taskId, taskId);
    QCOMPARE(r.appId, appId);
    QCOMPARE(r.executingNodeName, u"qlik-node-01.acme.local"_s);
    QCOMPARE(r.status, TaskStatus(TaskStatus::FinishedSuccess));
    QCOMPARE(r.startTime, QDateTime(QDate(2024, 5, 2), QTime(8, 0, 1, 503), Qt::UTC));
    QCOMPARE(r.stopTime, QDateTime(QDate(2024, 5, 2), QTime(8, 1, 7, 11), Qt::UTC));
    QCOMPARE(r.durationMs, 65508);
    QCOMPARE(r.fileReferenceId, u"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"_s);
    QVERIFY(r.scriptLogAvailable);
    QCOMPARE(r.scriptLogLocation, u"qlik-node-01.acme.local\\Script\\Sales_20240502T080001.log"_s);
    QCOMPARE(r.scriptLogSize, 48213);
    QCOMPARE(r.details.size(), 3);
    QCOMPARE(r.details.at(0).type, ExecutionDetail::Type::Information);
    QCOMPARE(r.details.at(0).message, u"Changing task state from NeverStarted to Triggered"_s);
    QCOMPARE(r.details.at(0).createdAt, QDateTime(QDate(2024, 5, 2), QTime(8, 0, 1, 240), Qt::UTC));
    QCOMPARE(r.details.at(1).type, ExecutionDetail::Type::Warning);
    QCOMPARE(r.details.at(2).type, ExecutionDetail::Type::Error);
    QVERIFY(!r.details.at(2).createdAt.isValid());
}

void TestQrsJson::executionResultsMinimal()
{
    const auto parsed = QrsJson::parseExecutionResults("[" + resultJson(2) + "]");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const ExecutionResult &r = parsed.value().constFirst();
    QCOMPARE(r.id, u"r1"_s);
    QCOMPARE(r.status.code(), 2);
    QVERIFY(r.executionId.isEmpty());
    QVERIFY(!r.startTime.isValid());
    QVERIFY(!r.stopTime.isValid());
    QCOMPARE(r.durationMs, 0);
    QVERIFY(r.details.isEmpty());
    QVERIFY(!r.scriptLogAvailable);
    QVERIFY(r.fileReferenceId.isEmpty());

    // Pending: the result list is empty for a short while after the start.
    const auto pending = QrsJson::parseExecutionResults(" [ ] \r\n");
    QVERIFY2(pending.ok(), qPrintable(pending.error()));
    QVERIFY(pending.value().isEmpty());
}

void TestQrsJson::executionResultsCamelCase()
{
    const QByteArray body = u"[{\"id\":\"r\",\"status\":2,\"executionId\":\"%1\",\"taskId\":\"%2\","
                            "\"appId\":\"%3\",\"fileReferenceId\":\"%4\"}]"_s
                                .arg(sessionId, taskId, appId, QLatin1StringView(QrsJson::ZeroGuid))
                                .toUtf8();
    const auto parsed = QrsJson::parseExecutionResults(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const ExecutionResult &r = parsed.value().constFirst();
    QCOMPARE(r.executionId, sessionId);
    QCOMPARE(r.taskId, taskId);
    QCOMPARE(r.appId, appId);
    QVERIFY(QrsJson::isZeroGuid(r.fileReferenceId));
}

void TestQrsJson::executionResultsRetries()
{
    // With retries one session has several results; the parser keeps all of them, in order.
    const QString common = u",\"executionID\":\"%1\""_s.arg(sessionId);
    const QByteArray body = "[" +
        resultJson(10, u"a"_s, common + u",\"startTime\":\"2024-05-02T08:00:00Z\""_s) + "," +
        resultJson(10, u"b"_s, common + u",\"startTime\":\"2024-05-02T08:05:00Z\""_s) + "," +
        resultJson(7, u"c"_s, common + u",\"startTime\":\"2024-05-02T08:10:00Z\""_s) + "]";
    const auto parsed = QrsJson::parseExecutionResults(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().size(), 3);
    QCOMPARE(parsed.value().at(0).id, u"a"_s);
    QCOMPARE(parsed.value().at(1).status, TaskStatus(TaskStatus::Retry));
    QCOMPARE(parsed.value().at(2).status, TaskStatus(TaskStatus::FinishedSuccess));
    for (const ExecutionResult &r : parsed.value())
        QCOMPARE(r.executionId, sessionId);
    QVERIFY(parsed.value().at(2).startTime > parsed.value().at(1).startTime);
}

void TestQrsJson::executionResultsOptionalWrongTypes()
{
    const QByteArray body = R"([{"id":"r","status":8,"executionID":5,"taskID":null,
        "appID":["x"],"executingNodeName":{},"startTime":12,"stopTime":true,
        "duration":"1234","details":[1,"x",null,{"detailsType":"0","message":7},
        {"detailsType":9,"message":"m"}],"scriptLogAvailable":"yes","scriptLogSize":"big",
        "fileReferenceID":false}])";
    const auto parsed = QrsJson::parseExecutionResults(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const ExecutionResult &r = parsed.value().constFirst();
    QCOMPARE(r.status.code(), 8);
    QVERIFY(r.executionId.isEmpty());
    QVERIFY(r.taskId.isEmpty());
    QVERIFY(r.appId.isEmpty());
    QVERIFY(r.executingNodeName.isEmpty());
    QVERIFY(!r.startTime.isValid());
    QVERIFY(!r.stopTime.isValid());
    QCOMPARE(r.durationMs, 1234); // a quoted number is still a number
    QCOMPARE(r.details.size(), 2); // non-objects are skipped
    QCOMPARE(r.details.at(0).type, ExecutionDetail::Type::Error);
    QVERIFY(r.details.at(0).message.isEmpty());
    QCOMPARE(r.details.at(1).type, ExecutionDetail::Type::Information); // unknown type
    QCOMPARE(r.details.at(1).message, u"m"_s);
    QVERIFY(!r.scriptLogAvailable);
    QCOMPARE(r.scriptLogSize, 0);
    QVERIFY(r.fileReferenceId.isEmpty());

    const auto weirdDuration =
        QrsJson::parseExecutionResults(R"([{"id":"r","status":7,"duration":true,
                "details":"none"},{"id":"s","status":7,"duration":1e300}])");
    QVERIFY2(weirdDuration.ok(), qPrintable(weirdDuration.error()));
    QCOMPARE(weirdDuration.value().at(0).durationMs, 0);
    QVERIFY(weirdDuration.value().at(0).details.isEmpty());
    QCOMPARE(weirdDuration.value().at(1).durationMs, 0);
}

void TestQrsJson::executionResultsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty body") << QByteArray() << u"the answer is empty"_s;
    QTest::newRow("blank body") << QByteArray(" \r\n\t") << u"the answer is empty"_s;
    QTest::newRow("html login page")
        << QByteArray("<!DOCTYPE html><html><body>Login</body></html>") << u"HTML"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"id":"r","status":7,"startTi)")
                               << u"not valid JSON"_s;
    QTest::newRow("truncated after element")
        << QByteArray(R"([{"id":"r","status":7},)") << u"not valid JSON"_s;
    QTest::newRow("garbage after") << QByteArray(R"([] x)") << u"not valid JSON"_s;
    QTest::newRow("top-level object")
        << QByteArray(R"({"id":"r","status":7})")
        << u"expected a JSON array of execution results, got an object"_s;
    QTest::newRow("top-level number") << QByteArray("42") << u"not valid JSON"_s;
    QTest::newRow("top-level string") << QByteArray(R"("abc")") << u"not valid JSON"_s;
    QTest::newRow("top-level null") << QByteArray("null") << u"not valid JSON"_s;
    QTest::newRow("element not object")
        << QByteArray(R"([7])") << u"executionresult[0] is not an object"_s;
    QTest::newRow("element null") << QByteArray("[" + resultJson(7) + ",null]")
                                  << u"executionresult[1] is not an object but null"_s;
    QTest::newRow("status string")
        << QByteArray("[" + resultJson(7) + "," + resultJson(7) + "," + resultJson(7) + "," +
                      R"({"id":"x","status":"7"}])")
        << u"executionresult[3].status is not a number"_s;
    QTest::newRow("status missing")
        << QByteArray(R"([{"id":"x"}])") << u"executionresult[0].status is missing"_s;
    QTest::newRow("status null") << QByteArray(R"([{"id":"x","status":null}])")
                                 << u"executionresult[0].status is not a number but null"_s;
    QTest::newRow("status fraction") << QByteArray(R"([{"id":"x","status":7.5}])")
                                     << u"executionresult[0].status is not a whole number"_s;
    QTest::newRow("status huge") << QByteArray(R"([{"id":"x","status":1e12}])")
                                 << u"executionresult[0].status is not a whole number"_s;
    QTest::newRow("id missing") << QByteArray(R"([{"status":7}])")
                                << u"executionresult[0].id is missing"_s;
    QTest::newRow("id number") << QByteArray(R"([{"id":12,"status":7}])")
                               << u"executionresult[0].id is not a string but a number"_s;
    QTest::newRow("id empty") << QByteArray(R"([{"id":"","status":7}])")
                              << u"executionresult[0].id is empty"_s;
    QTest::newRow("invalid utf-8 in value")
        << QByteArray("[{\"id\":\"r\",\"status\":7,\"executingNodeName\":\"n\xff\xfe\"}]")
        << u"not valid JSON"_s;
    QTest::newRow("invalid utf-8 in key")
        << QByteArray("[{\"id\":\"r\",\"status\":7,\"k\xc3\x28\":1}]") << u"not valid JSON"_s;
    QTest::newRow("utf-8 surrogate")
        << QByteArray("[{\"id\":\"r\xed\xa0\x80\",\"status\":7}]") << u"not valid JSON"_s;
    QTest::newRow("overlong utf-8")
        << QByteArray("[{\"id\":\"\xc0\xaf\",\"status\":7}]") << u"not valid JSON"_s;
    QTest::newRow("invalid utf-8 outside strings") << QByteArray("[\xff]") << u"not valid JSON"_s;
}

void TestQrsJson::executionResultsErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto parsed = QrsJson::parseExecutionResults(body);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

void TestQrsJson::hugeArrayOfResults()
{
    // About 50 MB of realistic results: parsed correctly and in reasonable time.
    const QByteArray one = QByteArray(realisticResults).trimmed().mid(1).chopped(1).trimmed();
    QByteArray body;
    body.reserve(50 * 1024 * 1024 + one.size() + 2);
    body.append('[');
    int count = 0;
    while (body.size() < 50 * 1024 * 1024) {
        if (count > 0)
            body.append(',');
        body.append(one);
        ++count;
    }
    body.append(']');
    QVERIFY(body.size() <= QrsJson::MaxBodySize);

    QElapsedTimer timer;
    timer.start();
    const auto parsed = QrsJson::parseExecutionResults(body);
    const qint64 elapsed = timer.elapsed();
    qInfo("%d results, %lld bytes parsed in %lld ms", count, qint64(body.size()), elapsed);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().size(), count);
    QCOMPARE(parsed.value().constLast().durationMs, 65508);
    QVERIFY2(elapsed < 30'000, qPrintable(QString::number(elapsed)));
}

void TestQrsJson::hugeArrayOfNumbers()
{
    // 50 MB of `0,`: an array of the wrong element type, refused quickly without crashing.
    const QByteArray body = "[0" + QByteArray(",0").repeated(25 * 1024 * 1024) + "]";
    QVERIFY(body.size() > 50 * 1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    const auto parsed = QrsJson::parseExecutionResults(body);
    const qint64 elapsed = timer.elapsed();
    qInfo("50 MB of numbers refused in %lld ms", elapsed);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"executionresult[0] is not an object"_s),
             qPrintable(parsed.error()));
    QVERIFY2(elapsed < 30'000, qPrintable(QString::number(elapsed)));
}

void TestQrsJson::deeplyNestedArrays()
{
    const QByteArray body = QByteArray(1024 * 1024, '[') + QByteArray(1024 * 1024, ']');
    QElapsedTimer timer;
    timer.start();
    const auto parsed = QrsJson::parseExecutionResults(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"not valid JSON"_s), qPrintable(parsed.error()));
    QVERIFY(timer.elapsed() < 10'000);
}

void TestQrsJson::bodyOverLimitIsRefused()
{
    QByteArray body(QrsJson::MaxBodySize + 1, ' ');
    body[0] = '[';
    body[body.size() - 1] = ']';
    QElapsedTimer timer;
    timer.start();
    const auto results = QrsJson::parseExecutionResults(body);
    QVERIFY(!results.ok());
    QVERIFY2(results.error().contains(u"too large"_s), qPrintable(results.error()));
    QVERIFY(timer.elapsed() < 1'000); // refused before parsing

    // Every entry point refuses it, also the one that takes bare strings.
    body[0] = '"';
    body[body.size() - 1] = '"';
    QVERIFY(QrsJson::parseStartResponse(body).error().contains(u"too large"_s));
    QVERIFY(QrsJson::parseValue(body).error().contains(u"too large"_s));
    QVERIFY(QrsJson::parseTasks(body).error().contains(u"too large"_s));
    QVERIFY(QrsJson::parseAbout(body).error().contains(u"too large"_s));
    QVERIFY(QrsJson::parseExecutionSession(body).error().contains(u"too large"_s));

    // At the limit the body is parsed (here: an empty array padded with spaces).
    QByteArray atLimit(QrsJson::MaxBodySize, ' ');
    atLimit[0] = '[';
    atLimit[atLimit.size() - 1] = ']';
    const auto empty = QrsJson::parseExecutionResults(atLimit);
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
    QVERIFY(empty.value().isEmpty());
}

void TestQrsJson::triggersRealistic()
{
    // As /qrs/compositeevent/full answers: a time trigger is left out; the target and the rules'
    // tasks sit in the member of their type.
    const QByteArray body = R"([
      {"id": "11111111-1111-4111-8111-111111111111", "name": "After extract", "enabled": true,
       "eventType": 1, "reloadTask": {"id": "22222222-2222-4222-8222-222222222222",
                                      "name": "Transform", "enabled": true},
       "userSyncTask": null, "externalProgramTask": null,
       "timeConstraint": {"days": 0, "hours": 6, "minutes": 0, "seconds": 30},
       "compositeRules": [
         {"id": "r1", "ruleState": 1, "reloadTask": null, "userSyncTask": null,
          "externalProgramTask": {"id": "33333333-3333-4333-8333-333333333333",
                                  "name": "Extract"},
          "operational": {"timeStamp": "2026-12-06T02:00:04.117Z", "currentState": 1}},
         {"id": "r2", "ruleState": 2,
          "userSyncTask": {"id": "44444444-4444-4444-8444-444444444444", "name": "Sync"},
          "operational": {"timeStamp": "1753-01-01T00:00:00.000Z", "currentState": 0}}]},
      {"id": "55555555-5555-4555-8555-555555555555", "name": "Daily", "eventType": 0,
       "reloadTask": {"id": "22222222-2222-4222-8222-222222222222"}},
      {"id": "66666666-6666-4666-8666-666666666666", "name": "Off", "enabled": false,
       "eventType": 1,
       "externalProgramTask": {"id": "77777777-7777-4777-8777-777777777777",
                               "name": "Alert", "enabled": false},
       "compositeRules": []}])";
    const auto triggers = QrsJson::parseTriggers(body);
    QVERIFY2(triggers, qPrintable(triggers.error()));
    QCOMPARE(triggers.value().size(), 2);
    const TaskTrigger &first = triggers.value().at(0);
    QCOMPARE(first.name, u"After extract"_s);
    QVERIFY(first.enabled);
    QCOMPARE(first.target.id, u"22222222-2222-4222-8222-222222222222"_s);
    QCOMPARE(first.target.type, ReloadTask::Type::Reload);
    QCOMPARE(first.windowMs, (6 * 3600 + 30) * 1000LL);
    QCOMPARE(first.rules.size(), 2);
    QCOMPARE(first.rules.at(0).task.type, ReloadTask::Type::ExternalProgram);
    QCOMPARE(first.rules.at(0).task.name, u"Extract"_s);
    QCOMPARE(first.rules.at(0).on, TaskTrigger::Rule::On::Success);
    QCOMPARE(first.rules.at(0).metAt, QDateTime(QDate(2026, 12, 6), QTime(2, 0, 4, 117), Qt::UTC));
    QCOMPARE(first.rules.at(1).task.type, ReloadTask::Type::UserSync);
    QCOMPARE(first.rules.at(1).on, TaskTrigger::Rule::On::Failure);
    QVERIFY(!first.rules.at(1).metAt.isValid());
    QCOMPARE(first.rulesOn(u"33333333-3333-4333-8333-333333333333"_s).size(), 1);
    QVERIFY(first.rulesOn(u"22222222-2222-4222-8222-222222222222"_s).isEmpty());
    const TaskTrigger &off = triggers.value().at(1);
    QVERIFY(!off.enabled);
    QVERIFY(!off.target.enabled);
    QCOMPARE(off.target.type, ReloadTask::Type::ExternalProgram);
}

void TestQrsJson::triggersErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("object") << QByteArray(R"({"id": "x"})") << u"array"_s;
    QTest::newRow("no target") << QByteArray(R"([{"id": "a", "eventType": 1}])")
                               << u"compositeevent[0] names no task"_s;
    QTest::newRow("rule without task") << QByteArray(R"([{"id": "a", "reloadTask": {"id": "t"},
                           "compositeRules": [{"ruleState": 1}]}])")
                                       << u"compositeevent[0].compositeRules[0] names no task"_s;
    QTest::newRow("rule state") << QByteArray(R"([{"id": "a", "reloadTask": {"id": "t"},
                           "compositeRules": [{"ruleState": 0, "reloadTask": {"id": "u"}}]}])")
                                << u"ruleState is 0, not 1 or 2"_s;
    QTest::newRow("target without id")
        << QByteArray(R"([{"id": "a", "reloadTask": {"name": "t"}}])")
        << u"compositeevent[0].reloadTask.id is missing"_s;
}

void TestQrsJson::triggersErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto triggers = QrsJson::parseTriggers(body);
    QVERIFY(!triggers);
    QVERIFY2(triggers.error().contains(message), qPrintable(triggers.error()));
}

void TestQrsJson::tasksRealistic()
{
    const QByteArray body = R"([
      {
        "id": "e0a1c2d3-4b5f-4a6e-8d7c-9b0a1f2e3d4c",
        "name": "Reload Sales",
        "enabled": true,
        "taskType": 0,
        "maxRetries": 2,
        "app": {
          "id": "a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d",
          "name": "Sales",
          "appId": "",
          "publishTime": "2023-11-20T10:00:00.000Z",
          "published": true,
          "stream": {"id": "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "name": "Finance"},
          "savedInProductVersion": "14.129.3"
        },
        "tags": [{"id": "t1", "name": "nightly"}, {"id": "t2", "name": "finance"}],
        "customProperties": [],
        "operational": {
          "id": "op1",
          "lastExecutionResult": {
            "id": "le1",
            "status": 8,
            "startTime": "2024-05-01T02:00:00.000Z",
            "stopTime": "2024-05-01T02:03:20.500Z",
            "duration": 200500
          },
          "nextExecution": "2024-05-03T02:00:00.000Z"
        },
        "schemaPath": "ReloadTask"
      },
      {
        "id": "f1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "name": "It's #1 & more",
        "enabled": false,
        "taskType": 3,
        "app": {"id": "b8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d", "name": "Draft", "stream": null},
        "tags": [],
        "operational": {
          "lastExecutionResult": {
            "status": 0,
            "startTime": "1753-01-01T00:00:00.000Z",
            "stopTime": "1753-01-01T00:00:00.000Z",
            "duration": 0
          },
          "nextExecution": "1753-01-01T00:00:00.000Z"
        }
      },
      {"id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "name": "Bare", "taskType": 42}
    ])";
    const auto parsed = QrsJson::parseTasks(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().size(), 3);

    const ReloadTask &sales = parsed.value().at(0);
    QCOMPARE(sales.id, taskId);
    QCOMPARE(sales.name, u"Reload Sales"_s);
    QVERIFY(sales.enabled);
    QCOMPARE(sales.type, ReloadTask::Type::Reload);
    QCOMPARE(sales.appId, appId);
    QCOMPARE(sales.appName, u"Sales"_s);
    QCOMPARE(sales.streamName, u"Finance"_s);
    QCOMPARE(sales.tags, (QStringList {u"nightly"_s, u"finance"_s}));
    QVERIFY(sales.lastStatus.has_value());
    QCOMPARE(*sales.lastStatus, TaskStatus(TaskStatus::FinishedFail));
    QCOMPARE(sales.lastStartTime, QDateTime(QDate(2024, 5, 1), QTime(2, 0), Qt::UTC));
    QCOMPARE(sales.lastStopTime, QDateTime(QDate(2024, 5, 1), QTime(2, 3, 20, 500), Qt::UTC));
    QCOMPARE(sales.lastDurationMs, 200500);
    QCOMPARE(sales.nextExecution, QDateTime(QDate(2024, 5, 3), QTime(2, 0), Qt::UTC));

    const ReloadTask &draft = parsed.value().at(1);
    QCOMPARE(draft.name, u"It's #1 & more"_s);
    QVERIFY(!draft.enabled);
    QCOMPARE(draft.type, ReloadTask::Type::Distribute);
    QVERIFY(draft.streamName.isEmpty());
    QVERIFY(draft.tags.isEmpty());
    QCOMPARE(draft.lastStatus, std::optional(TaskStatus(TaskStatus::NeverStarted)));
    QVERIFY(!draft.lastStartTime.isValid());
    QVERIFY(!draft.nextExecution.isValid());

    const ReloadTask &bare = parsed.value().at(2);
    QVERIFY(bare.enabled);
    QCOMPARE(bare.type, ReloadTask::Type::Reload); // unknown kinds fall back to Reload
    QVERIFY(bare.appId.isEmpty());
    QVERIFY(!bare.lastStatus.has_value());
    QVERIFY(!bare.nextExecution.isValid());
}

void TestQrsJson::tasksErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("object") << QByteArray(R"({"id":"a","name":"b"})")
                            << u"expected a JSON array of tasks"_s;
    QTest::newRow("name missing") << QByteArray(R"([{"id":"a","name":"b"},{"id":"c"}])")
                                  << u"task[1].name is missing"_s;
    QTest::newRow("name number") << QByteArray(R"([{"id":"a","name":5}])")
                                 << u"task[0].name is not a string"_s;
    QTest::newRow("id null") << QByteArray(R"([{"id":null,"name":"b"}])")
                             << u"task[0].id is not a string"_s;
    QTest::newRow("element string") << QByteArray(R"(["a"])") << u"task[0] is not an object"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"id":"a","name":"b")") << u"not valid JSON"_s;
}

void TestQrsJson::tasksErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto parsed = QrsJson::parseTasks(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

void TestQrsJson::executionSession_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("appId");
    QTest::newRow("nested reloadTask")
        << u"{\"id\":\"%1\",\"createdDate\":\"2024-05-02T08:00:01.237Z\","
           "\"reloadTask\":{\"id\":\"%2\",\"name\":\"Reload Sales\",\"app\":{\"id\":\"%3\"}},"
           "\"executionResult\":{\"id\":\"x\"}}"_s.arg(sessionId, taskId, appId)
               .toUtf8()
        << taskId << appId;
    QTest::newRow("flat ids") << u"{\"id\":\"%1\",\"taskID\":\"%2\",\"appID\":\"%3\"}"_s
                                     .arg(sessionId, taskId, appId)
                                     .toUtf8()
                              << taskId << appId;
    QTest::newRow("app object") << u"{\"id\":\"%1\",\"task\":{\"id\":\"%2\"},\"app\":{\"id\":"
                                   "\"%3\"}}"_s.arg(sessionId, taskId, appId)
                                       .toUtf8()
                                << taskId << appId;
    QTest::newRow("external program task, other kinds null")
        << u"{\"id\":\"%1\",\"reloadTask\":null,\"userSyncTask\":null,"
           "\"externalProgramTask\":{\"id\":\"%2\"},\"app\":{\"id\":\"%3\"}}"_s
               .arg(sessionId, taskId, appId)
               .toUtf8()
        << taskId << appId;
    QTest::newRow("id only") << u"{\"id\":\"%1\"}"_s.arg(sessionId).toUtf8() << QString()
                             << QString();
}

void TestQrsJson::executionSession()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, taskId);
    QFETCH(QString, appId);
    const auto parsed = QrsJson::parseExecutionSession(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().id, sessionId);
    QCOMPARE(parsed.value().taskId, taskId);
    QCOMPARE(parsed.value().appId, appId);
}

void TestQrsJson::executionSessionErrors()
{
    QVERIFY(QrsJson::parseExecutionSession(R"({"taskID":"x"})")
                .error()
                .contains(u"executionsession.id is missing"_s));
    QVERIFY(QrsJson::parseExecutionSession(R"([])").error().contains(u"expected a JSON object"_s));
    QVERIFY(QrsJson::parseExecutionSession("").error().contains(u"empty"_s));
}

void TestQrsJson::about()
{
    const QByteArray body = R"({"buildVersion":"31.12.1.0","buildDate":"9/20/2013 10:09:00 AM",
        "databaseProvider":"Devart.Data.PostgreSql","nodeType":1,"sharedPersistence":true,
        "requiresBootstrap":false,"singleNodeOnly":false,"schemaPath":"About"})";
    const auto parsed = QrsJson::parseAbout(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().buildVersion, u"31.12.1.0"_s);
    QCOMPARE(parsed.value().buildDate, u"9/20/2013 10:09:00 AM"_s);
    QCOMPARE(parsed.value().databaseProvider, u"Devart.Data.PostgreSql"_s);
    QCOMPARE(parsed.value().nodeType, 1);
    QVERIFY(parsed.value().sharedPersistence);

    const auto minimal = QrsJson::parseAbout(R"({"buildVersion":"1","nodeType":"x"})");
    QVERIFY2(minimal.ok(), qPrintable(minimal.error()));
    QCOMPARE(minimal.value().nodeType, 0);
    QVERIFY(!minimal.value().sharedPersistence);
}

void TestQrsJson::aboutErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no version") << QByteArray(R"({"buildDate":"x"})")
                                << u"about.buildVersion is missing"_s;
    QTest::newRow("version number")
        << QByteArray(R"({"buildVersion":31})") << u"about.buildVersion is not a string"_s;
    QTest::newRow("array") << QByteArray(R"([{"buildVersion":"1"}])")
                           << u"expected a JSON object, got an array"_s;
    QTest::newRow("html") << QByteArray("\r\n  <html><head><title>Qlik Sense</title>") << u"HTML"_s;
}

void TestQrsJson::aboutErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto parsed = QrsJson::parseAbout(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

void TestQrsJson::startResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("guid");
    const QByteArray id = sessionId.toUtf8();
    QTest::newRow("value object") << QByteArray("{\"value\":\"" + id + "\"}") << sessionId;
    QTest::newRow("value object with spaces")
        << QByteArray("\r\n{ \"value\" : \"" + id + "\" , \"extra\": 1 }\r\n") << sessionId;
    QTest::newRow("bare string") << QByteArray("\"" + id + "\"") << sessionId;
    QTest::newRow("bare string with spaces") << QByteArray(" \"" + id + "\"\n") << sessionId;
    QTest::newRow("braces") << QByteArray("{\"value\":\"{" + id + "}\"}") << sessionId;
    QTest::newRow("bare braces") << QByteArray("\"{" + id + "}\"") << sessionId;
    QTest::newRow("upper case kept")
        << QByteArray("{\"value\":\"" + id.toUpper() + "\"}") << sessionId.toUpper();
    QTest::newRow("zero guid") << QByteArray("{\"value\":\"00000000-0000-0000-0000-000000000000\"}")
                               << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("bare zero guid") << QByteArray("\"00000000-0000-0000-0000-000000000000\"")
                                    << u"00000000-0000-0000-0000-000000000000"_s;
}

void TestQrsJson::startResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, guid);
    const auto parsed = QrsJson::parseStartResponse(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), guid);
}

void TestQrsJson::startResponseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a guid") << QByteArray(R"({"value":"task queued"})")
                                << u"the start call answered 'task queued', which is not a "
                                   "session id"_s;
    QTest::newRow("bare not a guid") << QByteArray(R"("hello")") << u"'hello'"_s;
    QTest::newRow("long junk is shortened")
        << QByteArray("{\"value\":\"" + QByteArray(500, 'x') + "\"}")
        << QString(60, u'x') + u"...'"_s;
    // Found by tst_fuzz: the cut at 60 characters split an emoji's surrogate pair.
    QTest::newRow("long junk is not cut inside an emoji")
        << QByteArray("{\"value\":\"" + QByteArray(59, 'x') + "\xf0\x9f\x98\x80" +
                      QByteArray(100, 'y') + "\"}")
        << QString(59, u'x') + u"...'"_s;
    QTest::newRow("number") << QByteArray(R"({"value":5})")
                            << u"value is not a string but a number"_s;
    QTest::newRow("no value") << QByteArray(R"({"id":"x"})") << u"value is missing"_s;
    QTest::newRow("array of guid")
        << QByteArray(R"(["6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13"])") << u"expected a JSON object"_s;
    QTest::newRow("two bare strings")
        << QByteArray(R"("6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13","x")") << u"several values"_s;
    QTest::newRow("bare string injection")
        << QByteArray(R"("6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13"],["x")") << u"not valid JSON"_s;
    QTest::newRow("unterminated bare string")
        << QByteArray(R"("6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13)") << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"the answer is empty"_s;
    QTest::newRow("html") << QByteArray("<html>") << u"HTML"_s;
    QTest::newRow("invalid utf-8") << QByteArray("\"\xff\xfe\"") << u"not valid JSON"_s;
}

void TestQrsJson::startResponseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto parsed = QrsJson::parseStartResponse(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
    QVERIFY(parsed.error().isValidUtf16());
}

void TestQrsJson::value_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("value");
    QTest::newRow("ticket") << QByteArray(R"({"value":"7a2f1c4e-ticket"})") << u"7a2f1c4e-ticket"_s;
    QTest::newRow("count") << QByteArray(R"({"value": 12})") << u"12"_s;
    QTest::newRow("zero") << QByteArray(R"({"value":0})") << u"0"_s;
    QTest::newRow("big count") << QByteArray(R"({"value":123456789012})") << u"123456789012"_s;
    QTest::newRow("fraction") << QByteArray(R"({"value":1.5})") << u"1.5"_s;
    QTest::newRow("shortest fraction") << QByteArray(R"({"value":0.1})") << u"0.1"_s;
    QTest::newRow("empty string") << QByteArray(R"({"value":""})") << QString();
    QTest::newRow("unicode") << QByteArray("{\"value\":\"Ums\xc3\xa4tze\"}") << u"Umsätze"_s;
}

void TestQrsJson::value()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, value);
    const auto parsed = QrsJson::parseValue(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), value);
}

void TestQrsJson::valueErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray(R"({})") << u"value is missing"_s;
    QTest::newRow("null") << QByteArray(R"({"value":null})")
                          << u"value is not a string or a number but null"_s;
    QTest::newRow("bool") << QByteArray(R"({"value":true})") << u"but a boolean"_s;
    QTest::newRow("object") << QByteArray(R"({"value":{}})") << u"but an object"_s;
    QTest::newRow("array body") << QByteArray(R"([1])") << u"expected a JSON object"_s;
    QTest::newRow("truncated") << QByteArray(R"({"value":"abc)") << u"not valid JSON"_s;
}

void TestQrsJson::valueErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto parsed = QrsJson::parseValue(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

QTEST_APPLESS_MAIN(TestQrsJson)
#include "tst_qrsjson.moc"
