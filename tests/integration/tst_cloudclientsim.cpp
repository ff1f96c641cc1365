// QlikCloudClient against `qrs-sim --cloud` (tests/data/scenarios/cloud-fast.json): whole reloads
// from start to end, a failure and its log, cancel, a token that expires in the middle, 429s and
// a wrong key, as a tenant would give them.
#include "cloud/cloudclient.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ApiKey = u"sim-key-0123456789"_s;
const QString ClientId = u"runner"_s;
const QString ClientSecret = u"runner-secret-42"_s;

/// Polls one reload (one fetchReloads() at a time) while QTRY_* asks whether it has ended.
class Follower final
{
public:
    Follower(QlikCloudClient &cloud, QString reloadId)
        : m_cloud(cloud)
        , m_reloadId(std::move(reloadId))
        , m_fetched(&cloud, &QlikCloudClient::reloadsFetched)
        , m_failed(&cloud, &QlikCloudClient::failed)
    { }

    /// True once the reload is final; asks again whenever the last answer came.
    bool ended()
    {
        if (m_asked > m_fetched.size() + m_failed.size())
            return false;
        if (!m_fetched.isEmpty()) {
            const auto reloads = m_fetched.constLast().at(1).value<QList<CloudReload>>();
            if (reloads.size() == 1) {
                m_last = reloads.constFirst();
                m_statuses.insert(m_last.status);
                if (m_last.isFinal())
                    return true;
            }
        }
        m_cloud.fetchReloads({m_reloadId});
        ++m_asked;
        return false;
    }
    [[nodiscard]] const CloudReload &last() const { return m_last; }
    [[nodiscard]] const QSet<CloudReloadStatus> &statuses() const { return m_statuses; }
    [[nodiscard]] qsizetype failures() const { return m_failed.size(); }

private:
    QlikCloudClient &m_cloud;
    QString m_reloadId;
    QSignalSpy m_fetched;
    QSignalSpy m_failed;
    CloudReload m_last;
    QSet<CloudReloadStatus> m_statuses;
    qsizetype m_asked = 0;
};

} // namespace

class TestCloudClientSim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void appsWithTheirSpaces();
    void startAndFollowToSucceeded();
    void failedWithItsLog();
    void cancelThenAlreadyFinal();
    void manyReloadsInOnePoll();
    void tenantWithoutIdFilter();
    void tokenExpiresInTheMiddle();
    void rateLimitIsWaitedOut();
    void wrongKeyIsSaid();

private:
    [[nodiscard]] std::unique_ptr<QlikCloudClient> client(bool oauth);
    /// The app of that name, as the sim lists it.
    [[nodiscard]] QString appId(QlikCloudClient &cloud, const QString &name);
    [[nodiscard]] CloudReload start(QlikCloudClient &cloud, const QString &appName);

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_appIds;
};

void TestCloudClientSim::initTestCase()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"cloud-fast.json"_s);
    options.extraArgs = {u"--cloud"_s, u"--api-key"_s, ApiKey, u"--oauth-client"_s,
                         ClientId + u':' + ClientSecret};
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestCloudClientSim::init()
{
    QVERIFY(m_sim->clearRequestLog());
}

std::unique_ptr<QlikCloudClient> TestCloudClientSim::client(bool oauth)
{
    return std::make_unique<QlikCloudClient>(m_network, m_sim->serverUrl(),
                                             oauth ? CloudAuth::oauthClient(ClientId, ClientSecret)
                                                   : CloudAuth::apiKey(ApiKey));
}

QString TestCloudClientSim::appId(QlikCloudClient &cloud, const QString &name)
{
    if (m_appIds.isEmpty()) {
        QSignalSpy listed(&cloud, &QlikCloudClient::appsListed);
        cloud.listApps();
        if (!listed.wait(10000))
            return {};
        for (const CloudApp &app : listed.constFirst().at(1).value<QList<CloudApp>>())
            m_appIds.insert(app.name, app.id);
    }
    return m_appIds.value(name);
}

CloudReload TestCloudClientSim::start(QlikCloudClient &cloud, const QString &appName)
{
    QSignalSpy started(&cloud, &QlikCloudClient::reloadStarted);
    cloud.startReload(appId(cloud, appName));
    if (!started.wait(10000))
        return {};
    return started.constFirst().at(1).value<CloudReload>();
}

void TestCloudClientSim::appsWithTheirSpaces()
{
    auto cloud = client(false);
    QSignalSpy listed(cloud.get(), &QlikCloudClient::appsListed);
    cloud->listApps();
    QTRY_COMPARE(listed.size(), 1);
    const auto apps = listed.constFirst().at(1).value<QList<CloudApp>>();
    QCOMPARE(apps.size(), 15);
    QHash<QString, CloudApp> byName;
    for (const CloudApp &app : apps)
        byName.insert(app.name, app);
    QCOMPARE(byName.value(u"Fast Fail"_s).spaceName, u"Sales"_s);
    QCOMPARE(byName.value(u"Queue A"_s).spaceName, u"Scratch"_s);
    QVERIFY(byName.value(u"Personal App"_s).spaceId.isEmpty());
    QVERIFY(!byName.value(u"Fast Success"_s).id.isEmpty());
    QVERIFY(!byName.value(u"Fast Success"_s).itemId.isEmpty());
}

void TestCloudClientSim::startAndFollowToSucceeded()
{
    auto cloud = client(true);
    const CloudReload started = start(*cloud, u"Fast Success"_s);
    QVERIFY(!started.id.isEmpty());
    QCOMPARE(started.appId, appId(*cloud, u"Fast Success"_s));
    QVERIFY(!started.isFinal());
    Follower follower(*cloud, started.id);
    QTRY_VERIFY_WITH_TIMEOUT(follower.ended(), 15000);
    QCOMPARE(follower.failures(), 0);
    const CloudReload &done = follower.last();
    QCOMPARE(done.status, CloudReloadStatus::Succeeded);
    QVERIFY(done.startTime.isValid());
    QVERIFY(done.endTime >= done.startTime);
    QVERIFY(!done.log.has_value()); // polls ask without the log

    QSignalSpy logs(cloud.get(), &QlikCloudClient::logFetched);
    cloud->fetchLog(done.appId, done.id);
    QTRY_COMPARE(logs.size(), 1);
    QVERIFY2(logs.constFirst().at(1).toString().contains(u"Lines fetched: 1"_s),
             qPrintable(logs.constFirst().at(1).toString()));
}

void TestCloudClientSim::failedWithItsLog()
{
    auto cloud = client(false);
    const CloudReload started = start(*cloud, u"Fast Fail"_s);
    QVERIFY(!started.id.isEmpty());
    Follower follower(*cloud, started.id);
    QTRY_VERIFY_WITH_TIMEOUT(follower.ended(), 15000);
    const CloudReload &done = follower.last();
    QCOMPARE(done.status, CloudReloadStatus::Failed);
    QCOMPARE(done.errorCode, u"RELOAD-SCRIPT-ERROR"_s);
    QCOMPARE(done.errorMessage, u"Field 'CostCenter' not found"_s);
    QCOMPARE(done.displayStatus(), u"Failed"_s);

    QSignalSpy logs(cloud.get(), &QlikCloudClient::logFetched);
    cloud->fetchLog(done.appId, done.id);
    QTRY_COMPARE(logs.size(), 1);
    const QString log = logs.constFirst().at(1).toString();
    QVERIFY2(log.contains(u"Field 'CostCenter' not found"_s), qPrintable(log));
    QVERIFY2(log.contains(u"LEFT JOIN (Facts)"_s), qPrintable(log));
}

void TestCloudClientSim::cancelThenAlreadyFinal()
{
    auto cloud = client(false);
    const CloudReload started = start(*cloud, u"Long Running"_s);
    QVERIFY(!started.id.isEmpty());
    QSignalSpy cancelled(cloud.get(), &QlikCloudClient::cancelled);
    cloud->cancelReload(started.id);
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.constFirst().at(1).toBool(), false);
    Follower follower(*cloud, started.id);
    QTRY_VERIFY_WITH_TIMEOUT(follower.ended(), 15000);
    QCOMPARE(follower.last().status, CloudReloadStatus::Canceled);

    cloud->cancelReload(started.id);
    QTRY_COMPARE(cancelled.size(), 2);
    QCOMPARE(cancelled.constLast().at(1).toBool(), true);
}

void TestCloudClientSim::manyReloadsInOnePoll()
{
    auto cloud = client(true);
    QStringList ids;
    for (const QString &name :
         {u"Queue A"_s, u"Queue B"_s, u"Queue C"_s, u"Queue D"_s, u"Queue E"_s, u"Queue F"_s}) {
        const CloudReload reload = start(*cloud, name);
        QVERIFY(!reload.id.isEmpty());
        ids.append(reload.id);
    }
    QVERIFY(m_sim->clearRequestLog());
    QSignalSpy fetched(cloud.get(), &QlikCloudClient::reloadsFetched);
    cloud->fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 1);
    const auto reloads = fetched.constFirst().at(1).value<QList<CloudReload>>();
    QCOMPARE(reloads.size(), 6);
    QSet<CloudReloadStatus> statuses;
    for (const CloudReload &reload : reloads)
        statuses.insert(reload.status);
    QVERIFY(statuses.contains(CloudReloadStatus::Queued)); // four run at once in this tenant
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/api/v1/reloads"_s), 1);
}

void TestCloudClientSim::tenantWithoutIdFilter()
{
    // As qlik.dev documents the filter (status, partial, type): `id` is refused with 400.
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"cloud-fast.json"_s);
    options.extraArgs = {u"--cloud"_s, u"--api-key"_s, ApiKey, u"--cloud-filter-ids"_s, u"off"_s};
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QlikCloudClient cloud(m_network, sim.serverUrl(), CloudAuth::apiKey(ApiKey));
    QStringList ids;
    for (const QString &name : {u"Fast Success"_s, u"Medium Success"_s, u"Fast Fail"_s}) {
        const CloudReload reload = start(cloud, name);
        QVERIFY(!reload.id.isEmpty());
        ids.append(reload.id);
    }
    QSignalSpy fetched(&cloud, &QlikCloudClient::reloadsFetched);
    QSignalSpy modeChanged(&cloud, &QlikCloudClient::pollModeChanged);
    cloud.fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(fetched.constFirst().at(1).value<QList<CloudReload>>().size(), 3);
    QCOMPARE(modeChanged.size(), 1);
    QVERIFY2(modeChanged.constFirst().at(0).toString().contains(u"RELOADS-003"_s),
             qPrintable(modeChanged.constFirst().at(0).toString()));
    cloud.fetchReloads(ids);
    QTRY_COMPARE(fetched.size(), 2);
    QCOMPARE(modeChanged.size(), 1);
    // Three lists by app (refused), then three reloads by id, twice.
    QCOMPARE(sim.requestCount(u"GET"_s, u"/api/v1/reloads/"_s), 6);
    QCOMPARE(sim.requestCount(u"GET"_s, u"/api/v1/reloads"_s), 3 + 6);
}

void TestCloudClientSim::tokenExpiresInTheMiddle()
{
    auto cloud = client(true);
    const CloudReload started = start(*cloud, u"Medium Success"_s);
    QVERIFY(!started.id.isEmpty());
    QVERIFY(m_sim->expireCloudTokens());
    Follower follower(*cloud, started.id);
    QTRY_VERIFY_WITH_TIMEOUT(follower.ended(), 15000);
    QCOMPARE(follower.failures(), 0);
    QCOMPARE(follower.last().status, CloudReloadStatus::Succeeded);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/oauth/token"_s), 2); // the first, then one more
    int refused = 0;
    for (const QJsonValue &entry : m_sim->requestLog())
        refused += entry.toObject().value(u"status"_s).toInt() == 401 ? 1 : 0;
    QCOMPARE(refused, 1);
}

void TestCloudClientSim::rateLimitIsWaitedOut()
{
    auto cloud = client(false);
    QSignalSpy checked(cloud.get(), &QlikCloudClient::connectionChecked);
    QSignalSpy failed(cloud.get(), &QlikCloudClient::failed);
    QSignalSpy held(&cloud->rateLimitGate(), &RateLimitGate::held);
    QVERIFY(m_sim->forceCloudRateLimit(1, 3));
    for (int i = 0; i < 8; ++i)
        cloud->checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 8, 10000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!held.isEmpty());
    QVERIFY2(held.constFirst().at(1).toString().contains(u"429"_s),
             qPrintable(held.constFirst().at(1).toString()));

    // On the sim's clock: after a 429, only requests already under way come within its second.
    const QJsonArray log = m_sim->requestLog();
    QCOMPARE(log.size(), 8 + 3);
    const int early = SimProcess::mostSentSoonAfter429(log, 1000);
    QVERIFY2(early < RateLimitGate::DefaultMaxInFlight, qPrintable(QString::number(early)));
}

void TestCloudClientSim::wrongKeyIsSaid()
{
    QlikCloudClient cloud(m_network, m_sim->serverUrl(), CloudAuth::apiKey(u"not-the-key-123"_s));
    QSignalSpy failed(&cloud, &QlikCloudClient::failed);
    cloud.checkConnection();
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.constFirst().at(1).value<QlikError>();
    QCOMPARE(error.category, QlikError::Category::Unauthenticated);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY2(error.message.contains(u"Check the API key"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"not-the-key-123"_s), qPrintable(error.message));

    QlikCloudClient wrongClient(m_network, m_sim->serverUrl(),
                                CloudAuth::oauthClient(ClientId, u"wrong-secret-99"_s));
    QSignalSpy refused(&wrongClient, &QlikCloudClient::failed);
    wrongClient.checkConnection();
    QTRY_COMPARE(refused.size(), 1);
    const auto signIn = refused.constFirst().at(1).value<QlikError>();
    QCOMPARE(signIn.category, QlikError::Category::SignIn);
    QVERIFY2(!signIn.message.contains(u"wrong-secret-99"_s), qPrintable(signIn.message));
}

QTEST_GUILESS_MAIN(TestCloudClientSim)
#include "tst_cloudclientsim.moc"
