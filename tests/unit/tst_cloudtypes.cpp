// Qlik Cloud's wire format: statuses, reloads, pages, apps, spaces and its refusals in words.
#include "cloud/cloudreply.h"
#include "cloud/cloudtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCloudTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_data();
    void statuses();
    void unknownStatusKeepsItsName();
    void fullReload();
    void reloadWithoutTimesYet();
    void badReloads_data();
    void badReloads();
    void pages_data();
    void pages();
    void appItems();
    void spacesAndUsers();
    void errorsInWords();
    void replyCheck_data();
    void replyCheck();
};

namespace {

const QByteArray FullReload = R"({
    "id": "65f1c0ffee0000000000000a", "appId": "a1b2c3d4-0000-4000-8000-000000000001",
    "tenantId": "t1", "userId": "u1", "type": "external", "status": "FAILED", "partial": true,
    "log": "Script line 1\nScript line 2", "errorCode": "EngineError",
    "errorMessage": "Field 'x' not found", "creationTime": "2024-05-01T10:00:00.123Z",
    "startTime": "2024-05-01T10:00:01Z", "endTime": "2024-05-01T10:02:00.000Z",
    "engineTime": "2024-05-01T10:00:01Z", "weight": 1,
    "links": {"self": {"href": "https://t.eu.qlikcloud.com/api/v1/reloads/65f1"}}
})";

QDateTime utc(int h, int m, int s, int ms = 0)
{
    return QDateTime(QDate(2024, 5, 1), QTime(h, m, s, ms), Qt::UTC);
}

} // namespace

void TestCloudTypes::statuses_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<CloudReloadStatus>("status");
    QTest::addColumn<bool>("final");
    QTest::addColumn<QString>("words");

    QTest::newRow("queued") << u"QUEUED"_s << CloudReloadStatus::Queued << false << u"Queued"_s;
    QTest::newRow("reloading") << u"RELOADING"_s << CloudReloadStatus::Reloading << false
                               << u"Reloading"_s;
    QTest::newRow("canceling") << u"CANCELING"_s << CloudReloadStatus::Canceling << false
                               << u"Canceling"_s;
    QTest::newRow("succeeded") << u"SUCCEEDED"_s << CloudReloadStatus::Succeeded << true
                               << u"Succeeded"_s;
    QTest::newRow("failed") << u"FAILED"_s << CloudReloadStatus::Failed << true << u"Failed"_s;
    QTest::newRow("canceled") << u"CANCELED"_s << CloudReloadStatus::Canceled << true
                              << u"Canceled"_s;
    QTest::newRow("exceeded") << u"EXCEEDED_LIMIT"_s << CloudReloadStatus::ExceededLimit << true
                              << u"Exceeded its limit"_s;
}

void TestCloudTypes::statuses()
{
    QFETCH(QString, wire);
    QFETCH(CloudReloadStatus, status);
    QFETCH(bool, final);
    QFETCH(QString, words);
    QCOMPARE(cloudReloadStatus(wire), status);
    QCOMPARE(wireName(status), wire);
    QCOMPARE(isFinal(status), final);
    QCOMPARE(displayName(status), words);
}

void TestCloudTypes::unknownStatusKeepsItsName()
{
    QCOMPARE(cloudReloadStatus(u"succeeded"), CloudReloadStatus::Unknown); // names are exact
    const auto reload = CloudJson::parseReload(R"({"id":"r1","appId":"a1","status":"PAUSED"})");
    QVERIFY2(reload.ok(), qPrintable(reload.error()));
    QCOMPARE(reload.value().status, CloudReloadStatus::Unknown);
    QCOMPARE(reload.value().statusName, u"PAUSED"_s);
    QVERIFY(!reload.value().isFinal());
    QCOMPARE(reload.value().displayStatus(), u"Unknown status 'PAUSED'"_s);
    QVERIFY(wireName(CloudReloadStatus::Unknown).isEmpty());
}

void TestCloudTypes::fullReload()
{
    const auto parsed = CloudJson::parseReload(FullReload);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const CloudReload &reload = parsed.value();
    QCOMPARE(reload.id, u"65f1c0ffee0000000000000a"_s);
    QCOMPARE(reload.appId, u"a1b2c3d4-0000-4000-8000-000000000001"_s);
    QCOMPARE(reload.status, CloudReloadStatus::Failed);
    QCOMPARE(reload.statusName, u"FAILED"_s);
    QVERIFY(reload.partial);
    QCOMPARE(reload.type, u"external"_s);
    QCOMPARE(reload.errorCode, u"EngineError"_s);
    QCOMPARE(reload.errorMessage, u"Field 'x' not found"_s);
    QCOMPARE(reload.creationTime, utc(10, 0, 0, 123));
    QCOMPARE(reload.startTime, utc(10, 0, 1));
    QCOMPARE(reload.endTime, utc(10, 2, 0));
    QCOMPARE(reload.endTime.timeSpec(), Qt::UTC);
    QCOMPARE(reload.log, std::optional<QString>(u"Script line 1\nScript line 2"_s));
    QVERIFY(reload.isFinal());
    QCOMPARE(reload.displayStatus(), u"Failed"_s);
}

void TestCloudTypes::reloadWithoutTimesYet()
{
    const auto parsed = CloudJson::parseReload(
        R"({"id":"r1","appId":"a1","status":"QUEUED","startTime":null,"endTime":"",
            "errorCode":null,"creationTime":"2024-05-01T10:00:00Z"})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(!parsed.value().startTime.isValid());
    QVERIFY(!parsed.value().endTime.isValid());
    QVERIFY(!parsed.value().partial);
    QVERIFY(!parsed.value().log.has_value()); // log=false: not sent
    QVERIFY(parsed.value().errorCode.isEmpty());
}

void TestCloudTypes::badReloads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << ""_ba << u"the answer is empty"_s;
    QTest::newRow("not json") << "{\"id\":"_ba << u"not valid JSON"_s;
    QTest::newRow("array") << "[]"_ba << u"a JSON array, not an object"_s;
    QTest::newRow("no id") << R"({"appId":"a","status":"QUEUED"})"_ba
                           << u"reload.id is missing or empty"_s;
    QTest::newRow("empty id") << R"({"id":"","appId":"a","status":"QUEUED"})"_ba
                              << u"reload.id is missing or empty"_s;
    QTest::newRow("numeric app") << R"({"id":"r","appId":7,"status":"QUEUED"})"_ba
                                 << u"reload.appId is a number, not a string"_s;
    QTest::newRow("no status") << R"({"id":"r","appId":"a"})"_ba
                               << u"reload.status is missing or empty"_s;
    QTest::newRow("partial text")
        << R"({"id":"r","appId":"a","status":"QUEUED","partial":"yes"})"_ba
        << u"reload.partial is a string, not a boolean"_s;
    QTest::newRow("bad time")
        << R"({"id":"r","appId":"a","status":"QUEUED","startTime":"yesterday"})"_ba
        << u"reload.startTime is not an ISO 8601 time: 'yesterday'"_s;
    QTest::newRow("time number") << R"({"id":"r","appId":"a","status":"QUEUED","endTime":5})"_ba
                                 << u"reload.endTime is a number, not a string"_s;
    QTest::newRow("log object") << R"({"id":"r","appId":"a","status":"QUEUED","log":{}})"_ba
                                << u"reload.log is an object, not a string"_s;
}

void TestCloudTypes::badReloads()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto parsed = CloudJson::parseReload(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
}

void TestCloudTypes::pages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: an error
    QTest::addColumn<QString>("next"); // with count -1: words of the error

    QTest::newRow("next absolute")
        << R"({"data":[{},{}],"links":{"self":{"href":"/x"},"next":{"href":"https://t/x?next=2"}}})"_ba
        << 2 << u"https://t/x?next=2"_s;
    QTest::newRow("next relative")
        << R"({"data":[{}],"links":{"next":{"href":"/api/v1/items?next=abc"}}})"_ba << 1
        << u"/api/v1/items?next=abc"_s;
    QTest::newRow("last") << R"({"data":[],"links":{"self":{"href":"/x"}}})"_ba << 0 << QString();
    QTest::newRow("next null") << R"({"data":[],"links":{"next":null}})"_ba << 0 << QString();
    QTest::newRow("no links") << R"({"data":[]})"_ba << 0 << QString();
    QTest::newRow("no data") << R"({"links":{}})"_ba << -1 << u"data is nothing, not an array"_s;
    QTest::newRow("data object") << R"({"data":{}})"_ba << -1 << u"data is an object"_s;
    QTest::newRow("links array") << R"({"data":[],"links":[]})"_ba << -1
                                 << u"links is an array, not an object"_s;
    QTest::newRow("href number") << R"({"data":[],"links":{"next":{"href":3}}})"_ba << -1
                                 << u"links.next.href is a number"_s;
}

void TestCloudTypes::pages()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, next);
    const auto page = CloudJson::parsePage(body);
    if (count < 0) {
        QVERIFY(!page.ok());
        QVERIFY2(page.error().contains(next), qPrintable(page.error()));
        return;
    }
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page.value().data.size(), count);
    QCOMPARE(page.value().next, next);
}

void TestCloudTypes::appItems()
{
    const QJsonObject item {
        {u"id"_s, u"item-1"_s},
        {u"name"_s, u"Sales"_s},
        {u"resourceId"_s, u"app-1"_s},
        {u"resourceType"_s, u"app"_s},
        {u"spaceId"_s, u"space-1"_s},
        {u"ownerId"_s, u"user-1"_s},
        {u"resourceAttributes"_s, QJsonObject {{u"lastReloadTime"_s, u"2024-05-01T09:30:00Z"_s}}}};
    const auto app = CloudJson::parseAppItem(item, u"data[0]"_s);
    QVERIFY2(app.ok(), qPrintable(app.error()));
    QVERIFY(app.value().has_value());
    QCOMPARE(app.value()->id, u"app-1"_s);
    QCOMPARE(app.value()->itemId, u"item-1"_s);
    QCOMPARE(app.value()->name, u"Sales"_s);
    QCOMPARE(app.value()->spaceId, u"space-1"_s);
    QCOMPARE(app.value()->ownerId, u"user-1"_s);
    QCOMPARE(app.value()->lastReloadTime, utc(9, 30, 0));

    QJsonObject personal = item;
    personal.remove(u"spaceId"_s);
    personal.remove(u"resourceAttributes"_s);
    const auto inPersonal = CloudJson::parseAppItem(personal, u"data[1]"_s);
    QVERIFY2(inPersonal.ok(), qPrintable(inPersonal.error()));
    QVERIFY(inPersonal.value()->spaceId.isEmpty());
    QVERIFY(!inPersonal.value()->lastReloadTime.isValid());

    QJsonObject sheet = item;
    sheet.insert(u"resourceType"_s, u"qvapp"_s);
    const auto other = CloudJson::parseAppItem(sheet, u"data[2]"_s);
    QVERIFY(other.ok());
    QVERIFY(!other.value().has_value());

    QJsonObject broken = item;
    broken.remove(u"resourceId"_s);
    const auto missing = CloudJson::parseAppItem(broken, u"data[3]"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error(), u"data[3].resourceId is missing or empty"_s);

    QJsonObject badTime = item;
    badTime.insert(u"resourceAttributes"_s, QJsonObject {{u"lastReloadTime"_s, true}});
    const auto wrongTime = CloudJson::parseAppItem(badTime, u"data[4]"_s);
    QVERIFY(!wrongTime.ok());
    QCOMPARE(wrongTime.error(),
             u"data[4].resourceAttributes.lastReloadTime is a boolean, not a string"_s);

    QVERIFY(!CloudJson::parseAppItem(QJsonValue(u"app"_s), u"data[5]"_s).ok());
}

void TestCloudTypes::spacesAndUsers()
{
    const auto space = CloudJson::parseSpace(
        QJsonObject {{u"id"_s, u"s1"_s}, {u"name"_s, u"Finance"_s}, {u"type"_s, u"managed"_s}},
        u"data[0]"_s);
    QVERIFY2(space.ok(), qPrintable(space.error()));
    QCOMPARE(space.value().name, u"Finance"_s);
    QCOMPARE(space.value().type, u"managed"_s);
    QVERIFY(!CloudJson::parseSpace(QJsonObject {{u"id"_s, u"s1"_s}}, u"data[0]"_s).ok());

    const auto user = CloudJson::parseUser(R"({"id":"u1","name":"Ann","tenantId":"t1"})");
    QVERIFY2(user.ok(), qPrintable(user.error()));
    QCOMPARE(user.value().name, u"Ann"_s);
    QCOMPARE(user.value().tenantId, u"t1"_s);
    QVERIFY(!CloudJson::parseUser(R"({"name":"Ann"})").ok());
}

void TestCloudTypes::errorsInWords()
{
    QCOMPARE(
        CloudReply::errorsText(
            R"({"errors":[{"code":"RELOADS-004","title":"App not found","detail":"No app x"}]})"),
        u"App not found — No app x (RELOADS-004)"_s);
    QCOMPARE(
        CloudReply::errorsText(
            R"({"errors":[{"code":"A","title":"T"},{"detail":"D"},{"title":"S","detail":"S"}]})"),
        u"T (A); D; S"_s);
    QCOMPARE(CloudReply::errorsText(
                 R"({"errors":[{"code":"1"},{"code":"2"},{"code":"3"},{"code":"4"}]})"),
             u"1; 2; 3; …"_s);
    QVERIFY(CloudReply::errorsText("<html>nope</html>").isEmpty());
    QVERIFY(CloudReply::errorsText(R"({"errors":"no"})").isEmpty());
    QVERIFY(CloudReply::errorsText(R"({"message":"other shape"})").isEmpty());
}

void TestCloudTypes::replyCheck_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QlikError::Category>("category");
    QTest::addColumn<QString>("message");

    const QByteArray errors =
        R"({"errors":[{"code":"RELOADS-004","title":"Bad app","detail":"No such app"}]})";
    QTest::newRow("400") << 400 << errors << QlikError::Category::BadRequest
                         << u"Qlik Cloud refused the reload: Bad app — No such app (RELOADS-004)"_s;
    QTest::newRow("401") << 401 << errors << QlikError::Category::Unauthenticated
                         << u"Qlik Cloud did not accept the sign-in for the reload: Bad app — No "
                            "such app (RELOADS-004). Check the key."_s;
    QTest::newRow("403") << 403 << errors << QlikError::Category::Forbidden
                         << u"Qlik Cloud refused the reload: Bad app — No such app (RELOADS-004)"_s;
    QTest::newRow("404") << 404 << errors << QlikError::Category::NotFound
                         << u"Qlik Cloud refused the reload: Bad app — No such app (RELOADS-004)"_s;
    QTest::newRow("500 text") << 500 << "database down"_ba << QlikError::Category::Server
                              << u"Qlik Cloud failed to carry out the reload: HTTP 500, "
                                 "database down"_s;
    QTest::newRow("503") << 503 << ""_ba << QlikError::Category::Transient
                         << u"Qlik Cloud is unavailable for now and did not carry out the reload: "
                            "HTTP 503"_s;
    QTest::newRow("302") << 302 << ""_ba << QlikError::Category::Unauthenticated
                         << u"127.0.0.1:8443 sent the reload on to another page (HTTP 302)"_s;
    QTest::newRow("html") << 200 << "<html><body>Log in</body></html>"_ba
                          << QlikError::Category::Unauthenticated << u"HTML page"_s;
}

void TestCloudTypes::replyCheck()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QlikError::Category, category);
    QFETCH(QString, message);
    QrsReply::Answer answer;
    answer.url = QUrl(u"https://127.0.0.1:8443/api/v1/reloads?secret=1"_s);
    answer.httpStatus = status;
    const auto error =
        CloudReply::check(answer, body, QrsReply::Expect::Json,
                          {u"the reload"_s, std::chrono::seconds(30), u"Check the key."_s});
    QVERIFY(error.has_value());
    QCOMPARE(error->category, category);
    QCOMPARE(error->httpStatus, status);
    QVERIFY2(error->message.startsWith(message) || error->message.contains(message),
             qPrintable(error->message));
    QVERIFY(!error->message.contains(u"secret=1"_s));

    answer.httpStatus = 201;
    QVERIFY(!CloudReply::check(answer, "{}", QrsReply::Expect::Json, {}).has_value());
}

QTEST_GUILESS_MAIN(TestCloudTypes)
#include "tst_cloudtypes.moc"
