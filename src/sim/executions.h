#pragma once

#include "scenario.h"

#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace qrssim {

/// One line of an ExecutionResult's `details`.
struct ResultDetail
{
    int detailsType = 2; ///< 0 Error, 1 Warning, 2 Information
    QString message;
    qint64 atMs = 0; ///< sim clock
};

/// One attempt of a session as planned at start (and cut short by a stop): a result whose
/// status and details are revealed as the sim clock passes the event times.
struct Attempt
{
    struct Event
    {
        qint64 atMs = 0;
        int status = 0;
        QList<ResultDetail> details;
    };
    int index = 0;
    QUuid resultId;
    qint64 startMs = 0; ///< first event: the result appears
    qint64 endMs = 0; ///< last event: final, Retry or Aborted status
    QList<Event> events;
    bool aborted = false;
};

/// An execution session: what one successful start call created.
struct Session
{
    QUuid id;
    QUuid taskId;
    qint64 createdMs = 0;
    qint64 endMs = 0; ///< when the last attempt reaches its final status
    QList<Attempt> attempts;
};

/// The state of one result at a given moment.
struct ResultView
{
    const Session *session = nullptr;
    const Attempt *attempt = nullptr;
    int status = 0;
    bool ended = false;
    QList<ResultDetail> details;
    QUuid fileReferenceId; ///< null until the attempt ended
};

/// Told when a session's plan changes — a start, or a stop that cuts it short — and when every
/// session is forgotten, so that something can act when sessions end (Executions has no timers).
class SessionObserver
{
public:
    virtual ~SessionObserver() = default;
    /// \a session was started or re-planned; it reaches its final status at `endMs`.
    virtual void sessionPlanned(const Session &session) = 0;
    virtual void sessionsForgotten() = 0;
};

/// Sessions and results of the simulated scheduler. Progression is computed from the sim clock
/// whenever asked (no timers), so it is exact and cheap.
class Executions final
{
public:
    Executions(const Scenario &scenario, double timeScale);

    [[nodiscard]] qint64 nowMs() const { return m_clock.elapsed(); }
    [[nodiscard]] QDateTime wallTime(qint64 simMs) const { return m_wallBase.addMSecs(simMs); }
    [[nodiscard]] qint64 scaled(qint64 ms) const;

    /// Starts a session; the null uuid when the task does not start (disabled, no scheduler,
    /// already running).
    [[nodiscard]] QUuid start(const ScenarioTask &task);
    [[nodiscard]] bool isRunning(const QUuid &taskId) const;
    /// Every live session of the task goes AbortInitiated → Aborting → Aborted.
    void stop(const QUuid &taskId);

    /// All results that exist now, in session then attempt order.
    [[nodiscard]] QList<ResultView> results() const;
    /// The results of these sessions that exist now (unknown ids are skipped), in session order.
    [[nodiscard]] QList<ResultView> resultsOfSessions(const QList<QUuid> &sessionIds) const;
    [[nodiscard]] std::optional<ResultView> result(const QUuid &resultId) const;
    [[nodiscard]] std::optional<ResultView>
    resultByFileReference(const QUuid &fileReferenceId) const;
    /// The newest result of the task's newest session that has one.
    [[nodiscard]] std::optional<ResultView> latestResult(const QUuid &taskId) const;
    /// The session, live or ended (until forgotten); nullptr if unknown.
    [[nodiscard]] const Session *session(const QUuid &sessionId) const;
    /// The status the session ends with: its last attempt's last status (6 after a stop).
    [[nodiscard]] static int finalStatus(const Session &session);
    /// The one observer told of planned sessions (nullptr: none). Not owned.
    void setObserver(SessionObserver *observer) { m_observer = observer; }
    /// The session while it is live.
    [[nodiscard]] const Session *liveSession(const QUuid &sessionId) const;
    /// Every session that is live now (its run has not reached a final status), in start order.
    [[nodiscard]] QList<const Session *> liveSessions() const;
    /// The newest attempt of the session that has started by now; nullptr while pending.
    [[nodiscard]] const Attempt *currentAttempt(const Session &session) const;
    /// The repository restarts without its sessions: every session, result and script log
    /// ticket is forgotten (tasks can be started again).
    void forget();

    /// A download ticket for the script log of an ended attempt.
    [[nodiscard]] QString issueTicket(const ResultView &result);
    /// The result a ticket was issued for.
    [[nodiscard]] std::optional<ResultView> ticketResult(const QString &ticket) const;

private:
    [[nodiscard]] Attempt planAttempt(const ScenarioTask &task, const QUuid &sessionId, int index,
                                      qint64 startMs, bool last) const;
    [[nodiscard]] ResultView view(const Session &session, const Attempt &attempt) const;

    const Scenario &m_scenario;
    double m_timeScale = 1.0;
    QElapsedTimer m_clock;
    QDateTime m_wallBase;
    QList<Session> m_sessions;
    QHash<QUuid, qsizetype> m_sessionIndex; ///< session id → position in m_sessions
    QHash<QString, QUuid> m_tickets; ///< ticket → result id
    SessionObserver *m_observer = nullptr;
};

} // namespace qrssim
