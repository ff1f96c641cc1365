// Drives qrs-sim --cloud with hand-built HTTP requests and checks it behaves like a Qlik Cloud
// tenant's REST API (OAuth and API key sign-in, spaces, items, reloads, rate limits, faults).

#include "simprocess.h"

#include <memory>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kApiKey = "test-api-key";
const QByteArray kBearer = "Bearer " + kApiKey; ///< the Authorization header with the API key
const QString kClient = u"test-client:test-secret"_s;

/// What came back for one request (of the headers, those the tests look at).
struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// A field of the first error in {"errors":[{"code","title","detail"}]}.
    [[nodiscard]] QString firstError(const QString &field) const
    {
        return json()[u"errors"_s][0][field].toString();
    }
};

bool isIsoTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
    return pattern.match(value.toString()).hasMatch();
}

using Query = QList<std::pair<QString, QString>>;

} // namespace

class TestCloudSim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void bearerIsRequired_data();
    void bearerIsRequired();
    void oauthTokenIsIssuedUsedAndExpired();
    void oauthRefusals_data();
    void oauthRefusals();
    void tokenLifetimeOption();
    void spacesArePaged();
    void itemsArePagedAndFiltered();
    void reloadSucceedsWithTimes();
    void reloadFailsWithErrorAndLog();
    void reloadExceedsLimit();
    void queueHoldsReloadsBeyondTheLimit();
    void cancelGoesThroughCanceling();
    void cancelOfQueuedReloadNeverStarts();
    void createValidation_data();
    void createValidation();
    void listFiltersSortsAndPages();
    void idFilterSwitch();
    void otherAnswerStyles();
    void burstCapAnswers429();
    void windowLimitsPerTierAndToken();
    void forcedRateLimit();
    void requestLogHasTimes();
    void faultsApply();
    void builtInCloudDemo();
    void badCloudScenarioExitsWith2_data();
    void badCloudScenarioExitsWith2();

private:
    /// A sim of its own with cloud-fast.json, --cloud and these arguments (started, or null).
    std::unique_ptr<SimProcess> startSim(const QStringList &arguments,
                                         const QString &scenario = u"cloud-fast.json"_s);
    QUrl api(const QString &path, const Query &query = {}, SimProcess *sim = nullptr) const;
    /// One request; \a authorization is the Authorization header (empty: none).
    Answer send(const QByteArray &method, const QUrl &url,
                const QByteArray &authorization = kBearer, const QByteArray &body = {},
                const QByteArray &contentType = "application/json");
    Answer get(const QString &path, const Query &query = {},
               const QByteArray &authorization = kBearer)
    {
        return send("GET", api(path, query), authorization);
    }
    /// Sends the request until it is refused (20 times at most); the refusal, and in *admitted
    /// how many got through before it.
    Answer sendUntilRefused(const QByteArray &method, const QUrl &url, int *admitted,
                            const QByteArray &body = {});
    /// The app (resource) id of an app of cloud-fast.json.
    QString appId(const QString &name);
    /// POST /api/v1/reloads for the app; the created reload (empty on failure).
    QJsonObject startReload(const QString &appName, const QJsonObject &extra = {});
    QString status(const QString &reloadId);
    /// "Bearer <a new access token of the test client>".
    QByteArray oauthToken(SimProcess *sim = nullptr);
    /// Follows links.next from \a url to the end; the ids of every page's data, page by page.
    QList<QStringList> followPages(const QUrl &url);

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_appIds;
};

std::unique_ptr<SimProcess> TestCloudSim::startSim(const QStringList &arguments,
                                                   const QString &scenario)
{
    auto sim = std::make_unique<SimProcess>(SimProcess::Options {
        scenario.isEmpty() ? QString() : SimProcess::scenarioPath(scenario), false,
        QStringList {u"--cloud"_s, u"--api-key"_s, QString::fromLatin1(kApiKey),
                     u"--oauth-client"_s, kClient} +
            arguments});
    if (!sim->start()) {
        qWarning() << sim->errorString();
        return nullptr;
    }
    return sim;
}

void TestCloudSim::initTestCase()
{
    m_sim = startSim({});
    QVERIFY(m_sim);
}

void TestCloudSim::init()
{
    QVERIFY(m_sim->forgetSessions()); // no reloads, no rate counts
    QVERIFY(m_sim->setFaults(0, 0, 0));
}

void TestCloudSim::cleanupTestCase()
{
    m_sim.reset();
}

QUrl TestCloudSim::api(const QString &path, const Query &query, SimProcess *sim) const
{
    QUrl url = (sim ? sim : m_sim.get())->serverUrl();
    url.setPath(path);
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(urlQuery);
    return url;
}

Answer TestCloudSim::send(const QByteArray &method, const QUrl &url,
                          const QByteArray &authorization, const QByteArray &body,
                          const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (method == "POST")
        request.setRawHeader("Content-Type", contentType);
    const std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 15000);
    return {reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), reply->rawHeader("Content-Type"), reply->rawHeader("Retry-After")};
}

Answer TestCloudSim::sendUntilRefused(const QByteArray &method, const QUrl &url, int *admitted,
                                      const QByteArray &body)
{
    *admitted = 0;
    Answer answer = send(method, url, kBearer, body);
    while (answer.status != 429 && *admitted < 20) {
        ++*admitted;
        answer = send(method, url, kBearer, body);
    }
    return answer;
}

QString TestCloudSim::appId(const QString &name)
{
    if (!m_appIds.contains(name)) {
        const Answer answer =
            get(u"/api/v1/items"_s, {{u"resourceType"_s, u"app"_s}, {u"name"_s, name}});
        m_appIds.insert(name, answer.json()[u"data"_s][0][u"resourceId"_s].toString());
    }
    return m_appIds.value(name);
}

QJsonObject TestCloudSim::startReload(const QString &appName, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"appId"_s, appId(appName));
    const Answer answer = send("POST", api(u"/api/v1/reloads"_s), kBearer,
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (answer.status != 201)
        qWarning() << "reload of" << appName << "failed:" << answer.status << answer.body;
    return answer.status == 201 ? answer.json() : QJsonObject();
}

QString TestCloudSim::status(const QString &reloadId)
{
    return get(u"/api/v1/reloads/"_s + reloadId).json()[u"status"_s].toString();
}

QByteArray TestCloudSim::oauthToken(SimProcess *sim)
{
    const QJsonObject body {{u"client_id"_s, u"test-client"_s},
                            {u"client_secret"_s, u"test-secret"_s},
                            {u"grant_type"_s, u"client_credentials"_s},
                            {u"scope"_s, u"admin_classic"_s}};
    const Answer answer = send("POST", api(u"/oauth/token"_s, {}, sim), {},
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
    return "Bearer " + answer.json()[u"access_token"_s].toString().toLatin1();
}

QList<QStringList> TestCloudSim::followPages(const QUrl &url)
{
    QList<QStringList> pages;
    QUrl next = url;
    while (next.isValid() && pages.size() < 50) {
        const Answer answer = send("GET", next);
        if (answer.status != 200) {
            qWarning() << "page" << next << "answered" << answer.status << answer.body;
            return {};
        }
        QStringList ids;
        for (const QJsonValue &entry : answer.json()[u"data"_s].toArray())
            ids.append(entry[u"id"_s].toString());
        pages.append(ids);
        next = QUrl(answer.json()[u"links"_s][u"next"_s][u"href"_s].toString());
    }
    return pages;
}

void TestCloudSim::bearerIsRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("none") << QByteArray() << 401 << u"missing Authorization: Bearer header"_s;
    QTest::newRow("basic") << QByteArray("Basic dGVzdDp0ZXN0") << 401
                           << u"missing Authorization: Bearer header"_s;
    QTest::newRow("wrong key") << QByteArray("Bearer not-the-key") << 401
                               << u"invalid API key or access token"_s;
    QTest::newRow("api key") << kBearer << 200 << QString();
}

void TestCloudSim::bearerIsRequired()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const Answer answer = get(u"/api/v1/users/me"_s, {}, authorization);
    QCOMPARE(answer.status, status);
    if (status == 401) {
        QCOMPARE(answer.firstError(u"code"_s), u"HTTP-401"_s);
        QCOMPARE(answer.firstError(u"title"_s), u"Unauthorized"_s);
        QCOMPARE(answer.firstError(u"detail"_s), detail);
        return;
    }
    const QJsonObject me = answer.json();
    QCOMPARE(me[u"name"_s].toString(), u"Test Developer"_s);
    QCOMPARE(me[u"tenantId"_s].toString(), u"cloud-fast-tenant"_s);
    QCOMPARE(me[u"id"_s].toString().size(), 24);
}

void TestCloudSim::oauthTokenIsIssuedUsedAndExpired()
{
    const QJsonObject body {{u"client_id"_s, u"test-client"_s},
                            {u"client_secret"_s, u"test-secret"_s},
                            {u"grant_type"_s, u"client_credentials"_s},
                            {u"scope"_s, u"admin_classic"_s}};
    const Answer issued = send("POST", api(u"/oauth/token"_s), {}, QJsonDocument(body).toJson());
    QCOMPARE(issued.status, 200);
    const QJsonObject token = issued.json();
    QCOMPARE(token[u"token_type"_s].toString(), u"Bearer"_s);
    QCOMPARE(token[u"scope"_s].toString(), u"admin_classic"_s);
    QCOMPARE(token[u"expires_in"_s].toInt(), 21600);
    QVERIFY(isIsoTime(token[u"expires_at"_s]));
    const QDateTime expiresAt =
        QDateTime::fromString(token[u"expires_at"_s].toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiresAt) - 21600) < 60);
    const QByteArray accessToken = token[u"access_token"_s].toString().toLatin1();
    QVERIFY(accessToken.size() >= 32);
    const QByteArray bearer = "Bearer " + accessToken;

    const Answer me = get(u"/api/v1/users/me"_s, {}, bearer);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json()[u"name"_s].toString(), u"OAuth client test-client"_s);

    // The same request form-encoded gets another token.
    const Answer form =
        send("POST", api(u"/oauth/token"_s), {},
             "client_id=test-client&client_secret=test-secret&grant_type=client_credentials",
             "application/x-www-form-urlencoded");
    QCOMPARE(form.status, 200);
    QVERIFY(form.json()[u"access_token"_s].toString().toLatin1() != accessToken);

    const Answer expire = send("POST", api(u"/__sim/cloud/expire-tokens"_s), {});
    QCOMPARE(expire.status, 204);
    const Answer expired = get(u"/api/v1/users/me"_s, {}, bearer);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.firstError(u"detail"_s), u"token expired"_s);
    QCOMPARE(get(u"/api/v1/users/me"_s).status, 200); // the API key does not expire
    QCOMPARE(get(u"/api/v1/users/me"_s, {}, oauthToken()).status, 200); // a new token works
}

void TestCloudSim::oauthRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::newRow("wrong secret") << QByteArray(
                                         R"({"client_id":"test-client","client_secret":"nope",)"
                                         R"("grant_type":"client_credentials"})")
                                  << 401 << u"OAUTH-1"_s << u"invalid_client"_s;
    QTest::newRow("unknown client")
        << QByteArray(R"({"client_id":"other","client_secret":"test-secret",)"
                      R"("grant_type":"client_credentials"})")
        << 401 << u"OAUTH-1"_s << u"invalid_client"_s;
    QTest::newRow("grant") << QByteArray(
                                  R"({"client_id":"test-client","client_secret":"test-secret",)"
                                  R"("grant_type":"password"})")
                           << 400 << u"OAUTH-3"_s << u"unsupported_grant_type"_s;
    QTest::newRow("empty") << QByteArray() << 400 << u"OAUTH-2"_s << u"invalid_request"_s;
}

void TestCloudSim::oauthRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, title);
    const Answer answer = send("POST", api(u"/oauth/token"_s), {}, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.firstError(u"code"_s), code);
    QCOMPARE(answer.firstError(u"title"_s), title);
}

void TestCloudSim::tokenLifetimeOption()
{
    const auto sim = startSim({u"--token-lifetime"_s, u"1"_s});
    QVERIFY(sim);
    const QByteArray token = oauthToken(sim.get());
    QVERIFY(!token.isEmpty());
    QCOMPARE(send("GET", api(u"/api/v1/users/me"_s, {}, sim.get()), token).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        send("GET", api(u"/api/v1/users/me"_s, {}, sim.get()), token).firstError(u"detail"_s),
        u"token expired"_s, 5000);
}

void TestCloudSim::spacesArePaged()
{
    const QList<QStringList> pages = followPages(api(u"/api/v1/spaces"_s, {{u"limit"_s, u"2"_s}}));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).size(), 2);
    QCOMPARE(pages.at(1).size(), 1);
    const QSet<QString> ids {pages.at(0).at(0), pages.at(0).at(1), pages.at(1).at(0)};
    QCOMPARE(ids.size(), 3);

    const QJsonObject first = get(u"/api/v1/spaces"_s).json();
    QCOMPARE(first[u"data"_s].toArray().size(), 3); // default limit 10
    QVERIFY(!first[u"links"_s].toObject().contains(u"next"_s));
    QVERIFY(first[u"links"_s][u"self"_s][u"href"_s].toString().endsWith(u"/api/v1/spaces"_s));
    const QJsonObject finance = first[u"data"_s][0].toObject();
    QCOMPARE(finance[u"name"_s].toString(), u"Finance"_s);
    QCOMPARE(finance[u"type"_s].toString(), u"shared"_s);
    QCOMPARE(first[u"data"_s][1][u"type"_s].toString(), u"managed"_s);

    // The second page links back to the first.
    const Answer second = send("GET",
                               QUrl(get(u"/api/v1/spaces"_s, {{u"limit"_s, u"2"_s}})
                                        .json()[u"links"_s][u"next"_s][u"href"_s]
                                        .toString()));
    const QUrl prev(second.json()[u"links"_s][u"prev"_s][u"href"_s].toString());
    QVERIFY(prev.isValid());
    QCOMPARE(send("GET", prev).json()[u"data"_s].toArray().size(), 2);

    for (const QString &limit : {u"0"_s, u"101"_s, u"x"_s}) {
        const Answer bad = get(u"/api/v1/spaces"_s, {{u"limit"_s, limit}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.firstError(u"code"_s), u"HTTP-400"_s);
    }
    QCOMPARE(get(u"/api/v1/spaces"_s, {{u"next"_s, u"bm9wZQ"_s}}).status, 400);
}

void TestCloudSim::itemsArePagedAndFiltered()
{
    const QList<QStringList> pages =
        followPages(api(u"/api/v1/items"_s, {{u"resourceType"_s, u"app"_s}, {u"limit"_s, u"5"_s}}));
    QCOMPARE(pages.size(), 3);
    QStringList all = pages.at(0) + pages.at(1) + pages.at(2);
    QCOMPARE(all.size(), 15);
    all.removeDuplicates();
    QCOMPARE(all.size(), 15);

    const QString financeId = get(u"/api/v1/spaces"_s, {{u"name"_s, u"Finance"_s}})
                                  .json()[u"data"_s][0][u"id"_s]
                                  .toString();
    const QJsonArray finance =
        get(u"/api/v1/items"_s, {{u"resourceType"_s, u"app"_s}, {u"spaceId"_s, financeId}})
            .json()[u"data"_s]
            .toArray();
    QCOMPARE(finance.size(), 4);

    const QJsonObject item =
        get(u"/api/v1/items"_s, {{u"resourceType"_s, u"app"_s}, {u"name"_s, u"fast fail"_s}})
            .json()[u"data"_s][0]
            .toObject();
    QCOMPARE(item[u"name"_s].toString(), u"Fast Fail"_s);
    QCOMPARE(item[u"resourceType"_s].toString(), u"app"_s);
    QCOMPARE(item[u"id"_s].toString().size(), 24);
    QVERIFY(!QUuid(item[u"resourceId"_s].toString()).isNull());
    QVERIFY(item[u"resourceId"_s] != item[u"id"_s]);
    QCOMPARE(item[u"resourceAttributes"_s][u"name"_s].toString(), u"Fast Fail"_s);
    QCOMPARE(item[u"spaceId"_s].toString().size(), 24);
    QCOMPARE(item[u"ownerId"_s].toString().size(), 24);

    const QJsonObject personal =
        get(u"/api/v1/items"_s, {{u"name"_s, u"Personal App"_s}}).json()[u"data"_s][0].toObject();
    QVERIFY(!personal.contains(u"spaceId"_s));
    QCOMPARE(get(u"/api/v1/items"_s, {{u"resourceType"_s, u"dataset"_s}})
                 .json()[u"data"_s]
                 .toArray()
                 .size(),
             0);
}

void TestCloudSim::reloadSucceedsWithTimes()
{
    const QJsonObject created =
        startReload(u"Slow Success"_s,
                    {{u"variables"_s, QJsonObject {{u"vRegion"_s, u"EMEA"_s}}}, {u"weight"_s, 5}});
    QVERIFY(!created.isEmpty());
    const QString id = created[u"id"_s].toString();
    QCOMPARE(id.size(), 24);
    QCOMPARE(created[u"appId"_s].toString(), appId(u"Slow Success"_s));
    QCOMPARE(created[u"tenantId"_s].toString(), u"cloud-fast-tenant"_s);
    QCOMPARE(created[u"userId"_s].toString(),
             get(u"/api/v1/users/me"_s).json()[u"id"_s].toString());
    QCOMPARE(created[u"type"_s].toString(), u"external"_s);
    QCOMPARE(created[u"partial"_s].toBool(true), false);
    QCOMPARE(created[u"weight"_s].toInt(), 5);
    QVERIFY(isIsoTime(created[u"creationTime"_s]));
    QVERIFY(
        created[u"links"_s][u"self"_s][u"href"_s].toString().endsWith(u"/api/v1/reloads/"_s + id));
    QVERIFY(!created.contains(u"endTime"_s));
    QVERIFY(!created.contains(u"engineTime"_s));
    QVERIFY(!created.contains(u"errorCode"_s));
    QVERIFY(!created.contains(u"log"_s));
    QCOMPARE(created[u"status"_s].toString(), u"RELOADING"_s); // a slot was free
    QCOMPARE(created[u"startTime"_s], created[u"creationTime"_s]);

    QCOMPARE(status(id), u"RELOADING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"SUCCEEDED"_s, 6000);
    const QJsonObject done = get(u"/api/v1/reloads/"_s + id).json();
    QVERIFY(isIsoTime(done[u"startTime"_s]));
    QVERIFY(isIsoTime(done[u"endTime"_s]));
    QVERIFY(isIsoTime(done[u"engineTime"_s]));
    const auto time = [&](const QString &key) {
        return QDateTime::fromString(done[key].toString(), Qt::ISODateWithMs);
    };
    QCOMPARE(time(u"startTime"_s).msecsTo(time(u"endTime"_s)), 2000);
    QVERIFY(!done.contains(u"errorCode"_s));
    QVERIFY(!done.contains(u"errorMessage"_s));
    const QString log = done[u"log"_s].toString();
    QVERIFY2(log.contains(u"Variable vRegion = EMEA"_s), qPrintable(log));
    QVERIFY2(log.contains(u"Execution finished."_s), qPrintable(log));

    // The app's item shows the sim's reload as its last one.
    const QJsonObject item =
        get(u"/api/v1/items"_s, {{u"name"_s, u"Slow Success"_s}}).json()[u"data"_s][0].toObject();
    QCOMPARE(item[u"resourceAttributes"_s][u"lastReloadTime"_s], done[u"endTime"_s]);
}

void TestCloudSim::reloadFailsWithErrorAndLog()
{
    const QString app = appId(u"Fast Fail"_s);
    const QString id = startReload(u"Fast Fail"_s)[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    const QString logPath = u"/api/v1/apps/%1/reloads/logs/%2"_s.arg(app, id);
    const Answer early = get(logPath);
    QCOMPARE(early.status, 404); // not ended yet
    QCOMPARE(early.firstError(u"code"_s), u"RELOADS-010"_s);

    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"FAILED"_s, 5000);
    const QJsonObject failed = get(u"/api/v1/reloads/"_s + id).json();
    QCOMPARE(failed[u"errorCode"_s].toString(), u"RELOAD-SCRIPT-ERROR"_s);
    QCOMPARE(failed[u"errorMessage"_s].toString(), u"Field 'CostCenter' not found"_s);
    QVERIFY(isIsoTime(failed[u"endTime"_s]));
    QVERIFY(!failed.contains(u"engineTime"_s));

    const Answer log = get(logPath);
    QCOMPARE(log.status, 200);
    QVERIFY(log.contentType.startsWith("text/plain"));
    const QString text = QString::fromUtf8(log.body);
    QVERIFY2(text.contains(u"LEFT JOIN (Facts) LOAD CostCenter, Region RESIDENT CostCenters;"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"The following error occurred:"_s));
    QVERIFY(text.contains(u"Field 'CostCenter' not found"_s));
    QCOMPARE(failed[u"log"_s].toString(), text);

    const Answer otherApp =
        get(u"/api/v1/apps/%1/reloads/logs/%2"_s.arg(appId(u"Fast Success"_s), id));
    QCOMPARE(otherApp.status, 404);
    QCOMPARE(otherApp.firstError(u"code"_s), u"RELOADS-005"_s);
    const Answer unknownApp = get(u"/api/v1/apps/nope/reloads/logs/"_s + id);
    QCOMPARE(unknownApp.status, 404);
    QCOMPARE(unknownApp.firstError(u"code"_s), u"RELOADS-004"_s);
    const Answer unknown = get(u"/api/v1/reloads/0123456789abcdef01234567"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.firstError(u"code"_s), u"RELOADS-005"_s);
    QCOMPARE(unknown.firstError(u"title"_s), u"Not Found"_s);
    QVERIFY(!unknown.firstError(u"detail"_s).isEmpty());
    const Answer route = get(u"/api/v1/nothing"_s);
    QCOMPARE(route.status, 404);
    QCOMPARE(route.firstError(u"code"_s), u"HTTP-404"_s);
}

void TestCloudSim::reloadExceedsLimit()
{
    const QString id = startReload(u"Over Limit"_s)[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"EXCEEDED_LIMIT"_s, 5000);
    const QJsonObject reload = get(u"/api/v1/reloads/"_s + id).json();
    QCOMPARE(reload[u"errorCode"_s].toString(), u"RELOAD-EXCEEDED-LIMIT"_s); // the default
    QCOMPARE(reload[u"errorMessage"_s].toString(), u"The reload exceeded the app memory limit"_s);
    QVERIFY(reload[u"log"_s].toString().contains(u"The reload exceeded the app memory limit"_s));
}

void TestCloudSim::queueHoldsReloadsBeyondTheLimit()
{
    // --max-concurrent-reloads is 4 (the default): the 5th and 6th wait their turn.
    const QStringList apps {u"Queue A"_s, u"Queue B"_s, u"Queue C"_s,
                            u"Queue D"_s, u"Queue E"_s, u"Queue F"_s};
    QStringList ids;
    QStringList createdStatuses;
    for (const QString &app : apps) {
        const QJsonObject created = startReload(app);
        ids.append(created[u"id"_s].toString());
        createdStatuses.append(created[u"status"_s].toString());
    }
    QCOMPARE(createdStatuses,
             (QStringList {u"RELOADING"_s, u"RELOADING"_s, u"RELOADING"_s, u"RELOADING"_s,
                           u"QUEUED"_s, u"QUEUED"_s}));
    QStringList now;
    for (const QString &id : std::as_const(ids))
        now.append(status(id));
    QCOMPARE(now.count(u"RELOADING"_s), 4);
    QCOMPARE(now.mid(4), (QStringList {u"QUEUED"_s, u"QUEUED"_s}));
    const QJsonObject queued = get(u"/api/v1/reloads/"_s + ids.at(4)).json();
    QVERIFY(!queued.contains(u"startTime"_s));

    const auto allEnded = [&] {
        return std::all_of(ids.cbegin(), ids.cend(),
                           [&](const QString &id) { return status(id) == "SUCCEEDED"_L1; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allEnded(), 10000);
    QList<QJsonObject> reloads;
    for (const QString &id : std::as_const(ids))
        reloads.append(get(u"/api/v1/reloads/"_s + id).json());
    // At most four ran at any moment, by the reloads' own times (asking one status after
    // another would see a slot change hands between two questions).
    QList<std::pair<QString, int>> edges; // time, +1 start / -1 end; ends first at a tie
    for (const QJsonObject &reload : std::as_const(reloads)) {
        edges.append({reload[u"startTime"_s].toString(), 1});
        edges.append({reload[u"endTime"_s].toString(), -1});
    }
    std::sort(edges.begin(), edges.end());
    int reloading = 0;
    int mostReloading = 0;
    for (const auto &[at, change] : std::as_const(edges))
        mostReloading = std::max(mostReloading, reloading += change);
    QCOMPARE(mostReloading, 4);

    // FIFO: the 5th took the slot the 1st freed, the 6th the 2nd's.
    QCOMPARE(reloads.at(4)[u"startTime"_s], reloads.at(0)[u"endTime"_s]);
    QCOMPARE(reloads.at(5)[u"startTime"_s], reloads.at(1)[u"endTime"_s]);
    QVERIFY(reloads.at(4)[u"creationTime"_s].toString() < reloads.at(4)[u"startTime"_s].toString());
}

void TestCloudSim::cancelGoesThroughCanceling()
{
    const QString id = startReload(u"Long Running"_s)[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    const QUrl cancelUrl = api(u"/api/v1/reloads/%1/actions/cancel"_s.arg(id));
    const Answer canceling = send("POST", cancelUrl);
    QCOMPARE(canceling.status, 202);
    QCOMPARE(canceling.json(), (QJsonObject {{u"status"_s, u"CANCELING"_s}}));
    QCOMPARE(status(id), u"CANCELING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"CANCELED"_s, 5000);
    const QJsonObject canceled = get(u"/api/v1/reloads/"_s + id).json();
    QVERIFY(isIsoTime(canceled[u"endTime"_s]));
    QVERIFY(!canceled.contains(u"errorCode"_s));

    const Answer again = send("POST", cancelUrl);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.firstError(u"code"_s), u"RELOADS-006"_s);
    const Answer unknown =
        send("POST", api(u"/api/v1/reloads/0123456789abcdef01234567/actions/cancel"_s));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.firstError(u"code"_s), u"RELOADS-005"_s);
}

void TestCloudSim::cancelOfQueuedReloadNeverStarts()
{
    QStringList running;
    for (int i = 0; i < 4; ++i)
        running.append(startReload(u"Long Running"_s)[u"id"_s].toString());
    const QJsonObject queued = startReload(u"Fast Success"_s);
    QCOMPARE(queued[u"status"_s].toString(), u"QUEUED"_s);
    const QString id = queued[u"id"_s].toString();
    QCOMPARE(send("POST", api(u"/api/v1/reloads/%1/actions/cancel"_s.arg(id))).status, 202);
    QCOMPARE(status(id), u"CANCELING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"CANCELED"_s, 5000);
    QVERIFY(!get(u"/api/v1/reloads/"_s + id).json().contains(u"startTime"_s));
    for (const QString &other : std::as_const(running)) {
        QCOMPARE(status(other), u"RELOADING"_s);
        QCOMPARE(send("POST", api(u"/api/v1/reloads/%1/actions/cancel"_s.arg(other))).status, 202);
    }
}

void TestCloudSim::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString app = appId(u"Fast Success"_s);
    const auto withApp = [&](QJsonObject object) {
        object.insert(u"appId"_s, app);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    QJsonObject twenty;
    for (int i = 0; i < 20; ++i)
        twenty.insert(u"v%1"_s.arg(i), u"x"_s);
    QJsonObject twentyOne = twenty;
    twentyOne.insert(u"v20"_s, u"x"_s);
    QTest::newRow("not json") << QByteArray("appId=1") << 400 << u"RELOADS-001"_s;
    QTest::newRow("no appId") << QByteArray("{}") << 400 << u"RELOADS-001"_s;
    QTest::newRow("unknown app") << QByteArray(R"({"appId":"nope"})") << 404 << u"RELOADS-004"_s;
    QTest::newRow("partial text") << withApp({{u"partial"_s, u"yes"_s}}) << 400 << u"RELOADS-001"_s;
    QTest::newRow("weight 0") << withApp({{u"weight"_s, 0}}) << 400 << u"RELOADS-001"_s;
    QTest::newRow("weight 11") << withApp({{u"weight"_s, 11}}) << 400 << u"RELOADS-001"_s;
    QTest::newRow("weight 10") << withApp({{u"weight"_s, 10}}) << 201 << QString();
    QTest::newRow("20 variables") << withApp({{u"variables"_s, twenty}}) << 201 << QString();
    QTest::newRow("21 variables") << withApp({{u"variables"_s, twentyOne}}) << 400
                                  << u"RELOADS-007"_s;
    QTest::newRow("256 chars") << withApp({{u"variables"_s,
                                            QJsonObject {{u"v"_s, QString(256, u'a')}}}})
                               << 201 << QString();
    QTest::newRow("257 chars") << withApp({{u"variables"_s,
                                            QJsonObject {{u"v"_s, QString(257, u'a')}}}})
                               << 400 << u"RELOADS-008"_s;
    QTest::newRow("number value") << withApp({{u"variables"_s, QJsonObject {{u"v"_s, 1}}}}) << 400
                                  << u"RELOADS-001"_s;
}

void TestCloudSim::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Answer answer = send("POST", api(u"/api/v1/reloads"_s), kBearer, body);
    QCOMPARE(answer.status, status);
    if (status == 201)
        return;
    QCOMPARE(answer.firstError(u"code"_s), code);
    QVERIFY(!answer.firstError(u"title"_s).isEmpty());
    QVERIFY(!answer.firstError(u"detail"_s).isEmpty());
}

void TestCloudSim::listFiltersSortsAndPages()
{
    const QString fast = appId(u"Fast Success"_s);
    QStringList ids; // creation order
    for (int i = 0; i < 3; ++i)
        ids.append(startReload(u"Fast Success"_s)[u"id"_s].toString());
    ids.append(startReload(u"Fast Success"_s, {{u"partial"_s, true}})[u"id"_s].toString());
    const QString failed = startReload(u"Fast Fail"_s)[u"id"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(status(failed), u"FAILED"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(status(ids.last()), u"SUCCEEDED"_s, 5000);

    // An API key needs appId; an OAuth client (a tenant admin) does not.
    const Answer noApp = get(u"/api/v1/reloads"_s);
    QCOMPARE(noApp.status, 400);
    QCOMPARE(noApp.firstError(u"code"_s), u"RELOADS-002"_s);
    const QByteArray admin = oauthToken();
    QCOMPARE(get(u"/api/v1/reloads"_s, {}, admin).json()[u"data"_s].toArray().size(), 5);

    const auto listed = [&](const Query &query, const QByteArray &token = kBearer) {
        QStringList found;
        for (const QJsonValue &entry :
             get(u"/api/v1/reloads"_s, query, token).json()[u"data"_s].toArray())
            found.append(entry[u"id"_s].toString());
        return found;
    };
    const QStringList newestFirst {ids.at(3), ids.at(2), ids.at(1), ids.at(0)};
    QCOMPARE(listed({{u"appId"_s, fast}}), newestFirst);
    QCOMPARE(listed({{u"appId"_s, fast}, {u"sort"_s, u"+creationTime"_s}}), ids);
    QCOMPARE(listed({{u"appId"_s, fast}, {u"partial"_s, u"true"_s}}), QStringList {ids.at(3)});
    QCOMPARE(listed({{u"appId"_s, fast}, {u"filter"_s, u"partial eq true"_s}}),
             QStringList {ids.at(3)});
    QCOMPARE(listed({{u"filter"_s, u"status eq \"FAILED\""_s}}, admin), QStringList {failed});
    QCOMPARE(
        listed({{u"filter"_s, u"status eq \"FAILED\" or status eq \"SUCCEEDED\""_s}}, admin).size(),
        5);
    QCOMPARE(
        listed({{u"filter"_s, u"status eq \"SUCCEEDED\" and partial eq false"_s}}, admin).size(),
        3);
    QCOMPARE(listed({{u"appId"_s, fast}, {u"filter"_s, u"id eq \"%1\""_s.arg(ids.at(1))}}),
             QStringList {ids.at(1)});
    QCOMPARE(listed({{u"appId"_s, fast}, {u"filter"_s, u"status eq \"QUEUED\""_s}}),
             QStringList {});

    // log=false leaves the log out; without log= it is there.
    const QJsonObject withLog = get(u"/api/v1/reloads"_s, {{u"appId"_s, fast}}).json();
    QVERIFY(withLog[u"data"_s][0].toObject().contains(u"log"_s));
    const QJsonObject noLog =
        get(u"/api/v1/reloads"_s, {{u"appId"_s, fast}, {u"log"_s, u"false"_s}}).json();
    for (const QJsonValue &entry : noLog[u"data"_s].toArray())
        QVERIFY(!entry.toObject().contains(u"log"_s));

    // Paging keeps the query, and the pages add up.
    const QList<QStringList> pages =
        followPages(api(u"/api/v1/reloads"_s, {{u"appId"_s, fast}, {u"limit"_s, u"3"_s}}));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0) + pages.at(1), newestFirst);
    QCOMPARE(get(u"/api/v1/reloads"_s, {{u"appId"_s, fast}, {u"limit"_s, u"4"_s}})
                 .json()[u"links"_s]
                 .toObject()
                 .contains(u"next"_s),
             false);

    const std::pair<Query, QString> bad[] = {
        {{{u"appId"_s, fast}, {u"limit"_s, u"0"_s}}, u"RELOADS-002"_s},
        {{{u"appId"_s, fast}, {u"limit"_s, u"101"_s}}, u"RELOADS-002"_s},
        {{{u"appId"_s, fast}, {u"log"_s, u"maybe"_s}}, u"RELOADS-002"_s},
        {{{u"appId"_s, fast}, {u"sort"_s, u"name"_s}}, u"RELOADS-002"_s},
        {{{u"appId"_s, fast}, {u"filter"_s, u"status eq"_s}}, u"RELOADS-003"_s},
        {{{u"appId"_s, fast}, {u"filter"_s, u"status ne \"QUEUED\""_s}}, u"RELOADS-003"_s},
        {{{u"appId"_s, fast}, {u"filter"_s, u"name eq \"x\""_s}}, u"RELOADS-003"_s},
        {{{u"appId"_s, fast}, {u"filter"_s, u"status eq \"QUEUED"_s}}, u"RELOADS-003"_s},
    };
    for (const auto &[query, code] : bad) {
        const Answer answer = get(u"/api/v1/reloads"_s, query);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.firstError(u"code"_s), code);
    }
}

void TestCloudSim::idFilterSwitch()
{
    const auto sim = startSim({u"--cloud-filter-ids"_s, u"off"_s});
    QVERIFY(sim);
    const QByteArray admin = oauthToken(sim.get());
    const Answer byId =
        send("GET",
             api(u"/api/v1/reloads"_s, {{u"filter"_s, u"id eq \"0123456789abcdef01234567\""_s}},
                 sim.get()),
             admin);
    QCOMPARE(byId.status, 400);
    QCOMPARE(byId.firstError(u"code"_s), u"RELOADS-003"_s);
    const Answer byStatus = send(
        "GET", api(u"/api/v1/reloads"_s, {{u"filter"_s, u"status eq \"QUEUED\""_s}}, sim.get()),
        admin);
    QCOMPARE(byStatus.status, 200);
}

void TestCloudSim::otherAnswerStyles()
{
    // ⚠ switches: empty strings for unset fields, no log by default, 204 for a cancel.
    const auto sim =
        startSim({u"--cloud-unset-fields"_s, u"empty"_s, u"--cloud-log-default"_s, u"omit"_s,
                  u"--cloud-cancel-status"_s, u"204"_s, u"--max-concurrent-reloads"_s, u"1"_s});
    QVERIFY(sim);
    const QString app =
        send("GET", api(u"/api/v1/items"_s, {{u"name"_s, u"Long Running"_s}}, sim.get()))
            .json()[u"data"_s][0][u"resourceId"_s]
            .toString();
    const QByteArray body = QJsonDocument(QJsonObject {{u"appId"_s, app}}).toJson();
    const QJsonObject first =
        send("POST", api(u"/api/v1/reloads"_s, {}, sim.get()), kBearer, body).json();
    const QJsonObject second =
        send("POST", api(u"/api/v1/reloads"_s, {}, sim.get()), kBearer, body).json();
    QCOMPARE(first[u"status"_s].toString(), u"RELOADING"_s);
    QCOMPARE(second[u"status"_s].toString(), u"QUEUED"_s); // one at a time
    QCOMPARE(second[u"startTime"_s].toString(u"absent"_s), QString());
    QCOMPARE(second[u"endTime"_s].toString(u"absent"_s), QString());
    QCOMPARE(second[u"errorCode"_s].toString(u"absent"_s), QString());
    QCOMPARE(second[u"log"_s].toString(u"absent"_s), QString());
    const QJsonObject listed =
        send("GET", api(u"/api/v1/reloads"_s, {{u"appId"_s, app}}, sim.get())).json();
    QVERIFY(!listed[u"data"_s][0].toObject().contains(u"log"_s));
    const Answer cancel = send(
        "POST",
        api(u"/api/v1/reloads/%1/actions/cancel"_s.arg(first[u"id"_s].toString()), {}, sim.get()));
    QCOMPARE(cancel.status, 204);
    QVERIFY(cancel.body.isEmpty());
}

void TestCloudSim::burstCapAnswers429()
{
    const auto sim = startSim({u"--rate-burst"_s, u"3"_s});
    QVERIFY(sim);
    const QUrl me = api(u"/api/v1/users/me"_s, {}, sim.get());
    int admitted = 0;
    const Answer limited = sendUntilRefused("GET", me, &admitted);
    QCOMPARE(admitted, 3);
    QCOMPARE(limited.retryAfter, QByteArray("1"));
    QCOMPARE(limited.firstError(u"code"_s), u"HTTP-429"_s);
    QCOMPARE(limited.firstError(u"title"_s), u"API rate limit reached."_s);
    QVERIFY(limited.firstError(u"detail"_s).startsWith(u"You need to wait 1 seconds"_s));
    // Another token has its own count.
    QCOMPARE(send("GET", me, oauthToken(sim.get())).status, 200);

    // A client that waits Retry-After gets through, and the log shows it waited.
    QElapsedTimer waited;
    waited.start();
    QTRY_VERIFY_WITH_TIMEOUT(waited.elapsed() >= 1000, 3000);
    QCOMPARE(send("GET", me).status, 200);
    const QJsonArray log = sim->requestLog();
    qint64 refusedAt = -1;
    qint64 nextAt = -1;
    for (const QJsonValue &entry : log) {
        if (entry[u"path"_s] != u"/api/v1/users/me"_s)
            continue;
        if (entry[u"status"_s].toInt() == 429 && refusedAt < 0)
            refusedAt = entry[u"atMs"_s].toInteger();
        else if (refusedAt >= 0 && entry[u"status"_s].toInt() == 200)
            nextAt = entry[u"atMs"_s].toInteger(); // the last one: the one after waiting
    }
    QVERIFY(refusedAt >= 0);
    QVERIFY2(nextAt - refusedAt >= 1000, qPrintable(u"%1 → %2"_s.arg(refusedAt).arg(nextAt)));
}

void TestCloudSim::windowLimitsPerTierAndToken()
{
    // 1 a minute: 5 in the 5-minute window, then 429 until the oldest leaves it (~300 s).
    const auto sim = startSim({u"--tier1-per-minute"_s, u"1"_s, u"--reloads-per-minute"_s, u"1"_s,
                               u"--tier2-per-minute"_s, u"1"_s});
    QVERIFY(sim);
    const QUrl me = api(u"/api/v1/users/me"_s, {}, sim.get());
    int admitted = 0;
    const Answer limited = sendUntilRefused("GET", me, &admitted);
    QCOMPARE(admitted, 5);
    const int retryAfter = limited.retryAfter.toInt();
    QVERIFY2(retryAfter > 290 && retryAfter <= 300, limited.retryAfter.constData());

    // The reloads POST is a tier of its own (the special 50/min one).
    const QByteArray body = QJsonDocument(QJsonObject {{u"appId"_s, u"nope"_s}}).toJson();
    const QUrl reloads = api(u"/api/v1/reloads"_s, {}, sim.get());
    QCOMPARE(sendUntilRefused("POST", reloads, &admitted, body).status, 429);
    QCOMPARE(admitted, 5); // (each answered 404: the app does not exist)
    // Cancel is tier 2, counted apart from both.
    const QUrl cancel = api(u"/api/v1/reloads/x/actions/cancel"_s, {}, sim.get());
    QCOMPARE(sendUntilRefused("POST", cancel, &admitted).status, 429);
    QCOMPARE(admitted, 5);
    // Another token has a window of its own.
    QCOMPARE(send("GET", me, oauthToken(sim.get())).status, 200);
}

void TestCloudSim::forcedRateLimit()
{
    const QUrl control = api(u"/__sim/cloud/ratelimit"_s);
    QCOMPARE(send("POST", control, {}, "{\"retryAfter\":0,\"count\":1}").status, 400);
    QCOMPARE(send("POST", control, {}, "{\"retryAfter\":7,\"count\":2}").status, 204);
    const Answer first = get(u"/api/v1/users/me"_s);
    QCOMPARE(first.status, 429);
    QCOMPARE(first.retryAfter, QByteArray("7"));
    QVERIFY(first.firstError(u"detail"_s).startsWith(u"You need to wait 7 seconds"_s));
    QCOMPARE(send("POST", api(u"/oauth/token"_s), {}, "{}").status, 429); // any route
    QCOMPARE(get(u"/api/v1/users/me"_s).status, 200);
}

void TestCloudSim::requestLogHasTimes()
{
    QVERIFY(m_sim->clearRequestLog());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(get(u"/api/v1/spaces"_s, {{u"limit"_s, u"1"_s}}).status, 200);
    QCOMPARE(get(u"/api/v1/users/me"_s, {}, "wrong").status, 401);
    const QJsonArray log = m_sim->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0)[u"method"_s].toString(), u"GET"_s);
    QCOMPARE(log.at(0)[u"path"_s].toString(), u"/api/v1/spaces"_s);
    QCOMPARE(log.at(0)[u"query"_s].toString(), u"limit=1"_s);
    QCOMPARE(log.at(0)[u"status"_s].toInt(), 200);
    QCOMPARE(log.at(1)[u"status"_s].toInt(), 401);
    QVERIFY(log.at(0)[u"atMs"_s].toInteger() <= log.at(1)[u"atMs"_s].toInteger());
    QVERIFY(qAbs(log.at(0)[u"atEpochMs"_s].toInteger() - before) < 5000);
}

void TestCloudSim::faultsApply()
{
    // failEvery: every Nth reload poll answers 503 in the errors shape.
    QVERIFY(m_sim->setFaults(QJsonObject {{u"failEvery"_s, 2}}));
    const QString fast = appId(u"Fast Success"_s);
    QCOMPARE(get(u"/api/v1/reloads"_s, {{u"appId"_s, fast}}).status, 200);
    const Answer unavailable = get(u"/api/v1/reloads"_s, {{u"appId"_s, fast}});
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.firstError(u"code"_s), u"HTTP-503"_s);
    QVERIFY(m_sim->setFaults(0, 0, 0));

    // latency
    QVERIFY(m_sim->setFaults(0, 300, 0));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(u"/api/v1/users/me"_s).status, 200);
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY(m_sim->setFaults(0, 0, 0));

    // drop: the connection breaks in the middle of the answer.
    QVERIFY(m_sim->setFaults(0, 0, 1));
    QVERIFY(get(u"/api/v1/users/me"_s).error != QNetworkReply::NoError);
    QVERIFY(m_sim->setFaults(0, 0, 0));

    // reset after start: the reload is created, the client hears nothing.
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 1}}));
    const Answer reset = send("POST", api(u"/api/v1/reloads"_s), kBearer,
                              QJsonDocument(QJsonObject {{u"appId"_s, fast}}).toJson());
    QVERIFY(reset.error != QNetworkReply::NoError);
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 0}}));
    QVERIFY(!get(u"/api/v1/reloads"_s, {{u"appId"_s, fast}}).json()[u"data"_s].toArray().isEmpty());

    // body faults match cloud paths.
    QVERIFY(m_sim->setFaults(QJsonObject {
        {u"body"_s, QJsonObject {{u"mode"_s, u"cut"_s}, {u"route"_s, u"/spaces"_s}}}}));
    QVERIFY(get(u"/api/v1/spaces"_s).error != QNetworkReply::NoError);
    QCOMPARE(get(u"/api/v1/users/me"_s).status, 200);
    QVERIFY(m_sim->setFaults(QJsonObject {{u"body"_s, QJsonValue::Null}}));
}

void TestCloudSim::builtInCloudDemo()
{
    const auto sim = startSim({}, QString());
    QVERIFY(sim);
    QCOMPARE(sim->baseUrl().path(), QString()); // no virtual proxy prefix in the cloud mode
    const QJsonArray spaces =
        send("GET", api(u"/api/v1/spaces"_s, {}, sim.get())).json()[u"data"_s].toArray();
    QCOMPARE(spaces.size(), 3);
    const QJsonObject items =
        send("GET", api(u"/api/v1/items"_s, {{u"limit"_s, u"100"_s}}, sim.get())).json();
    QCOMPARE(items[u"data"_s].toArray().size(), 13);
}

void TestCloudSim::badCloudScenarioExitsWith2_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << u"JSON error"_s;
    QTest::newRow("unknown space")
        << QByteArray(R"({"apps":[{"name":"A","space":"Nope"}]})") << u"unknown space"_s;
    QTest::newRow("outcome") << QByteArray(R"({"apps":[{"name":"A","outcome":"QUEUED"}]})")
                             << u"outcome"_s;
    QTest::newRow("space type") << QByteArray(R"({"spaces":[{"name":"S","type":"data"}]})")
                                << u"type"_s;
    QTest::newRow("duration") << QByteArray(R"({"apps":[{"name":"A","durationMs":-1}]})")
                              << u"durationMs"_s;
}

void TestCloudSim::badCloudScenarioExitsWith2()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QProcess process;
    process.start(QStringLiteral(QRS_SIM_EXECUTABLE),
                  {u"--cloud"_s, u"--scenario"_s, file.fileName()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.contains(message) && error.contains(u"bad.json"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCloudSim)
#include "tst_cloudsim.moc"
