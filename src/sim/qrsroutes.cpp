#include "qrsroutes.h"

#include "routetext.h"
#include "simfilter.h"

#include <array>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

HttpReply notFound(const QString &what)
{
    return HttpReply::text(what.toUtf8(), 404);
}

HttpReply badRequest(const QString &what)
{
    return HttpReply::text(what.toUtf8(), 400);
}

HttpReply value(const QString &text, int status = 200)
{
    return HttpReply::json(QJsonDocument(QJsonObject {{u"value"_s, text}}), status);
}

} // namespace

QrsRoutes::QrsRoutes(const Scenario &scenario, Executions &executions, const Triggers &triggers,
                     VirtualProxy &proxy, Faults &faults, Settings settings)
    : m_scenario(scenario)
    , m_executions(executions)
    , m_proxy(proxy)
    , m_faults(faults)
    , m_settings(settings)
    , m_wire(scenario, executions, settings.wire)
    , m_events(scenario, executions, triggers)
{ }

bool QrsRoutes::xrfkeyValid(const SimRequest &request)
{
    static const QRegularExpression pattern(u"^[0-9A-Za-z]{16}$"_s);
    QString fromQuery;
    bool found = false;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (same(key, "xrfkey"_L1)) {
            fromQuery = value;
            found = true;
        }
    }
    const QString fromHeader = QString::fromLatin1(request.header("X-Qlik-Xrfkey"));
    return found && pattern.match(fromQuery).hasMatch() && fromQuery == fromHeader;
}

HttpReply QrsRoutes::handle(const SimRequest &request)
{
    if (VirtualProxy::isLoginPath(request.path))
        return VirtualProxy::loginPage();
    if (auto module = m_proxy.windowsModule(request))
        return *module;
    QByteArray setCookie;
    if (auto rejection = m_proxy.authenticate(request, &setCookie))
        return *rejection;

    HttpReply reply;
    if (!xrfkeyValid(request)) {
        reply = HttpReply::text("XSRF prevention check failed. Possible XSRF discovered.", 403);
    } else {
        const QString rest = request.path.mid(m_proxy.qrsRoot().size());
        reply = dispatch(request, rest.split(u'/', Qt::SkipEmptyParts));
    }
    if (!setCookie.isEmpty())
        reply.addHeader("Set-Cookie", setCookie);
    return reply;
}

HttpReply QrsRoutes::dispatch(const SimRequest &request, const QStringList &s)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const qsizetype n = s.size();
    if (n == 0)
        return notFound(u"Not found"_s);
    const QString &head = s.at(0);

    if (get && n == 1 && same(head, "about"_L1))
        return HttpReply::json(QJsonDocument(QrsWire::about()));
    if (auto events = m_events.handle(request, s)) // compositeevent, schemaevent
        return *events;

    const bool isTask = same(head, "task"_L1);
    const bool isReloadTask = same(head, "reloadtask"_L1);
    // Each task type's own route; /qrs/task lists every type.
    const int typeOfRoute = isReloadTask       ? 0
        : same(head, "externalprogramtask"_L1) ? 1
        : same(head, "usersynctask"_L1)        ? 2
        : isTask                               ? AnyTaskType
                                               : -1;
    if (get && typeOfRoute != -1 && n <= 2 &&
        (n == 1 || same(s.at(1), "full"_L1) || same(s.at(1), "count"_L1)))
        return listTasks(request, typeOfRoute, n == 2 && same(s.at(1), "full"_L1),
                         n == 2 && same(s.at(1), "count"_L1));
    if (get && typeOfRoute >= 0 && n == 2) // /qrs/task/{id} is not a route of the repository
        return taskOfType(s.at(1), typeOfRoute);

    if (post && (isTask || isReloadTask)) {
        if (n == 3 && same(s.at(1), "start"_L1) && same(s.at(2), "synchronous"_L1))
            return startByName(request);
        if (n == 3 && same(s.at(1), "start"_L1) && same(s.at(2), "many"_L1))
            return startMany(request);
        if (n == 3 && same(s.at(1), "stop"_L1) && same(s.at(2), "many"_L1))
            return stopMany(request);
        if (n == 4 && same(s.at(2), "start"_L1) && same(s.at(3), "synchronous"_L1))
            return startById(s.at(1), true);
        if (n == 3 && same(s.at(2), "start"_L1))
            return startById(s.at(1), false);
        if (n == 3 && same(s.at(2), "stop"_L1))
            return stop(s.at(1));
    }

    if (get && isReloadTask && n == 3 && same(s.at(2), "scriptlogfile"_L1))
        return scriptLogTicket(request, s.at(1), true);
    if (get && isReloadTask && n == 3 && same(s.at(2), "scriptlog"_L1))
        return scriptLogTicket(request, s.at(1), false);

    if (get && same(head, "executionresult"_L1) && n <= 2) {
        if (n == 1 || same(s.at(1), "full"_L1) || same(s.at(1), "count"_L1))
            return executionResults(request, n == 2 && same(s.at(1), "count"_L1));
        return executionResult(s.at(1));
    }

    if (get && same(head, "executionsession"_L1) && n <= 2) {
        if (n == 1 || same(s.at(1), "full"_L1) || same(s.at(1), "count"_L1))
            return executionSessions(request, n == 2 && same(s.at(1), "count"_L1));
        return executionSession(s.at(1));
    }
    if (get && same(head, "download"_L1) && n == 4 && same(s.at(1), "reloadtask"_L1))
        return download(s.at(2));

    if (!get && !post)
        return HttpReply::text("Method not allowed", 405);
    return notFound(u"No such QRS endpoint: %1"_s.arg(request.path));
}

HttpReply QrsRoutes::listTasks(const SimRequest &request, int taskType, bool full, bool count)
{
    static const QStringList fields {u"id"_s,        u"name"_s,    u"app.name"_s,
                                     u"app.id"_s,    u"enabled"_s, u"tasktype"_s,
                                     u"tags.name"_s, u"tags.id"_s, u"app.stream.name"_s};
    QString error;
    const auto filter =
        SimFilter::parse(request.formValue(u"filter"_s).value_or(QString()), fields, &error);
    if (!filter)
        return badRequest(error);
    QJsonArray tasks;
    for (const ScenarioTask &task : m_scenario.tasks()) {
        if (taskType != AnyTaskType && task.taskType != taskType)
            continue;
        const ScenarioApp *app = m_scenario.app(task.appId);
        const ScenarioStream *stream = app ? m_scenario.stream(app->streamId) : nullptr;
        const bool match = filter->matches([&](const QString &field) -> QString {
            if (field == "id"_L1)
                return QrsWire::guid(task.id);
            if (field == "name"_L1)
                return task.name;
            if (field == "app.name"_L1)
                return app ? app->name : QString();
            if (field == "app.id"_L1)
                return QrsWire::guid(task.appId);
            if (field == "enabled"_L1)
                return task.enabled ? u"true"_s : u"false"_s;
            if (field == "tasktype"_L1)
                return QString::number(task.taskType);
            if (field == "tags.name"_L1 || field == "tags.id"_L1) {
                QStringList values;
                for (const ScenarioTag &tag : task.tags)
                    values.append(field == "tags.name"_L1 ? tag.name : QrsWire::guid(tag.id));
                return values.join(SimFilter::ListSeparator);
            }
            return stream ? stream->name : QString();
        });
        if (match)
            tasks.append(full ? m_wire.task(task) : QrsWire::taskCondensed(task));
    }
    if (count)
        return HttpReply::json(QJsonDocument(QJsonObject {{u"value"_s, tasks.size()}}));
    return HttpReply::json(QJsonDocument(tasks));
}

const ScenarioTask *QrsRoutes::taskFromPath(const QString &idText, HttpReply *reply) const
{
    if (!isGuid(idText)) {
        *reply = badRequest(u"Invalid id: \"%1\" is not a guid"_s.arg(idText));
        return nullptr;
    }
    const ScenarioTask *task = m_scenario.task(QUuid(idText));
    if (!task)
        *reply = notFound(u"Cannot find a task with id %1"_s.arg(idText.toLower()));
    return task;
}

HttpReply QrsRoutes::startById(const QString &idText, bool synchronous)
{
    HttpReply reply;
    const ScenarioTask *task = taskFromPath(idText, &reply);
    if (!task)
        return reply;
    const QUuid session = m_executions.start(*task);
    if (!synchronous)
        return HttpReply::empty(204);
    return value(QrsWire::guid(session), 201);
}

HttpReply QrsRoutes::startByName(const SimRequest &request)
{
    const auto name = request.queryValue(u"name"_s);
    if (!name || name->isEmpty())
        return badRequest(u"Missing task name (query parameter \"name\")"_s);
    const auto tasks = m_scenario.tasksNamed(*name);
    if (tasks.isEmpty())
        return notFound(u"Cannot find a task named \"%1\""_s.arg(*name));
    // Like the real server: with several tasks of that name, the first one is started.
    return value(QrsWire::guid(m_executions.start(*tasks.first())), 201);
}

QList<QUuid> QrsRoutes::idsFromBody(const SimRequest &request, bool *ok) const
{
    QList<QUuid> ids;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    for (const QJsonValue &entry : document.array()) {
        const QString text =
            entry.isObject() ? entry.toObject().value(u"id"_s).toString() : entry.toString();
        if (!isGuid(text))
            *ok = false;
        ids.append(QUuid(text));
    }
    return ids;
}

HttpReply QrsRoutes::startMany(const SimRequest &request)
{
    bool ok = false;
    const QList<QUuid> ids = idsFromBody(request, &ok);
    if (!ok)
        return badRequest(u"The body must be a JSON array of task ids"_s);
    for (const QUuid &id : ids) {
        if (const ScenarioTask *task = m_scenario.task(id))
            (void)m_executions.start(*task);
    }
    return HttpReply::empty(204);
}

HttpReply QrsRoutes::stop(const QString &idText)
{
    HttpReply reply;
    const ScenarioTask *task = taskFromPath(idText, &reply);
    if (!task)
        return reply;
    m_executions.stop(task->id);
    return HttpReply::empty(204);
}

HttpReply QrsRoutes::stopMany(const SimRequest &request)
{
    bool ok = false;
    const QList<QUuid> ids = idsFromBody(request, &ok);
    if (!ok)
        return badRequest(u"The body must be a JSON array of task ids"_s);
    for (const QUuid &id : ids)
        m_executions.stop(id);
    return HttpReply::empty(204);
}

HttpReply QrsRoutes::executionResult(const QString &idText)
{
    if (!isGuid(idText))
        return badRequest(u"Invalid id: \"%1\" is not a guid"_s.arg(idText));
    const auto result = m_executions.result(QUuid(idText));
    if (!result)
        return notFound(u"Cannot find an execution result with id %1"_s.arg(idText.toLower()));
    return HttpReply::json(QJsonDocument(m_wire.result(*result)));
}

HttpReply QrsRoutes::taskOfType(const QString &idText, int taskType)
{
    HttpReply reply;
    const ScenarioTask *task = taskFromPath(idText, &reply);
    if (!task)
        return reply;
    if (task->taskType != taskType)
        return notFound(
            u"Cannot find a %1 with id %2"_s.arg(QrsWire::schemaName(taskType), idText.toLower()));
    return HttpReply::json(QJsonDocument(m_wire.task(*task)));
}

HttpReply QrsRoutes::executionResults(const SimRequest &request, bool count)
{
    if (m_faults.countPollAndCheckFailure())
        return HttpReply::text("Service Unavailable: the repository is busy", 503);
    // modifieddate last: a repository whose dates cannot be filtered leaves it out.
    static const QStringList fields {u"executionid"_s, u"id"_s,          u"taskid"_s,
                                     u"appid"_s,       u"status"_s,      u"starttime"_s,
                                     u"stoptime"_s,    u"modifieddate"_s};
    const bool modifiedFilterable =
        m_settings.wire.modifiedDates != WireStyle::ModifiedDates::Unfilterable;
    const QStringList known = modifiedFilterable ? fields : fields.mid(0, fields.size() - 1);
    QString error;
    // A status is a number or its name (`status eq FinishedFail`).
    const auto statusNumber = [](const QString &field, const QString &value) {
        if (field != "status"_L1)
            return value;
        const int status = Scenario::statusFromName(value);
        return status < 0 ? QString() : QString::number(status);
    };
    const auto filter = SimFilter::parse(request.formValue(u"filter"_s).value_or(QString()), known,
                                         &error, statusNumber);
    if (!filter)
        return badRequest(error);
    const auto order =
        SimOrderBy::parse(request.formValue(u"orderby"_s).value_or(QString()), known, &error);
    if (!order)
        return badRequest(error);
    // A poll by session names its sessions: those are looked up, not every result tested.
    QList<ResultView> candidates;
    if (const auto sessions = filter->equalsAny(u"executionid"_s)) {
        QList<QUuid> ids;
        for (const QString &session : *sessions)
            ids.append(QUuid::fromString(session));
        candidates = m_executions.resultsOfSessions(ids);
    } else {
        candidates = m_executions.results();
    }
    QList<std::pair<QString, const ResultView *>> matching; // sort key, result
    for (const ResultView &result : std::as_const(candidates)) {
        // Each field is rendered once per result, however many terms ask for it.
        std::array<std::optional<QString>, 8> rendered;
        const bool match = filter->matches([&](const QString &field) -> QString {
            std::optional<QString> &slot = rendered[fields.indexOf(field)];
            if (!slot)
                slot = resultField(result, field);
            return *slot;
        });
        if (match)
            matching.append(
                {order->field.isEmpty() ? QString() : resultField(result, order->field), &result});
    }
    if (!order->field.isEmpty())
        std::stable_sort(matching.begin(), matching.end(), [&](const auto &a, const auto &b) {
            const int compared = SimFilter::compareValues(a.first, b.first);
            return order->descending ? compared > 0 : compared < 0;
        });
    QList<QByteArray> results;
    for (const auto &[key, result] : std::as_const(matching))
        results.append(count ? QByteArray() : m_wire.resultJson(*result));
    if (count)
        return HttpReply::json(QJsonDocument(QJsonObject {{u"value"_s, results.size()}}));
    return HttpReply::jsonArray(results);
}

QString QrsRoutes::resultField(const ResultView &result, const QString &field) const
{
    if (field == "executionid"_L1)
        return QrsWire::guid(result.session->id);
    if (field == "id"_L1)
        return QrsWire::guid(result.attempt->resultId);
    if (field == "taskid"_L1)
        return QrsWire::guid(result.session->taskId);
    if (field == "appid"_L1) {
        const ScenarioTask *task = m_scenario.task(result.session->taskId);
        return QrsWire::guid(task ? task->appId : QUuid());
    }
    if (field == "modifieddate"_L1)
        return m_wire.modifiedDate(result);
    if (field == "starttime"_L1)
        return m_wire.startTime(result);
    if (field == "stoptime"_L1)
        return m_wire.stopTime(result);
    return QString::number(result.status);
}

HttpReply QrsRoutes::executionSession(const QString &idText)
{
    if (!isGuid(idText))
        return badRequest(u"Invalid id: \"%1\" is not a guid"_s.arg(idText));
    const Session *session = m_executions.liveSession(QUuid(idText));
    if (!session)
        return notFound(u"Cannot find an execution session with id %1"_s.arg(idText.toLower()));
    return HttpReply::json(QJsonDocument(m_wire.session(*session)));
}

HttpReply QrsRoutes::executionSessions(const SimRequest &request, bool count)
{
    // A session names its task in the member of the task's type; the others are null.
    static const QStringList fields {
        u"id"_s,
        u"reloadtask.id"_s,
        u"reloadtask.name"_s,
        u"externalprogramtask.id"_s,
        u"externalprogramtask.name"_s,
        u"usersynctask.id"_s,
        u"usersynctask.name"_s,
    };
    QString error;
    const auto filter =
        SimFilter::parse(request.formValue(u"filter"_s).value_or(QString()), fields, &error);
    if (!filter)
        return badRequest(error);
    QJsonArray sessions;
    const QList<const Session *> live = m_executions.liveSessions();
    for (const Session *session : live) {
        const ScenarioTask *task = m_scenario.task(session->taskId);
        const QString member = QrsWire::schemaName(task ? task->taskType : 0).toLower();
        const bool match = filter->matches([&](const QString &field) -> QString {
            if (field == "id"_L1)
                return QrsWire::guid(session->id);
            if (!field.startsWith(member + u'.'))
                return QString();
            if (field.endsWith(".id"_L1))
                return QrsWire::guid(session->taskId);
            return task ? task->name : QString();
        });
        if (match)
            sessions.append(m_wire.session(*session));
    }
    if (count)
        return HttpReply::json(QJsonDocument(QJsonObject {{u"value"_s, sessions.size()}}));
    return HttpReply::json(QJsonDocument(sessions));
}

HttpReply QrsRoutes::scriptLogTicket(const SimRequest &request, const QString &taskIdText,
                                     bool newRoute)
{
    const ScriptLogRoute offered = m_settings.scriptLogRoute;
    if ((newRoute && offered == ScriptLogRoute::Old) ||
        (!newRoute && offered == ScriptLogRoute::New))
        return notFound(u"No such QRS endpoint: %1"_s.arg(request.path));
    HttpReply reply;
    const ScenarioTask *task = taskFromPath(taskIdText, &reply);
    if (!task)
        return reply;
    const QString key = newRoute ? u"executionResultId"_s : u"fileReferenceId"_s;
    QString idText;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, text] : items) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            idText = text;
    }
    if (!isGuid(idText))
        return badRequest(u"Missing or invalid \"%1\""_s.arg(key));
    const auto result = newRoute ? m_executions.result(QUuid(idText))
                                 : m_executions.resultByFileReference(QUuid(idText));
    if (!result || result->session->taskId != task->id || !result->ended)
        return notFound(u"Cannot find a script log for %1 %2"_s.arg(key, idText.toLower()));
    return value(m_executions.issueTicket(*result));
}

HttpReply QrsRoutes::download(const QString &ticket)
{
    const auto result = m_executions.ticketResult(ticket);
    if (!result)
        return notFound(u"Unknown or expired download ticket"_s);
    if (!result->ended ||
        m_executions.nowMs() < result->attempt->endMs + m_settings.scriptLogDelayMs)
        return notFound(u"The script log file is not available yet"_s);
    return HttpReply::text(m_wire.scriptLog(*result), 200, "text/plain; charset=utf-8");
}

} // namespace qrssim
