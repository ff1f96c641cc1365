#pragma once

#include "qlikerror.h"
#include "qrstypes.h"
#include "taskref.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

/// What RunTracker needs of a server its runs live on, whatever kind it is: a client-managed
/// repository (QrsRunServer) or a Qlik Cloud tenant (CloudRunServer). It starts runs, polls many
/// of them together, stops them, fetches their logs and lists what can be run. Every call returns
/// a request id at once (never 0) and answers later with a signal carrying it, never from within
/// the call.
///
/// A run is known by its session id: the repository's execution session, or the cloud's reload
/// id. Its attempts are ExecutionResults whose TaskStatus keeps the server's own status names.
class RunServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunServer)

public:
    using RequestId = quint64;

    /// How polls ask: the way the server allows that costs fewest requests (Compact), or the
    /// way kept once the server refused it (Fallback). Initial until the server said which.
    enum class PollMode { Initial, Compact, Fallback };
    Q_ENUM(PollMode)

    /// What one start asks for beside the task; a server ignores what it does not offer.
    struct StartOptions
    {
        bool partial = false; ///< Qlik Cloud: a partial reload
        QMap<QString, QString> variables; ///< Qlik Cloud: script variables
    };

    /// A run a poll asks about, as the tracker knows it.
    struct PolledRun
    {
        QString sessionId; ///< lower case
        QList<ExecutionResult> results; ///< every attempt known, oldest first
    };

    /// What a poll learnt about one session it asked about.
    struct SessionNews
    {
        enum class Kind {
            Complete, ///< results are every attempt of the session (none: the server has none)
            Changed, ///< results are only the attempts that changed
            Unchanged, ///< the server answered and nothing changed
            /// A session no polled run has: only its changed attempts (setReportingUnfollowed)
            Unfollowed,
        };
        QString sessionId; ///< lower case
        Kind kind = Kind::Complete;
        QList<ExecutionResult> results;
    };

    explicit RunServer(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~RunServer() override = default;

    /// Starts each task (by id or exact name: none or several matches is an error naming them);
    /// one request id per task, in order, each answered by submitted() or startFailed(). A start
    /// is sent once and never again.
    virtual QList<RequestId> start(const QList<TaskRef> &tasks, const StartOptions &options) = 0;
    /// Asks the server to stop the run: stopAccepted() or stopFailed(). 0 when the run cannot
    /// be stopped (it has not started).
    virtual RequestId stop(const ReloadTask &task, const QString &sessionId) = 0;
    /// One poll of these runs, in as few requests as the server allows: polled() for every
    /// answer, then pollEnded() once. Only one poll is in flight at a time.
    virtual RequestId poll(const QList<PolledRun> &runs) = 0;
    /// The poll in flight is given up (it took too long); its late answers are not told.
    virtual void abandonPoll(RequestId request) = 0;
    [[nodiscard]] virtual PollMode pollMode() const = 0;
    /// The log of one attempt: logFetched() or logFailed().
    virtual RequestId fetchLog(const ReloadTask &task, const ExecutionResult &result) = 0;
    /// What can be run: tasksListed() or listFailed().
    virtual RequestId listTasks() = 0;
    /// The cheap check that URL, TLS and sign-in are right: connectionChecked() or
    /// connectionFailed().
    virtual RequestId checkConnection() = 0;
    /// The one task as the server lists it now (app, stream, tags): tasksListed() with it alone,
    /// or with none when it is gone, or listFailed(). 0 when the server lists no such tasks.
    virtual RequestId listTask(const ReloadTask &task)
    {
        Q_UNUSED(task)
        return 0;
    }
    /// Whether the server has task-event triggers (fetchTriggers()).
    [[nodiscard]] virtual bool offersTriggers() const { return false; }
    /// The task-event triggers with a rule on the task (empty: every trigger of the server):
    /// triggersFetched() or triggersFailed(). Only when offersTriggers().
    virtual RequestId fetchTriggers(const QString &taskId)
    {
        Q_UNUSED(taskId)
        return 0;
    }
    /// On, polls (even of no run) also tell every session of the server that changed, as
    /// SessionNews::Kind::Unfollowed, each change once; until a poll has dated the server's
    /// clock, from `since` (UTC) on. False when the server cannot tell them: then it tells none.
    virtual bool setReportingUnfollowed(bool on, const QDateTime &since)
    {
        Q_UNUSED(on)
        Q_UNUSED(since)
        return false;
    }

Q_SIGNALS:
    /// The run started as that session. `note` is empty when the start's answer said so;
    /// otherwise it tells how the session was found after the answer was lost.
    void submitted(RunServer::RequestId request, const ReloadTask &task, const QString &sessionId,
                   const QString &note);
    /// Not started; a StartUnconfirmed error means it may have started all the same.
    void startFailed(RunServer::RequestId request, const QlikError &error);
    void stopAccepted(RunServer::RequestId request);
    void stopFailed(RunServer::RequestId request, const QlikError &error);
    /// One answer of a poll, sessions in the order their runs ended (those still going last).
    void polled(RunServer::RequestId request, const QList<RunServer::SessionNews> &news);
    /// The poll ended. `failure`: a request failed (the last error); runs no answer told about
    /// count as unanswered. `answered`: at least one request answered. `askAgainNow`: the poll
    /// was not answered for want of a better query, not of contact: poll again at once.
    void pollEnded(RunServer::RequestId request, const std::optional<QlikError> &failure,
                   bool answered, bool askAgainNow);
    void pollModeChanged(RunServer::PollMode mode, const QString &why);
    /// Requests wait (a rate limit), or go again; `why` says what holds them, in words.
    void heldBack(bool held, const QString &why);
    void logFetched(RunServer::RequestId request, const QString &resultId, const QString &text);
    void logFailed(RunServer::RequestId request, const QlikError &error);
    void triggersFetched(RunServer::RequestId request, const QList<TaskTrigger> &triggers);
    void triggersFailed(RunServer::RequestId request, const QlikError &error);
    void tasksListed(RunServer::RequestId request, const QList<ReloadTask> &tasks);
    void listFailed(RunServer::RequestId request, const QlikError &error);
    /// `server` says what answered, in words: "Qlik Sense repository 14.173.4".
    void connectionChecked(RunServer::RequestId request, const QString &server);
    void connectionFailed(RunServer::RequestId request, const QlikError &error);
};

Q_DECLARE_METATYPE(RunServer::SessionNews)
