// QlikCloudClient against a Qlik Cloud tenant of the test's own (CannedCloud with FakeTenant's
// routes), where every request is counted and timed on the server's side.
#include "cannedcloud.h"
#include "cloud/cloudclient.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Reply = CannedCloud::Reply;
using Request = CannedCloud::Request;

namespace {

constexpr auto ApiKey = "key-abc123";
constexpr auto ClientId = "client-1";
constexpr auto ClientSecret = "s3cret-Pa55word";

QString hexId(int n)
{
    return u"%1"_s.arg(n, 24, 16, QLatin1Char('0'));
}

/// The routes of a small tenant: sign-in (API key, OAuth client credentials), users/me, items and
/// spaces page by page, reloads (start, get, list with `filter=id eq …`, cancel), logs; and the
/// faults a test asks for.
class FakeTenant final
{
public:
    explicit FakeTenant(CannedCloud &server)
        : m_server(server)
    {
        server.setHandler([this](const Request &request) { return handle(request); });
    }

    int tokenLifetime = 3600;
    bool acceptIdFilter = true;
    int storm = 0; ///< the next this many API requests are answered 429
    QByteArray retryAfter = "1";
    int appCount = 3;
    QByteArray log = "Reload started\r\nLoading Sales\r\nReload finished\r\n";
    /// Asked first; nullopt lets the routes answer.
    std::function<std::optional<Reply>(const Request &)> override;

    QHash<QString, QJsonObject> reloads;
    int tokensIssued = 0;

    /// Every token issued so far is refused from now on ("token expired").
    void expireTokens() { m_validTokens.clear(); }
    [[nodiscard]] static QString appId(int n) { return u"app-%1"_s.arg(n); }
    QString addReload(const QString &app, const QString &status)
    {
        const QString id = hexId(int(reloads.size()) + 1);
        reloads.insert(id,
                       QJsonObject {{u"id"_s, id},
                                    {u"appId"_s, app},
                                    {u"status"_s, status},
                                    {u"partial"_s, false},
                                    {u"type"_s, u"external"_s},
                                    {u"creationTime"_s, u"2024-05-01T10:00:00.000Z"_s}});
        return id;
    }

private:
    Reply handle(const Request &request)
    {
        if (override) {
            if (std::optional<Reply> reply = override(request))
                return *reply;
        }
        if (request.path == "/oauth/token"_L1)
            return token(request);
        const bool byToken = m_validTokens.contains(request.authorization);
        if (request.authorization != "Bearer "_ba + ApiKey && !byToken)
            return Reply::errors(401, u"HTTP-401"_s, u"Unauthorized"_s, u"token expired"_s);
        if (storm > 0) {
            --storm;
            Reply reply = Reply::errors(
                429, u"HTTP-429"_s, u"API rate limit reached."_s,
                u"You need to wait %1 seconds"_s.arg(QString::fromLatin1(retryAfter)));
            reply.headers.append({"Retry-After", retryAfter});
            return reply;
        }
        const QString path = request.path;
        if (path == "/api/v1/users/me"_L1)
            return Reply::json({{u"id"_s, u"user-1"_s},
                                {u"name"_s, u"Service Account"_s},
                                {u"tenantId"_s, u"tenant-1"_s}});
        if (path == "/api/v1/items"_L1)
            return page(request, appItems());
        if (path == "/api/v1/spaces"_L1)
            return page(request,
                        {QJsonObject {{u"id"_s, u"space-a"_s}, {u"name"_s, u"Sales"_s}},
                         QJsonObject {{u"id"_s, u"space-b"_s}, {u"name"_s, u"HR"_s}}});
        if (path == "/api/v1/reloads"_L1 && request.method == "POST")
            return startReload(request);
        if (path == "/api/v1/reloads"_L1)
            return listReloads(request, byToken);
        static const QRegularExpression one(u"^/api/v1/reloads/([^/]+)(/actions/cancel)?$"_s);
        if (const auto match = one.match(path); match.hasMatch()) {
            if (!reloads.contains(match.captured(1)))
                return Reply::errors(404, u"RELOADS-001"_s, u"Not found"_s, u"No reload"_s);
            QJsonObject &reload = reloads[match.captured(1)];
            if (match.captured(2).isEmpty())
                return Reply::json(reload);
            if (isFinal(cloudReloadStatus(reload.value(u"status"_s).toString())))
                return Reply::errors(409, u"RELOADS-010"_s, u"Conflict"_s,
                                     u"The reload is not cancelable"_s);
            reload.insert(u"status"_s, u"CANCELING"_s);
            return Reply::json({{u"status"_s, u"CANCELING"_s}}, 202);
        }
        if (path.startsWith("/api/v1/apps/"_L1) && path.contains("/reloads/logs/"_L1))
            return Reply::text(log);
        return Reply::errors(404, u"HTTP-404"_s, u"Not found"_s, path);
    }

    Reply token(const Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(u"client_id"_s) != QLatin1StringView(ClientId) ||
            body.value(u"client_secret"_s) != QLatin1StringView(ClientSecret) ||
            body.value(u"grant_type"_s) != "client_credentials"_L1)
            // A careless server that repeats what it was sent.
            return Reply::errors(401, u"OAUTH-1"_s, u"invalid_client"_s,
                                 u"Client authentication failed for secret "_s +
                                     body.value(u"client_secret"_s).toString());
        const QByteArray token = "tok-" + QByteArray::number(++tokensIssued);
        m_validTokens.insert("Bearer " + token);
        return Reply::json({{u"access_token"_s, QString::fromLatin1(token)},
                            {u"token_type"_s, u"Bearer"_s},
                            {u"scope"_s, body.value(u"scope"_s)},
                            {u"expires_in"_s, tokenLifetime},
                            {u"expires_at"_s, u"2030-01-01T00:00:00.000Z"_s}});
    }

    QList<QJsonObject> appItems() const
    {
        QList<QJsonObject> items;
        for (int n = 1; n <= appCount; ++n) {
            QJsonObject item {{u"id"_s, u"item-%1"_s.arg(n)},
                              {u"name"_s, u"App %1"_s.arg(n)},
                              {u"resourceId"_s, appId(n)},
                              {u"resourceType"_s, u"app"_s},
                              {u"ownerId"_s, u"user-1"_s},
                              {u"resourceAttributes"_s,
                               QJsonObject {{u"lastReloadTime"_s, u"2024-04-30T22:00:00Z"_s}}}};
            if (n % 3 != 0) // every third app is in its owner's personal space
                item.insert(u"spaceId"_s, n % 3 == 1 ? u"space-a"_s : u"space-b"_s);
            items.append(item);
        }
        return items;
    }

    /// `limit` and `next` (an offset here) as Qlik pages; the next link is absolute on odd
    /// pages and relative on even ones.
    Reply page(const Request &request, const QList<QJsonObject> &all) const
    {
        const int limit = request.query.queryItemValue(u"limit"_s).toInt();
        const int first = request.query.queryItemValue(u"next"_s).toInt();
        QJsonArray data;
        for (int i = first; i < std::min<int>(int(all.size()), first + limit); ++i)
            data.append(all.at(i));
        QJsonObject links {{u"self"_s, QJsonObject {{u"href"_s, request.path}}}};
        if (first + limit < all.size()) {
            QUrlQuery query = request.query;
            query.removeAllQueryItems(u"next"_s);
            query.addQueryItem(u"next"_s, QString::number(first + limit));
            const QString relative = request.path + u'?' + query.toString(QUrl::FullyEncoded);
            const bool absolute = (first / std::max(1, limit)) % 2 == 0;
            links.insert(
                u"next"_s,
                QJsonObject {
                    {u"href"_s, absolute ? m_server.url().toString() + relative : relative}});
        }
        return Reply::json({{u"data"_s, data}, {u"links"_s, links}});
    }

    Reply startReload(const Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString app = body.value(u"appId"_s).toString();
        if (app == "app-bad"_L1)
            return Reply::errors(400, u"RELOADS-004"_s, u"Invalid request"_s,
                                 u"The app id is not valid"_s);
        QJsonObject reload = reloads.value(addReload(app, u"QUEUED"_s));
        reload.insert(u"partial"_s, body.value(u"partial"_s).toBool());
        reloads.insert(reload.value(u"id"_s).toString(), reload);
        return Reply::json(reload, 201);
    }

    Reply listReloads(const Request &request, bool admin) const
    {
        const QString filter = request.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded);
        const QString app = request.query.queryItemValue(u"appId"_s);
        if (!filter.isEmpty() && !acceptIdFilter)
            return Reply::errors(400, u"HTTP-400"_s, u"Bad request"_s,
                                 u"id is not a field that can be filtered on"_s);
        if (app.isEmpty() && !admin)
            return Reply::errors(400, u"RELOADS-002"_s, u"Bad request"_s, u"appId is required"_s);
        static const QRegularExpression term(u"id eq \"([^\"]+)\""_s);
        QSet<QString> ids;
        for (auto it = term.globalMatch(filter); it.hasNext();)
            ids.insert(it.next().captured(1));
        QJsonArray data;
        for (const QJsonObject &reload : reloads) {
            const QString id = reload.value(u"id"_s).toString();
            if ((ids.isEmpty() || ids.contains(id)) &&
                (app.isEmpty() || reload.value(u"appId"_s) == app))
                data.append(reload);
        }
        return Reply::json({{u"data"_s, data}, {u"links"_s, QJsonObject {}}});
    }

    CannedCloud &m_server;
    QSet<QByteArray> m_validTokens;
};

template<typename T> T argumentOf(const QSignalSpy &spy, int index = 1)
{
    return spy.constLast().at(index).value<T>();
}

} // namespace

class TestCloudClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void apiKeyGoesAsBearer();
    void oauthTokenFetchedOnceForManyRequests();
    void oauthTokenRenewedBeforeExpiry();
    void expiredTokenRenewedOnceAndResentOnce();
    void wrongOAuthClientIsClearAndKeepsTheSecret();
    void appsListedAcrossPagesWithSpaceNames();
    void nextPageOnAnotherServerIsNotFollowed();
    void startReturnsTheReload();
    void startIsSentOnceWhenTheAnswerIsLost();
    void manyReloadsInOneRequestWithOAuth();
    void reloadsGroupedByAppWithApiKey();
    void perReloadFallbackOn400IsSaidOnce();
    void cancelAcceptedAndAlreadyFinal();
    void logTextAndItsSizeBound();
    void errorsShapeInWords();
    void unusableAnswers_data();
    void unusableAnswers();
    void tlsIsVerified();
    void rateLimitStormIsWaitedOut();
    void rateLimitedSignInIsWaitedOut();
    void writesArePacedByTheirTier();

private:
    [[nodiscard]] std::unique_ptr<QlikCloudClient> apiKeyClient();
    [[nodiscard]] std::unique_ptr<QlikCloudClient>
    oauthClient(const QString &secret = QString::fromLatin1(ClientSecret));

    std::unique_ptr<CannedCloud> m_server;
    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestCloudClient::init()
{
    m_server = std::make_unique<CannedCloud>();
    m_tenant = std::make_unique<FakeTenant>(*m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestCloudClient::cleanup()
{
    m_network.reset();
    m_tenant.reset();
    m_server.reset();
}

std::unique_ptr<QlikCloudClient> TestCloudClient::apiKeyClient()
{
    return std::make_unique<QlikCloudClient>(*m_network, m_server->url(),
                                             CloudAuth::apiKey(QString::fromLatin1(ApiKey)));
}

std::unique_ptr<QlikCloudClient> TestCloudClient::oauthClient(const QString &secret)
{
    return std::make_unique<QlikCloudClient>(
        *m_network, m_server->url(), CloudAuth::oauthClient(QString::fromLatin1(ClientId), secret));
}

void TestCloudClient::apiKeyGoesAsBearer()
{
    auto cloud = apiKeyClient();
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    const auto id = cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.constFirst().at(0).value<QlikCloudClient::RequestId>(), id);
    QCOMPARE(argumentOf<CloudUser>(checked).name, u"Service Account"_s);
    QCOMPARE(argumentOf<CloudUser>(checked).tenantId, u"tenant-1"_s);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().authorization, "Bearer "_ba + ApiKey);
    QCOMPARE(m_server->requestsTo("POST", u"/oauth"_s).size(), 0);
}

void TestCloudClient::oauthTokenFetchedOnceForManyRequests()
{
    auto cloud = oauthClient();
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    for (int i = 0; i < 10; ++i)
        cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 10);
    const auto tokens = m_server->requestsTo("POST", u"/oauth/token"_s);
    QCOMPARE(tokens.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(tokens.constFirst().body).object();
    QCOMPARE(body.value(u"grant_type"_s).toString(), u"client_credentials"_s);
    QCOMPARE(body.value(u"scope"_s).toString(), u"admin_classic"_s);
    QCOMPARE(body.value(u"client_id"_s).toString(), QString::fromLatin1(ClientId));
    const auto calls = m_server->requestsTo("GET", u"/api/v1/users/me"_s);
    QCOMPARE(calls.size(), 10);
    for (const Request &call : calls)
        QCOMPARE(call.authorization, "Bearer tok-1"_ba);
}

void TestCloudClient::oauthTokenRenewedBeforeExpiry()
{
    auto cloud = oauthClient();
    QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    cloud->auth().setClock([&now] { return now; });
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(cloud->auth().tokenExpiry(), now.addSecs(3600));

    // 3,000 s of 3,600: still well within the token's life.
    now = now.addSecs(3000);
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(m_tenant->tokensIssued, 1);

    // Past 90 %: this request goes with the token at hand while a new one is fetched.
    QSignalSpy renewed(&cloud->auth(), &CloudAuth::tokenRenewed);
    now = now.addSecs(300);
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 3);
    QTRY_COMPARE(renewed.size(), 1);
    QCOMPARE(m_tenant->tokensIssued, 2);
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 4);
    const auto calls = m_server->requestsTo("GET", u"/api/v1/users/me"_s);
    QCOMPARE(calls.at(2).authorization, "Bearer tok-1"_ba);
    QCOMPARE(calls.at(3).authorization, "Bearer tok-2"_ba);
    for (const Request &call : calls)
        QCOMPARE(call.status, 200);

    // Long past its end: requests wait for a new token, then go with it.
    now = now.addSecs(10 * 3600);
    cloud->checkConnection();
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 6);
    QCOMPARE(m_tenant->tokensIssued, 3);
    QCOMPARE(m_server->requestsTo("GET", u"/api/v1/users/me"_s).constLast().authorization,
             "Bearer tok-3"_ba);
}

void TestCloudClient::expiredTokenRenewedOnceAndResentOnce()
{
    auto cloud = oauthClient();
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 1);

    m_tenant->expireTokens(); // the tenant ends the token early
    cloud->checkConnection();
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(m_tenant->tokensIssued, 2);
    auto calls = m_server->requestsTo("GET", u"/api/v1/users/me"_s);
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(1).status, 401);
    QCOMPARE(calls.at(2).authorization, "Bearer tok-2"_ba);

    // A tenant that refuses every token: one renewal, one resend, then the error.
    m_tenant->override = [](const Request &request) -> std::optional<Reply> {
        if (!request.path.startsWith("/api/"_L1))
            return std::nullopt;
        return Reply::errors(401, u"HTTP-401"_s, u"Unauthorized"_s, u"token expired"_s);
    };
    m_server->clearLog();
    cloud->checkConnection();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(m_server->requestsTo("GET", u"/api/v1/users/me"_s).size(), 2);
    QCOMPARE(m_server->requestsTo("POST", u"/oauth/token"_s).size(), 1);
    const auto error = argumentOf<QlikError>(failed);
    QCOMPARE(error.category, QlikError::Category::Unauthenticated);
    QVERIFY2(error.message.contains(u"did not accept the sign-in"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"token expired"_s), qPrintable(error.message));
}

void TestCloudClient::wrongOAuthClientIsClearAndKeepsTheSecret()
{
    const QString wrongSecret = u"wr0ng-S3cret-xyz"_s;
    auto cloud = oauthClient(wrongSecret);
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    cloud->checkConnection();
    cloud->listApps();
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(m_server->requestsTo("POST", u"/oauth/token"_s).size(), 1);
    QCOMPARE(m_server->requestsTo("GET", u"/api/"_s).size(), 0);
    for (const auto &call : failed) {
        const auto error = call.at(1).value<QlikError>();
        QCOMPARE(error.category, QlikError::Category::SignIn);
        QCOMPARE(error.httpStatus, 401);
        QVERIFY2(error.message.contains(u"did not accept OAuth client 'client-1'"_s),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(u"client id and secret"_s), qPrintable(error.message));
        QVERIFY2(!error.message.contains(wrongSecret), qPrintable(error.message));
    }
}

void TestCloudClient::appsListedAcrossPagesWithSpaceNames()
{
    m_tenant->appCount = 250;
    auto cloud = apiKeyClient();
    QSignalSpy listed(cloud.get(), &QlikCloudClient::appsListed);
    cloud->listApps();
    QTRY_COMPARE(listed.size(), 1);
    QTest::qWait(50); // nothing more comes
    QCOMPARE(listed.size(), 1);
    const auto apps = argumentOf<QList<CloudApp>>(listed);
    QCOMPARE(apps.size(), 250);
    const auto items = m_server->requestsTo("GET", u"/api/v1/items"_s);
    QCOMPARE(items.size(), 3);
    for (const Request &request : items)
        QCOMPARE(request.query.queryItemValue(u"resourceType"_s), u"app"_s);
    QCOMPARE(items.at(2).query.queryItemValue(u"next"_s), u"200"_s);
    QCOMPARE(apps.at(0).id, u"app-1"_s);
    QCOMPARE(apps.at(0).itemId, u"item-1"_s);
    QCOMPARE(apps.at(0).spaceName, u"Sales"_s);
    QCOMPARE(apps.at(1).spaceName, u"HR"_s);
    QVERIFY(apps.at(2).spaceId.isEmpty()); // personal
    QVERIFY(apps.at(2).spaceName.isEmpty());
    QCOMPARE(apps.at(249).name, u"App 250"_s);
    QCOMPARE(apps.at(0).lastReloadTime, QDateTime(QDate(2024, 4, 30), QTime(22, 0), Qt::UTC));
}

void TestCloudClient::nextPageOnAnotherServerIsNotFollowed()
{
    m_tenant->override = [](const Request &request) -> std::optional<Reply> {
        if (request.path != "/api/v1/items"_L1)
            return std::nullopt;
        return Reply::json({{u"data"_s, QJsonArray {}},
                            {u"links"_s,
                             QJsonObject {{u"next"_s,
                                           QJsonObject {{u"href"_s,
                                                         u"https://evil.example/api/v1/"
                                                         "items?next=2"_s}}}}}});
    };
    auto cloud = apiKeyClient();
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    cloud->listApps();
    QTRY_COMPARE(failed.size(), 1);
    const auto error = argumentOf<QlikError>(failed);
    QCOMPARE(error.category, QlikError::Category::Protocol);
    QVERIFY2(error.message.contains(u"evil.example"_s), qPrintable(error.message));
    QCOMPARE(m_server->requestsTo("GET", u"/api/v1/items"_s).size(), 1);
}

void TestCloudClient::startReturnsTheReload()
{
    auto cloud = apiKeyClient();
    QSignalSpy started(cloud.get(), &QlikCloudClient::reloadStarted);
    const auto id = cloud->startReload(u"app-1"_s, true, {{u"vRegion"_s, u"EMEA"_s}});
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().at(0).value<QlikCloudClient::RequestId>(), id);
    const auto reload = argumentOf<CloudReload>(started);
    QCOMPARE(reload.appId, u"app-1"_s);
    QCOMPARE(reload.status, CloudReloadStatus::Queued);
    QCOMPARE(reload.statusName, u"QUEUED"_s);
    QVERIFY(reload.partial);
    QCOMPARE(reload.type, u"external"_s);
    QCOMPARE(reload.creationTime, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!reload.startTime.isValid());
    const auto posts = m_server->requestsTo("POST", u"/api/v1/reloads"_s);
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(posts.constFirst().body).object();
    QCOMPARE(body.value(u"appId"_s).toString(), u"app-1"_s);
    QCOMPARE(body.value(u"partial"_s).toBool(), true);
    QCOMPARE(body.value(u"variables"_s).toObject().value(u"vRegion"_s).toString(), u"EMEA"_s);
}

void TestCloudClient::startIsSentOnceWhenTheAnswerIsLost()
{
    m_tenant->override = [this](const Request &request) -> std::optional<Reply> {
        if (request.path != "/api/v1/reloads"_L1 || request.method != "POST")
            return std::nullopt;
        Reply reply =
            Reply::json(m_tenant->reloads.value(m_tenant->addReload(u"app-1"_s, u"QUEUED"_s)), 201);
        reply.delivery = Reply::Delivery::CutInBody;
        return reply;
    };
    auto cloud = apiKeyClient();
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    cloud->startReload(u"app-1"_s);
    QTRY_COMPARE(failed.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->requestsTo("POST", u"/api/v1/reloads"_s).size(), 1);
    const auto error = argumentOf<QlikError>(failed);
    QCOMPARE(error.category, QlikError::Category::StartUnconfirmed);
    QVERIFY2(error.message.contains(u"may have started"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"cut"_s), qPrintable(error.message));
}

void TestCloudClient::manyReloadsInOneRequestWithOAuth()
{
    QStringList ids;
    for (int i = 0; i < 150; ++i)
        ids.append(m_tenant->addReload(FakeTenant::appId(1 + i % 3), u"RELOADING"_s));
    auto cloud = oauthClient();
    QSignalSpy fetched(cloud.get(), &QlikCloudClient::reloadsFetched);
    cloud->fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 1);
    const auto reloads = argumentOf<QList<CloudReload>>(fetched);
    QCOMPARE(reloads.size(), 150);
    for (qsizetype i = 0; i < reloads.size(); ++i)
        QCOMPARE(reloads.at(i).id, ids.at(i)); // in the order asked
    const auto lists = m_server->requestsTo("GET", u"/api/v1/reloads"_s);
    QCOMPARE(lists.size(), 2); // 100 and 50
    for (const Request &list : lists) {
        QCOMPARE(list.query.queryItemValue(u"log"_s), u"false"_s);
        QCOMPARE(list.query.queryItemValue(u"limit"_s), u"100"_s);
        QVERIFY(!list.query.hasQueryItem(u"appId"_s));
    }
    QVERIFY(lists.at(0)
                .query.queryItemValue(u"filter"_s, QUrl::FullyDecoded)
                .startsWith(u"id eq \"%1\" or id eq \""_s.arg(ids.at(0))));
}

void TestCloudClient::reloadsGroupedByAppWithApiKey()
{
    auto cloud = apiKeyClient();
    QSignalSpy started(cloud.get(), &QlikCloudClient::reloadStarted);
    QSignalSpy fetched(cloud.get(), &QlikCloudClient::reloadsFetched);
    for (int i = 0; i < 30; ++i)
        cloud->startReload(FakeTenant::appId(1 + i % 3));
    QTRY_COMPARE(started.size(), 30);
    QStringList ids;
    for (const auto &call : started)
        ids.append(call.at(1).value<CloudReload>().id);
    // One the client has not seen: asked alone.
    ids.append(m_tenant->addReload(FakeTenant::appId(1), u"SUCCEEDED"_s));
    m_server->clearLog();
    cloud->fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(argumentOf<QList<CloudReload>>(fetched).size(), 31);
    const auto lists = m_server->requestsTo("GET", u"/api/v1/reloads"_s);
    QCOMPARE(lists.size(), 4); // one per app, and the unknown one by its id
    QSet<QString> apps;
    for (const Request &list : lists) {
        if (list.path == "/api/v1/reloads"_L1)
            apps.insert(list.query.queryItemValue(u"appId"_s));
    }
    QCOMPARE(apps, (QSet<QString> {u"app-1"_s, u"app-2"_s, u"app-3"_s}));
    QCOMPARE(m_server->requestsTo("GET", u"/api/v1/reloads/"_s + ids.constLast()).size(), 1);
}

void TestCloudClient::perReloadFallbackOn400IsSaidOnce()
{
    m_tenant->acceptIdFilter = false;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(m_tenant->addReload(FakeTenant::appId(1), u"RELOADING"_s));
    ids.append(u"ffffffffffffffffffffffff"_s); // gone: left out, not an error
    auto cloud = oauthClient();
    QSignalSpy fetched(cloud.get(), &QlikCloudClient::reloadsFetched);
    QSignalSpy modeChanged(cloud.get(), &QlikCloudClient::pollModeChanged);
    cloud->fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(argumentOf<QList<CloudReload>>(fetched).size(), 5);
    QCOMPARE(modeChanged.size(), 1);
    const QString why = modeChanged.constFirst().at(0).toString();
    QVERIFY2(why.contains(u"one at a time"_s), qPrintable(why));
    QVERIFY2(why.contains(u"id is not a field that can be filtered on"_s), qPrintable(why));
    QCOMPARE(cloud->pollMode(), QlikCloudClient::PollMode::ByReload);
    QCOMPARE(m_server->requestsTo("GET", u"/api/v1/reloads"_s).size(), 1 + 6);

    m_server->clearLog();
    cloud->fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 2);
    QCOMPARE(modeChanged.size(), 1);
    const auto calls = m_server->requestsTo("GET", u"/api/v1/reloads"_s);
    QCOMPARE(calls.size(), 6);
    for (const Request &call : calls)
        QVERIFY(call.path.startsWith("/api/v1/reloads/"_L1));
}

void TestCloudClient::cancelAcceptedAndAlreadyFinal()
{
    const QString running = m_tenant->addReload(FakeTenant::appId(1), u"RELOADING"_s);
    const QString done = m_tenant->addReload(FakeTenant::appId(1), u"SUCCEEDED"_s);
    auto cloud = apiKeyClient();
    QSignalSpy cancelled(cloud.get(), &QlikCloudClient::cancelled);
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    const auto first = cloud->cancelReload(running);
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.at(0).at(0).value<QlikCloudClient::RequestId>(), first);
    QCOMPARE(cancelled.at(0).at(1).toBool(), false);
    QCOMPARE(m_tenant->reloads.value(running).value(u"status"_s).toString(), u"CANCELING"_s);
    const auto second = cloud->cancelReload(done);
    QTRY_COMPARE(cancelled.size(), 2);
    QCOMPARE(cancelled.at(1).at(0).value<QlikCloudClient::RequestId>(), second);
    QCOMPARE(cancelled.at(1).at(1).toBool(), true);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_server->requestsTo("POST", u"/api/v1/reloads/%1/actions/cancel"_s.arg(done)).size(),
             1);
}

void TestCloudClient::logTextAndItsSizeBound()
{
    auto cloud = apiKeyClient();
    QSignalSpy logs(cloud.get(), &QlikCloudClient::logFetched);
    cloud->fetchLog(u"app-1"_s, hexId(7));
    QTRY_COMPARE(logs.size(), 1);
    QCOMPARE(logs.constLast().at(1).toString(), QString::fromLatin1(m_tenant->log));
    QCOMPARE(m_server->requests().constLast().path,
             u"/api/v1/apps/app-1/reloads/logs/%1"_s.arg(hexId(7)));
    // An id is one segment of the path, whatever it holds (QUrl would resolve an unencoded one).
    cloud->fetchLog(u"app-1"_s, u"../../users"_s);
    QTRY_COMPARE(logs.size(), 2);
    QCOMPARE(m_server->requests().constLast().path,
             u"/api/v1/apps/app-1/reloads/logs/../../users"_s);

    // 6 MB of log: its last 4 MB are kept, under a line that says how much is not shown.
    QByteArray huge;
    for (int line = 0; huge.size() < 6 * 1024 * 1024; ++line)
        huge += "Line " + QByteArray::number(line) + " of a long script log\r\n";
    m_tenant->log = huge;
    cloud->fetchLog(u"app-1"_s, hexId(7));
    QTRY_COMPARE_WITH_TIMEOUT(logs.size(), 3, 20000);
    const QString text = logs.constLast().at(1).toString();
    QVERIFY2(text.startsWith(u"[… the first 2.0 MB of this log are not shown …]\r\nLine "_s),
             qPrintable(text.left(80)));
    QVERIFY(text.size() <= 4 * 1024 * 1024 + 100);
    QVERIFY(text.endsWith(QString::fromLatin1(huge.right(1000))));
}

void TestCloudClient::errorsShapeInWords()
{
    auto cloud = apiKeyClient();
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    cloud->startReload(u"app-bad"_s);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = argumentOf<QlikError>(failed);
    QCOMPARE(error.category, QlikError::Category::BadRequest);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.message,
             u"Qlik Cloud refused the reload: Invalid request — The app id is not valid "
             "(RELOADS-004)"_s);

    // A wrong key says what to check, and never shows the key.
    auto wrong = std::make_unique<QlikCloudClient>(*m_network, m_server->url(),
                                                   CloudAuth::apiKey(u"key-wrong-1234"_s));
    QSignalSpy refused(wrong.get(), &QlikCloudClient::failed);
    wrong->checkConnection();
    QTRY_COMPARE(refused.size(), 1);
    const auto denied = argumentOf<QlikError>(refused);
    QCOMPARE(denied.category, QlikError::Category::Unauthenticated);
    QVERIFY2(denied.message.contains(u"Check the API key"_s), qPrintable(denied.message));
    QVERIFY2(!denied.message.contains(u"key-wrong-1234"_s), qPrintable(denied.message));
}

void TestCloudClient::unusableAnswers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QlikError::Category>("category");
    QTest::addColumn<QString>("words");

    QTest::newRow("html login page") << u"html"_s << QlikError::Category::Unauthenticated
                                     << u"answered the connection check with an HTML page"_s;
    QTest::newRow("malformed json")
        << u"malformed"_s << QlikError::Category::Protocol
        << u"Qlik Cloud's answer to the connection check could not be read: the answer is not "
           "valid JSON"_s;
    QTest::newRow("silence") << u"silence"_s << QlikError::Category::Transient
                             << u"did not answer within 1 s"_s;
    QTest::newRow("closed mid-answer")
        << u"cut"_s << QlikError::Category::Transient << u"was cut after"_s;
}

void TestCloudClient::unusableAnswers()
{
    QFETCH(QString, fault);
    QFETCH(QlikError::Category, category);
    QFETCH(QString, words);
    m_tenant->override = [fault](const Request &) -> std::optional<Reply> {
        if (fault == "html"_L1)
            return Reply::text("<!DOCTYPE html><html><body>Sign in</body></html>", 200,
                               "text/html");
        if (fault == "malformed"_L1)
            return Reply::text("{\"id\": ", 200, {});
        if (fault == "silence"_L1)
            return Reply::silence();
        Reply reply = Reply::json({{u"id"_s, u"user-1"_s}, {u"name"_s, u"A long enough name"_s}});
        reply.delivery = Reply::Delivery::CutInBody;
        return reply;
    };
    auto cloud = apiKeyClient();
    cloud->setRequestTimeout(300ms);
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    cloud->checkConnection();
    QTRY_COMPARE(failed.size(), 1);
    const auto error = argumentOf<QlikError>(failed);
    QCOMPARE(error.category, category);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
}

void TestCloudClient::tlsIsVerified()
{
    SimProcess::Options options;
    options.tls = true;
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QlikCloudClient untrusting(*m_network, sim.serverUrl(), CloudAuth::apiKey(u"k"_s));
    QSignalSpy failed(&untrusting, &QlikCloudClient::failed);
    untrusting.checkConnection();
    QTRY_COMPARE(failed.size(), 1);
    const auto error = argumentOf<QlikError>(failed);
    QCOMPARE(error.category, QlikError::Category::Tls);
    QVERIFY2(error.message.contains(u"TLS handshake"_s), qPrintable(error.message));

    // With the test CA trusted the handshake succeeds (that repository has no cloud API).
    QNetworkAccessManager network;
    QlikCloudClient trusting(network, sim.serverUrl(), CloudAuth::apiKey(u"k"_s));
    trusting.addCaCertificates(QSslCertificate::fromPath(SimProcess::dataDir() + u"/tls/ca.pem"_s));
    QSignalSpy alsoFailed(&trusting, &QlikCloudClient::failed);
    trusting.checkConnection();
    QTRY_COMPARE(alsoFailed.size(), 1);
    QVERIFY(argumentOf<QlikError>(alsoFailed).category != QlikError::Category::Tls);
}

void TestCloudClient::rateLimitStormIsWaitedOut()
{
    m_tenant->storm = 12;
    m_tenant->retryAfter = "1";
    auto cloud = apiKeyClient();
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    QSignalSpy held(&cloud->rateLimitGate(), &RateLimitGate::held);
    for (int i = 0; i < 20; ++i)
        cloud->checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 20, 15000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(held.size() >= 2);
    QCOMPARE(held.constFirst().at(0).toBool(), true);
    QVERIFY2(held.constFirst().at(1).toString().contains(u"429"_s),
             qPrintable(held.constFirst().at(1).toString()));
    QTRY_COMPARE(held.constLast().at(0).toBool(), false);

    // On the server's clock: once a 429 was sent, only requests already on their way arrive
    // before its Retry-After has passed.
    const QList<Request> &log = m_server->requests();
    QCOMPARE(log.size(), 20 + 12);
    int refusals = 0;
    for (const Request &refused : log) {
        if (refused.status != 429)
            continue;
        ++refusals;
        int early = 0;
        for (const Request &other : log) {
            const qint64 after = other.arrivedMs - refused.answeredMs;
            if (after > 0 && after < 1000)
                ++early;
        }
        QVERIFY2(early < RateLimitGate::DefaultMaxInFlight,
                 qPrintable(u"%1 requests came within Retry-After of a 429"_s.arg(early)));
    }
    QCOMPARE(refusals, 12);
}

void TestCloudClient::rateLimitedSignInIsWaitedOut()
{
    bool refused = false;
    m_tenant->override = [&refused](const Request &request) -> std::optional<Reply> {
        if (request.path != "/oauth/token"_L1 || refused)
            return std::nullopt;
        refused = true;
        Reply reply = Reply::errors(429, u"HTTP-429"_s, u"API rate limit reached."_s, {});
        reply.headers.append({"Retry-After"_ba, "1"_ba});
        return reply;
    };
    auto cloud = oauthClient();
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    QSignalSpy held(&cloud->rateLimitGate(), &RateLimitGate::held);
    cloud->checkConnection();
    cloud->checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 10000);
    const auto tokens = m_server->requestsTo("POST", u"/oauth/token"_s);
    QCOMPARE(tokens.size(), 2);
    QVERIFY(tokens.at(1).arrivedMs - tokens.at(0).answeredMs >= 1000);
    for (const Request &call : m_server->requestsTo("GET", u"/api/"_s))
        QVERIFY(call.arrivedMs - tokens.at(0).answeredMs >= 1000);
    QVERIFY(!held.isEmpty());
}

void TestCloudClient::writesArePacedByTheirTier()
{
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids.append(m_tenant->addReload(FakeTenant::appId(1), u"RELOADING"_s));
    auto cloud = apiKeyClient();
    // A minute scaled down to 1 s, ten writes in it.
    cloud->rateLimitGate().setLimit(RateLimitGate::Tier::Write, 10, 1000ms);
    QSignalSpy cancelled(cloud.get(), &QlikCloudClient::cancelled);
    QSignalSpy held(&cloud->rateLimitGate(), &RateLimitGate::held);
    for (const QString &id : std::as_const(ids))
        cloud->cancelReload(id);
    QTRY_COMPARE(held.size(), 1);
    QVERIFY2(held.constFirst().at(1).toString().contains(u"at most 10 changes are sent a minute"_s),
             qPrintable(held.constFirst().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 12, 5000);
    const auto posts = m_server->requestsTo("POST", u"/api/v1/reloads/"_s);
    QCOMPARE(posts.size(), 12);
    const qint64 first = posts.constFirst().arrivedMs;
    for (int i = 0; i < 10; ++i)
        QVERIFY(posts.at(i).arrivedMs - first < 900);
    for (int i = 10; i < 12; ++i)
        QVERIFY2(posts.at(i).arrivedMs - first >= 950,
                 qPrintable(u"write %1 came %2 ms after the first"_s.arg(i).arg(
                     posts.at(i).arrivedMs - first)));
    QTRY_COMPARE(held.constLast().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestCloudClient)
#include "tst_cloudclient.moc"
