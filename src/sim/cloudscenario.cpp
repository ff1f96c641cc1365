#include "cloudscenario.h"

#include "scenario.h"

#include <functional>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

constexpr std::pair<CloudStatus, QLatin1StringView> kStatusNames[] = {
    {CloudStatus::Queued, "QUEUED"_L1},
    {CloudStatus::Reloading, "RELOADING"_L1},
    {CloudStatus::Canceling, "CANCELING"_L1},
    {CloudStatus::Succeeded, "SUCCEEDED"_L1},
    {CloudStatus::Failed, "FAILED"_L1},
    {CloudStatus::Canceled, "CANCELED"_L1},
    {CloudStatus::ExceededLimit, "EXCEEDED_LIMIT"_L1},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("qrssim::CloudScenario", text);
}

/// Calls \a each for every object of the array under \a key (absent: none) with its "name" and a
/// "key[i] (name)" for messages; false with *error when the array, an object or a name is missing
/// or wrong, or when \a each says so.
bool forEachNamed(
    const QJsonObject &root, QLatin1StringView key, QString *error,
    const std::function<bool(const QJsonObject &, const QString &, const QString &)> &each)
{
    const QJsonValue value = root.value(key);
    if (!value.isUndefined() && !value.isArray()) {
        *error = tr("\"%1\" must be an array").arg(key);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString name = array.at(i)[u"name"_s].toString();
        if (name.isEmpty()) {
            *error = tr("%1[%2]: an object with a \"name\" is needed").arg(key).arg(i);
            return false;
        }
        if (!each(array.at(i).toObject(), name, tr("%1[%2] (%3)").arg(key).arg(i).arg(name)))
            return false;
    }
    return true;
}

} // namespace

QString cloudStatusName(CloudStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return name;
    }
    return {};
}

std::optional<CloudStatus> cloudStatusFromName(const QString &name)
{
    for (const auto &[value, text] : kStatusNames) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString CloudScenario::objectId(const QString &kind, const QString &key)
{
    const QByteArray bytes = Scenario::generatedId(u"cloud-"_s + kind, key).toRfc4122();
    return QString::fromLatin1(bytes.toHex().left(24));
}

std::optional<CloudScenario> CloudScenario::fromFile(const QString &fileName, QString *error)
{
    const auto content = scenarioFileContent(fileName, error);
    if (!content)
        return std::nullopt;
    QString reason;
    auto scenario = fromJson(*content, &reason);
    if (!scenario)
        *error = tr("invalid cloud scenario file %1: %2").arg(fileName, reason);
    return scenario;
}

std::optional<CloudScenario> CloudScenario::fromJson(const QByteArray &json, QString *error)
{
    const auto root = scenarioRoot(json, error);
    if (!root)
        return std::nullopt;
    CloudScenario scenario;
    if (!scenario.parseTenant(*root, error) || !scenario.parseSpaces(*root, error) ||
        !scenario.parseApps(*root, error))
        return std::nullopt;
    return scenario;
}

bool CloudScenario::parseTenant(const QJsonObject &root, QString *error)
{
    const QJsonValue value = root.value("tenant"_L1);
    if (!value.isUndefined() && !value.isObject()) {
        *error = tr("\"tenant\" must be an object");
        return false;
    }
    const QJsonObject tenant = value.toObject();
    m_tenant.name = tenant.value("name"_L1).toString(u"qrs-sim"_s);
    // Real tenant ids are random base64url text; this one is derived from the name.
    const QByteArray generated =
        Scenario::generatedId(u"cloud-tenant"_s, m_tenant.name)
            .toRfc4122()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tenant.id = tenant.value("id"_L1).toString(QString::fromLatin1(generated));
    m_tenant.userName = tenant.value("user"_L1).toString(u"API Developer"_s);
    m_tenant.userId = objectId(u"user"_s, m_tenant.userName);
    return true;
}

bool CloudScenario::parseSpaces(const QJsonObject &root, QString *error)
{
    return forEachNamed(
        root, "spaces"_L1, error,
        [&](const QJsonObject &object, const QString &name, const QString &where) {
            const CloudSpace space {object.value("id"_L1).toString(objectId(u"space"_s, name)),
                                    name, object.value("type"_L1).toString(u"shared"_s)};
            if (space.type != "shared"_L1 && space.type != "managed"_L1 &&
                space.type != "personal"_L1) {
                *error = tr("%1: \"type\" is shared, managed or personal").arg(where);
                return false;
            }
            m_spaces.append(space);
            return true;
        });
}

bool CloudScenario::parseApps(const QJsonObject &root, QString *error)
{
    return forEachNamed(root, "apps"_L1, error,
                        [&](const QJsonObject &object, const QString &name, const QString &where) {
                            CloudApp app;
                            app.name = name;
                            if (!parseApp(object, where, &app, error))
                                return false;
                            m_apps.append(app);
                            return true;
                        });
}

bool CloudScenario::parseApp(const QJsonObject &object, const QString &where, CloudApp *app,
                             QString *error) const
{
    app->id = object.value("id"_L1).toString(
        Scenario::generatedId(u"cloud-app"_s, app->name).toString(QUuid::WithoutBraces));
    app->itemId = objectId(u"item"_s, app->id);
    if (this->app(app->id)) {
        *error = tr("%1: duplicate id").arg(where);
        return false;
    }
    const QString spaceRef = object.value("space"_L1).toString();
    for (const CloudSpace &space : m_spaces) {
        if (space.name == spaceRef || space.id == spaceRef)
            app->spaceId = space.id;
    }
    if (!spaceRef.isEmpty() && app->spaceId.isEmpty()) {
        *error = tr("%1: unknown space \"%2\"").arg(where, spaceRef);
        return false;
    }
    app->ownerName = object.value("owner"_L1).toString(m_tenant.userName);
    app->ownerId = objectId(u"user"_s, app->ownerName);
    const std::pair<QLatin1StringView, qint64 *> durations[] = {{"durationMs"_L1, &app->durationMs},
                                                                {"cancelMs"_L1, &app->cancelMs}};
    for (const auto &[key, target] : durations) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() < 0)) {
            *error = tr("%1: \"%2\" must be a number of milliseconds >= 0").arg(where, key);
            return false;
        }
        *target = qint64(value.toDouble(double(*target)));
    }
    const QString outcome = object.value("outcome"_L1).toString(u"SUCCEEDED"_s);
    const auto status = cloudStatusFromName(outcome);
    if (!status ||
        (*status != CloudStatus::Succeeded && *status != CloudStatus::Failed &&
         *status != CloudStatus::ExceededLimit)) {
        *error = tr("%1: \"outcome\" is SUCCEEDED, FAILED or EXCEEDED_LIMIT").arg(where);
        return false;
    }
    app->outcome = *status;
    // ⚠ Invented defaults: the codes and messages a real tenant gives are not documented.
    const bool failed = app->outcome == CloudStatus::Failed;
    const bool exceeded = app->outcome == CloudStatus::ExceededLimit;
    app->errorCode = object.value("errorCode"_L1)
                         .toString(failed         ? u"RELOAD-SCRIPT-ERROR"_s
                                       : exceeded ? u"RELOAD-EXCEEDED-LIMIT"_s
                                                  : QString());
    app->errorMessage = object.value("errorMessage"_L1)
                            .toString(failed         ? u"General Script Error"_s
                                          : exceeded ? u"The reload exceeded its time limit"_s
                                                     : QString());
    const QJsonValue log = object.value("scriptLog"_L1);
    if (log.isString())
        app->scriptLog = log.toString().split(u'\n');
    for (const QJsonValue &line : log.toArray())
        app->scriptLog.append(line.toString());
    const QJsonValue last = object.value("lastReloadTime"_L1);
    app->lastReloadTime = QDateTime::fromString(last.toString(), Qt::ISODateWithMs).toUTC();
    if (!last.isUndefined() && !app->lastReloadTime.isValid()) {
        *error = tr("%1: \"lastReloadTime\" is not ISO 8601").arg(where);
        return false;
    }
    return true;
}

const CloudApp *CloudScenario::app(const QString &id) const
{
    for (const CloudApp &app : m_apps) {
        if (app.id.compare(id, Qt::CaseInsensitive) == 0)
            return &app;
    }
    return nullptr;
}

} // namespace qrssim
