// Drives qrs-sim with hand-built HTTP requests (no QlikService) and checks it behaves like a
// Qlik Sense repository behind a header-authenticated virtual proxy.

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
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kZeroGuid = u"00000000-0000-0000-0000-000000000000"_s;

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// How a request is built: by default a correct QRS request for ACME\tester.
struct RequestShape
{
    bool userHeader = true;
    QByteArray headerName = "opcon-usr";
    bool xrfInQuery = true;
    bool xrfInHeader = true;
    QByteArray queryKey; // empty: same random key as the header
    QByteArray headerKey;
    QByteArray cookie;
    bool trustCa = true;
    bool freshConnection =
        false; ///< own QNetworkAccessManager: no reused connection or TLS session
};

RequestShape noUser()
{
    RequestShape shape;
    shape.userHeader = false;
    return shape;
}

QByteArray randomKey()
{
    static constexpr char chars[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray key;
    for (int i = 0; i < 16; ++i)
        key += chars[QRandomGenerator::global()->bounded(62)];
    return key;
}

QByteArray quoted(QString text)
{
    return (u'\'' + text.replace(u'\'', u"''"_s) + u'\'').toUtf8();
}

/// A bare HTTP/1.1 client on its own connection: sends one request and counts what comes back,
/// keeping only the first bytes (so a huge or endless answer costs the test no memory).
class RawClient final
{
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    static constexpr qsizetype kKeep = 64 * 1024;

    RawClient(quint16 port, const QByteArray &method, const QString &path,
              const QList<std::pair<QString, QString>> &query = {}, bool tls = false)
    {
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] {
            while (m_socket.bytesAvailable() > 0) {
                const QByteArray data = m_socket.read(1024 * 1024);
                m_received += data.size();
                if (m_kept.size() < kKeep)
                    m_kept += data.left(kKeep - m_kept.size());
                m_bodySizes.append(bodyBytes());
            }
        });
        QObject::connect(&m_socket, &QAbstractSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        QObject::connect(&m_socket, &QAbstractSocket::errorOccurred, &m_socket,
                         [this] { m_closed = true; });
        const QByteArray key = randomKey();
        QByteArray target = QUrl::toPercentEncoding(path, "/") + '?';
        for (const auto &[name, value] : query)
            target += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value) + '&';
        target += "xrfkey=" + key;
        if (tls) {
            m_socket.setSslConfiguration(SimProcess::trustingSslConfiguration());
            m_socket.connectToHostEncrypted(u"127.0.0.1"_s, port); // the request waits for it
        } else {
            m_socket.connectToHost(QHostAddress::LocalHost, port);
        }
        m_socket.write(method + ' ' + target +
                       " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                       "\r\nopcon-usr: ACME\\tester\r\nX-Qlik-Xrfkey: " + key +
                       "\r\nContent-Length: 0\r\n\r\n");
        m_sent.start();
    }
    ~RawClient() { m_socket.abort(); }

    [[nodiscard]] bool closed() const { return m_closed; }
    [[nodiscard]] qint64 received() const { return m_received; }
    [[nodiscard]] qint64 sinceSentMs() const { return m_sent.elapsed(); }
    [[nodiscard]] bool hasHead() const { return headEnd() >= 0; }
    /// Status line and headers (without the blank line).
    [[nodiscard]] QByteArray head() const { return m_kept.left(std::max<qsizetype>(0, headEnd())); }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    [[nodiscard]] qint64 bodyBytes() const { return hasHead() ? m_received - headEnd() - 4 : 0; }
    /// The kept part of the body.
    [[nodiscard]] QByteArray body() const
    {
        return hasHead() ? m_kept.mid(headEnd() + 4) : QByteArray();
    }
    /// Body bytes after each read: how the body arrived.
    [[nodiscard]] const QList<qint64> &bodySizes() const { return m_bodySizes; }

private:
    [[nodiscard]] qsizetype headEnd() const { return m_kept.indexOf("\r\n\r\n"); }

    QSslSocket m_socket; ///< plain TCP unless tls
    QByteArray m_kept;
    qint64 m_received = 0;
    bool m_closed = false;
    QElapsedTimer m_sent;
    QList<qint64> m_bodySizes;
};

/// Resident memory of a process in MB (Linux); -1 when unknown.
qint64 residentMb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

/// tests/data/scenarios/chain.json: fixed task ids, generated trigger ids.
namespace chain {
const QString Extract = u"c4a10000-0000-4000-8000-000000000001"_s; // external program, root
const QString Transform = u"c4a10000-0000-4000-8000-000000000002"_s; // on success of Extract
const QString Sales = u"c4a10000-0000-4000-8000-000000000003"_s; // on success of Transform
const QString Finance = u"c4a10000-0000-4000-8000-000000000004"_s; // the same; fails
const QString BoardPack = u"c4a10000-0000-4000-8000-000000000005"_s; // Sales and Finance succeed
const QString Alert = u"c4a10000-0000-4000-8000-000000000006"_s; // on fail of Finance
const QString DisabledSync = u"c4a10000-0000-4000-8000-000000000007"_s; // disabled trigger
const QString DisabledTask = u"c4a10000-0000-4000-8000-000000000008"_s; // on success of Extract
const QString Stoppable = u"c4a10000-0000-4000-8000-000000000009"_s;
const QString AfterStoppable = u"c4a10000-0000-4000-8000-000000000010"_s; // two triggers
const QString Hourly = u"c4a10000-0000-4000-8000-000000000011"_s; // a schedule

/// An id as the sim generates it: UUID v5 of "<kind>:<key>" in the scenario namespace.
QString generatedId(const QString &kind, const QString &key)
{
    static const QUuid ns(u"6f1c7c5e-2b7d-4c55-9a52-3c1b0e8d7a10"_s);
    return QUuid::createUuidV5(ns, kind + u':' + key).toString(QUuid::WithoutBraces);
}

/// A sim on chain.json.
SimProcess::Options options()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    return options;
}

/// The id of the trigger \a name of task \a taskId.
QString triggerId(const QString &taskId, const QString &name)
{
    return generatedId(u"compositeevent"_s, taskId + u':' + name);
}
} // namespace chain

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QDateTime isoDate(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject bodyFault(const QString &mode, const QString &route, const QJsonObject &more = {})
{
    QJsonObject body = more;
    body.insert(u"mode"_s, mode);
    body.insert(u"route"_s, route);
    return QJsonObject {{u"body"_s, body}};
}

} // namespace

class TestQrsSim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unauthenticatedIsRedirected_data();
    void unauthenticatedIsRedirected();
    void loginPageIsHtml();
    void htmlAuthFailureMode();
    void sessionCookieAuthenticates();
    void expectContinueIsAnswered();
    void xrfkeyIsChecked_data();
    void xrfkeyIsChecked();
    void about();
    void taskFilter_data();
    void taskFilter();
    void invalidFilterIsBadRequest_data();
    void invalidFilterIsBadRequest();
    void taskCount();
    void taskJsonShape();
    void startById_data();
    void startById();
    void startByName_data();
    void startByName();
    void fireAndForgetStarts();
    void progressionReachesFinalStatus_data();
    void progressionReachesFinalStatus();
    void retryGivesTwoResultsInOneSession();
    void modifiedDateMovesAndFilters();
    void executionSessionLivesWhileRunning();
    void stopGoesThroughAbortSteps();
    void scriptLogBothRoutes_data();
    void scriptLogBothRoutes();
    void scriptLogRouteOption();
    void orFilterFollowsSeveralSessions();
    void failEveryAnswers503();
    void dropEveryAbortsConnections();
    void latencyDelaysAnswers();
    void outageRefusesThenRecovers();
    void tlsNeedsTheCa();
    void badScenarioExitsWith2_data();
    void badScenarioExitsWith2();
    void requestLogMasksXrfkey();
    void faultsControlKeepsMissingKeys();
    void bodyFaultOptionsAtStartUp();
    void hugeBodyIsWrittenAsTheSocketDrains();
    void endlessBodyKeepsComingAndStopsByItself();
    void hostileBodiesStayBoundedOverTls();
    void trickleSendsOneBytePerInterval();
    void cutClosesAfterCutAfterBytes();
    void stallSendsHeadersThenNothing();
    void resetAfterStartRunsTheTaskWithoutAnswer();
    void resetAfterStartShowsTheResentPost();
    void forgetDropsEverySession();
    void executionSessionListAndFilter();
    void oneObjectRoutes();
    void filterLanguageAsDocumented();
    void taskTypesAndCondensedLists();
    void scheduledRunsStartByThemselves();
    void compositeEventsShapeAndFilters();
    void schemaEventsOnePerSchedule();
    void chainRunsByItself();
    void stopMeetsNoRule();
    void demoNightlyChain();

private:
    Answer send(const QByteArray &method, const QString &path,
                const QList<std::pair<QString, QString>> &query = {},
                const RequestShape &shape = {}, SimProcess *sim = nullptr,
                const QByteArray &body = {}, const QByteArray &rawQuery = {});
    Answer qrs(const QByteArray &method, const QString &path,
               const QList<std::pair<QString, QString>> &query = {})
    {
        return send(method, u"/opcon/qrs"_s + path, query);
    }
    /// A GET whose query is sent exactly as given (already encoded), besides the xrfkey.
    Answer qrsRaw(const QString &path, const QByteArray &rawQuery)
    {
        return send("GET", u"/opcon/qrs"_s + path, {}, {}, nullptr, {}, rawQuery);
    }
    QString startTask(const QString &name);
    /// The faults as GET /__sim/faults answers them.
    QJsonObject faults(SimProcess *sim = nullptr);
    QJsonArray liveSessions(const QString &filter = QString());
    /// Nothing running and no fault set: the state every fault test starts from.
    void resetSim();
    /// Starts the task unless *session already holds a started run (safe to re-evaluate in
    /// QTRY_*, which evaluates its expression once more after it became true).
    bool ensureStarted(const QString &name, QString *session);
    QJsonArray results(const QStringList &sessions);
    /// Polls the results of one session, recording each newly seen status of its newest result;
    /// true once a final status has been seen.
    bool pollUntilFinal(const QString &session, QList<int> *seen);
    /// A GET of a QRS path on \a sim.
    Answer get(SimProcess &sim, const QString &path,
               const QList<std::pair<QString, QString>> &query = {})
    {
        return send("GET", u"/opcon/qrs"_s + path, query, {}, &sim);
    }
    /// The CompositeEvents /compositeevent/full lists with this filter.
    QJsonArray compositeEvents(SimProcess &sim, const QString &filter = QString());
    /// The results of a task's runs, oldest first.
    QJsonArray resultsOfTask(SimProcess &sim, const QString &taskId);
    /// The final statuses of a task's runs, oldest first (running ones left out).
    QList<int> finalStatuses(SimProcess &sim, const QString &taskId);
    /// GET /__sim/triggers.
    QJsonObject triggerCounters(SimProcess &sim);

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
};

void TestQrsSim::initTestCase()
{
    m_sim = std::make_unique<SimProcess>(SimProcess::Options {
        SimProcess::scenarioPath(u"fast.json"_s), false, {u"--script-log-delay"_s, u"1000"_s}});
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestQrsSim::cleanupTestCase()
{
    m_sim.reset();
}

void TestQrsSim::expectContinueIsAnswered()
{
    // As .NET clients send a POST: the headers, then the body only once the server said so.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_sim->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "{}";
    // A task that does not exist: nothing starts that later tests would find running.
    const QByteArray head =
        "POST /opcon/qrs/task/0f0f0f0f-1111-2222-3333-444444444444/start/synchronous"
        "?xrfkey=abcdefghijklmnop HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nopcon-usr: ACME\\tester\r\nX-Qlik-Xrfkey: abcdefghijklmnop\r\n"
        "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n";
    socket.write(head);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket.readAll()).startsWith("HTTP/1.1 100 Continue\r\n\r\n"),
        900); // a client gives up waiting after a second and sends anyway
    socket.write(body);
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("HTTP/1.1 404"), 5000);
}

Answer TestQrsSim::send(const QByteArray &method, const QString &path,
                        const QList<std::pair<QString, QString>> &query, const RequestShape &shape,
                        SimProcess *sim, const QByteArray &body, const QByteArray &rawQuery)
{
    if (!sim)
        sim = m_sim.get();
    const QByteArray key = randomKey();
    QByteArray encodedQuery;
    auto addItem = [&](const QByteArray &name, const QByteArray &value) {
        if (!encodedQuery.isEmpty())
            encodedQuery += '&';
        encodedQuery += name + '=' + value;
    };
    for (const auto &[name, value] : query)
        addItem(QUrl::toPercentEncoding(name), QUrl::toPercentEncoding(value));
    if (!rawQuery.isEmpty())
        encodedQuery += (encodedQuery.isEmpty() ? "" : "&") + rawQuery;
    if (shape.xrfInQuery)
        addItem("xrfkey", shape.queryKey.isEmpty() ? key : shape.queryKey);
    QUrl url = QUrl::fromEncoded(sim->serverUrl().toEncoded() + QUrl::toPercentEncoding(path, "/") +
                                 (encodedQuery.isEmpty() ? QByteArray() : '?' + encodedQuery));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (sim->tls() && shape.trustCa)
        request.setSslConfiguration(SimProcess::trustingSslConfiguration());
    if (shape.userHeader)
        request.setRawHeader(shape.headerName, "ACME\\tester");
    if (shape.xrfInHeader)
        request.setRawHeader("X-Qlik-Xrfkey", shape.headerKey.isEmpty() ? key : shape.headerKey);
    if (!shape.cookie.isEmpty())
        request.setRawHeader("Cookie", shape.cookie);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkAccessManager fresh;
    QNetworkAccessManager &network = shape.freshConnection ? fresh : m_network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

QString TestQrsSim::startTask(const QString &name)
{
    const Answer answer = qrs("POST", u"/task/%1/start/synchronous"_s.arg(m_sim->taskId(name)));
    if (answer.status != 201)
        qWarning() << "start failed" << name << answer.status << answer.error << answer.body;
    return answer.status == 201 ? answer.json().object().value(u"value"_s).toString() : QString();
}

bool TestQrsSim::ensureStarted(const QString &name, QString *session)
{
    if (session->isEmpty() || *session == kZeroGuid)
        *session = startTask(name);
    return !session->isEmpty() && *session != kZeroGuid;
}

QJsonArray TestQrsSim::results(const QStringList &sessions)
{
    QStringList terms;
    for (const QString &session : sessions)
        terms.append(u"ExecutionId eq "_s + session);
    return qrs("GET", u"/executionresult"_s, {{u"filter"_s, terms.join(u" or "_s)}}).json().array();
}

bool TestQrsSim::pollUntilFinal(const QString &session, QList<int> *seen)
{
    const QJsonArray all = results({session});
    if (all.isEmpty()) {
        if (seen->isEmpty())
            seen->append(-1); // "[]": pending
        return false;
    }
    QJsonObject newest;
    for (const QJsonValue &value : all) {
        if (value[u"startTime"_s].toString() >= newest[u"startTime"_s].toString())
            newest = value.toObject();
    }
    const int status = newest[u"status"_s].toInt();
    if (seen->isEmpty() || seen->last() != status)
        seen->append(status);
    return status >= 6 && status != 10;
}

void TestQrsSim::unauthenticatedIsRedirected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("userHeader");
    QTest::addColumn<QByteArray>("headerName");
    QTest::newRow("no user header") << u"/opcon/qrs/about"_s << false << QByteArray("opcon-usr");
    QTest::newRow("wrong header name") << u"/opcon/qrs/about"_s << true << QByteArray("hdr-usr");
    QTest::newRow("wrong prefix") << u"/hdr/qrs/about"_s << true << QByteArray("opcon-usr");
    QTest::newRow("no prefix") << u"/qrs/about"_s << true << QByteArray("opcon-usr");
}

void TestQrsSim::unauthenticatedIsRedirected()
{
    QFETCH(QString, path);
    QFETCH(bool, userHeader);
    QFETCH(QByteArray, headerName);
    RequestShape shape;
    shape.userHeader = userHeader;
    shape.headerName = headerName;
    const Answer answer = send("GET", path, {}, shape);
    QCOMPARE(answer.status, 302);
    // The login page keeps the virtual proxy's prefix.
    QVERIFY2(
        answer.header("Location").startsWith("/opcon/internal_forms_authentication/?targetId="),
        answer.header("Location").constData());
    QVERIFY(answer.body.contains("<html>"));
}

void TestQrsSim::loginPageIsHtml()
{
    const Answer redirect = send("GET", u"/opcon/qrs/about"_s, {}, noUser());
    QCOMPARE(redirect.status, 302);
    const QUrl location = QUrl::fromEncoded(redirect.header("Location"));
    const Answer page =
        send("GET", location.path(),
             {{u"targetId"_s, QUrlQuery(location).queryItemValue(u"targetId"_s)}}, noUser());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.startsWith("<!DOCTYPE html><html"));
    QVERIFY(page.body.contains("login"));
}

void TestQrsSim::htmlAuthFailureMode()
{
    SimProcess sim(SimProcess::Options {
        SimProcess::scenarioPath(u"fast.json"_s), false, {u"--auth-failure"_s, u"html"_s}});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const Answer answer = send("GET", u"/opcon/qrs/about"_s, {}, noUser(), &sim);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("text/html"));
    QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
    const Answer ok = send("GET", u"/opcon/qrs/about"_s, {}, {}, &sim);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.json().isObject());
}

void TestQrsSim::sessionCookieAuthenticates()
{
    const Answer first = qrs("GET", u"/about"_s);
    QCOMPARE(first.status, 200);
    const QByteArray setCookie = first.header("Set-Cookie");
    QVERIFY2(setCookie.startsWith("X-Qlik-Session-opcon-HTTP="), setCookie.constData());
    RequestShape shape;
    shape.userHeader = false;
    shape.cookie = setCookie.left(setCookie.indexOf(';'));
    QCOMPARE(send("GET", u"/opcon/qrs/about"_s, {}, shape).status, 200);
    shape.cookie = "X-Qlik-Session-opcon-HTTP=not-a-session";
    QCOMPARE(send("GET", u"/opcon/qrs/about"_s, {}, shape).status, 302);
}

void TestQrsSim::xrfkeyIsChecked_data()
{
    QTest::addColumn<bool>("inQuery");
    QTest::addColumn<bool>("inHeader");
    QTest::addColumn<QByteArray>("queryKey");
    QTest::addColumn<QByteArray>("headerKey");
    QTest::addColumn<int>("status");
    QTest::newRow("both, equal") << true << true << QByteArray() << QByteArray() << 200;
    QTest::newRow("missing in query") << false << true << QByteArray() << QByteArray() << 403;
    QTest::newRow("missing header") << true << false << QByteArray() << QByteArray() << 403;
    QTest::newRow("mismatch") << true << true << QByteArray("abcdefghijklmnop")
                              << QByteArray("abcdefghijklmnoq") << 403;
    QTest::newRow("too short") << true << true << QByteArray("abc123") << QByteArray("abc123")
                               << 403;
    QTest::newRow("not alphanumeric")
        << true << true << QByteArray("abcdefgh-jklmnop") << QByteArray("abcdefgh-jklmnop") << 403;
}

void TestQrsSim::xrfkeyIsChecked()
{
    QFETCH(bool, inQuery);
    QFETCH(bool, inHeader);
    QFETCH(QByteArray, queryKey);
    QFETCH(QByteArray, headerKey);
    QFETCH(int, status);
    RequestShape shape;
    shape.xrfInQuery = inQuery;
    shape.xrfInHeader = inHeader;
    shape.queryKey = queryKey;
    shape.headerKey = headerKey;
    const Answer answer = send("GET", u"/opcon/qrs/about"_s, {}, shape);
    QCOMPARE(answer.status, status);
    if (status == 403)
        QCOMPARE(answer.body,
                 QByteArray("XSRF prevention check failed. Possible XSRF discovered."));
}

void TestQrsSim::about()
{
    const Answer answer = qrs("GET", u"/about"_s);
    QCOMPARE(answer.status, 200);
    const QJsonObject about = answer.json().object();
    QCOMPARE(about[u"buildVersion"_s].toString(), u"14.254.6"_s);
    QCOMPARE(about[u"databaseProvider"_s].toString(), u"Devart.Data.PostgreSql"_s);
    QCOMPARE(about[u"schemaPath"_s].toString(), u"About"_s);
    QCOMPARE(about[u"nodeType"_s].toInt(), 1);
}

void TestQrsSim::taskFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    const QString special = u"Sales & Marketing 'Q1' #1 + Ü"_s;
    QTest::newRow("eq") << u"name eq 'Fast Success'"_s << QStringList {u"Fast Success"_s};
    QTest::newRow("eq ignores case")
        << u"Name EQ 'fast SUCCESS'"_s << QStringList {u"Fast Success"_s};
    QTest::newRow("sw") << u"name sw 'Fast '"_s
                        << QStringList {u"Fast Aborted"_s, u"Fast Error"_s,   u"Fast Fail"_s,
                                        u"Fast Reset"_s,   u"Fast Skipped"_s, u"Fast Success"_s};
    QTest::newRow("ew") << u"name ew ' task'"_s
                        << QStringList {u"Disabled Task"_s, u"Long Task"_s, u"Medium Task"_s};
    QTest::newRow("so") << u"name so 'SCHED'"_s << QStringList {u"No Scheduler"_s};
    // A field of a list holds when one of its values does.
    QTest::newRow("tags.name") << u"tags.name eq 'finance'"_s
                               << QStringList {u"Fast Fail"_s, u"Fast Success"_s};
    QTest::newRow("tags.name or") << u"tags.name eq 'Finance' or tags.name eq 'Sales'"_s
                                  << QStringList {u"Fast Fail"_s, u"Fast Success"_s,
                                                  u"Retry Then Success"_s, special};
    QTest::newRow("ne and sw")
        << u"name sw 'Fast' and name ne 'Fast Fail' and name ne 'Fast Error'"_s
        << QStringList {u"Fast Aborted"_s, u"Fast Reset"_s, u"Fast Skipped"_s, u"Fast Success"_s};
    QTest::newRow("or") << u"name eq 'Long Task' or name eq 'No Scheduler'"_s
                        << QStringList {u"Long Task"_s, u"No Scheduler"_s};
    QTest::newRow("or of equalities among other terms")
        << u"name eq 'long task' or name so 'SCHED' or NAME eq 'Fast Success'"_s
        << QStringList {u"Fast Success"_s, u"Long Task"_s, u"No Scheduler"_s};
    QTest::newRow("and binds tighter than or")
        << u"name eq 'Fast Fail' or name sw 'Fast' and name ew 'Success' or name eq 'Long Task'"_s
        << QStringList {u"Fast Fail"_s, u"Fast Success"_s, u"Long Task"_s};
    QTest::newRow("parentheses")
        << u"(name eq 'Fast Fail' or name eq 'Long Task') and app.name eq 'Other App'"_s
        << QStringList {u"Long Task"_s};
    QTest::newRow("doubled quotes and specials")
        << u"name eq "_s + QString::fromUtf8(quoted(special)) << QStringList {special};
    QTest::newRow("so with specials") << u"name so '''Q1'' #1 + ü'"_s << QStringList {special};
    QTest::newRow("app.name") << u"app.name eq 'Other App'"_s
                              << QStringList {u"Duplicate Name"_s, u"Eight Seconds"_s,
                                              u"Long Task"_s, u"Medium Task"_s};
    QTest::newRow("enabled") << u"enabled eq false"_s << QStringList {u"Disabled Task"_s};
    QTest::newRow("duplicates") << u"name eq 'Duplicate Name'"_s
                                << QStringList {u"Duplicate Name"_s, u"Duplicate Name"_s};
    QTest::newRow("nothing") << u"name eq 'No such task'"_s << QStringList {};
}

void TestQrsSim::taskFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    const Answer answer = qrs("GET", u"/reloadtask/full"_s, {{u"filter"_s, filter}});
    QCOMPARE(answer.status, 200);
    QStringList found;
    for (const QJsonValue &task : answer.json().array())
        found.append(task[u"name"_s].toString());
    found.sort();
    QCOMPARE(found, names);
}

void TestQrsSim::invalidFilterIsBadRequest_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("unterminated") << u"name eq 'Fast"_s;
    QTest::newRow("unknown operator") << u"name like 'Fast'"_s;
    QTest::newRow("unknown field") << u"colour eq 'red'"_s;
    QTest::newRow("dangling and") << u"name eq 'a' and"_s;
}

void TestQrsSim::invalidFilterIsBadRequest()
{
    QFETCH(QString, filter);
    const Answer answer = qrs("GET", u"/task/full"_s, {{u"filter"_s, filter}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("filter"));
}

void TestQrsSim::taskCount()
{
    const Answer all = qrs("GET", u"/task/count"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().object()[u"value"_s].toInt(), 15);
    const Answer some = qrs("GET", u"/reloadtask/count"_s, {{u"filter"_s, u"name sw 'Fast'"_s}});
    QCOMPARE(some.json().object()[u"value"_s].toInt(), 6);
}

void TestQrsSim::taskJsonShape()
{
    const Answer answer =
        qrs("GET", u"/reloadtask/full"_s, {{u"filter"_s, u"name eq 'Fast Success'"_s}});
    const QJsonObject task = answer.json().array().first().toObject();
    QCOMPARE(task[u"taskType"_s].toInt(), 0);
    QCOMPARE(task[u"app"_s][u"name"_s].toString(), u"Finance App"_s);
    QCOMPARE(task[u"app"_s][u"stream"_s][u"name"_s].toString(), u"Finance"_s);
    QCOMPARE(task[u"tags"_s][0][u"name"_s].toString(), u"Finance"_s);
    const QJsonObject last = task[u"operational"_s][u"lastExecutionResult"_s].toObject();
    QCOMPARE(last[u"status"_s].toInt(), 7);
    QCOMPARE(last[u"startTime"_s].toString(), u"2026-11-27T02:00:04.117Z"_s);
    QCOMPARE(last[u"duration"_s].toInt(), 1200);
    QCOMPARE(task[u"operational"_s][u"nextExecution"_s].toString(), u"2026-11-29T02:00:00.000Z"_s);
    // Unpublished app: stream is null.
    const Answer scratch =
        qrs("GET", u"/reloadtask/full"_s, {{u"filter"_s, u"name eq 'No Scheduler'"_s}});
    QVERIFY(scratch.json().array().first()[u"app"_s][u"stream"_s].isNull());
}

void TestQrsSim::startById_data()
{
    QTest::addColumn<QString>("taskName"); // empty: use rawId
    QTest::addColumn<QString>("rawId");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("zeroGuid");
    QTest::newRow("enabled") << u"Fast Success"_s << QString() << 201 << false;
    QTest::newRow("disabled") << u"Disabled Task"_s << QString() << 201 << true;
    QTest::newRow("no scheduler") << u"No Scheduler"_s << QString() << 201 << true;
    QTest::newRow("unknown") << QString() << u"0f0f0f0f-1111-2222-3333-444444444444"_s << 404
                             << false;
    QTest::newRow("malformed") << QString() << u"not-a-guid"_s << 400 << false;
}

void TestQrsSim::startById()
{
    QFETCH(QString, taskName);
    QFETCH(QString, rawId);
    QFETCH(int, status);
    QFETCH(bool, zeroGuid);
    const QString id = taskName.isEmpty() ? rawId : m_sim->taskId(taskName);
    QVERIFY(!id.isEmpty());
    const Answer answer = qrs("POST", u"/task/%1/start/synchronous"_s.arg(id));
    QCOMPARE(answer.status, status);
    if (status != 201) {
        QVERIFY(!answer.body.isEmpty());
        return;
    }
    const QString session = answer.json().object()[u"value"_s].toString();
    QCOMPARE(session == kZeroGuid, zeroGuid);
    QVERIFY(!QUuid(session).isNull() || zeroGuid);
}

void TestQrsSim::startByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("special characters") << u"Sales & Marketing 'Q1' #1 + Ü"_s << 201;
    QTest::newRow("duplicated: first one") << u"Duplicate Name"_s << 201;
    QTest::newRow("unknown") << u"No such task"_s << 404;
}

void TestQrsSim::startByName()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    const Answer answer = qrs("POST", u"/task/start/synchronous"_s, {{u"name"_s, name}});
    QCOMPARE(answer.status, status);
    if (status != 201)
        return;
    const QString session = answer.json().object()[u"value"_s].toString();
    QVERIFY(session != kZeroGuid);
    QJsonArray found;
    QTRY_VERIFY_WITH_TIMEOUT(!(found = results({session})).isEmpty(), 3000);
    const QString expectedTask = m_sim->taskId(name); // first task of that name
    QCOMPARE(found.first()[u"taskID"_s].toString(), expectedTask);
}

void TestQrsSim::fireAndForgetStarts()
{
    const QString medium = m_sim->taskId(u"Medium Task"_s);
    QString session;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Medium Task"_s, &session), 5000);
    // Already running: zero guid.
    QCOMPARE(qrs("POST", u"/task/%1/start/synchronous"_s.arg(medium)).json()[u"value"_s].toString(),
             kZeroGuid);
    const QString retry = m_sim->taskId(u"Fast Reset"_s);
    QCOMPARE(qrs("POST", u"/task/%1/start"_s.arg(retry)).status, 204);
    const Answer many = send("POST", u"/opcon/qrs/task/start/many"_s, {}, {}, nullptr,
                             QJsonDocument(QJsonArray {m_sim->taskId(u"Fast Error"_s)}).toJson());
    QCOMPARE(many.status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!qrs("GET", u"/executionresult"_s,
                                  {{u"filter"_s, u"taskID eq "_s + m_sim->taskId(u"Fast Error"_s)}})
                                  .json()
                                  .array()
                                  .isEmpty(),
                             3000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !qrs("GET", u"/executionresult"_s, {{u"filter"_s, u"taskID eq "_s + retry}})
             .json()
             .array()
             .isEmpty(),
        3000);
}

void TestQrsSim::progressionReachesFinalStatus_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("finalStatus");
    QTest::newRow("success") << u"Fast Success"_s << 7;
    QTest::newRow("fail") << u"Fast Fail"_s << 8;
    QTest::newRow("skipped") << u"Fast Skipped"_s << 9;
    QTest::newRow("aborted") << u"Fast Aborted"_s << 6;
}

void TestQrsSim::progressionReachesFinalStatus()
{
    QFETCH(QString, name);
    QFETCH(int, finalStatus);
    QString session;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(name, &session), 3000);
    QList<int> seen;
    QTRY_VERIFY_WITH_TIMEOUT(pollUntilFinal(session, &seen), 5000);
    QCOMPARE(seen.first(), -1); // [] first
    QCOMPARE(seen.last(), finalStatus);
    // Only the documented order, possibly with steps skipped between polls.
    const QList<int> order {-1, 1, 3, 2, finalStatus};
    qsizetype at = 0;
    for (int status : std::as_const(seen)) {
        at = order.indexOf(status, at);
        QVERIFY2(at >= 0, qPrintable(u"unexpected status order"_s));
    }
    const QJsonObject result = results({session}).first().toObject();
    QCOMPARE(result[u"executionID"_s].toString(), session);
    QCOMPARE(result[u"schemaPath"_s].toString(), u"ExecutionResult"_s);
    QVERIFY(result[u"stopTime"_s].toString() != u"1753-01-01T00:00:00.000Z"_s);
    QVERIFY(result[u"startTime"_s].toString().endsWith(u'Z'));
    QVERIFY(result[u"duration"_s].toInt() > 0);
    const QJsonArray details = result[u"details"_s].toArray();
    QVERIFY(details.last()[u"message"_s].toString().startsWith(u"Changing status to "_s));
    if (finalStatus == 8) {
        bool hasError = false;
        for (const QJsonValue &detail : details)
            hasError |= detail[u"detailsType"_s].toInt() == 0 &&
                detail[u"message"_s].toString() == u"Error: Field 'CostCenter' not found"_s;
        QVERIFY(hasError);
    }
}

void TestQrsSim::retryGivesTwoResultsInOneSession()
{
    const QString session = startTask(u"Retry Then Success"_s);
    QVERIFY(!session.isEmpty() && session != kZeroGuid);
    QList<int> seen;
    QTRY_VERIFY_WITH_TIMEOUT(pollUntilFinal(session, &seen), 5000);
    QVERIFY(!seen.contains(8)); // the retried attempt never shows FinishedFail
    QVERIFY(seen.contains(10) || seen.size() >= 2);
    const QJsonArray all = results({session});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0][u"status"_s].toInt(), 10);
    QCOMPARE(all[1][u"status"_s].toInt(), 7);
    QVERIFY(all[0][u"id"_s].toString() != all[1][u"id"_s].toString());
    QVERIFY(all[1][u"startTime"_s].toString() > all[0][u"stopTime"_s].toString());
}

void TestQrsSim::modifiedDateMovesAndFilters()
{
    // Every status change moves modifiedDate; `modifiedDate gt` finds what changed since; the
    // duration of a running result grows.
    QString session;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Medium Task"_s, &session), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !results({session}).isEmpty() && results({session})[0][u"status"_s].toInt() == 2, 5000);
    const QJsonObject started = results({session})[0].toObject();
    const QString modified = started[u"modifiedDate"_s].toString();
    QVERIFY(modified > started[u"startTime"_s].toString());
    const auto changedSince = [&](const QString &when) {
        return qrs("GET", u"/executionresult"_s,
                   {{u"filter"_s,
                     u"modifiedDate gt '%1' and ExecutionId eq %2"_s.arg(when, session)}})
            .json()
            .array()
            .size();
    };
    QCOMPARE(changedSince(modified), 0);
    QCOMPARE(changedSince(started[u"startTime"_s].toString()), 1);
    QTRY_VERIFY_WITH_TIMEOUT(results({session})[0][u"duration"_s].toInteger() >
                                 started[u"duration"_s].toInteger(),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(changedSince(modified), 1, 5000); // it ended
    QVERIFY(results({session})[0][u"modifiedDate"_s].toString() > modified);
    QCOMPARE(qrs("GET", u"/executionresult"_s, {{u"filter"_s, u"modifiedDate gx '2026'"_s}}).status,
             400);
}

void TestQrsSim::executionSessionLivesWhileRunning()
{
    QString session;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Medium Task"_s, &session), 5000);
    const Answer live = qrs("GET", u"/executionsession/"_s + session);
    QCOMPARE(live.status, 200);
    QCOMPARE(live.json()[u"id"_s].toString(), session);
    QCOMPARE(live.json()[u"reloadTask"_s][u"name"_s].toString(), u"Medium Task"_s);
    QCOMPARE(live.json()[u"app"_s][u"name"_s].toString(), u"Other App"_s);
    QTRY_COMPARE_WITH_TIMEOUT(qrs("GET", u"/executionsession/"_s + session).status, 404, 5000);
    QCOMPARE(results({session}).first()[u"status"_s].toInt(), 7);
}

void TestQrsSim::stopGoesThroughAbortSteps()
{
    const QString taskId = m_sim->taskId(u"Long Task"_s);
    const QString session = startTask(u"Long Task"_s);
    QVERIFY(session != kZeroGuid);
    QTRY_COMPARE_WITH_TIMEOUT(results({session}).last()[u"status"_s].toInt(), 2, 3000);
    QCOMPARE(qrs("POST", u"/task/%1/stop"_s.arg(taskId)).status, 204);
    QList<int> seen;
    QTRY_VERIFY_WITH_TIMEOUT(pollUntilFinal(session, &seen), 5000);
    QCOMPARE(seen.first(), 4);
    QCOMPARE(seen.last(), 6);
    QVERIFY(seen == (QList<int> {4, 5, 6}) || seen == (QList<int> {4, 6}));
    QCOMPARE(qrs("POST", u"/task/0f0f0f0f-1111-2222-3333-444444444444/stop"_s).status, 404);
    QCOMPARE(send("POST", u"/opcon/qrs/task/stop/many"_s, {}, {}, nullptr,
                  QJsonDocument(QJsonArray {taskId}).toJson())
                 .status,
             204);
}

void TestQrsSim::scriptLogBothRoutes_data()
{
    QTest::addColumn<bool>("newRoute");
    QTest::newRow("scriptlogfile?executionResultId") << true;
    QTest::newRow("scriptlog?fileReferenceId") << false;
}

void TestQrsSim::scriptLogBothRoutes()
{
    QFETCH(bool, newRoute);
    const QString taskId = m_sim->taskId(u"Fast Fail"_s);
    QString session;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Fast Fail"_s, &session), 3000);
    QJsonObject result;
    QTRY_COMPARE_WITH_TIMEOUT((result = results({session}).last().toObject())[u"status"_s].toInt(),
                              8, 3000);
    QVERIFY(result[u"fileReferenceID"_s].toString() != kZeroGuid);
    QVERIFY(result[u"scriptLogAvailable"_s].toBool());
    const Answer ticket = newRoute
        ? qrs("GET", u"/reloadtask/%1/scriptlogfile"_s.arg(taskId),
              {{u"executionResultId"_s, result[u"id"_s].toString()}})
        : qrs("GET", u"/reloadtask/%1/scriptlog"_s.arg(taskId),
              {{u"fileReferenceId"_s, result[u"fileReferenceID"_s].toString()}});
    QCOMPARE(ticket.status, 200);
    const QString value = ticket.json()[u"value"_s].toString();
    QVERIFY(!value.isEmpty());
    const QString download = u"/download/reloadtask/%1/Fast Fail.log"_s.arg(value);
    QCOMPARE(qrs("GET", download).status, 404); // --script-log-delay 1000
    Answer log;
    QTRY_COMPARE_WITH_TIMEOUT((log = qrs("GET", download)).status, 200, 4000);
    QVERIFY(log.header("Content-Type").startsWith("text/plain"));
    QVERIFY(log.body.contains("Execution started.\r\n"));
    QVERIFY(log.body.contains("Error: Field 'CostCenter' not found\r\n"));
    QVERIFY(log.body.contains("Execution Failed\r\n"));
    QVERIFY(log.body.endsWith("Execution finished.\r\n"));
    QCOMPARE(log.body.count("\n"), log.body.count("\r\n"));
    QCOMPARE(qrs("GET", u"/download/reloadtask/nosuchticket/x.log"_s).status, 404);
}

void TestQrsSim::scriptLogRouteOption()
{
    SimProcess sim(SimProcess::Options {
        SimProcess::scenarioPath(u"fast.json"_s), false, {u"--script-log-route"_s, u"new"_s}});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QString taskId = sim.taskId(u"Fast Success"_s);
    const Answer old =
        send("GET", u"/opcon/qrs/reloadtask/%1/scriptlog"_s.arg(taskId),
             {{u"fileReferenceId"_s, u"0f0f0f0f-1111-2222-3333-444444444444"_s}}, {}, &sim);
    QCOMPARE(old.status, 404);
    const Answer newer = send("GET", u"/opcon/qrs/reloadtask/%1/scriptlogfile"_s.arg(taskId),
                              {{u"executionResultId"_s, u"not-a-guid"_s}}, {}, &sim);
    QCOMPARE(newer.status, 400); // the route exists
}

void TestQrsSim::orFilterFollowsSeveralSessions()
{
    QStringList sessions;
    for (const QString &name : {u"Fast Success"_s, u"Fast Fail"_s, u"Fast Skipped"_s}) {
        QString session;
        QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(name, &session), 3000);
        sessions.append(session);
    }
    QTRY_COMPARE_WITH_TIMEOUT(results(sessions).size(), 3, 3000);
    QSet<QString> found;
    for (const QJsonValue &result : results(sessions))
        found.insert(result[u"executionID"_s].toString());
    QCOMPARE(found, QSet<QString>(sessions.cbegin(), sessions.cend()));
    // Lower-case field name, one request.
    QCOMPARE(qrs("GET", u"/executionresult/full"_s,
                 {{u"filter"_s,
                   u"executionId eq %1 or executionId eq %2"_s.arg(sessions[0], sessions[1])}})
                 .json()
                 .array()
                 .size(),
             2);
}

void TestQrsSim::failEveryAnswers503()
{
    QVERIFY(m_sim->setFaults(3, 0, 0));
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.append(qrs("GET", u"/executionresult"_s).status);
    QVERIFY(m_sim->setFaults(0, 0, 0));
    // Setting faults restarts the counting.
    QCOMPARE(statuses, (QList<int> {200, 200, 503, 200, 200, 503}));
    QCOMPARE(qrs("GET", u"/about"_s).status, 200); // other routes are not affected
}

void TestQrsSim::dropEveryAbortsConnections()
{
    QVERIFY(m_sim->clearRequestLog());
    QVERIFY(m_sim->setFaults(0, 0, 2));
    QList<bool> failed;
    for (int i = 0; i < 4; ++i)
        failed.append(qrs("GET", u"/about"_s).error != QNetworkReply::NoError);
    QVERIFY(m_sim->setFaults(0, 0, 0));
    QCOMPARE(failed, (QList<bool> {false, true, false, true}));
    int dropped = 0;
    for (const QJsonValue &entry : m_sim->requestLog())
        dropped += entry[u"status"_s].toInt() == 0 ? 1 : 0;
    QCOMPARE(dropped, 2);
}

void TestQrsSim::latencyDelaysAnswers()
{
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(qrs("GET", u"/about"_s).status, 200);
    const qint64 normal = timer.restart();
    QVERIFY(m_sim->setFaults(0, 400, 0));
    QCOMPARE(qrs("GET", u"/about"_s).status, 200);
    const qint64 delayed = timer.elapsed();
    QVERIFY(m_sim->setFaults(0, 0, 0));
    QVERIFY2(delayed >= 400, qPrintable(QString::number(delayed)));
    QVERIFY(normal < 400);
}

void TestQrsSim::outageRefusesThenRecovers()
{
    QCOMPARE(qrs("GET", u"/about"_s).status, 200);
    const quint16 port = m_sim->port();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_sim->outage(1500));
    QTRY_COMPARE_WITH_TIMEOUT(qrs("GET", u"/about"_s).error, QNetworkReply::ConnectionRefusedError,
                              1000);
    QTRY_COMPARE_WITH_TIMEOUT(qrs("GET", u"/about"_s).status, 200, 5000);
    QVERIFY(timer.elapsed() >= 1400);
    QCOMPARE(m_sim->port(), port); // same URL works again
}

void TestQrsSim::tlsNeedsTheCa()
{
    SimProcess sim(SimProcess::Options {SimProcess::scenarioPath(u"fast.json"_s), true, {}});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
    const Answer trusted = send("GET", u"/opcon/qrs/about"_s, {}, {}, &sim);
    QCOMPARE(trusted.status, 200);
    QVERIFY(trusted.header("Set-Cookie").startsWith("X-Qlik-Session-opcon="));
    RequestShape untrusting;
    untrusting.trustCa = false;
    untrusting.freshConnection = true;
    const Answer untrusted = send("GET", u"/opcon/qrs/about"_s, {}, untrusting, &sim);
    QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
}

void TestQrsSim::badScenarioExitsWith2_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"tasks\": [") << u"JSON error"_s;
    QTest::newRow("unknown app") << QByteArray(R"({"tasks":[{"name":"A","app":"Nope"}]})")
                                 << u"unknown app \"Nope\""_s;
    QTest::newRow("bad outcome")
        << QByteArray(
               R"({"apps":[{"name":"X"}],"tasks":[{"name":"A","app":"X","outcome":"Great"}]})")
        << u"unknown outcome"_s;
    QTest::newRow("unknown rule task")
        << QByteArray(R"({"apps":[{"name":"X"}],"tasks":[{"name":"A","app":"X","triggers":[
               {"name":"T","rules":[{"task":"Nope","on":"success"}]}]}]})")
        << u"tasks[0] (A): trigger \"T\", rules[0]: unknown task \"Nope\""_s;
    QTest::newRow("bad rule state")
        << QByteArray(R"({"apps":[{"name":"X"}],"tasks":[{"name":"A","app":"X"},{"name":"B",
               "taskType":1,"triggers":[{"name":"T","rules":[{"task":"A","on":"maybe"}]}]}]})")
        << u"tasks[1] (B): trigger \"T\", rules[0]: \"on\" must be \"success\" or \"fail\", not \"maybe\""_s;
    QTest::newRow("trigger without rules")
        << QByteArray(R"({"apps":[{"name":"X"}],"tasks":[{"name":"A","app":"X","triggers":[
               {"name":"T","rules":[]}]}]})")
        << u"trigger \"T\": \"rules\" must be a non-empty array"_s;
    QTest::newRow("reload task without app")
        << QByteArray(R"({"tasks":[{"name":"A","taskType":0}]})") << u"unknown app \"\""_s;
    QTest::newRow("missing file") << QByteArray() << u"cannot read"_s;
}

void TestQrsSim::badScenarioExitsWith2()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"scenario.json"_s);
    if (!content.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    QProcess process;
    process.start(QStringLiteral(QRS_SIM_EXECUTABLE), {u"--scenario"_s, file});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestQrsSim::requestLogMasksXrfkey()
{
    QVERIFY(m_sim->clearRequestLog());
    RequestShape shape;
    shape.queryKey = shape.headerKey = "SecretKey1234567";
    QCOMPARE(
        send("GET", u"/opcon/qrs/task/full"_s, {{u"filter"_s, u"name eq 'A & B'"_s}}, shape).status,
        200);
    const QJsonArray log = m_sim->requestLog();
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.first().toObject();
    QCOMPARE(entry[u"method"_s].toString(), u"GET"_s);
    QCOMPARE(entry[u"path"_s].toString(), u"/opcon/qrs/task/full"_s);
    QCOMPARE(entry[u"query"_s].toString(), u"filter=name eq 'A & B'&xrfkey=***"_s);
    QCOMPARE(entry[u"status"_s].toInt(), 200);
    QVERIFY(!QJsonDocument(log).toJson().contains("SecretKey1234567"));
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/task/full"_s), 1);
}

QJsonObject TestQrsSim::faults(SimProcess *sim)
{
    return send("GET", u"/__sim/faults"_s, {}, {}, sim).json().object();
}

QJsonArray TestQrsSim::liveSessions(const QString &filter)
{
    QList<std::pair<QString, QString>> query;
    if (!filter.isEmpty())
        query.append({u"filter"_s, filter});
    return qrs("GET", u"/executionsession"_s, query).json().array();
}

void TestQrsSim::resetSim()
{
    QVERIFY(m_sim->setFaults(QJsonObject {{u"failEvery"_s, 0},
                                          {u"latencyMs"_s, 0},
                                          {u"dropEvery"_s, 0},
                                          {u"resetAfterStart"_s, 0},
                                          {u"body"_s, QJsonValue()}}));
    QVERIFY(m_sim->forgetSessions());
}

void TestQrsSim::faultsControlKeepsMissingKeys()
{
    resetSim();
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 3}}));
    QVERIFY(m_sim->setFaults(
        bodyFault(u"trickle"_s, u"scriptlogfile"_s, {{u"trickleMs"_s, 20}, {u"every"_s, 2}})));
    QJsonObject now = faults();
    QCOMPARE(now[u"resetAfterStart"_s].toInt(), 3); // missing keys unchanged
    QCOMPARE(now[u"failEvery"_s].toInt(), 0);
    const QJsonObject body = now[u"body"_s].toObject();
    QCOMPARE(body[u"mode"_s].toString(), u"trickle"_s);
    QCOMPARE(body[u"route"_s].toString(), u"scriptlogfile"_s);
    QCOMPARE(body[u"every"_s].toInt(), 2);
    QCOMPARE(body[u"trickleMs"_s].toInt(), 20);
    QCOMPARE(body[u"sizeMb"_s].toInt(), 150); // defaults
    QCOMPARE(body[u"cutAfter"_s].toInt(), 10);
    QCOMPARE(body[u"maxMs"_s].toInt(), 0);
    // "body" is replaced as a whole: a missing route means every route.
    QVERIFY(m_sim->setFaults(QJsonObject {{u"body"_s, QJsonObject {{u"mode"_s, u"cut"_s}}}}));
    QCOMPARE(faults()[u"body"_s][u"route"_s].toString(), QString());
    QCOMPARE(faults()[u"body"_s][u"trickleMs"_s].toInt(), 1000);
    QVERIFY(m_sim->setFaults(bodyFault(u"none"_s, QString())));
    QCOMPARE(faults()[u"body"_s][u"mode"_s].toString(), QString());
    // Bad values change nothing.
    QVERIFY(!m_sim->setFaults(bodyFault(u"explode"_s, QString())));
    QVERIFY(!m_sim->setFaults(bodyFault(u"huge"_s, QString(), {{u"every"_s, 0}})));
    QVERIFY(!m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, -1}}));
    QCOMPARE(faults()[u"resetAfterStart"_s].toInt(), 3);
    QCOMPARE(faults()[u"body"_s][u"mode"_s].toString(), QString());
    resetSim();
    QCOMPARE(qrs("GET", u"/about"_s).status, 200);
}

void TestQrsSim::bodyFaultOptionsAtStartUp()
{
    SimProcess sim(
        SimProcess::Options {SimProcess::scenarioPath(u"fast.json"_s),
                             false,
                             {u"--body-fault"_s, u"cut"_s, u"--body-fault-route"_s, u"/ABOUT"_s,
                              u"--body-fault-cut-after"_s, u"3"_s, u"--body-fault-every"_s, u"2"_s,
                              u"--reset-after-start"_s, u"4"_s}});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QJsonObject now = faults(&sim);
    QCOMPARE(now[u"resetAfterStart"_s].toInt(), 4);
    QCOMPARE(now[u"body"_s][u"mode"_s].toString(), u"cut"_s);
    QCOMPARE(now[u"body"_s][u"route"_s].toString(), u"/ABOUT"_s);
    QCOMPARE(now[u"body"_s][u"every"_s].toInt(), 2);
    // Route matching ignores case; every 2nd matching request is cut, others are untouched.
    QCOMPARE(send("GET", u"/opcon/qrs/task/count"_s, {}, {}, &sim).status, 200);
    RawClient first(sim.port(), "GET", u"/opcon/qrs/about"_s);
    QTRY_VERIFY_WITH_TIMEOUT(first.bodyBytes() > 100, 5000);
    QVERIFY(!first.closed());
    RawClient second(sim.port(), "GET", u"/opcon/qrs/about"_s);
    QTRY_VERIFY_WITH_TIMEOUT(second.closed(), 5000);
    QCOMPARE(second.bodyBytes(), 3);
    QCOMPARE(second.body(), QByteArray("{\"b"));

    QProcess bad;
    bad.start(QStringLiteral(QRS_SIM_EXECUTABLE), {u"--body-fault"_s, u"explode"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--body-fault"));
}

void TestQrsSim::hugeBodyIsWrittenAsTheSocketDrains()
{
    resetSim();
    const qint64 before = residentMb(m_sim->processId());
    QVERIFY(m_sim->setFaults(bodyFault(u"huge"_s, u"executionresult"_s)));
    {
        RawClient client(m_sim->port(), "GET", u"/opcon/qrs/executionresult/full"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.bodyBytes() > 5 * 1024 * 1024, 10000);
        QVERIFY(client.head().startsWith("HTTP/1.1 200 "));
        QCOMPARE(client.header("Content-Length"), QByteArray::number(150 * 1024 * 1024));
        QVERIFY(client.header("Content-Type").startsWith("application/json"));
        QVERIFY(client.body().startsWith("[{\"padding\":\"xxxx"));
        QVERIFY(!client.closed());
        // Written as the socket drains: the sim holds a small buffer, not 150 MB.
        const qint64 during = residentMb(m_sim->processId());
        if (before > 0 && during > 0)
            QVERIFY2(during - before < 64, qPrintable(u"%1 MB -> %2 MB"_s.arg(before).arg(during)));
        // The sim serves other connections meanwhile.
        QCOMPARE(qrs("GET", u"/about"_s).status, 200);
    } // the client leaves after a few MB
    // A small one in full: exactly the promised length, and a JSON array.
    QVERIFY(m_sim->setFaults(bodyFault(u"huge"_s, u"executionresult"_s, {{u"sizeMb"_s, 1}})));
    const Answer whole = qrs("GET", u"/executionresult"_s);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body.size(), 1024 * 1024);
    QVERIFY(whole.json().isArray());
    QVERIFY(!whole.json().array().isEmpty());
    resetSim();
    QCOMPARE(qrs("GET", u"/executionresult"_s).status, 200);
}

void TestQrsSim::endlessBodyKeepsComingAndStopsByItself()
{
    resetSim();
    QVERIFY(m_sim->setFaults(bodyFault(u"endless"_s, u"/executionresult"_s)));
    {
        RawClient client(m_sim->port(), "GET", u"/opcon/qrs/executionresult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.bodyBytes() > 5 * 1024 * 1024, 10000);
        QVERIFY(client.head().startsWith("HTTP/1.1 200 "));
        QCOMPARE(client.header("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(client.header("Content-Length").isEmpty());
        const QByteArray body = client.body();
        bool hex = false;
        QVERIFY(body.left(body.indexOf("\r\n")).toInt(&hex, 16) > 0 && hex);
        QVERIFY2(body.mid(body.indexOf("\r\n") + 2).startsWith("[{\"padding\":"),
                 body.left(40).constData());
        QVERIFY(!client.closed());
        QCOMPARE(qrs("GET", u"/about"_s).status, 200); // others are served meanwhile
    }
    // Bounded: with maxMs the sim ends it by itself.
    QVERIFY(m_sim->setFaults(bodyFault(u"endless"_s, u"/executionresult"_s, {{u"maxMs"_s, 1000}})));
    RawClient bounded(m_sim->port(), "GET", u"/opcon/qrs/executionresult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(bounded.closed(), 8000);
    QVERIFY(bounded.sinceSentMs() >= 900);
    QVERIFY(bounded.bodyBytes() > 0);
    resetSim();
}

void TestQrsSim::hostileBodiesStayBoundedOverTls()
{
    // Over TLS the socket encrypts into a second buffer: the sim must wait for that one too.
    SimProcess sim(SimProcess::Options {SimProcess::scenarioPath(u"fast.json"_s),
                                        true,
                                        {u"--body-fault"_s, u"endless"_s, u"--body-fault-route"_s,
                                         u"about"_s, u"--body-fault-max-ms"_s, u"5000"_s}});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const qint64 before = residentMb(sim.processId());
    RawClient client(sim.port(), "GET", u"/opcon/qrs/about"_s, {}, true);
    QTRY_VERIFY_WITH_TIMEOUT(client.bodyBytes() > 5 * 1024 * 1024, 10000);
    QCOMPARE(client.header("Transfer-Encoding"), QByteArray("chunked"));
    QTRY_VERIFY_WITH_TIMEOUT(client.bodyBytes() > 20 * 1024 * 1024, 10000);
    const qint64 during = residentMb(sim.processId());
    if (before > 0 && during > 0)
        QVERIFY2(during - before < 64, qPrintable(u"%1 MB -> %2 MB"_s.arg(before).arg(during)));
    QVERIFY(!client.closed());
    QCOMPARE(send("GET", u"/opcon/qrs/task/count"_s, {}, {}, &sim).status, 200);
}

void TestQrsSim::trickleSendsOneBytePerInterval()
{
    resetSim();
    const QByteArray real = qrs("GET", u"/executionsession/count"_s).body; // {"value":0}
    QVERIFY(m_sim->setFaults(
        bodyFault(u"trickle"_s, u"executionsession/count"_s, {{u"trickleMs"_s, 50}})));
    RawClient client(m_sim->port(), "GET", u"/opcon/qrs/executionsession/count"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.hasHead(), 3000);
    QVERIFY(client.head().startsWith("HTTP/1.1 200 "));
    QCOMPARE(client.header("Content-Length"), QByteArray::number(real.size()));
    QVERIFY(client.bodyBytes() < real.size());
    QTRY_COMPARE_WITH_TIMEOUT(client.bodyBytes(), qint64(real.size()), 5000);
    QCOMPARE(client.body(), real);
    // One byte per 50 ms: the last byte came (size - 1) intervals after the first at best.
    QVERIFY2(client.sinceSentMs() >= 50 * (real.size() - 1),
             qPrintable(QString::number(client.sinceSentMs())));
    QList<qint64> growth = client.bodySizes();
    growth.removeAll(0);
    QVERIFY2(QSet<qint64>(growth.cbegin(), growth.cend()).size() >= real.size() / 2,
             "the body arrived in a few pieces, not byte by byte");
    QVERIFY(!client.closed()); // a complete answer: the connection stays usable
    resetSim();
}

void TestQrsSim::cutClosesAfterCutAfterBytes()
{
    resetSim();
    const QByteArray real = qrs("GET", u"/about"_s).body;
    QVERIFY(m_sim->setFaults(bodyFault(u"cut"_s, u"/about"_s, {{u"cutAfter"_s, 7}})));
    RawClient client(m_sim->port(), "GET", u"/opcon/qrs/about"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 5000);
    QVERIFY(client.head().startsWith("HTTP/1.1 200 "));
    QCOMPARE(client.header("Content-Length"), QByteArray::number(real.size()));
    QCOMPARE(client.bodyBytes(), 7);
    QCOMPARE(client.body(), real.left(7));
    // Through QNetworkAccessManager it is an error, not a short answer.
    QVERIFY(qrs("GET", u"/about"_s).error != QNetworkReply::NoError);
    resetSim();
}

void TestQrsSim::stallSendsHeadersThenNothing()
{
    resetSim();
    const QByteArray real = qrs("GET", u"/about"_s).body;
    QVERIFY(m_sim->setFaults(bodyFault(u"stall"_s, u"about"_s, {{u"maxMs"_s, 1500}})));
    RawClient client(m_sim->port(), "GET", u"/opcon/qrs/about"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.hasHead(), 3000);
    QVERIFY(client.head().startsWith("HTTP/1.1 200 "));
    QCOMPARE(client.header("Content-Length"), QByteArray::number(real.size()));
    QCOMPARE(qrs("GET", u"/task/count"_s).status, 200); // others are served meanwhile
    QCOMPARE(client.bodyBytes(), 0);
    // The sim gives up by itself after maxMs, without a byte of the body.
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 8000);
    QVERIFY2(client.sinceSentMs() >= 1400, qPrintable(QString::number(client.sinceSentMs())));
    QCOMPARE(client.bodyBytes(), 0);
    resetSim();
}

void TestQrsSim::resetAfterStartRunsTheTaskWithoutAnswer()
{
    resetSim();
    QVERIFY(m_sim->clearRequestLog());
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 1}}));
    const QString taskId = m_sim->taskId(u"Long Task"_s);
    RawClient byId(m_sim->port(), "POST", u"/opcon/qrs/task/%1/start/synchronous"_s.arg(taskId));
    QTRY_VERIFY_WITH_TIMEOUT(byId.closed(), 5000);
    QCOMPARE(byId.received(), 0); // not a single byte of the answer
    RawClient byName(m_sim->port(), "POST", u"/opcon/qrs/task/start/synchronous"_s,
                     {{u"name"_s, u"Medium Task"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(byName.closed(), 5000);
    QCOMPARE(byName.received(), 0);
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 0}}));

    // Both were carried out: the sessions exist and their results appear.
    const QJsonArray sessions = liveSessions(u"reloadTask.name eq 'Long Task'"_s);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(liveSessions(u"reloadTask.name eq 'Medium Task'"_s).size(), 1);
    const QString session = sessions.first()[u"id"_s].toString();
    QCOMPARE(qrs("GET", u"/executionsession/"_s + session).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(results({session}).size(), 1, 3000);
    // The request log shows each POST, with status 0.
    const QJsonArray log = m_sim->requestLog();
    int resets = 0;
    for (const QJsonValue &entry : log) {
        if (entry[u"method"_s].toString() == u"POST"_s) {
            QCOMPARE(entry[u"status"_s].toInt(), 0);
            ++resets;
        }
    }
    QCOMPARE(resets, 2);
    QCOMPARE(qrs("POST", u"/task/%1/stop"_s.arg(taskId)).status, 204);
    resetSim();
}

void TestQrsSim::resetAfterStartShowsTheResentPost()
{
    // QNetworkAccessManager resends a POST whose reused connection closed before any answer:
    // the second start is carried out, reset, sent again and answered "already running".
    resetSim();
    QCOMPARE(qrs("GET", u"/about"_s).status, 200); // a connection to reuse
    QVERIFY(m_sim->clearRequestLog());
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 2}}));
    QString first;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Fast Success"_s, &first), 3000);
    const QString taskId = m_sim->taskId(u"Long Task"_s);
    const Answer second = qrs("POST", u"/task/%1/start/synchronous"_s.arg(taskId));
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 0}}));
    const int posts = m_sim->requestCount(u"POST"_s, taskId);
    int dropped = 0;
    for (const QJsonValue &entry : m_sim->requestLog())
        dropped += entry[u"status"_s].toInt() == 0 ? 1 : 0;
    QCOMPARE(dropped, 1);
    // The client got an answer, but not the one of the run it started: the resend is visible
    // only in the request log.
    QCOMPARE(second.error, QNetworkReply::NoError);
    QCOMPARE(second.json()[u"value"_s].toString(), kZeroGuid);
    QCOMPARE(posts, 2);
    QCOMPARE(liveSessions(u"reloadTask.id eq "_s + taskId).size(), 1);
    QCOMPARE(qrs("POST", u"/task/%1/stop"_s.arg(taskId)).status, 204);
    resetSim();
}

void TestQrsSim::forgetDropsEverySession()
{
    resetSim();
    QString failed;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Fast Fail"_s, &failed), 3000);
    QString running;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Long Task"_s, &running), 3000);
    QJsonObject result;
    QTRY_COMPARE_WITH_TIMEOUT((result = results({failed}).last().toObject())[u"status"_s].toInt(),
                              8, 3000);
    const QString ticket =
        qrs("GET", u"/reloadtask/%1/scriptlogfile"_s.arg(m_sim->taskId(u"Fast Fail"_s)),
            {{u"executionResultId"_s, result[u"id"_s].toString()}})
            .json()[u"value"_s]
            .toString();
    QVERIFY(!ticket.isEmpty());
    const QString download = u"/download/reloadtask/%1/Fast Fail.log"_s.arg(ticket);
    QTRY_COMPARE_WITH_TIMEOUT(qrs("GET", download).status, 200, 4000);
    QCOMPARE(qrs("GET", u"/executionsession/"_s + running).status, 200);
    QVERIFY(!qrs("GET", u"/executionresult"_s).json().array().isEmpty());

    QCOMPARE(send("POST", u"/__sim/forget"_s).status, 204);
    QCOMPARE(qrs("GET", u"/executionresult"_s).json().array(), QJsonArray());
    QCOMPARE(qrs("GET", u"/executionresult/count"_s).json()[u"value"_s].toInt(), 0);
    QCOMPARE(qrs("GET", u"/executionsession/"_s + running).status, 404);
    QCOMPARE(liveSessions(), QJsonArray());
    QCOMPARE(qrs("GET", download).status, 404);
    QCOMPARE(qrs("GET", u"/reloadtask/%1/scriptlogfile"_s.arg(m_sim->taskId(u"Fast Fail"_s)),
                 {{u"executionResultId"_s, result[u"id"_s].toString()}})
                 .status,
             404);
    // Tasks start again as usual.
    const QString again = startTask(u"Long Task"_s);
    QVERIFY(!again.isEmpty() && again != kZeroGuid && again != running);
    QCOMPARE(qrs("POST", u"/task/%1/stop"_s.arg(m_sim->taskId(u"Long Task"_s))).status, 204);
    resetSim();
}

void TestQrsSim::executionSessionListAndFilter()
{
    resetSim();
    QCOMPARE(liveSessions(), QJsonArray());
    const QString longId = m_sim->taskId(u"Long Task"_s);
    const QString mediumId = m_sim->taskId(u"Medium Task"_s);
    QString longSession;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Long Task"_s, &longSession), 3000);
    QString mediumSession;
    QTRY_VERIFY_WITH_TIMEOUT(ensureStarted(u"Medium Task"_s, &mediumSession), 3000);

    const QJsonArray all = liveSessions();
    QCOMPARE(all.size(), 2);
    const QJsonObject first = all.first().toObject();
    QCOMPARE(first[u"id"_s].toString(), longSession);
    QCOMPARE(first[u"schemaPath"_s].toString(), u"ExecutionSession"_s);
    QCOMPARE(first[u"reloadTask"_s][u"id"_s].toString(), longId);
    QCOMPARE(first[u"reloadTask"_s][u"name"_s].toString(), u"Long Task"_s);
    QCOMPARE(first[u"app"_s][u"name"_s].toString(), u"Other App"_s);
    QVERIFY(first[u"createdDate"_s].toString().endsWith(u'Z'));
    QVERIFY(first[u"modifiedDate"_s].toString().endsWith(u'Z'));
    QVERIFY(first.contains(u"executionResult"_s));
    // The result appears after pendingMs; the session then names it.
    QTRY_VERIFY_WITH_TIMEOUT(
        liveSessions(u"id eq "_s + longSession).first()[u"executionResult"_s][u"id"_s].isString(),
        3000);
    QCOMPARE(liveSessions(u"id eq "_s + longSession).first()[u"executionResult"_s][u"id"_s],
             results({longSession}).first()[u"id"_s]);

    QCOMPARE(qrs("GET", u"/executionsession/full"_s).json().array().size(), 2);
    QCOMPARE(qrs("GET", u"/executionsession/count"_s).json()[u"value"_s].toInt(), 2);
    QCOMPARE(liveSessions(u"reloadTask.name eq 'long task'"_s).size(), 1);
    QCOMPARE(liveSessions(u"ReloadTask.Id eq "_s + mediumId).first()[u"id"_s].toString(),
             mediumSession);
    QCOMPARE(liveSessions(u"id eq %1 or id eq %2"_s.arg(longSession, mediumSession)).size(), 2);
    QCOMPARE(liveSessions(u"reloadTask.name sw 'Fast'"_s), QJsonArray());
    const Answer bad = qrs("GET", u"/executionsession"_s, {{u"filter"_s, u"status eq 2"_s}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.startsWith("Invalid filter:"));

    // Only live sessions: a stopped one leaves the list once aborted.
    QCOMPARE(qrs("POST", u"/task/%1/stop"_s.arg(longId)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(liveSessions(u"reloadTask.id eq "_s + longId).size(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(liveSessions().size(), 0, 5000); // Medium Task ends by itself
    resetSim();
}

void TestQrsSim::oneObjectRoutes()
{
    // GET /qrs/executionresult/{id} and /qrs/reloadtask/{id} answer one object, as the
    // repository does (public clients poll them so); unknown ids are 404, malformed ones 400.
    resetSim();
    const QString session = startTask(u"Fast Success"_s);
    QVERIFY(!session.isEmpty());
    QList<int> seen;
    QTRY_VERIFY_WITH_TIMEOUT(pollUntilFinal(session, &seen), 10000);
    const QJsonObject listed = results({session}).at(0).toObject();
    const QString resultId = listed.value(u"id"_s).toString();
    const Answer one = qrs("GET", u"/executionresult/"_s + resultId);
    QCOMPARE(one.status, 200);
    QVERIFY(one.json().isObject());
    QCOMPARE(one.json().object().value(u"id"_s).toString(), resultId);
    QCOMPARE(one.json().object().value(u"executionID"_s).toString(), session);
    QCOMPARE(one.json().object().value(u"status"_s).toInt(), 7);
    QCOMPARE(qrs("GET", u"/executionresult/"_s + kZeroGuid).status, 404);
    QCOMPARE(qrs("GET", u"/executionresult/nope"_s).status, 400);
    QCOMPARE(qrs("GET", u"/executionresult/full"_s).json().array().size(),
             qrs("GET", u"/executionresult"_s).json().array().size());

    const QString taskId = m_sim->taskId(u"Fast Success"_s);
    const Answer task = qrs("GET", u"/reloadtask/"_s + taskId);
    QCOMPARE(task.status, 200);
    QCOMPARE(task.json().object().value(u"id"_s).toString(), taskId);
    QCOMPARE(task.json().object().value(u"name"_s).toString(), u"Fast Success"_s);
    QCOMPARE(qrs("GET", u"/reloadtask/"_s + kZeroGuid).status, 404);
}

void TestQrsSim::filterLanguageAsDocumented()
{
    resetSim();
    const QString success = startTask(u"Fast Success"_s);
    const QString failure = startTask(u"Fast Fail"_s);
    QList<int> seen;
    QTRY_VERIFY_WITH_TIMEOUT(pollUntilFinal(success, &seen), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pollUntilFinal(failure, &seen), 10000);
    const auto count = [this](const QString &filter) {
        const Answer answer = qrs("GET", u"/executionresult/count"_s, {{u"filter"_s, filter}});
        return answer.status == 200 ? answer.json().object().value(u"value"_s).toInt() : -1;
    };
    // Enum names stand for their numbers, in any case.
    QVERIFY(count(u"status eq 8"_s) >= 1);
    QCOMPARE(count(u"status eq FinishedFail"_s), count(u"status eq 8"_s));
    QCOMPARE(count(u"status eq finishedsuccess"_s), count(u"status eq 7"_s));
    QCOMPARE(qrs("GET", u"/executionresult"_s, {{u"filter"_s, u"status eq Nonsense"_s}}).status,
             400);
    // '+' is a space (an encoded %2B stays a plus).
    const Answer plus = qrsRaw(u"/executionresult/count"_s, "filter=status+eq+FinishedFail");
    QCOMPARE(plus.status, 200);
    QCOMPARE(plus.json().object().value(u"value"_s).toInt(), count(u"status eq 8"_s));
    // Dates order with gt/ge/lt/le; ne, sw and so as documented.
    QCOMPARE(count(u"stopTime gt '1753-01-02T00:00:00.000Z' and executionId eq "_s + success), 1);
    QCOMPARE(count(u"startTime lt '2000-01-01T00:00:00.000Z' and executionId eq "_s + success), 0);
    QCOMPARE(count(u"executionId eq "_s + success + u" and status ne FinishedSuccess"_s), 0);
    QCOMPARE(count(u"executionId sw "_s + success.left(8)), 1);
    // An unknown field is an error, not an empty list.
    const Answer unknown = qrs("GET", u"/executionresult"_s, {{u"filter"_s, u"colour eq 1"_s}});
    QCOMPARE(unknown.status, 400);
    QVERIFY2(unknown.body.contains("unknown field"), unknown.body.constData());

    // orderby field asc|desc.
    const auto startTimes = [this](const QString &orderby) {
        QStringList times;
        const Answer answer = qrs("GET", u"/executionresult"_s, {{u"orderby"_s, orderby}});
        for (const QJsonValue &result : answer.json().array())
            times.append(result[u"startTime"_s].toString());
        return times;
    };
    const QStringList ascending = startTimes(u"startTime asc"_s);
    QVERIFY(ascending.size() >= 2);
    QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
    QStringList descending = startTimes(u"startTime desc"_s);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
    QCOMPARE(qrs("GET", u"/executionresult"_s, {{u"orderby"_s, u"colour desc"_s}}).status, 400);
    QCOMPARE(qrs("GET", u"/executionresult"_s, {{u"orderby"_s, u"startTime sideways"_s}}).status,
             400);
}

void TestQrsSim::taskTypesAndCondensedLists()
{
    // A scenario with the three task types: each has its own route, /qrs/task lists them all,
    // lists are condensed unless /full, and a live session names its task in its type's slot.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"types.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"apps": [{"name": "App"}], "tasks": [
        {"name": "Reload", "app": "App", "durationMs": 3000},
        {"name": "Program", "app": "App", "taskType": 1, "durationMs": 3000},
        {"name": "Sync", "app": "App", "taskType": 2, "durationMs": 3000}]})");
    file.close();
    SimProcess::Options options;
    options.scenarioFile = file.fileName();
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const auto names = [&](const QString &path) {
        QStringList found;
        const Answer answer = send("GET", u"/opcon/qrs"_s + path, {}, {}, &sim);
        for (const QJsonValue &task : answer.json().array())
            found.append(task[u"name"_s].toString());
        found.sort();
        return found;
    };
    QCOMPARE(names(u"/task"_s), (QStringList {u"Program"_s, u"Reload"_s, u"Sync"_s}));
    QCOMPARE(names(u"/reloadtask/full"_s), QStringList {u"Reload"_s});
    QCOMPARE(names(u"/externalprogramtask"_s), QStringList {u"Program"_s});
    QCOMPARE(names(u"/usersynctask/full"_s), QStringList {u"Sync"_s});
    const QJsonObject condensed =
        send("GET", u"/opcon/qrs/task"_s, {}, {}, &sim).json().array().at(0).toObject();
    QVERIFY(!condensed.contains(u"operational"_s));
    const QJsonObject full =
        send("GET", u"/opcon/qrs/task/full"_s, {}, {}, &sim).json().array().at(0).toObject();
    QVERIFY(full.contains(u"operational"_s));

    const QString programId = send("GET", u"/opcon/qrs/externalprogramtask"_s, {}, {}, &sim)
                                  .json()
                                  .array()
                                  .at(0)[u"id"_s]
                                  .toString();
    QVERIFY(!programId.isEmpty());
    const Answer one = send("GET", u"/opcon/qrs/externalprogramtask/"_s + programId, {}, {}, &sim);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[u"schemaPath"_s].toString(), u"ExternalProgramTask"_s);
    QCOMPARE(send("GET", u"/opcon/qrs/reloadtask/"_s + programId, {}, {}, &sim).status, 404);
    QCOMPARE(send("GET", u"/opcon/qrs/task/"_s + programId, {}, {}, &sim).status, 404);

    const Answer started =
        send("POST", u"/opcon/qrs/task/%1/start/synchronous"_s.arg(programId), {}, {}, &sim);
    QCOMPARE(started.status, 201);
    const QString session = started.json()[u"value"_s].toString();
    QJsonObject live;
    QTRY_VERIFY_WITH_TIMEOUT(
        (live =
             send("GET", u"/opcon/qrs/executionsession/"_s + session, {}, {}, &sim).json().object(),
         !live.value(u"executionResult"_s).isNull()),
        5000);
    QVERIFY(live.value(u"reloadTask"_s).isNull());
    QCOMPARE(live[u"externalProgramTask"_s][u"id"_s].toString(), programId);
    QCOMPARE(live[u"retries"_s].toInt(), 0);
    QCOMPARE(live[u"abortReason"_s].toInt(), 0);
    QCOMPARE(live[u"executingNode"_s][u"name"_s].toString(), u"qse-central.acme.local"_s);
    QCOMPARE(live[u"user"_s][u"userDirectory"_s].toString(), u"INTERNAL"_s);
}

void TestQrsSim::scheduledRunsStartByThemselves()
{
    // A task with a schedule runs on its own (nobody sends a start), as time triggers do: what
    // watching a server sees. A bad schedule is refused at start-up.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"scheduled.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"apps": [{"name": "App"}], "tasks": [
        {"name": "Every 400 ms", "app": "App", "pendingMs": 20, "triggeredMs": 20,
         "queuedMs": 20, "durationMs": 100, "schedule": {"everyMs": 400, "firstAtMs": 100}},
        {"name": "By hand", "app": "App", "durationMs": 100}]})");
    file.close();
    SimProcess::Options options;
    options.scenarioFile = file.fileName();
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const auto finished = [&](const QString &filter) {
        const Answer answer =
            send("GET", u"/opcon/qrs/executionresult/count"_s, {{u"filter"_s, filter}}, {}, &sim);
        return answer.json()[u"value"_s].toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(finished(u"status eq FinishedSuccess"_s) >= 3, 5000);
    QCOMPARE(sim.requestCount(u"POST"_s, QString()), 0);
    // Only the scheduled task ran.
    const Answer byHand =
        send("GET", u"/opcon/qrs/task/full"_s, {{u"filter"_s, u"name eq 'By hand'"_s}}, {}, &sim);
    const QString byHandId = byHand.json().array().at(0)[u"id"_s].toString();
    QCOMPARE(finished(u"taskId eq "_s + byHandId), 0);

    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"apps": [{"name": "App"}], "tasks": [
        {"name": "Too often", "app": "App", "schedule": {"everyMs": 5}}]})");
    bad.close();
    QProcess refused;
    refused.start(QStringLiteral(QRS_SIM_EXECUTABLE), {u"--scenario"_s, bad.fileName()});
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY2(refused.readAllStandardError().contains("\"schedule\" needs"), "no reason given");
}

QJsonArray TestQrsSim::compositeEvents(SimProcess &sim, const QString &filter)
{
    QList<std::pair<QString, QString>> query;
    if (!filter.isEmpty())
        query.append({u"filter"_s, filter});
    const Answer answer = get(sim, u"/compositeevent/full"_s, query);
    if (answer.status != 200)
        qWarning() << "compositeevent" << filter << answer.status << answer.body;
    return answer.json().array();
}

QJsonArray TestQrsSim::resultsOfTask(SimProcess &sim, const QString &taskId)
{
    return get(sim, u"/executionresult"_s,
               {{u"filter"_s, u"taskId eq "_s + taskId}, {u"orderby"_s, u"startTime"_s}})
        .json()
        .array();
}

QList<int> TestQrsSim::finalStatuses(SimProcess &sim, const QString &taskId)
{
    QList<int> statuses;
    for (const QJsonValue &result : resultsOfTask(sim, taskId)) {
        const int status = result[u"status"_s].toInt();
        if (status >= 6 && status != 10)
            statuses.append(status);
    }
    return statuses;
}

QJsonObject TestQrsSim::triggerCounters(SimProcess &sim)
{
    return send("GET", u"/__sim/triggers"_s, {}, {}, &sim).json().object();
}

void TestQrsSim::compositeEventsShapeAndFilters()
{
    // Task-event triggers as QRS lists them: the downstream task in its type's slot, the rules
    // with their upstream task and operational state; filters as public clients write them.
    SimProcess sim(chain::options());
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QJsonArray all = compositeEvents(sim);
    QCOMPARE(all.size(), 9);
    QCOMPARE(get(sim, u"/compositeevent/count"_s).json()[u"value"_s].toInt(), 9);

    const QString afterExtract = chain::triggerId(chain::Transform, u"After extract"_s);
    const QJsonObject event = all.at(0).toObject();
    QCOMPARE(event[u"id"_s].toString(), afterExtract);
    QCOMPARE(sortedKeys(event),
             (QStringList {u"compositeRules"_s, u"createdDate"_s, u"enabled"_s, u"eventType"_s,
                           u"externalProgramTask"_s, u"id"_s, u"modifiedByUserName"_s,
                           u"modifiedDate"_s, u"name"_s, u"privileges"_s, u"reloadTask"_s,
                           u"schemaPath"_s, u"timeConstraint"_s, u"userSyncTask"_s}));
    QCOMPARE(event[u"name"_s].toString(), u"After extract"_s);
    QCOMPARE(event[u"enabled"_s].toBool(), true);
    QCOMPARE(event[u"eventType"_s].toInt(), 1);
    QCOMPARE(event[u"schemaPath"_s].toString(), u"CompositeEvent"_s);
    QVERIFY(event[u"privileges"_s].isNull());
    QCOMPARE(event[u"reloadTask"_s].toObject(),
             (QJsonObject {{u"id"_s, chain::Transform},
                           {u"name"_s, u"Chain 2 - Transform"_s},
                           {u"taskType"_s, 0},
                           {u"enabled"_s, true},
                           {u"privileges"_s, QJsonValue()}}));
    QVERIFY(event[u"externalProgramTask"_s].isNull());
    QVERIFY(event[u"userSyncTask"_s].isNull());
    QCOMPARE(event[u"timeConstraint"_s].toObject(),
             (QJsonObject {{u"days"_s, 0}, {u"hours"_s, 0}, {u"minutes"_s, 1}, {u"seconds"_s, 0}}));
    const QJsonArray rules = event[u"compositeRules"_s].toArray();
    QCOMPARE(rules.size(), 1);
    const QJsonObject rule = rules.at(0).toObject();
    QCOMPARE(rule[u"id"_s].toString(),
             chain::generatedId(u"compositerule"_s, afterExtract + u":0"_s));
    QCOMPARE(rule[u"ruleState"_s].toInt(), 1);
    QCOMPARE(rule[u"externalProgramTask"_s][u"id"_s].toString(), chain::Extract);
    QCOMPARE(rule[u"externalProgramTask"_s][u"taskType"_s].toInt(), 1);
    QVERIFY(rule[u"reloadTask"_s].isNull());
    QVERIFY(rule[u"userSyncTask"_s].isNull());
    QCOMPARE(rule[u"operational"_s][u"timeStamp"_s].toString(), u"1753-01-01T00:00:00.000Z"_s);
    QCOMPARE(rule[u"operational"_s][u"currentState"_s].toInt(), 0);
    QVERIFY(rule[u"operational"_s][u"id"_s].isString());

    // A user sync task in its slot, the default window (360 minutes) normalised, disabled.
    const QJsonObject disabled =
        get(sim,
            u"/compositeevent/"_s + chain::triggerId(chain::DisabledSync, u"Disabled trigger"_s))
            .json()
            .object();
    QCOMPARE(disabled[u"userSyncTask"_s][u"id"_s].toString(), chain::DisabledSync);
    QVERIFY(disabled[u"reloadTask"_s].isNull());
    QCOMPARE(disabled[u"enabled"_s].toBool(), false);
    QCOMPARE(disabled[u"timeConstraint"_s].toObject(),
             (QJsonObject {{u"days"_s, 0}, {u"hours"_s, 6}, {u"minutes"_s, 0}, {u"seconds"_s, 0}}));
    // One object by id: the same as in the list; unknown 404, malformed 400.
    const Answer one = get(sim, u"/compositeevent/"_s + afterExtract);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().object(), event);
    QCOMPARE(get(sim, u"/compositeevent/"_s + kZeroGuid).status, 404);
    QCOMPARE(get(sim, u"/compositeevent/nope"_s).status, 400);

    // The condensed list.
    const QJsonArray condensed = get(sim, u"/compositeevent"_s).json().array();
    QCOMPARE(condensed.size(), 9);
    QCOMPARE(condensed.at(0).toObject(),
             (QJsonObject {{u"id"_s, afterExtract},
                           {u"name"_s, u"After extract"_s},
                           {u"enabled"_s, true},
                           {u"eventType"_s, 1},
                           {u"privileges"_s, QJsonValue()}}));

    // Filters: the downstream of a task, as public clients look for it.
    const auto ids = [&](const QString &filter) {
        QStringList found;
        for (const QJsonValue &value : compositeEvents(sim, filter))
            found.append(value[u"id"_s].toString());
        found.sort();
        return found;
    };
    const auto sortedList = [](QStringList list) {
        list.sort();
        return list;
    };
    const QString afterTransformSales = chain::triggerId(chain::Sales, u"After transform"_s);
    const QString afterTransformFinance = chain::triggerId(chain::Finance, u"After transform"_s);
    const QString bothDashboards = chain::triggerId(chain::BoardPack, u"Both dashboards"_s);
    QCOMPARE(ids(u"compositeRules.reloadTask.id eq "_s + chain::Transform),
             sortedList({afterTransformSales, afterTransformFinance}));
    QCOMPARE(ids(u"compositeRules.reloadTask ne null and compositeRules.reloadTask.id eq "_s +
                 chain::Sales),
             QStringList {bothDashboards});
    QCOMPARE(ids(u"compositeRules.reloadTask.id eq "_s + chain::Finance).size(), 2);
    QCOMPARE(ids(u"compositeRules.externalProgramTask.id eq "_s + chain::Extract),
             sortedList({afterExtract, chain::triggerId(chain::DisabledSync, u"Disabled trigger"_s),
                         chain::triggerId(chain::DisabledTask, u"After extract"_s)}));
    QCOMPARE(ids(u"compositeRules.ruleState eq 2"_s),
             sortedList({chain::triggerId(chain::Alert, u"Finance failed"_s),
                         chain::triggerId(chain::AfterStoppable, u"Stoppable failed"_s)}));
    QCOMPARE(ids(u"reloadTask.id eq "_s + chain::BoardPack), QStringList {bothDashboards});
    QCOMPARE(ids(u"externalProgramTask.id eq "_s + chain::Alert).size(), 1);
    QCOMPARE(ids(u"userSyncTask.id eq "_s + chain::DisabledSync).size(), 1);
    QCOMPARE(ids(u"enabled eq false"_s).size(), 1);
    QCOMPARE(ids(u"eventType eq 1"_s).size(), 9);
    QCOMPARE(ids(u"name eq 'After extract' and reloadTask.id eq "_s + chain::Transform),
             QStringList {afterExtract});
    QCOMPARE(ids(u"compositeRules.userSyncTask.id eq "_s + chain::DisabledSync), QStringList());
    const Answer unknown =
        get(sim, u"/compositeevent/full"_s, {{u"filter"_s, u"colour eq 'red'"_s}});
    QCOMPARE(unknown.status, 400);
    QVERIFY2(unknown.body.startsWith("Invalid filter:"), unknown.body.constData());
    QCOMPARE(get(sim, u"/compositeevent"_s, {{u"filter"_s, u"colour eq 1"_s}}).status, 400);

    // orderby.
    QStringList names;
    for (const QJsonValue &value :
         get(sim, u"/compositeevent/full"_s, {{u"orderby"_s, u"name desc"_s}}).json().array())
        names.append(value[u"name"_s].toString());
    QCOMPARE(names.size(), 9);
    QCOMPARE(names.first(), u"Stoppable succeeded"_s);
    QVERIFY(std::is_sorted(names.crbegin(), names.crend(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    }));
    QCOMPARE(get(sim, u"/compositeevent/full"_s, {{u"orderby"_s, u"colour"_s}}).status, 400);

    // A scenario without triggers has none.
    QCOMPARE(qrs("GET", u"/compositeevent/full"_s).json().array(), QJsonArray());
}

void TestQrsSim::schemaEventsOnePerSchedule()
{
    SimProcess sim(chain::options());
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QJsonArray events = get(sim, u"/schemaevent/full"_s).json().array();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    const QString id = chain::generatedId(u"schemaevent"_s, chain::Hourly);
    QCOMPARE(event[u"id"_s].toString(), id);
    QCOMPARE(event[u"eventType"_s].toInt(), 0);
    QCOMPARE(event[u"enabled"_s].toBool(), true);
    QCOMPARE(event[u"reloadTask"_s][u"id"_s].toString(), chain::Hourly);
    QVERIFY(event[u"externalProgramTask"_s].isNull());
    QVERIFY(event[u"userSyncTask"_s].isNull());
    QCOMPARE(event[u"timeZone"_s].toString(), u"UTC"_s);
    QCOMPARE(event[u"expression"_s].toString(), QString());
    QCOMPARE(event[u"incrementOption"_s].toInt(), 0);
    QCOMPARE(event[u"incrementDescription"_s].toString(), u"3600000 ms"_s);
    QCOMPARE(event[u"schemaPath"_s].toString(), u"SchemaEvent"_s);
    // The first start an hour after the sim started.
    const qint64 untilFirst =
        QDateTime::currentDateTimeUtc().msecsTo(isoDate(event[u"startDate"_s]));
    QVERIFY2(untilFirst > 3'500'000 && untilFirst <= 3'600'000,
             qPrintable(QString::number(untilFirst)));

    const auto count = [&](const QString &filter) {
        return get(sim, u"/schemaevent/full"_s, {{u"filter"_s, filter}}).json().array().size();
    };
    QCOMPARE(count(u"reloadTask.id eq "_s + chain::Hourly), 1);
    QCOMPARE(count(u"reloadTask.id eq "_s + chain::Extract), 0);
    QCOMPARE(count(u"externalProgramTask ne null"_s), 0);
    QCOMPARE(count(u"enabled eq true and eventType eq 0"_s), 1);
    QCOMPARE(get(sim, u"/schemaevent/full"_s, {{u"filter"_s, u"colour eq 1"_s}}).status, 400);
    QCOMPARE(get(sim, u"/schemaevent/"_s + id).json().object(), event);
    QCOMPARE(get(sim, u"/schemaevent/"_s + kZeroGuid).status, 404);
    QCOMPARE(get(sim, u"/schemaevent"_s).json().array().at(0)[u"id"_s].toString(), id);
    // Without schedules: none.
    QCOMPARE(qrs("GET", u"/schemaevent/full"_s).json().array(), QJsonArray());
}

void TestQrsSim::chainRunsByItself()
{
    // Only the root is started by hand; the scheduler starts the rest as its rules are met.
    SimProcess sim(chain::options());
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const Answer started =
        send("POST", u"/opcon/qrs/task/%1/start/synchronous"_s.arg(chain::Extract), {}, {}, &sim);
    QCOMPARE(started.status, 201);
    // An external program task has no app: null in its session and task, zero guid in results.
    const QJsonObject session =
        get(sim, u"/executionsession/"_s + started.json()[u"value"_s].toString()).json().object();
    QVERIFY(session.contains(u"app"_s));
    QVERIFY(session[u"app"_s].isNull());
    QCOMPARE(session[u"externalProgramTask"_s][u"id"_s].toString(), chain::Extract);
    const QJsonObject task = get(sim, u"/externalprogramtask/"_s + chain::Extract).json().object();
    QVERIFY(task.contains(u"app"_s));
    QVERIFY(task[u"app"_s].isNull());

    // Level 2 starts by itself: a session of the scheduler's.
    QJsonArray transformSessions;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(transformSessions = get(sim, u"/executionsession"_s,
                                  {{u"filter"_s, u"reloadTask.id eq "_s + chain::Transform}})
                                  .json()
                                  .array())
             .isEmpty(),
        5000);
    QCOMPARE(transformSessions.at(0)[u"user"_s][u"userId"_s].toString(), u"sa_scheduler"_s);
    QCOMPARE(transformSessions.at(0)[u"user"_s][u"userDirectory"_s].toString(), u"INTERNAL"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Transform), QList<int> {7}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Sales), QList<int> {7}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Finance), QList<int> {8}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Alert), QList<int> {7}, 5000);
    // The counters settle: five triggers fired (Transform, both level 3, the alert, and the
    // disabled task's, whose start was skipped); the board pack's and the disabled one never.
    QTRY_COMPARE_WITH_TIMEOUT(
        triggerCounters(sim),
        (QJsonObject {{u"fired"_s, 5}, {u"started"_s, 4}, {u"skipped"_s, 1}, {u"scheduled"_s, 0}}),
        5000);
    QCOMPARE(resultsOfTask(sim, chain::BoardPack), QJsonArray());
    QCOMPARE(resultsOfTask(sim, chain::DisabledSync), QJsonArray());
    QCOMPARE(resultsOfTask(sim, chain::DisabledTask), QJsonArray());
    QCOMPARE(resultsOfTask(sim, chain::Extract).size(), 1);
    QCOMPARE(resultsOfTask(sim, chain::Transform).size(), 1);
    const QJsonObject extract = resultsOfTask(sim, chain::Extract).at(0).toObject();
    QCOMPARE(extract[u"appID"_s].toString(), kZeroGuid);

    // Each starts after its upstream ended: triggerDelayMs (100) + pendingMs (100) later.
    const auto gap = [&](const QString &upstream, const QString &downstream) {
        const QJsonObject before = resultsOfTask(sim, upstream).at(0).toObject();
        const QJsonObject after = resultsOfTask(sim, downstream).at(0).toObject();
        return isoDate(before[u"stopTime"_s]).msecsTo(isoDate(after[u"startTime"_s]));
    };
    for (const auto &[upstream, downstream] :
         {std::pair {chain::Extract, chain::Transform}, std::pair {chain::Transform, chain::Sales},
          std::pair {chain::Transform, chain::Finance}, std::pair {chain::Finance, chain::Alert}}) {
        const qint64 ms = gap(upstream, downstream);
        QVERIFY2(ms >= 200 && ms < 1500, qPrintable(u"%1 ms"_s.arg(ms)));
    }

    // The rules' operational state: met and consumed, met and waiting, never met.
    const QString salesStop = resultsOfTask(sim, chain::Sales).at(0)[u"stopTime"_s].toString();
    const QString financeStop = resultsOfTask(sim, chain::Finance).at(0)[u"stopTime"_s].toString();
    const QJsonObject board =
        get(sim, u"/compositeevent/"_s + chain::triggerId(chain::BoardPack, u"Both dashboards"_s))
            .json()
            .object();
    const QJsonArray boardRules = board[u"compositeRules"_s].toArray();
    QCOMPARE(boardRules.size(), 2);
    QCOMPARE(boardRules.at(0)[u"reloadTask"_s][u"id"_s].toString(), chain::Sales);
    QCOMPARE(boardRules.at(0)[u"operational"_s][u"currentState"_s].toInt(), 1);
    QCOMPARE(boardRules.at(0)[u"operational"_s][u"timeStamp"_s].toString(), salesStop);
    QCOMPARE(boardRules.at(1)[u"reloadTask"_s][u"id"_s].toString(), chain::Finance);
    QCOMPARE(boardRules.at(1)[u"operational"_s][u"currentState"_s].toInt(), 0);
    QCOMPARE(boardRules.at(1)[u"operational"_s][u"timeStamp"_s].toString(),
             u"1753-01-01T00:00:00.000Z"_s);
    const QJsonObject alertRule =
        get(sim, u"/compositeevent/"_s + chain::triggerId(chain::Alert, u"Finance failed"_s))
            .json()[u"compositeRules"_s]
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(alertRule[u"operational"_s][u"currentState"_s].toInt(), 0); // consumed by firing
    QCOMPARE(alertRule[u"operational"_s][u"timeStamp"_s].toString(), financeStop);
    // A disabled trigger is not evaluated: its rule was never met.
    const QJsonObject disabledRule =
        get(sim,
            u"/compositeevent/"_s + chain::triggerId(chain::DisabledSync, u"Disabled trigger"_s))
            .json()[u"compositeRules"_s]
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(disabledRule[u"operational"_s][u"currentState"_s].toInt(), 0);
    QCOMPARE(disabledRule[u"operational"_s][u"timeStamp"_s].toString(),
             u"1753-01-01T00:00:00.000Z"_s);
    // Public clients find the tasks that follow the failing one so.
    const QJsonArray afterFinance =
        compositeEvents(sim,
                        u"compositeRules.reloadTask.id eq "_s + chain::Finance +
                            u" and compositeRules.ruleState eq 2"_s);
    QCOMPARE(afterFinance.size(), 1);
    QCOMPARE(afterFinance.at(0)[u"externalProgramTask"_s][u"id"_s].toString(), chain::Alert);

    // A repository restart forgets the rules' state too.
    QVERIFY(sim.forgetSessions());
    QCOMPARE(compositeEvents(sim, u"compositeRules.reloadTask.id eq "_s + chain::Sales)
                 .at(0)[u"compositeRules"_s][0][u"operational"_s][u"currentState"_s]
                 .toInt(),
             0);
}

void TestQrsSim::stopMeetsNoRule()
{
    // A stopped run ends Aborted: neither the "on success" nor the "on fail" trigger fires.
    // Started again and left alone, it succeeds and the "on success" one does.
    SimProcess sim(chain::options());
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const auto start = [&] {
        return send("POST", u"/opcon/qrs/task/%1/start/synchronous"_s.arg(chain::Stoppable), {}, {},
                    &sim);
    };
    QCOMPARE(start().status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(!resultsOfTask(sim, chain::Stoppable).isEmpty() &&
                                 resultsOfTask(sim, chain::Stoppable).at(0)[u"status"_s].toInt() ==
                                     2,
                             5000);
    QCOMPARE(send("POST", u"/opcon/qrs/task/%1/stop"_s.arg(chain::Stoppable), {}, {}, &sim).status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Stoppable), QList<int> {6}, 5000);

    const Answer again = start();
    QCOMPARE(again.status, 201);
    QVERIFY(again.json()[u"value"_s].toString() != kZeroGuid);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Stoppable), (QList<int> {6, 7}), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::AfterStoppable), QList<int> {7}, 5000);
    QCOMPARE(triggerCounters(sim)[u"fired"_s].toInt(), 1);
    // The run that was stopped met nothing: the success rule was met once (by the second run),
    // the failure rule never.
    const QString secondStop = resultsOfTask(sim, chain::Stoppable).at(1)[u"stopTime"_s].toString();
    const auto operational = [&](const QString &trigger) {
        return get(sim, u"/compositeevent/"_s + chain::triggerId(chain::AfterStoppable, trigger))
            .json()[u"compositeRules"_s][0][u"operational"_s]
            .toObject();
    };
    QCOMPARE(operational(u"Stoppable succeeded"_s)[u"timeStamp"_s].toString(), secondStop);
    QCOMPARE(operational(u"Stoppable failed"_s)[u"timeStamp"_s].toString(),
             u"1753-01-01T00:00:00.000Z"_s);
    QCOMPARE(operational(u"Stoppable failed"_s)[u"currentState"_s].toInt(), 0);

    // A repository restart while an upstream run goes on: its end triggers nothing.
    QCOMPARE(start().status, 201);
    QVERIFY(sim.forgetSessions());
    QCOMPARE(start().status, 201); // starts anew: the old session is forgotten
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::Stoppable), QList<int> {7}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, chain::AfterStoppable), QList<int> {7}, 5000);
    QCOMPARE(triggerCounters(sim)[u"fired"_s].toInt(), 2);
}

void TestQrsSim::demoNightlyChain()
{
    // The built-in demo (no --scenario file), ten times faster: its nightly chain runs from
    // Nightly 1 to the failing Finance dashboard and the alert; the board pack never starts.
    SimProcess sim(SimProcess::Options {QString(), false, {u"--time-scale"_s, u"0.1"_s}});
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QStringList names;
    for (const QJsonValue &event : compositeEvents(sim))
        names.append(event[u"name"_s].toString());
    QCOMPARE(names.size(), 5);
    const auto idOf = [&](const QString &name) {
        return get(sim, u"/task"_s, {{u"filter"_s, u"name eq '%1'"_s.arg(name)}})
            .json()
            .array()
            .at(0)[u"id"_s]
            .toString();
    };
    const QString sales = idOf(u"Nightly 3 - Sales dashboard"_s);
    const QString finance = idOf(u"Nightly 3 - Finance dashboard"_s);
    const QString alert = idOf(u"Nightly - Alert on failure"_s);
    const QString board = idOf(u"Nightly 4 - Board pack"_s);
    QVERIFY(!sales.isEmpty() && !finance.isEmpty() && !alert.isEmpty() && !board.isEmpty());
    QCOMPARE(get(sim, u"/externalprogramtask/"_s + alert).status, 200);
    const Answer started = send("POST", u"/opcon/qrs/task/start/synchronous"_s,
                                {{u"name"_s, u"Nightly 1 - Extract sources"_s}}, {}, &sim);
    QCOMPARE(started.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, sales), QList<int> {7}, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, finance), QList<int> {8}, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(finalStatuses(sim, alert), QList<int> {7}, 15000);
    QCOMPARE(triggerCounters(sim)[u"fired"_s].toInt(), 4);
    QCOMPARE(resultsOfTask(sim, board), QJsonArray());
    const QJsonArray failed = resultsOfTask(sim, finance);
    QVERIFY(QJsonDocument(failed).toJson().contains("Field 'Region' not found"));
}

QTEST_GUILESS_MAIN(TestQrsSim)
#include "tst_qrssim.moc"
