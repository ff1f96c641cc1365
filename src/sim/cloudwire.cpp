#include "cloudwire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

QJsonObject href(const QString &url)
{
    return {{u"href"_s, url}};
}

} // namespace

CloudWire::CloudWire(const CloudScenario &scenario, const CloudReloads &reloads, Style style)
    : m_scenario(scenario)
    , m_reloads(reloads)
    , m_style(style)
{ }

HttpReply CloudWire::error(int status, const QString &code, const QString &title,
                           const QString &detail)
{
    const QJsonObject error {{u"code"_s, code}, {u"title"_s, title}, {u"detail"_s, detail}};
    return HttpReply::json(QJsonDocument(QJsonObject {{u"errors"_s, QJsonArray {error}}}), status);
}

HttpReply CloudWire::page(const QJsonArray &data, const QString &self, const QString &next,
                          const QString &prev)
{
    QJsonObject links {{u"self"_s, href(self)}};
    if (!next.isEmpty())
        links.insert(u"next"_s, href(next));
    if (!prev.isEmpty())
        links.insert(u"prev"_s, href(prev));
    return HttpReply::json(QJsonDocument(QJsonObject {{u"data"_s, data}, {u"links"_s, links}}));
}

QString CloudWire::time(qint64 simMs) const
{
    return m_reloads.wallTime(simMs).toUTC().toString(Qt::ISODateWithMs);
}

void CloudWire::setOptional(QJsonObject &object, const QString &key, const QString &value) const
{
    if (!value.isEmpty() || m_style.unsetAsEmpty)
        object.insert(key, value);
}

QJsonObject CloudWire::reload(const CloudReload &reload, bool withLog, const QString &baseUrl) const
{
    const CloudApp *app = m_scenario.app(reload.appId);
    const bool ended = isFinal(reload.status);
    const bool failed =
        reload.status == CloudStatus::Failed || reload.status == CloudStatus::ExceededLimit;
    QJsonObject object {
        {u"id"_s, reload.id},
        {u"appId"_s, reload.appId},
        {u"tenantId"_s, m_scenario.tenant().id},
        {u"userId"_s, reload.userId},
        {u"type"_s, u"external"_s},
        {u"status"_s, cloudStatusName(reload.status)},
        {u"partial"_s, reload.partial},
        {u"weight"_s, reload.weight},
        {u"creationTime"_s, time(reload.creationMs)},
        {u"links"_s, QJsonObject {{u"self"_s, href(baseUrl + u"/api/v1/reloads/"_s + reload.id)}}},
    };
    if (withLog)
        setOptional(object, u"log"_s, ended ? scriptLog(reload) : QString());
    setOptional(object, u"errorCode"_s, failed && app ? app->errorCode : QString());
    setOptional(object, u"errorMessage"_s, failed && app ? app->errorMessage : QString());
    setOptional(object, u"startTime"_s, reload.startMs >= 0 ? time(reload.startMs) : QString());
    setOptional(object, u"endTime"_s, ended ? time(reload.endMs) : QString());
    setOptional(object, u"engineTime"_s,
                reload.status == CloudStatus::Succeeded ? time(reload.endMs) : QString());
    return object;
}

QJsonObject CloudWire::space(const CloudSpace &space) const
{
    return {{u"id"_s, space.id},
            {u"name"_s, space.name},
            {u"type"_s, space.type},
            {u"tenantId"_s, m_scenario.tenant().id}};
}

QJsonObject CloudWire::item(const CloudApp &app, qint64 lastSuccessMs, const QString &baseUrl) const
{
    QJsonObject attributes {{u"id"_s, app.id}, {u"name"_s, app.name}};
    const QString lastReload = lastSuccessMs >= 0 ? time(lastSuccessMs)
        : app.lastReloadTime.isValid()            ? app.lastReloadTime.toString(Qt::ISODateWithMs)
                                                  : QString();
    setOptional(attributes, u"lastReloadTime"_s, lastReload);
    QJsonObject object {
        {u"id"_s, app.itemId},
        {u"name"_s, app.name},
        {u"resourceId"_s, app.id},
        {u"resourceType"_s, u"app"_s},
        {u"ownerId"_s, app.ownerId},
        {u"tenantId"_s, m_scenario.tenant().id},
        {u"resourceAttributes"_s, attributes},
        {u"links"_s, QJsonObject {{u"self"_s, href(baseUrl + u"/api/v1/items/"_s + app.itemId)}}},
    };
    setOptional(object, u"spaceId"_s, app.spaceId);
    return object;
}

QJsonObject CloudWire::user(const CloudCaller &caller) const
{
    return {{u"id"_s, caller.userId},
            {u"name"_s, caller.userName},
            {u"tenantId"_s, m_scenario.tenant().id},
            {u"status"_s, u"active"_s}};
}

QJsonObject CloudWire::token(const QString &accessToken, const QString &scope, qint64 lifetimeMs,
                             qint64 issuedMs) const
{
    return {{u"access_token"_s, accessToken},
            {u"token_type"_s, u"Bearer"_s},
            {u"scope"_s, scope},
            {u"expires_in"_s, lifetimeMs / 1000},
            {u"expires_at"_s, time(issuedMs + lifetimeMs)}};
}

QString CloudWire::scriptLog(const CloudReload &reload) const
{
    const CloudApp *app = m_scenario.app(reload.appId);
    const auto stamp = [this](qint64 simMs) {
        return m_reloads.wallTime(simMs).toUTC().toString(u"yyyyMMdd'T'HHmmss.zzz'+0000 '"_s);
    };
    const qint64 start = reload.startMs >= 0 ? reload.startMs : reload.endMs;
    QStringList lines {stamp(start) + u"Execution started."_s,
                       stamp(start) + u"Reload of "_s + (app ? app->name : reload.appId) +
                           (reload.partial ? u" (partial)"_s : QString())};
    for (const auto &[name, value] : reload.variables)
        lines.append(stamp(start) + u"Variable "_s + name + u" = "_s + value);
    if (reload.startMs >= 0 && app) {
        for (const QString &line : app->scriptLog)
            lines.append(stamp(start) + line);
    }
    const QString end = stamp(reload.endMs);
    switch (reload.status) {
    case CloudStatus::Succeeded:
        lines << end + u"App saved"_s << end + u"Execution finished."_s;
        break;
    case CloudStatus::Failed:
        lines << end + u"The following error occurred:"_s
              << end + (app ? app->errorMessage : QString()) << end + u"Execution Failed"_s;
        break;
    case CloudStatus::ExceededLimit:
        lines << end + (app ? app->errorMessage : QString()) << end + u"Execution Failed"_s;
        break;
    default:
        lines << end + u"The reload was canceled"_s << end + u"Execution canceled"_s;
        break;
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace qrssim
