#include "qrsjson.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

// Decisions about what the repository must send (everything else is optional and falls back to
// the defaults of the structs in qrstypes.h when it is missing or of the wrong type):
// - ExecutionResult: `id` (non-empty string) and `status` (whole number). Without them a result
//   cannot be told apart from its retries nor judged, so the whole answer is refused.
// - ReloadTask: `id` and `name` (strings): a task list is for picking tasks by name or id.
//   Unknown `taskType` numbers read as Reload (the contract has no "other" type).
// - ExecutionSession: `id` (string). The task and app ids are read from `taskID`/`appID`
//   or from the nested `reloadTask`/`externalProgramTask`/.../`app` objects, whichever is an
//   object (a session has its own kind of task set, the other kinds are null).
// - AboutInfo: `buildVersion` (string): it is what proves we reached a repository.
// - The `...ID` field names are also accepted in camel case (`executionId`, `taskId`, ...).
// - `duration`, `scriptLogSize`: a number, or a string holding a number.
// - Dates: strings in ISO 8601, with or without milliseconds; without a zone they are read as
//   UTC. Year 1753 or earlier is the repository's "no date" and reads as an invalid QDateTime.
// - Invalid UTF-8 inside strings is reported by QJsonDocument itself (IllegalUTF8String);
//   outside strings any non-ASCII byte is a syntax error, so no extra decoding pass is needed.

namespace {

QString text(const char *sourceText)
{
    return QCoreApplication::translate("QrsJson", sourceText);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return text(QT_TRANSLATE_NOOP("QrsJson", "null"));
    case QJsonValue::Bool:
        return text(QT_TRANSLATE_NOOP("QrsJson", "a boolean"));
    case QJsonValue::Double:
        return text(QT_TRANSLATE_NOOP("QrsJson", "a number"));
    case QJsonValue::String:
        return text(QT_TRANSLATE_NOOP("QrsJson", "a string"));
    case QJsonValue::Array:
        return text(QT_TRANSLATE_NOOP("QrsJson", "an array"));
    case QJsonValue::Object:
        return text(QT_TRANSLATE_NOOP("QrsJson", "an object"));
    case QJsonValue::Undefined:
        break;
    }
    return text(QT_TRANSLATE_NOOP("QrsJson", "nothing"));
}

/// The start of an unexpected value for error messages: enough to recognise it, never all of it.
QString excerpt(const QString &value)
{
    constexpr qsizetype maxLength = 60;
    if (value.size() <= maxLength)
        return value;
    // Never cut between the two halves of a surrogate pair (an emoji): that leaves invalid UTF-16.
    const qsizetype length = value.at(maxLength - 1).isHighSurrogate() ? maxLength - 1 : maxLength;
    return value.left(length) + u"..."_s;
}

/// The first byte that is not white space, or 0 for a blank body (no copy of a large body).
char firstSignificantByte(const QByteArray &body)
{
    for (const char c : body) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
            return c;
    }
    return 0;
}

/// What every body goes through before parsing: size, emptiness, HTML instead of JSON.
std::optional<QString> precheck(const QByteArray &body)
{
    if (body.size() > QrsJson::MaxBodySize) {
        return QCoreApplication::translate("QrsJson",
                                           "the answer is too large (%1 bytes, at most %2)")
            .arg(body.size())
            .arg(QrsJson::MaxBodySize);
    }
    const char first = firstSignificantByte(body);
    if (first == 0)
        return text(QT_TRANSLATE_NOOP("QrsJson", "the answer is empty"));
    if (first == '<') {
        return text(
            QT_TRANSLATE_NOOP("QrsJson",
                              "the answer is HTML, not JSON (a login page? check the virtual proxy "
                              "prefix and the user header name)"));
    }
    return std::nullopt;
}

Result<QJsonDocument> parseJson(const QByteArray &json)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<QJsonDocument>::failure(
            QCoreApplication::translate("QrsJson", "the answer is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    return document;
}

Result<QJsonDocument> parseDocument(const QByteArray &body)
{
    if (const auto problem = precheck(body))
        return Result<QJsonDocument>::failure(*problem);
    return parseJson(body);
}

Result<QJsonArray> parseArray(const QByteArray &body, const QString &what)
{
    auto document = parseDocument(body);
    if (!document)
        return Result<QJsonArray>::failure(document.error());
    if (!document.value().isArray()) {
        return Result<QJsonArray>::failure(
            QCoreApplication::translate("QrsJson", "expected a JSON array of %1, got an object")
                .arg(what));
    }
    return document.value().array();
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    auto document = parseDocument(body);
    if (!document)
        return Result<QJsonObject>::failure(document.error());
    if (!document.value().isObject()) {
        return Result<QJsonObject>::failure(
            text(QT_TRANSLATE_NOOP("QrsJson", "expected a JSON object, got an array")));
    }
    return document.value().object();
}

/// The first of `names` present in `object` (the wire format has `taskID` and `taskId`).
QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1StringView> names)
{
    for (QLatin1StringView name : names) {
        const auto it = object.constFind(name);
        if (it != object.constEnd())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString optionalString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

bool optionalBool(const QJsonValue &value, bool fallback)
{
    return value.isBool() ? value.toBool() : fallback;
}

std::optional<qint64> wholeNumber(double number)
{
    // 2^63 is exactly representable; anything at or beyond it does not fit.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(number) || number >= limit || number < -limit)
        return std::nullopt;
    return static_cast<qint64>(std::llround(number));
}

/// A number, or a string holding one (some proxies and older servers quote numbers).
qint64 optionalInt64(const QJsonValue &value, qint64 fallback = 0)
{
    std::optional<qint64> number;
    if (value.isDouble()) {
        number = wholeNumber(value.toDouble());
    } else if (value.isString()) {
        const QString digits = value.toString().trimmed();
        bool ok = false;
        const qint64 integer = digits.toLongLong(&ok);
        if (ok) {
            number = integer;
        } else {
            const double real = digits.toDouble(&ok);
            if (ok)
                number = wholeNumber(real);
        }
    }
    return number.value_or(fallback);
}

QString wrongTypeError(const QString &path, const QString &expected, const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("QrsJson", "%1 is missing").arg(path);
    return QCoreApplication::translate("QrsJson", "%1 is not %2 but %3")
        .arg(path, expected, typeName(value));
}

std::optional<QString> requiredString(const QJsonValue &value, const QString &path, QString &error)
{
    if (!value.isString()) {
        error = wrongTypeError(path, text(QT_TRANSLATE_NOOP("QrsJson", "a string")), value);
        return std::nullopt;
    }
    if (value.toString().isEmpty()) {
        error = QCoreApplication::translate("QrsJson", "%1 is empty").arg(path);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<int> requiredInt(const QJsonValue &value, const QString &path, QString &error)
{
    if (!value.isDouble()) {
        error = wrongTypeError(path, text(QT_TRANSLATE_NOOP("QrsJson", "a number")), value);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number ||
        number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        error = QCoreApplication::translate("QrsJson", "%1 is not a whole number").arg(path);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

QString indexed(const QString &name, qsizetype index)
{
    return name + u'[' + QString::number(index) + u']';
}

ExecutionDetail parseDetail(const QJsonObject &object)
{
    ExecutionDetail detail;
    const qint64 type = optionalInt64(object.value("detailsType"_L1), 2);
    if (type >= 0 && type <= 2)
        detail.type = static_cast<ExecutionDetail::Type>(type);
    detail.message = optionalString(object.value("message"_L1));
    detail.createdAt = QrsJson::parseDate(object.value("detailCreatedDate"_L1));
    return detail;
}

std::optional<ExecutionResult> parseExecutionResult(const QJsonValue &value, const QString &path,
                                                    QString &error)
{
    if (!value.isObject()) {
        error = wrongTypeError(path, text(QT_TRANSLATE_NOOP("QrsJson", "an object")), value);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ExecutionResult result;
    const auto id = requiredString(object.value("id"_L1), path + u".id"_s, error);
    if (!id)
        return std::nullopt;
    result.id = *id;
    const auto status = requiredInt(object.value("status"_L1), path + u".status"_s, error);
    if (!status)
        return std::nullopt;
    result.status = TaskStatus(*status);

    result.executionId = optionalString(field(object, {"executionID"_L1, "executionId"_L1}));
    result.taskId = optionalString(field(object, {"taskID"_L1, "taskId"_L1}));
    result.appId = optionalString(field(object, {"appID"_L1, "appId"_L1}));
    result.executingNodeName = optionalString(object.value("executingNodeName"_L1));
    result.startTime = QrsJson::parseDate(object.value("startTime"_L1));
    result.stopTime = QrsJson::parseDate(object.value("stopTime"_L1));
    result.durationMs = optionalInt64(object.value("duration"_L1));
    result.modifiedDate = QrsJson::parseDate(object.value("modifiedDate"_L1));
    const QJsonValue details = object.value("details"_L1);
    if (details.isArray()) {
        const QJsonArray detailArray = details.toArray();
        result.details.reserve(detailArray.size());
        for (const QJsonValue &detail : detailArray) {
            if (detail.isObject())
                result.details.append(parseDetail(detail.toObject()));
        }
    }
    result.scriptLogAvailable = optionalBool(object.value("scriptLogAvailable"_L1), false);
    result.scriptLogLocation = optionalString(object.value("scriptLogLocation"_L1));
    result.scriptLogSize = optionalInt64(object.value("scriptLogSize"_L1));
    result.fileReferenceId =
        optionalString(field(object, {"fileReferenceID"_L1, "fileReferenceId"_L1}));
    return result;
}

std::optional<ReloadTask> parseTask(const QJsonValue &value, const QString &path, QString &error)
{
    if (!value.isObject()) {
        error = wrongTypeError(path, text(QT_TRANSLATE_NOOP("QrsJson", "an object")), value);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ReloadTask task;
    const auto id = requiredString(object.value("id"_L1), path + u".id"_s, error);
    if (!id)
        return std::nullopt;
    task.id = *id;
    const QJsonValue name = object.value("name"_L1);
    if (!name.isString()) {
        error =
            wrongTypeError(path + u".name"_s, text(QT_TRANSLATE_NOOP("QrsJson", "a string")), name);
        return std::nullopt;
    }
    task.name = name.toString();

    task.enabled = optionalBool(object.value("enabled"_L1), true);
    const qint64 type = optionalInt64(object.value("taskType"_L1), 0);
    if (type >= 0 && type <= 3)
        task.type = static_cast<ReloadTask::Type>(type);

    const QJsonObject app = object.value("app"_L1).toObject();
    task.appId = optionalString(app.value("id"_L1));
    task.appName = optionalString(app.value("name"_L1));
    task.streamName = optionalString(app.value("stream"_L1).toObject().value("name"_L1));

    const QJsonArray tags = object.value("tags"_L1).toArray();
    for (const QJsonValue &tag : tags) {
        const QString tagName =
            tag.isString() ? tag.toString() : optionalString(tag.toObject().value("name"_L1));
        if (!tagName.isEmpty())
            task.tags.append(tagName);
    }

    const QJsonObject operational = object.value("operational"_L1).toObject();
    const QJsonValue last = operational.value("lastExecutionResult"_L1);
    if (last.isObject()) {
        const QJsonObject lastObject = last.toObject();
        const QJsonValue status = lastObject.value("status"_L1);
        if (status.isDouble()) {
            if (const auto code = wholeNumber(status.toDouble()); code &&
                *code >= std::numeric_limits<int>::min() &&
                *code <= std::numeric_limits<int>::max()) {
                task.lastStatus = TaskStatus(static_cast<int>(*code));
            }
        }
        task.lastExecutionId =
            optionalString(field(lastObject, {"executionID"_L1, "executionId"_L1}));
        task.lastStartTime = QrsJson::parseDate(lastObject.value("startTime"_L1));
        task.lastStopTime = QrsJson::parseDate(lastObject.value("stopTime"_L1));
        task.lastDurationMs = optionalInt64(lastObject.value("duration"_L1));
    }
    task.nextExecution = QrsJson::parseDate(operational.value("nextExecution"_L1));
    return task;
}

QString withoutBraces(const QString &guid)
{
    if (guid.startsWith(u'{') && guid.endsWith(u'}'))
        return guid.mid(1, guid.size() - 2);
    return guid;
}

} // namespace

namespace QrsJson {

bool isGuid(const QString &text)
{
    const QString guid = withoutBraces(text);
    if (guid.size() != 36)
        return false;
    for (qsizetype i = 0; i < guid.size(); ++i) {
        const char16_t c = guid.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                     (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    // A lone opening or closing brace is not a guid.
    return guid.size() == text.size() || (text.startsWith(u'{') && text.endsWith(u'}'));
}

bool isZeroGuid(const QString &guid)
{
    return isGuid(guid) && withoutBraces(guid) == QLatin1StringView(ZeroGuid);
}

QDateTime parseDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString raw = value.toString().trimmed();
    if (raw.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(raw, Qt::ISODate);
    if (!date.isValid())
        return {};
    if (date.timeSpec() == Qt::LocalTime) // no zone given: the repository speaks UTC
        date = QDateTime(date.date(), date.time(), Qt::UTC);
    date = date.toUTC();
    if (date.date().year() <= 1753) // 1753-01-01 is the repository's "no date"
        return {};
    return date;
}

Result<QList<ExecutionResult>> parseExecutionResults(const QByteArray &body)
{
    using R = Result<QList<ExecutionResult>>;
    const auto array = parseArray(body, text(QT_TRANSLATE_NOOP("QrsJson", "execution results")));
    if (!array)
        return R::failure(array.error());
    QList<ExecutionResult> results;
    results.reserve(array.value().size());
    QString error;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        auto result =
            parseExecutionResult(array.value().at(i), indexed(u"executionresult"_s, i), error);
        if (!result)
            return R::failure(error);
        results.append(std::move(*result));
    }
    return results;
}

namespace {

std::optional<ExecutionSession> sessionOf(const QJsonObject &object, const QString &where,
                                          QString &error)
{
    const auto id = requiredString(object.value("id"_L1), where + u".id"_s, error);
    if (!id)
        return std::nullopt;

    ExecutionSession session;
    session.id = *id;
    session.taskId = optionalString(field(object, {"taskID"_L1, "taskId"_L1}));
    // The session names its task in the member of its kind; the others are null.
    QJsonObject task;
    for (QLatin1StringView kind : {"reloadTask"_L1, "externalProgramTask"_L1, "userSyncTask"_L1,
                                   "distributionTask"_L1, "task"_L1}) {
        if (const QJsonValue candidate = object.value(kind); candidate.isObject()) {
            task = candidate.toObject();
            break;
        }
    }
    if (session.taskId.isEmpty())
        session.taskId = optionalString(task.value("id"_L1));
    session.appId = optionalString(field(object, {"appID"_L1, "appId"_L1}));
    if (session.appId.isEmpty())
        session.appId = optionalString(object.value("app"_L1).toObject().value("id"_L1));
    if (session.appId.isEmpty())
        session.appId = optionalString(task.value("app"_L1).toObject().value("id"_L1));
    return session;
}

} // namespace

Result<ExecutionSession> parseExecutionSession(const QByteArray &body)
{
    using R = Result<ExecutionSession>;
    const auto parsed = parseObject(body);
    if (!parsed)
        return R::failure(parsed.error());
    QString error;
    auto session = sessionOf(parsed.value(), u"executionsession"_s, error);
    if (!session)
        return R::failure(error);
    return std::move(*session);
}

Result<QList<ExecutionSession>> parseExecutionSessions(const QByteArray &body)
{
    using R = Result<QList<ExecutionSession>>;
    const auto array = parseArray(body, text(QT_TRANSLATE_NOOP("QrsJson", "execution sessions")));
    if (!array)
        return R::failure(array.error());
    QList<ExecutionSession> sessions;
    QString error;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const QJsonValue value = array.value().at(i);
        const QString where = indexed(u"executionsession"_s, i);
        if (!value.isObject())
            return R::failure(
                wrongTypeError(where, text(QT_TRANSLATE_NOOP("QrsJson", "an object")), value));
        auto session = sessionOf(value.toObject(), where, error);
        if (!session)
            return R::failure(error);
        sessions.append(std::move(*session));
    }
    return sessions;
}

Result<QList<ReloadTask>> parseTasks(const QByteArray &body)
{
    using R = Result<QList<ReloadTask>>;
    const auto array = parseArray(body, text(QT_TRANSLATE_NOOP("QrsJson", "tasks")));
    if (!array)
        return R::failure(array.error());
    QList<ReloadTask> tasks;
    tasks.reserve(array.value().size());
    QString error;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        auto task = parseTask(array.value().at(i), indexed(u"task"_s, i), error);
        if (!task)
            return R::failure(error);
        tasks.append(std::move(*task));
    }
    return tasks;
}

namespace {

/// The task a trigger or rule names in the member of its type (the others are null): id, name,
/// type and enabled; nullopt (with `error`) when none names one.
std::optional<ReloadTask> taskReference(const QJsonObject &object, const QString &where,
                                        QString &error)
{
    static constexpr std::pair<QLatin1StringView, ReloadTask::Type> Kinds[] = {
        {"reloadTask"_L1, ReloadTask::Type::Reload},
        {"externalProgramTask"_L1, ReloadTask::Type::ExternalProgram},
        {"userSyncTask"_L1, ReloadTask::Type::UserSync},
    };
    for (const auto &[member, type] : Kinds) {
        const QJsonValue value = object.value(member);
        if (!value.isObject())
            continue;
        const QJsonObject reference = value.toObject();
        const auto id =
            requiredString(reference.value("id"_L1), where + u'.' + member + u".id"_s, error);
        if (!id)
            return std::nullopt;
        ReloadTask task;
        task.id = *id;
        task.type = type;
        task.name = optionalString(reference.value("name"_L1));
        task.enabled = optionalBool(reference.value("enabled"_L1), true);
        return task;
    }
    error = QCoreApplication::translate("QrsJson", "%1 names no task").arg(where);
    return std::nullopt;
}

/// `timeConstraint {days, hours, minutes, seconds}` in milliseconds.
qint64 windowOf(const QJsonObject &constraint)
{
    const qint64 seconds = optionalInt64(constraint.value("days"_L1)) * 86400 +
        optionalInt64(constraint.value("hours"_L1)) * 3600 +
        optionalInt64(constraint.value("minutes"_L1)) * 60 +
        optionalInt64(constraint.value("seconds"_L1));
    return std::max<qint64>(seconds, 0) * 1000;
}

std::optional<TaskTrigger> triggerOf(const QJsonObject &object, const QString &where,
                                     QString &error)
{
    TaskTrigger trigger;
    const auto id = requiredString(object.value("id"_L1), where + u".id"_s, error);
    if (!id)
        return std::nullopt;
    trigger.id = *id;
    trigger.name = optionalString(object.value("name"_L1));
    trigger.enabled = optionalBool(object.value("enabled"_L1), true);
    auto target = taskReference(object, where, error);
    if (!target)
        return std::nullopt;
    trigger.target = std::move(*target);
    trigger.windowMs = windowOf(object.value("timeConstraint"_L1).toObject());
    const QJsonArray rules = object.value("compositeRules"_L1).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject ruleObject = rules.at(i).toObject();
        const QString ruleWhere = where + u'.' + indexed(u"compositeRules"_s, i);
        TaskTrigger::Rule rule;
        auto upstream = taskReference(ruleObject, ruleWhere, error);
        if (!upstream)
            return std::nullopt;
        rule.task = std::move(*upstream);
        const qint64 state = optionalInt64(ruleObject.value("ruleState"_L1));
        if (state != 1 && state != 2) {
            error = QCoreApplication::translate("QrsJson", "%1.ruleState is %2, not 1 or 2")
                        .arg(ruleWhere)
                        .arg(state);
            return std::nullopt;
        }
        rule.on = static_cast<TaskTrigger::Rule::On>(state);
        rule.metAt = parseDate(ruleObject.value("operational"_L1).toObject().value("timeStamp"_L1));
        trigger.rules.append(std::move(rule));
    }
    return trigger;
}

} // namespace

Result<QList<TaskTrigger>> parseTriggers(const QByteArray &body)
{
    using R = Result<QList<TaskTrigger>>;
    const auto array = parseArray(body, text(QT_TRANSLATE_NOOP("QrsJson", "triggers")));
    if (!array)
        return R::failure(array.error());
    QList<TaskTrigger> triggers;
    QString error;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const QJsonValue value = array.value().at(i);
        const QString where = indexed(u"compositeevent"_s, i);
        if (!value.isObject())
            return R::failure(
                wrongTypeError(where, text(QT_TRANSLATE_NOOP("QrsJson", "an object")), value));
        const QJsonObject object = value.toObject();
        if (optionalInt64(object.value("eventType"_L1), 1) != 1)
            continue; // a time trigger
        auto trigger = triggerOf(object, where, error);
        if (!trigger)
            return R::failure(error);
        triggers.append(std::move(*trigger));
    }
    return triggers;
}

Result<AboutInfo> parseAbout(const QByteArray &body)
{
    using R = Result<AboutInfo>;
    const auto parsed = parseObject(body);
    if (!parsed)
        return R::failure(parsed.error());
    const QJsonObject &object = parsed.value();
    QString error;
    const auto version =
        requiredString(object.value("buildVersion"_L1), u"about.buildVersion"_s, error);
    if (!version)
        return R::failure(error);

    AboutInfo about;
    about.buildVersion = *version;
    about.buildDate = optionalString(object.value("buildDate"_L1));
    about.databaseProvider = optionalString(object.value("databaseProvider"_L1));
    const qint64 nodeType = optionalInt64(object.value("nodeType"_L1));
    if (nodeType >= std::numeric_limits<int>::min() && nodeType <= std::numeric_limits<int>::max())
        about.nodeType = static_cast<int>(nodeType);
    about.sharedPersistence = optionalBool(object.value("sharedPersistence"_L1), false);
    return about;
}

Result<QString> parseStartResponse(const QByteArray &body)
{
    using R = Result<QString>;
    QJsonValue value;
    if (const auto problem = precheck(body))
        return R::failure(*problem);
    if (firstSignificantByte(body) == '"') {
        // A bare JSON string: QJsonDocument only takes arrays and objects at the top level.
        const auto wrapped = parseJson('[' + body + ']');
        if (!wrapped)
            return R::failure(wrapped.error());
        const QJsonArray array = wrapped.value().array();
        if (array.size() != 1)
            return R::failure(text(QT_TRANSLATE_NOOP(
                "QrsJson", "the start call answered several values instead of a session id")));
        value = array.at(0);
    } else {
        const auto object = parseObject(body);
        if (!object)
            return R::failure(object.error());
        value = object.value().value("value"_L1);
    }
    if (!value.isString())
        return R::failure(
            wrongTypeError(u"value"_s, text(QT_TRANSLATE_NOOP("QrsJson", "a string")), value));
    const QString guid = value.toString().trimmed();
    if (!isGuid(guid)) {
        return R::failure(QCoreApplication::translate(
                              "QrsJson", "the start call answered '%1', which is not a session id")
                              .arg(excerpt(guid)));
    }
    return withoutBraces(guid);
}

Result<QString> parseValue(const QByteArray &body)
{
    using R = Result<QString>;
    const auto object = parseObject(body);
    if (!object)
        return R::failure(object.error());
    const QJsonValue value = object.value().value("value"_L1);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (const auto whole = wholeNumber(number); whole && static_cast<double>(*whole) == number)
            return QString::number(*whole);
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return R::failure(wrongTypeError(
        u"value"_s, text(QT_TRANSLATE_NOOP("QrsJson", "a string or a number")), value));
}

} // namespace QrsJson
