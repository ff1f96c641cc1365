#include "cloudroutes.h"

#include "reloadquery.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

HttpReply badRequest(const QString &code, const QString &detail)
{
    return CloudWire::error(400, code, u"Bad Request"_s, detail);
}

HttpReply notFound(const QString &code, const QString &detail)
{
    return CloudWire::error(404, code, u"Not Found"_s, detail);
}

HttpReply tooManyRequests(int seconds)
{
    HttpReply reply = CloudWire::error(
        429, u"HTTP-429"_s, u"API rate limit reached."_s,
        u"You need to wait %1 seconds before you send another request."_s.arg(seconds));
    reply.addHeader("Retry-After", QByteArray::number(seconds));
    return reply;
}

/// "http://host:port" as the client addressed the sim.
QString baseUrl(const SimRequest &request)
{
    const QByteArray host = request.header("Host");
    return (request.tls ? u"https://"_s : u"http://"_s) +
        (host.isEmpty() ? u"127.0.0.1"_s : QString::fromLatin1(host));
}

QString encodedPath(const SimRequest &request)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(request.path, "/"));
}

QString selfHref(const SimRequest &request)
{
    const QString query = request.query.toString(QUrl::FullyEncoded);
    return baseUrl(request) + encodedPath(request) + (query.isEmpty() ? QString() : u'?' + query);
}

/// The request's own URL with its cursor replaced by `param=<cursor of key>`.
QString cursorHref(const SimRequest &request, const QString &param, const QString &key)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(u"next"_s);
    query.removeAllQueryItems(u"prev"_s);
    query.addQueryItem(param,
                       QString::fromLatin1(key.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals)));
    return baseUrl(request) + encodedPath(request) + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace

CloudRoutes::CloudRoutes(CloudScenario scenario, Settings settings, const Executions &clock,
                         Faults &faults)
    : m_scenario(std::move(scenario))
    , m_settings(std::move(settings))
    , m_faults(faults)
    , m_reloads(m_scenario, clock, m_settings.maxConcurrentReloads)
    , m_auth(m_settings.auth, m_scenario.tenant())
    , m_limiter(m_settings.limits)
    , m_wire(m_scenario, m_reloads, m_settings.wire)
{ }

void CloudRoutes::forget()
{
    m_reloads.forget();
    m_limiter.clear();
}

HttpReply CloudRoutes::handle(const SimRequest &request)
{
    if (const int seconds = m_limiter.takeForced())
        return tooManyRequests(seconds);
    if (request.path == "/oauth/token"_L1) {
        if (request.method != "POST")
            return CloudWire::error(405, u"HTTP-405"_s, u"Method Not Allowed"_s,
                                    u"POST /oauth/token"_s);
        return oauthToken(request);
    }
    if (!request.path.startsWith("/api/"_L1))
        return notFound(u"HTTP-404"_s, u"No such route: %1"_s.arg(request.path));
    CloudAuth::Refusal why = CloudAuth::Refusal::NoToken;
    const auto caller =
        m_auth.authenticate(request.header("Authorization"), m_reloads.nowMs(), &why);
    if (!caller) {
        const QString detail = why == CloudAuth::Refusal::Expired ? u"token expired"_s
            : why == CloudAuth::Refusal::NoToken ? u"missing Authorization: Bearer header"_s
                                                 : u"invalid API key or access token"_s;
        return CloudWire::error(401, u"HTTP-401"_s, u"Unauthorized"_s, detail);
    }
    const auto tier = RateLimiter::tierOf(request.method, request.path);
    if (const int seconds = m_limiter.admit(caller->token, tier, m_reloads.nowMs()))
        return tooManyRequests(seconds);
    return dispatch(request, *caller);
}

HttpReply CloudRoutes::dispatch(const SimRequest &request, const CloudCaller &caller)
{
    const QStringList s = request.path.mid(8).split(u'/', Qt::SkipEmptyParts); // after /api/v1/
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const qsizetype n = s.size();
    const bool v1 = request.path.startsWith("/api/v1/"_L1);
    const QString head = v1 && n > 0 ? s.at(0) : QString();
    if (head == "users"_L1 && n == 2 && s.at(1) == "me"_L1 && get)
        return HttpReply::json(QJsonDocument(m_wire.user(caller)));
    if (head == "spaces"_L1 && n == 1 && get)
        return spaces(request);
    if (head == "items"_L1 && n == 1 && get)
        return items(request);
    if (head == "reloads"_L1 && n == 1 && (get || post))
        return post ? createReload(request, caller) : listReloads(request, caller);
    if (head == "reloads"_L1 && n == 2 && get)
        return reload(request, s.at(1));
    if (head == "reloads"_L1 && n == 4 && post && s.at(2) == "actions"_L1 && s.at(3) == "cancel"_L1)
        return cancel(s.at(1));
    if (head == "apps"_L1 && n == 5 && get && s.at(2) == "reloads"_L1 && s.at(3) == "logs"_L1)
        return scriptLog(s.at(1), s.at(4));
    const bool known = head == "users"_L1 || head == "spaces"_L1 || head == "items"_L1 ||
        head == "reloads"_L1 || head == "apps"_L1;
    if (known && !get && !post)
        return CloudWire::error(405, u"HTTP-405"_s, u"Method Not Allowed"_s, request.path);
    return notFound(u"HTTP-404"_s, u"No such route: %1"_s.arg(request.path));
}

HttpReply CloudRoutes::oauthToken(const SimRequest &request)
{
    // A JSON body, or a form (whatever the Content-Type says: clients get it wrong).
    const QJsonDocument json = QJsonDocument::fromJson(request.body);
    QJsonObject fields = json.object();
    if (!json.isObject()) {
        QString body = QString::fromUtf8(request.body);
        const QUrlQuery form(body.replace(u'+', u"%20"_s));
        const auto items = form.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            fields.insert(key, value);
    }
    const QString grant = fields.value("grant_type"_L1).toString();
    if (fields.isEmpty())
        return CloudWire::error(400, u"OAUTH-2"_s, u"invalid_request"_s,
                                u"the body must be a JSON object or a form"_s);
    if (grant != "client_credentials"_L1)
        return CloudWire::error(400, u"OAUTH-3"_s, u"unsupported_grant_type"_s,
                                u"grant_type must be client_credentials"_s);
    const qint64 now = m_reloads.nowMs();
    const auto token = m_auth.issueToken(fields.value("client_id"_L1).toString(),
                                         fields.value("client_secret"_L1).toString(), now);
    if (!token)
        return CloudWire::error(401, u"OAUTH-1"_s, u"invalid_client"_s,
                                u"unknown client_id or wrong client_secret"_s);
    const QString scope = fields.value("scope"_L1).toString();
    HttpReply reply = HttpReply::json(QJsonDocument(m_wire.token(
        *token, scope.isEmpty() ? u"admin_classic"_s : scope, m_auth.tokenLifetimeMs(), now)));
    reply.addHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply CloudRoutes::listAnswer(const SimRequest &request, const QStringList &keys,
                                  const QString &errorCode,
                                  const std::function<QJsonObject(qsizetype)> &element)
{
    bool ok = true;
    const int limit = request.queryValue(u"limit"_s).value_or(u"10"_s).toInt(&ok);
    const auto next = request.queryValue(u"next"_s);
    const auto prev = request.queryValue(u"prev"_s);
    if (!ok || limit < 1 || limit > 100)
        return badRequest(errorCode, u"limit must be an integer between 1 and 100"_s);
    if (next && prev)
        return badRequest(errorCode, u"give either the next or the prev cursor, not both"_s);
    qsizetype from = 0;
    qsizetype to = std::min<qsizetype>(limit, keys.size());
    if (next || prev) {
        const auto decoded = QByteArray::fromBase64Encoding(
            (next ? *next : *prev).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype at = decoded ? keys.indexOf(QString::fromUtf8(*decoded)) : -1;
        if (at < 0)
            return badRequest(errorCode, u"invalid or outdated cursor"_s);
        from = next ? at + 1 : std::max<qsizetype>(0, at - limit);
        to = next ? std::min<qsizetype>(at + 1 + limit, keys.size()) : at;
    }
    QJsonArray data;
    for (qsizetype i = from; i < to; ++i)
        data.append(element(i));
    const bool some = to > from;
    return CloudWire::page(
        data, selfHref(request),
        some && to < keys.size() ? cursorHref(request, u"next"_s, keys.at(to - 1)) : QString(),
        some && from > 0 ? cursorHref(request, u"prev"_s, keys.at(from)) : QString());
}

HttpReply CloudRoutes::spaces(const SimRequest &request)
{
    const QString type = request.queryValue(u"type"_s).value_or(QString());
    const QString name = request.queryValue(u"name"_s).value_or(QString());
    QList<const CloudSpace *> matching;
    QStringList keys;
    for (const CloudSpace &space : m_scenario.spaces()) {
        if ((type.isEmpty() || space.type == type) &&
            (name.isEmpty() || space.name.compare(name, Qt::CaseInsensitive) == 0)) {
            matching.append(&space);
            keys.append(space.id);
        }
    }
    return listAnswer(request, keys, u"HTTP-400"_s,
                      [&](qsizetype i) { return m_wire.space(*matching.at(i)); });
}

HttpReply CloudRoutes::items(const SimRequest &request)
{
    const QString type = request.queryValue(u"resourceType"_s).value_or(u"app"_s);
    const QString spaceId = request.queryValue(u"spaceId"_s).value_or(QString());
    const QString name = request.queryValue(u"name"_s).value_or(QString());
    QList<const CloudApp *> matching;
    QStringList keys;
    for (const CloudApp &app : m_scenario.apps()) {
        if (type.split(u',').contains(u"app"_s) && (spaceId.isEmpty() || app.spaceId == spaceId) &&
            (name.isEmpty() || app.name.compare(name, Qt::CaseInsensitive) == 0)) {
            matching.append(&app);
            keys.append(app.itemId);
        }
    }
    return listAnswer(request, keys, u"HTTP-400"_s, [&](qsizetype i) {
        const CloudApp &app = *matching.at(i);
        return m_wire.item(app, m_reloads.lastSuccessMs(app.id), baseUrl(request));
    });
}

HttpReply CloudRoutes::createReload(const SimRequest &request, const CloudCaller &caller)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    const QJsonValue appId = body.value("appId"_L1);
    const QJsonValue partial = body.value("partial"_L1);
    const QJsonValue weight = body.value("weight"_L1);
    const QJsonValue variables = body.value("variables"_L1);
    if (!document.isObject() || !appId.isString() || appId.toString().isEmpty())
        return badRequest(u"RELOADS-001"_s, u"the body must be a JSON object with an appId"_s);
    if ((!partial.isUndefined() && !partial.isBool()) ||
        (!weight.isUndefined() &&
         (!weight.isDouble() || weight.toDouble() != weight.toInt() || weight.toInt() < 1 ||
          weight.toInt() > 10)) ||
        (!variables.isUndefined() && !variables.isObject()))
        return badRequest(u"RELOADS-001"_s,
                          u"partial is a boolean, weight an integer from 1 to 10, variables an "
                          "object of strings"_s);
    const QJsonObject variableObject = variables.toObject();
    if (variableObject.size() > 20)
        return badRequest(u"RELOADS-007"_s, u"at most 20 variables may be given"_s);
    QList<std::pair<QString, QString>> pairs;
    for (auto it = variableObject.begin(); it != variableObject.end(); ++it) {
        if (!it.value().isString())
            return badRequest(u"RELOADS-001"_s, u"variable %1 is not a string"_s.arg(it.key()));
        if (it.value().toString().size() > 256)
            return badRequest(
                u"RELOADS-008"_s,
                u"the value of variable %1 is longer than 256 characters"_s.arg(it.key()));
        pairs.append({it.key(), it.value().toString()});
    }
    const CloudApp *app = m_scenario.app(appId.toString());
    if (!app)
        return notFound(u"RELOADS-004"_s, u"app %1 not found"_s.arg(appId.toString()));
    const CloudReload created =
        m_reloads.create(*app, caller.userId, partial.toBool(), weight.toInt(1), pairs);
    return HttpReply::json(QJsonDocument(m_wire.reload(created, true, baseUrl(request))), 201);
}

HttpReply CloudRoutes::listReloads(const SimRequest &request, const CloudCaller &caller)
{
    if (m_faults.countPollAndCheckFailure())
        return CloudWire::error(503, u"HTTP-503"_s, u"Service Unavailable"_s,
                                u"the reloads service is busy"_s);
    HttpReply error;
    const auto query = ReloadQuery::parse(
        request, {caller.admin, m_settings.filterIds, m_settings.logByDefault}, &error);
    if (!query)
        return error;
    const QList<CloudReload> selected = query->select(m_reloads.all());
    QStringList keys;
    for (const CloudReload &reload : selected)
        keys.append(reload.id);
    return listAnswer(request, keys, u"RELOADS-002"_s, [&](qsizetype i) {
        return m_wire.reload(selected.at(i), query->withLog(), baseUrl(request));
    });
}

HttpReply CloudRoutes::reload(const SimRequest &request, const QString &id)
{
    if (m_faults.countPollAndCheckFailure())
        return CloudWire::error(503, u"HTTP-503"_s, u"Service Unavailable"_s,
                                u"the reloads service is busy"_s);
    const auto found = m_reloads.find(id);
    if (!found)
        return notFound(u"RELOADS-005"_s, u"reload %1 not found"_s.arg(id));
    return HttpReply::json(QJsonDocument(m_wire.reload(*found, true, baseUrl(request))));
}

HttpReply CloudRoutes::cancel(const QString &id)
{
    switch (m_reloads.cancel(id)) {
    case CloudReloads::CancelResult::Unknown:
        return notFound(u"RELOADS-005"_s, u"reload %1 not found"_s.arg(id));
    case CloudReloads::CancelResult::AlreadyFinal:
        return CloudWire::error(409, u"RELOADS-006"_s, u"Conflict"_s,
                                u"reload %1 has already ended and cannot be canceled"_s.arg(id));
    case CloudReloads::CancelResult::Canceling:
        break;
    }
    if (m_settings.cancelStatus == 204)
        return HttpReply::empty(204);
    return HttpReply::json(QJsonDocument(QJsonObject {{u"status"_s, u"CANCELING"_s}}), 202);
}

HttpReply CloudRoutes::scriptLog(const QString &appId, const QString &reloadId)
{
    const auto found = m_reloads.find(reloadId);
    if (!m_scenario.app(appId))
        return notFound(u"RELOADS-004"_s, u"app %1 not found"_s.arg(appId));
    if (!found || found->appId.compare(appId, Qt::CaseInsensitive) != 0)
        return notFound(u"RELOADS-005"_s, u"reload %1 of app %2 not found"_s.arg(reloadId, appId));
    if (!isFinal(found->status))
        return notFound(u"RELOADS-010"_s,
                        u"reload %1 has not ended: its log is not available yet"_s.arg(reloadId));
    return HttpReply::text(m_wire.scriptLog(*found).toUtf8(), 200, "text/plain; charset=utf-8");
}

HttpReply CloudRoutes::control(const SimRequest &request)
{
    if (request.method == "POST" && request.path == "/__sim/cloud/expire-tokens"_L1) {
        m_auth.expireAll(m_reloads.nowMs());
        return HttpReply::empty(204);
    }
    if (request.method == "POST" && request.path == "/__sim/cloud/ratelimit"_L1) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonValue retryAfter = body.value("retryAfter"_L1);
        const QJsonValue count = body.value("count"_L1);
        if (!retryAfter.isDouble() || retryAfter.toInt() < 1 || !count.isDouble() ||
            count.toInt() < 0)
            return HttpReply::text("Body must be {\"retryAfter\": seconds >= 1, \"count\": n >= 0}",
                                   400);
        m_limiter.force(retryAfter.toInt(), count.toInt());
        return HttpReply::empty(204);
    }
    return HttpReply::text("Unknown control endpoint", 404);
}

} // namespace qrssim
