#include "qrswire.h"

#include <cstdio>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

const QString kNoDate = u"1753-01-01T00:00:00.000Z"_s;
const QString kZeroGuid = u"00000000-0000-0000-0000-000000000000"_s;
const QString kNode = u"qse-central.acme.local"_s;

} // namespace

QrsWire::QrsWire(const Scenario &scenario, const Executions &executions, WireStyle style)
    : m_scenario(scenario)
    , m_executions(executions)
    , m_style(style)
{ }

QString QrsWire::date(const QDateTime &time)
{
    if (!time.isValid())
        return kNoDate;
    // By hand: QDateTime::toString goes through the locale and the calendar, and answers
    // with thousands of results write many dates.
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    const qint64 msOfDay = ms - days * 86'400'000;
    // Days since 1970-01-01 to the civil date (Howard Hinnant's algorithm).
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 dayOfEra = z - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char text[32];
    std::snprintf(
        text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
        static_cast<long long>(year), static_cast<long long>(month), static_cast<long long>(day),
        static_cast<long long>(msOfDay / 3'600'000), static_cast<long long>(msOfDay / 60'000 % 60),
        static_cast<long long>(msOfDay / 1000 % 60), static_cast<long long>(msOfDay % 1000));
    return QString::fromLatin1(text);
}

QString QrsWire::guid(const QUuid &id)
{
    return id.isNull() ? kZeroGuid : id.toString(QUuid::WithoutBraces);
}

QJsonObject QrsWire::about()
{
    return QJsonObject {
        {u"schemaPath"_s, u"About"_s},
        {u"buildVersion"_s, u"14.254.6"_s},
        {u"buildDate"_s, u"9/20/2013 10:09:00 AM"_s},
        {u"databaseProvider"_s, u"Devart.Data.PostgreSql"_s},
        {u"nodeType"_s, 1},
        {u"sharedPersistence"_s, true},
        {u"requiresBootstrap"_s, false},
        {u"singleNodeOnly"_s, false},
    };
}

QJsonObject QrsWire::appCondensed(const QUuid &appId) const
{
    const ScenarioApp *app = m_scenario.app(appId);
    QJsonObject object {{u"id"_s, guid(appId)},       {u"name"_s, app ? app->name : QString()},
                        {u"appId"_s, QString()},      {u"publishTime"_s, kNoDate},
                        {u"published"_s, false},      {u"savedInProductVersion"_s, u"14.254.6"_s},
                        {u"availabilityStatus"_s, 0}, {u"privileges"_s, QJsonValue()}};
    const ScenarioStream *stream = app ? m_scenario.stream(app->streamId) : nullptr;
    if (stream) {
        object.insert(u"published"_s, true);
        object.insert(u"publishTime"_s, u"2025-01-15T08:30:12.000Z"_s);
        object.insert(u"stream"_s,
                      QJsonObject {{u"id"_s, guid(stream->id)},
                                   {u"name"_s, stream->name},
                                   {u"privileges"_s, QJsonValue()}});
    } else {
        object.insert(u"stream"_s, QJsonValue());
    }
    return object;
}

QJsonObject QrsWire::lastExecution(const ScenarioTask &task) const
{
    QJsonObject object;
    if (const auto latest = m_executions.latestResult(task.id)) {
        object = result(*latest);
        object.remove(u"schemaPath"_s);
        return object;
    }
    const QUuid id = Scenario::generatedId(u"last-execution"_s, guid(task.id));
    object = QJsonObject {{u"id"_s, guid(id)},
                          {u"executingNodeName"_s, QString()},
                          {u"status"_s, 0},
                          {u"startTime"_s, kNoDate},
                          {u"stopTime"_s, kNoDate},
                          {u"duration"_s, 0},
                          {u"fileReferenceID"_s, kZeroGuid},
                          {u"scriptLogAvailable"_s, false},
                          {u"details"_s, QJsonArray()},
                          {u"scriptLogSize"_s, 0},
                          {u"privileges"_s, QJsonValue()}};
    if (task.lastExecution) {
        const ScenarioLastExecution &last = *task.lastExecution;
        object.insert(u"executingNodeName"_s, kNode);
        object.insert(u"status"_s, last.status);
        object.insert(u"startTime"_s, date(last.startTime));
        object.insert(u"stopTime"_s, date(last.startTime.addMSecs(last.durationMs)));
        object.insert(u"duration"_s, last.durationMs);
        object.insert(u"scriptLogAvailable"_s, true);
        object.insert(u"fileReferenceID"_s,
                      guid(Scenario::generatedId(u"last-log"_s, guid(task.id))));
    }
    return object;
}

QJsonObject QrsWire::task(const ScenarioTask &task) const
{
    QJsonArray tags;
    for (const ScenarioTag &tag : task.tags)
        tags.append(QJsonObject {
            {u"id"_s, guid(tag.id)}, {u"name"_s, tag.name}, {u"privileges"_s, QJsonValue()}});
    const QJsonObject operational {
        {u"id"_s, guid(Scenario::generatedId(u"operational"_s, guid(task.id)))},
        {u"lastExecutionResult"_s, lastExecution(task)},
        {u"nextExecution"_s, date(task.nextExecution)},
        {u"privileges"_s, QJsonValue()},
    };
    return QJsonObject {
        {u"id"_s, guid(task.id)},
        {u"createdDate"_s, date(task.createdDate)},
        {u"modifiedDate"_s, date(task.modifiedDate)},
        {u"modifiedByUserName"_s, u"ACME\\qlikadmin"_s},
        {u"customProperties"_s, QJsonArray()},
        // External program and user sync tasks have no app: null, as QRS sends it.
        {u"app"_s, task.appId.isNull() ? QJsonValue() : QJsonValue(appCondensed(task.appId))},
        {u"isManuallyTriggered"_s, false},
        {u"operational"_s, operational},
        {u"name"_s, task.name},
        {u"taskType"_s, task.taskType},
        {u"enabled"_s, task.enabled},
        {u"taskSessionTimeout"_s, 1440},
        {u"maxRetries"_s, task.retries},
        {u"tags"_s, tags},
        {u"privileges"_s, QJsonValue()},
        {u"schemaPath"_s, schemaName(task.taskType)},
    };
}

QJsonObject QrsWire::taskCondensed(const ScenarioTask &task)
{
    return QJsonObject {{u"id"_s, guid(task.id)},
                        {u"name"_s, task.name},
                        {u"taskType"_s, task.taskType},
                        {u"enabled"_s, task.enabled},
                        {u"privileges"_s, QJsonValue()}};
}

QString QrsWire::schemaName(int taskType)
{
    switch (taskType) {
    case 1:
        return u"ExternalProgramTask"_s;
    case 2:
        return u"UserSyncTask"_s;
    default:
        return u"ReloadTask"_s;
    }
}

QString QrsWire::scriptLogLocation(const ResultView &result) const
{
    const ScenarioTask *task = m_scenario.task(result.session->taskId);
    const QString stamp =
        m_executions.wallTime(result.attempt->startMs).toString(u"yyyyMMddTHHmmss"_s);
    return u"\\\\qse-central\\QlikShare\\ArchivedLogs\\qse-central.acme.local\\Script\\%1.%2.%3.log"_s
        .arg(guid(task ? task->appId : QUuid()), stamp, guid(result.attempt->resultId).left(8));
}

QByteArray QrsWire::resultJson(const ResultView &result) const
{
    if (!result.ended)
        return QJsonDocument(this->result(result)).toJson(QJsonDocument::Compact);
    // An ended attempt never changes again: written once, not in every answer that holds it.
    const auto known = m_endedResults.constFind(result.attempt->resultId);
    if (known != m_endedResults.cend())
        return *known;
    return *m_endedResults.insert(
        result.attempt->resultId,
        QJsonDocument(this->result(result)).toJson(QJsonDocument::Compact));
}

QString QrsWire::startTime(const ResultView &result) const
{
    return date(m_executions.wallTime(result.attempt->startMs));
}

QString QrsWire::stopTime(const ResultView &result) const
{
    return result.ended ? date(m_executions.wallTime(result.attempt->endMs)) : kNoDate;
}

QJsonObject QrsWire::result(const ResultView &result) const
{
    const ScenarioTask *task = m_scenario.task(result.session->taskId);
    QJsonArray details;
    for (const ResultDetail &detail : result.details) {
        // Unique and the same in every answer; cheaper than a name-based (SHA-1) uuid.
        QUuid id = result.attempt->resultId;
        id.data1 ^= quint32(details.size() + 1);
        const QString when = date(m_executions.wallTime(detail.atMs));
        details.append(QJsonObject {{u"id"_s, guid(id)},
                                    {u"detailsType"_s, detail.detailsType},
                                    {u"message"_s, detail.message},
                                    {u"detailCreatedDate"_s, when},
                                    {u"createdDate"_s, when},
                                    {u"modifiedDate"_s, when},
                                    {u"privileges"_s, QJsonValue()}});
    }
    const QDateTime start = m_executions.wallTime(result.attempt->startMs);
    const QDateTime stop = m_executions.wallTime(result.attempt->endMs);
    const qsizetype logSize = result.ended ? scriptLogSize(result) : 0;
    const QString created = startTime(result);
    const qint64 duration = result.ended ? start.msecsTo(stop)
        : m_style.runningDurationAdvances
        ? start.msecsTo(m_executions.wallTime(m_executions.nowMs()))
        : 0;
    return QJsonObject {
        {u"id"_s, guid(result.attempt->resultId)},
        {u"createdDate"_s, created},
        {u"modifiedDate"_s, modifiedDate(result)},
        {u"modifiedByUserName"_s, u"INTERNAL\\sa_scheduler"_s},
        {u"executionID"_s, guid(result.session->id)},
        {u"appID"_s, guid(task ? task->appId : QUuid())},
        {u"taskID"_s, guid(result.session->taskId)},
        {u"executingNodeName"_s, kNode},
        {u"status"_s, result.status},
        {u"startTime"_s, created},
        {u"stopTime"_s, stopTime(result)},
        {u"duration"_s, qMax<qint64>(0, duration)},
        {u"fileReferenceID"_s, guid(result.fileReferenceId)},
        {u"scriptLogAvailable"_s, result.ended},
        {u"scriptLogLocation"_s, result.ended ? scriptLogLocation(result) : QString()},
        {u"scriptLogSize"_s, qint64(logSize)},
        {u"details"_s, details},
        {u"privileges"_s, QJsonValue()},
        {u"schemaPath"_s, u"ExecutionResult"_s},
    };
}

qsizetype QrsWire::scriptLogSize(const ResultView &result) const
{
    // An ended attempt's log never changes: it is rendered once, not in every answer.
    const auto known = m_scriptLogSizes.constFind(result.attempt->resultId);
    if (known != m_scriptLogSizes.cend())
        return *known;
    return *m_scriptLogSizes.insert(result.attempt->resultId, scriptLog(result).size());
}

QString QrsWire::modifiedDate(const ResultView &result) const
{
    // Every change writes a detail line at its moment: the newest one is the last change.
    if (m_style.modifiedDates == WireStyle::ModifiedDates::Frozen || result.details.isEmpty())
        return date(m_executions.wallTime(result.attempt->startMs));
    return date(m_executions.wallTime(result.details.constLast().atMs));
}

QJsonObject QrsWire::session(const Session &session) const
{
    const ScenarioTask *task = m_scenario.task(session.taskId);
    const QString created = date(m_executions.wallTime(session.createdMs));
    const QUuid appId = task ? task->appId : QUuid();
    const QJsonObject app = appCondensed(appId);
    const Attempt *attempt = m_executions.currentAttempt(session);
    const int taskType = task ? task->taskType : 0;
    const QJsonObject taskRef {{u"id"_s, guid(session.taskId)},
                               {u"name"_s, task ? task->name : QString()},
                               {u"taskType"_s, taskType},
                               {u"enabled"_s, task ? task->enabled : true},
                               {u"privileges"_s, QJsonValue()}};
    return QJsonObject {
        {u"id"_s, guid(session.id)},
        {u"createdDate"_s, created},
        {u"modifiedDate"_s, created},
        {u"modifiedByUserName"_s, u"INTERNAL\\sa_scheduler"_s},
        // The task in the slot of its type; the other two are null.
        {u"reloadTask"_s, taskType == 0 ? QJsonValue(taskRef) : QJsonValue()},
        {u"externalProgramTask"_s, taskType == 1 ? QJsonValue(taskRef) : QJsonValue()},
        {u"userSyncTask"_s, taskType == 2 ? QJsonValue(taskRef) : QJsonValue()},
        {u"app"_s,
         appId.isNull() ? QJsonValue()
                        : QJsonValue(QJsonObject {{u"id"_s, app.value(u"id"_s)},
                                                  {u"name"_s, app.value(u"name"_s)},
                                                  {u"privileges"_s, QJsonValue()}})},
        {u"executionResult"_s,
         attempt ? QJsonValue(QJsonObject {{u"id"_s, guid(attempt->resultId)},
                                           {u"privileges"_s, QJsonValue()}})
                 : QJsonValue()},
        {u"executingNodeID"_s, guid(Scenario::generatedId(u"node"_s, kNode))},
        {u"executingNode"_s,
         QJsonObject {{u"id"_s, guid(Scenario::generatedId(u"node"_s, kNode))},
                      {u"name"_s, kNode},
                      {u"hostName"_s, kNode},
                      {u"privileges"_s, QJsonValue()}}},
        {u"retries"_s, qMax<qsizetype>(0, session.attempts.size() - 1)},
        {u"abortReason"_s, 0}, // ⚠ 1 Manual after a stop: the sim does not keep who stopped
        {u"abortAt"_s, kNoDate},
        {u"user"_s,
         QJsonObject {{u"id"_s, guid(Scenario::generatedId(u"user"_s, u"sa_scheduler"_s))},
                      {u"userId"_s, u"sa_scheduler"_s},
                      {u"userDirectory"_s, u"INTERNAL"_s},
                      {u"name"_s, u"sa_scheduler"_s},
                      {u"privileges"_s, QJsonValue()}}},
        {u"privileges"_s, QJsonValue()},
        {u"schemaPath"_s, u"ExecutionSession"_s},
    };
}

QByteArray QrsWire::scriptLog(const ResultView &result) const
{
    const ScenarioTask *task = m_scenario.task(result.session->taskId);
    const ScenarioApp *app = task ? m_scenario.app(task->appId) : nullptr;
    const QString appName = app ? app->name : QString();
    const QDateTime start =
        m_executions.wallTime(result.attempt->startMs).toTimeZone(QTimeZone(3600));
    qint64 offset = 0;
    QStringList lines;
    auto line = [&](const QString &text, qint64 stepMs = 7) {
        offset += stepMs;
        lines.append(start.addMSecs(offset).toString(u"yyyyMMddTHHmmss.zzz"_s) + u"+0100 "_s +
                     text);
    };
    line(u"Execution started."_s, 0);
    line(u"Qlik Sense Server Version 14.254.6"_s);
    line(u"CPU Target                    x64"_s);
    line(u"Operating System              Windows Server 2019 Standard (64 bit edition)"_s);
    line(u"Reload Executed By            INTERNAL\\sa_scheduler"_s);
    line(u"Reload Task ID                %1"_s.arg(guid(task ? task->id : QUuid())));
    if (app) { // external program and user sync tasks have none
        line(u"App ID                        %1"_s.arg(guid(app->id)));
        line(u"Loading app \"%1\""_s.arg(appName));
    }
    line(u"0002  SET ThousandSep=',';"_s, 3);
    line(u"0003  SET DecimalSep='.';"_s, 1);
    line(u"0005  LET vToday = Today();"_s, 1);
    line(u"0007  Facts:"_s, 2);
    line(u"0008  LOAD OrderID, CustomerID, OrderDate, Amount"_s, 1);
    line(u"0009  FROM [lib://DataFiles/Orders.qvd] (qvd)"_s, 1);
    line(u"      4 fields found: OrderID, CustomerID, OrderDate, Amount,"_s, 480);
    line(u"Lines fetched: 12,345"_s, 95);
    for (const QString &extra : task ? task->scriptLog : QStringList())
        line(extra, 40);
    const int status = result.status;
    if (status == 7) {
        line(u"Creating search index"_s, 120);
        line(u"Search index creation completed successfully"_s, 60);
        line(u"App saved"_s, 35);
        line(u"Execution finished."_s, 2);
    } else if (status == 6 || result.attempt->aborted) {
        line(u"Execution aborted by user"_s, 10);
        line(u"Execution Failed"_s, 1);
        line(u"Execution finished."_s, 1);
    } else {
        const QString error = task && !task->errorMessage.isEmpty()
            ? task->errorMessage
            : u"Error: General Script Error"_s;
        line(error, 15);
        line(u"Execution Failed"_s, 2);
        line(u"Execution finished."_s, 1);
    }
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

} // namespace qrssim
