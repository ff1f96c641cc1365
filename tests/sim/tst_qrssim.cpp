// Drives qrs-sim with hand-built HTTP requests (no QlikService) and checks it behaves like a
// Qlik Sense repository behind a header-authenticated virtual proxy.

#include "simprocess.h"

#include <memory>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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

private:
    Answer send(const QByteArray &method, const QString &path,
                const QList<std::pair<QString, QString>> &query = {},
                const RequestShape &shape = {}, SimProcess *sim = nullptr,
                const QByteArray &body = {});
    Answer qrs(const QByteArray &method, const QString &path,
               const QList<std::pair<QString, QString>> &query = {})
    {
        return send(method, u"/opcon/qrs"_s + path, query);
    }
    QString startTask(const QString &name);
    /// Starts the task unless *session already holds a started run (safe to re-evaluate in
    /// QTRY_*, which evaluates its expression once more after it became true).
    bool ensureStarted(const QString &name, QString *session);
    QJsonArray results(const QStringList &sessions);
    /// Polls the results of one session, recording each newly seen status of its newest result;
    /// true once a final status has been seen.
    bool pollUntilFinal(const QString &session, QList<int> *seen);

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

Answer TestQrsSim::send(const QByteArray &method, const QString &path,
                        const QList<std::pair<QString, QString>> &query, const RequestShape &shape,
                        SimProcess *sim, const QByteArray &body)
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
    QVERIFY2(answer.header("Location").startsWith("/internal_forms_authentication/?targetId="),
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
    QTest::newRow("ne and sw")
        << u"name sw 'Fast' and name ne 'Fast Fail' and name ne 'Fast Error'"_s
        << QStringList {u"Fast Aborted"_s, u"Fast Reset"_s, u"Fast Skipped"_s, u"Fast Success"_s};
    QTest::newRow("or") << u"name eq 'Long Task' or name eq 'No Scheduler'"_s
                        << QStringList {u"Long Task"_s, u"No Scheduler"_s};
    QTest::newRow("doubled quotes and specials")
        << u"name eq "_s + QString::fromUtf8(quoted(special)) << QStringList {special};
    QTest::newRow("so with specials") << u"name so '''Q1'' #1 + ü'"_s << QStringList {special};
    QTest::newRow("app.name") << u"app.name eq 'Other App'"_s
                              << QStringList {u"Duplicate Name"_s, u"Long Task"_s,
                                              u"Medium Task"_s};
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
    QCOMPARE(all.json().object()[u"value"_s].toInt(), 14);
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

QTEST_GUILESS_MAIN(TestQrsSim)
#include "tst_qrssim.moc"
