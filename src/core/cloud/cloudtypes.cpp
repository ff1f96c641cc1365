#include "cloudtypes.h"

#include "qrsjson.h"

#include <array>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

/// The texts of this file, translated in the context "CloudJson".
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(CloudJson)
};

struct StatusText
{
    CloudReloadStatus status;
    QLatin1StringView wire;
    const char *words; ///< translated in the context "CloudReloadStatus"
};

constexpr std::array<StatusText, 7> statusTexts {{
    {CloudReloadStatus::Queued, "QUEUED"_L1, QT_TRANSLATE_NOOP("CloudReloadStatus", "Queued")},
    {CloudReloadStatus::Reloading, "RELOADING"_L1,
     QT_TRANSLATE_NOOP("CloudReloadStatus", "Reloading")},
    {CloudReloadStatus::Canceling, "CANCELING"_L1,
     QT_TRANSLATE_NOOP("CloudReloadStatus", "Canceling")},
    {CloudReloadStatus::Succeeded, "SUCCEEDED"_L1,
     QT_TRANSLATE_NOOP("CloudReloadStatus", "Succeeded")},
    {CloudReloadStatus::Failed, "FAILED"_L1, QT_TRANSLATE_NOOP("CloudReloadStatus", "Failed")},
    {CloudReloadStatus::Canceled, "CANCELED"_L1,
     QT_TRANSLATE_NOOP("CloudReloadStatus", "Canceled")},
    {CloudReloadStatus::ExceededLimit, "EXCEEDED_LIMIT"_L1,
     QT_TRANSLATE_NOOP("CloudReloadStatus", "Exceeded its limit")},
}};

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

/// Reads the fields of one JSON object, keeping the first problem found; every read after a
/// problem gives an empty value.
class Fields final
{
public:
    Fields(const QJsonValue &value, QString where)
        : m_where(std::move(where))
    {
        if (value.isObject())
            m_object = value.toObject();
        else
            fail(m_where, Text::tr("an object"), value);
    }

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    /// A string that must be there and not be empty.
    QString required(QLatin1StringView name)
    {
        const QString value = optional(name);
        if (ok() && value.isEmpty())
            m_error = Text::tr("%1 is missing or empty").arg(path(name));
        return ok() ? value : QString();
    }

    /// A string, or nothing (absent or null).
    QString optional(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isString())
            return value.toString();
        if (!isAbsent(value))
            fail(path(name), Text::tr("a string"), value);
        return {};
    }

    bool flag(QLatin1StringView name, bool fallback)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isBool())
            return value.toBool();
        if (!isAbsent(value))
            fail(path(name), Text::tr("a boolean"), value);
        return fallback;
    }

    /// An ISO 8601 time, or nothing (absent, null or an empty string): invalid.
    QDateTime time(QLatin1StringView name)
    {
        const QString text = optional(name);
        if (text.isEmpty())
            return {};
        const QDateTime parsed = QrsJson::parseDate(QJsonValue(text));
        if (!parsed.isValid())
            m_error = Text::tr("%1 is not an ISO 8601 time: '%2'").arg(path(name), text.left(40));
        return parsed;
    }

    /// A nested object read with the same rules; an empty object when absent.
    Fields object(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        Fields nested(isAbsent(value) ? QJsonValue(QJsonObject()) : value, path(name));
        if (!ok())
            nested.m_error = m_error;
        else if (!nested.ok())
            m_error = nested.m_error;
        return nested;
    }

    /// A problem of the caller's own finding, named after this object's field.
    void refuse(QLatin1StringView name, const QString &why)
    {
        if (ok())
            m_error = path(name) + u": "_s + why;
    }

private:
    [[nodiscard]] static bool isAbsent(const QJsonValue &value)
    {
        return value.isUndefined() || value.isNull();
    }
    [[nodiscard]] QString path(QLatin1StringView name) const
    {
        return m_where.isEmpty() ? QString(name) : m_where + u'.' + name;
    }
    void fail(const QString &path, const QString &expected, const QJsonValue &value)
    {
        if (ok())
            m_error = Text::tr("%1 is %2, not %3").arg(path, kindOf(value), expected);
    }

    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

template<typename T> Result<T> failure(const QString &error)
{
    return Result<T>::failure(error);
}

/// What was read, or the first problem found while reading it.
template<typename T> Result<T> outcome(const Fields &fields, T value)
{
    return fields.ok() ? Result<T>(std::move(value)) : failure<T>(fields.error());
}

/// A body that must hold one JSON object.
Result<QJsonObject> objectOf(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return failure<QJsonObject>(Text::tr("the answer is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure<QJsonObject>(Text::tr("the answer is not valid JSON: %1 at byte %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!document.isObject())
        return failure<QJsonObject>(Text::tr("the answer is a JSON array, not an object"));
    return document.object();
}

/// A body that holds one object, read by `parse` and named `where` in errors.
template<typename T>
Result<T> fromBody(const QByteArray &body, const QString &where,
                   Result<T> (*parse)(const QJsonValue &, const QString &))
{
    const auto object = objectOf(body);
    if (!object)
        return failure<T>(object.error());
    return parse(object.value(), where);
}

Result<CloudUser> userOf(const QJsonValue &value, const QString &where)
{
    Fields fields(value, where);
    CloudUser user;
    user.id = fields.required("id"_L1);
    user.name = fields.optional("name"_L1);
    user.tenantId = fields.optional("tenantId"_L1);
    return outcome(fields, std::move(user));
}

} // namespace

CloudReloadStatus cloudReloadStatus(QStringView wireName)
{
    for (const StatusText &text : statusTexts) {
        if (wireName == text.wire)
            return text.status;
    }
    return CloudReloadStatus::Unknown;
}

QString wireName(CloudReloadStatus status)
{
    for (const StatusText &text : statusTexts) {
        if (text.status == status)
            return text.wire.toString();
    }
    return {};
}

bool isFinal(CloudReloadStatus status)
{
    switch (status) {
    case CloudReloadStatus::Succeeded:
    case CloudReloadStatus::Failed:
    case CloudReloadStatus::Canceled:
    case CloudReloadStatus::ExceededLimit:
        return true;
    case CloudReloadStatus::Queued:
    case CloudReloadStatus::Reloading:
    case CloudReloadStatus::Canceling:
    case CloudReloadStatus::Unknown:
        break;
    }
    return false;
}

QString displayName(CloudReloadStatus status)
{
    for (const StatusText &text : statusTexts) {
        if (text.status == status)
            return QCoreApplication::translate("CloudReloadStatus", text.words);
    }
    return QCoreApplication::translate("CloudReloadStatus", "Unknown status");
}

QString CloudReload::displayStatus() const
{
    if (status != CloudReloadStatus::Unknown)
        return displayName(status);
    return QCoreApplication::translate("CloudReloadStatus", "Unknown status '%1'")
        .arg(statusName.left(40));
}

namespace CloudJson {

Result<Page> parsePage(const QByteArray &body)
{
    const auto object = objectOf(body);
    if (!object)
        return failure<Page>(object.error());
    const QJsonValue data = object.value().value("data"_L1);
    if (!data.isArray())
        return failure<Page>(Text::tr("data is %1, not an array").arg(kindOf(data)));
    Page page;
    const QJsonArray array = data.toArray();
    page.data.reserve(array.size());
    for (const QJsonValue &element : array)
        page.data.append(element);
    Fields root(object.value(), QString());
    Fields next = root.object("links"_L1).object("next"_L1);
    page.next = next.optional("href"_L1);
    if (!next.ok())
        return failure<Page>(next.error());
    return page;
}

Result<CloudUser> parseUser(const QByteArray &body)
{
    return fromBody<CloudUser>(body, u"user"_s, &userOf);
}

Result<CloudReload> parseReload(const QByteArray &body)
{
    return fromBody<CloudReload>(body, u"reload"_s, &parseReload);
}

Result<CloudReload> parseReload(const QJsonValue &value, const QString &where)
{
    Fields fields(value, where);
    CloudReload reload;
    reload.id = fields.required("id"_L1);
    reload.appId = fields.required("appId"_L1);
    reload.statusName = fields.required("status"_L1);
    reload.status = cloudReloadStatus(reload.statusName);
    reload.partial = fields.flag("partial"_L1, false);
    reload.type = fields.optional("type"_L1);
    reload.errorCode = fields.optional("errorCode"_L1);
    reload.errorMessage = fields.optional("errorMessage"_L1);
    reload.creationTime = fields.time("creationTime"_L1);
    reload.startTime = fields.time("startTime"_L1);
    reload.endTime = fields.time("endTime"_L1);
    const QString log = fields.optional("log"_L1);
    if (value.toObject().value("log"_L1).isString())
        reload.log = log;
    return outcome(fields, std::move(reload));
}

Result<CloudSpace> parseSpace(const QJsonValue &value, const QString &where)
{
    Fields fields(value, where);
    CloudSpace space;
    space.id = fields.required("id"_L1);
    space.name = fields.required("name"_L1);
    space.type = fields.optional("type"_L1);
    return outcome(fields, std::move(space));
}

Result<std::optional<CloudApp>> parseAppItem(const QJsonValue &value, const QString &where)
{
    using R = Result<std::optional<CloudApp>>;
    Fields fields(value, where);
    const QString type = fields.optional("resourceType"_L1);
    if (fields.ok() && !type.isEmpty() && type != "app"_L1)
        return R(std::nullopt);
    CloudApp app;
    app.itemId = fields.required("id"_L1);
    app.id = fields.required("resourceId"_L1);
    app.name = fields.optional("name"_L1);
    app.spaceId = fields.optional("spaceId"_L1);
    app.ownerId = fields.optional("ownerId"_L1);
    Fields attributes = fields.object("resourceAttributes"_L1);
    app.lastReloadTime = attributes.time("lastReloadTime"_L1);
    if (!attributes.ok())
        return R::failure(attributes.error());
    if (fields.ok() && app.name.isEmpty())
        fields.refuse("name"_L1, Text::tr("an app without a name"));
    if (!fields.ok())
        return R::failure(fields.error());
    return R(app);
}

QList<CloudApiError> parseErrors(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonArray errors = document.object().value("errors"_L1).toArray();
    QList<CloudApiError> parsed;
    for (const QJsonValue &error : errors) {
        const QJsonObject object = error.toObject();
        const auto text = [&object](QLatin1StringView name) {
            const QJsonValue value = object.value(name);
            // Some services send numeric codes.
            return value.isDouble() ? QString::number(value.toDouble())
                                    : value.toString().simplified();
        };
        CloudApiError one {text("code"_L1), text("title"_L1), text("detail"_L1)};
        if (!one.title.isEmpty() || !one.detail.isEmpty() || !one.code.isEmpty())
            parsed.append(one);
    }
    return parsed;
}

} // namespace CloudJson
