#pragma once

#include "eventroutes.h"
#include "executions.h"
#include "faults.h"
#include "httpmessage.h"
#include "qrswire.h"
#include "scenario.h"
#include "virtualproxy.h"

#include <QStringList>

namespace qrssim {

/// Which script log ticket routes answer (the other one is 404, as on some servers).
enum class ScriptLogRoute { Both, New, Old };

/// The repository behind the proxy: authentication (via the proxy), xrfkey check and every
/// QRS endpoint the sim knows. Synchronous: one request in, one reply out.
class QrsRoutes final
{
public:
    struct Settings
    {
        ScriptLogRoute scriptLogRoute = ScriptLogRoute::Both;
        qint64 scriptLogDelayMs = 500; ///< already scaled
        WireStyle wire;
    };

    QrsRoutes(const Scenario &scenario, Executions &executions, const Triggers &triggers,
              VirtualProxy &proxy, Faults &faults, Settings settings);

    [[nodiscard]] HttpReply handle(const SimRequest &request);

private:
    [[nodiscard]] HttpReply dispatch(const SimRequest &request, const QStringList &segments);
    /// `taskType` of the route, or AnyTaskType for /qrs/task; `full` objects or condensed ones.
    [[nodiscard]] HttpReply listTasks(const SimRequest &request, int taskType, bool full,
                                      bool count);
    static constexpr int AnyTaskType = 100;
    [[nodiscard]] HttpReply startById(const QString &idText, bool synchronous);
    [[nodiscard]] HttpReply startByName(const SimRequest &request);
    [[nodiscard]] HttpReply startMany(const SimRequest &request);
    [[nodiscard]] HttpReply stop(const QString &idText);
    [[nodiscard]] HttpReply stopMany(const SimRequest &request);
    [[nodiscard]] HttpReply executionResults(const SimRequest &request, bool count);
    /// `GET /qrs/executionresult/{id}`: one object.
    [[nodiscard]] HttpReply executionResult(const QString &idText);
    /// `GET /qrs/reloadtask/{id}` (and the other types' routes): one object; 404 for a task of
    /// another type.
    [[nodiscard]] HttpReply taskOfType(const QString &idText, int taskType);
    [[nodiscard]] HttpReply executionSession(const QString &idText);
    /// A filter field (lower case) of an execution result, as the filter compares it.
    [[nodiscard]] QString resultField(const ResultView &result, const QString &field) const;
    [[nodiscard]] HttpReply executionSessions(const SimRequest &request, bool count);
    [[nodiscard]] HttpReply scriptLogTicket(const SimRequest &request, const QString &taskIdText,
                                            bool newRoute);
    [[nodiscard]] HttpReply download(const QString &ticket);

    [[nodiscard]] static bool xrfkeyValid(const SimRequest &request);
    /// The task for a path id: nullptr with *reply set to 400 (malformed) or 404 (unknown).
    [[nodiscard]] const ScenarioTask *taskFromPath(const QString &idText, HttpReply *reply) const;
    [[nodiscard]] QList<QUuid> idsFromBody(const SimRequest &request, bool *ok) const;

    const Scenario &m_scenario;
    Executions &m_executions;
    VirtualProxy &m_proxy;
    Faults &m_faults;
    Settings m_settings;
    QrsWire m_wire;
    EventRoutes m_events;
};

} // namespace qrssim
