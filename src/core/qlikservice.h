#pragma once

#include "answerlimits.h"
#include "connectionprofile.h"
#include "qlikerror.h"
#include "qrstypes.h"
#include "taskref.h"

#include <chrono>
#include <functional>
#include <memory>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkRequest;
class AnswerReader;
class QrsRequestBuilder;
namespace QrsReply {
struct Answer;
}

/// Talks to one Qlik Repository Service over one profile; knows the QRS wire format.
/// Every call returns a request id at once; the answer comes as a signal carrying that id,
/// or as requestFailed(). The network access manager is the caller's (one per profile, so
/// one cookie jar keeps one proxy session for all calls).
class QlikService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QlikService)

public:
    using RequestId = quint64;
    enum class Operation {
        About,
        StartTask,
        PollExecutions,
        StopTask,
        ListTasks,
        ScriptLog,
        Triggers,
    };
    Q_ENUM(Operation)

    /// Longest percent-encoded `filter=` one request carries; more runs take more requests.
    static constexpr int MaxPollFilterLength = 4000;
    /// Start requests in flight at once; more wait in order, their deadline counted from sending.
    static constexpr int MaxStartsInFlight = 4;

    /// `secret` is what the profile's sign-in method needs beside it (see QrsRequestBuilder).
    QlikService(QNetworkAccessManager &network, const ConnectionProfile &profile,
                const QString &secret = {}, QObject *parent = nullptr);
    ~QlikService() override;

    [[nodiscard]] const ConnectionProfile &profile() const;

    /// `GET /qrs/about`: the cheap check that URL, prefix, header and TLS are right.
    RequestId fetchAbout();
    /// Resolves the task (by id or exact name, among the reload tasks, then the external program
    /// and user sync tasks; 0 or >1 matches is an error naming the candidates), then `POST
    /// /qrs/task/{id}/start/synchronous`. Emits taskSubmitted(). The start is sent once, never
    /// again (not even by Qt). When its answer does not say clearly whether the task started (cut
    /// connection, silence, a 5xx, an unreadable answer), the repository is asked (the task's
    /// newest result and live sessions) before anything is reported: the run found is followed, or
    /// the start reported as not carried out, or as StartUnconfirmed when the repository cannot
    /// tell.
    RequestId startTask(const TaskRef &task);
    /// startTask() for several tasks, looked up together in as few requests as the URL length
    /// allows; one request id per task, in order, each answered on its own.
    QList<RequestId> startTasks(const QList<TaskRef> &tasks);
    /// `GET /qrs/executionresult?filter=ExecutionId eq A or ...`: one request per
    /// MaxPollFilterLength of filter. Emits executionsPolled() per answered request and
    /// pollCompleted() once all have ended.
    RequestId pollExecutions(const QStringList &sessionIds);
    /// One request for every execution result the repository changed after `changedAfter`
    /// (its `modifiedDate`, repository time), together with every attempt of as many of
    /// `sessionIds` as fit in the filter, first ones first: `modifiedDate gt '…' or ExecutionId
    /// eq A or …`. executionsPolled() names the sessions that fit (their answer is complete;
    /// other sessions' results in it are only the changed attempts), then pollCompleted(). A
    /// refused query (400) or an answer too big or unreadable comes as changesFailed(), not
    /// requestFailed(): nothing is wrong with the connection, a query by session may do.
    RequestId pollChanges(const QDateTime &changedAfter, const QStringList &sessionIds);
    /// One request for every attempt of as many of `sessionIds` as fit, first ones first;
    /// executionsPolled() names them, then pollCompleted(). Errors as for pollExecutions().
    RequestId pollFirstSessions(const QStringList &sessionIds);
    /// `POST /qrs/task/{id}/stop`. Emits taskStopRequested().
    RequestId stopTask(const QString &taskId);
    /// `GET /qrs/reloadtask/full[?filter=...]` (or the route of the other task types);
    /// `filter` is plain text (see QrsFilter).
    RequestId listTasks(ReloadTask::Type type = ReloadTask::Type::Reload,
                        const QString &filter = {});
    /// `GET /qrs/compositeevent/full` for the task-event triggers with a rule on the task,
    /// whatever its type (empty: every trigger). Emits triggersFetched().
    RequestId fetchTriggers(const QString &taskId);
    /// Ticket by the newer route (`scriptlogfile?executionResultId=`), falling back to the older
    /// one (`scriptlog?fileReferenceId=`), then the download, retried while it answers 404.
    RequestId fetchScriptLog(const ExecutionResult &result);

    /// How often and how far apart the script log download is tried while it answers 404.
    void setScriptLogRetry(int attempts, std::chrono::milliseconds delay);
    /// How often and how far apart the repository is asked about a start whose answer was lost.
    void setStartProbe(int attempts, std::chrono::milliseconds delay);

Q_SIGNALS:
    void aboutReceived(QlikService::RequestId id, const AboutInfo &about);
    /// The task started with that execution session. `note` is empty when the start's answer said
    /// so; otherwise it tells how the session was found after the answer was lost.
    void taskSubmitted(QlikService::RequestId id, const ReloadTask &task, const QString &sessionId,
                       const QString &note = {});
    /// The start's POST goes out now: the repository creates its session after this moment.
    void startSent(QlikService::RequestId id);
    void executionsPolled(QlikService::RequestId id, const QStringList &sessionIds,
                          const QList<ExecutionResult> &results);
    void pollCompleted(QlikService::RequestId id);
    void changesFailed(QlikService::RequestId id, const QlikError &error);
    void taskStopRequested(QlikService::RequestId id, const QString &taskId);
    void tasksListed(QlikService::RequestId id, const QList<ReloadTask> &tasks);
    void triggersFetched(QlikService::RequestId id, const QList<TaskTrigger> &triggers);
    void scriptLogReceived(QlikService::RequestId id, const QString &executionResultId,
                           const QString &text);
    void requestFailed(QlikService::RequestId id, QlikService::Operation operation,
                       const QlikError &error);

private:
    using BodyHandler = std::function<void(const QByteArray &body)>;
    using ErrorHandler = std::function<void(const QlikError &error)>;
    using Query = QList<std::pair<QString, QString>>;

    enum class Verb { Get, Post };
    enum class Expect { Json, Text };
    /// A request through the shared network access manager, read under the kind's limits.
    void send(Verb verb, const QString &path, const Query &query, Expect expect, AnswerKind kind,
              BodyHandler onBody, ErrorHandler onError);
    /// What send() was asked, kept while a Windows sign-in's redirects are followed.
    struct Exchange
    {
        Verb verb;
        QString path;
        Query query;
        Expect expect;
        AnswerKind kind;
        BodyHandler onBody;
        ErrorHandler onError;
    };
    /// Sends `request`; follows up to `hopsLeft` sign-in redirects (GET), or signs in and sends
    /// a redirected POST again when `mayResend`.
    void transfer(const std::shared_ptr<const Exchange> &exchange, const QNetworkRequest &request,
                  int hopsLeft, bool mayResend);
    void signInThenResend(const std::shared_ptr<const Exchange> &exchange);
    /// `/qrs/reloadtask/full` and the like for the tasks of a type.
    [[nodiscard]] static QString taskRoute(ReloadTask::Type type);
    /// `reloadTask` and the like: the member of a session or trigger naming a task of the type.
    [[nodiscard]] static QString taskMember(ReloadTask::Type type);
    /// The tasks a route of `type` listed, each of that type.
    [[nodiscard]] static QList<ReloadTask> ofType(QList<ReloadTask> tasks, ReloadTask::Type type);
    /// Looks the tasks up among those of `type`, then what is not found among the next type.
    void lookUp(const QList<TaskRef> &tasks, const QList<RequestId> &ids, ReloadTask::Type type);
    void resolved(RequestId id, const TaskRef &requested, const QList<ReloadTask> &matches);
    /// `filter` grown by `ExecutionId eq …` terms (joined by `or`) for as many of `sessionIds`
    /// as fit in MaxPollFilterLength, first ones first; returns how many.
    static qsizetype appendSessionsThatFit(QString &filter, const QStringList &sessionIds);
    /// GET /executionresult with `filter`: executionsPolled() for `asked`, or `onError`; then
    /// `ended`.
    void sendPoll(RequestId id, const QString &filter, const QStringList &asked,
                  const ErrorHandler &onError, const std::function<void()> &ended);
    struct PendingStart
    {
        RequestId id;
        ReloadTask task; ///< as the look-up saw it just before the start
    };
    void sendStarts();
    void submit(const PendingStart &start);
    void startAnswered(const PendingStart &start, const QrsReply::Answer &answer,
                       const QByteArray &body, bool sent);
    void probeStart(const PendingStart &start, const QlikError &why, int attempt);
    void probeSessions(const PendingStart &start, const QlikError &why, int attempt);
    void probeAgain(const PendingStart &start, const QlikError &why, int attempt);
    void startFound(const PendingStart &start, const QString &sessionId, const QlikError &why);
    void requestScriptLogTicket(RequestId id, const ExecutionResult &result, bool newerRoute,
                                int attempt);
    void downloadScriptLog(RequestId id, const ExecutionResult &result, const QString &ticket,
                           bool newerRoute, int attempt);
    void fail(RequestId id, Operation operation, const QlikError &error);
    /// Windows sign-in: gives the profile's user and password to the NTLM challenges of
    /// requests sent through `network`.
    void answerWindowsChallenges(QNetworkAccessManager &network);
    RequestId nextId();

    QNetworkAccessManager &m_network;
    std::unique_ptr<QrsRequestBuilder> m_requests;
    QSet<QObject *> m_inFlight; ///< AnswerReaders and OneShotRequests
    QQueue<PendingStart> m_startQueue;
    int m_startsInFlight = 0;
    RequestId m_lastId = 0;
    QString m_windowsPassword; ///< Windows sign-in: empty on Windows for the signed-in user
    bool m_heardFromServer = false; ///< any HTTP answer came through this profile's connection
    int m_scriptLogAttempts = 8;
    std::chrono::milliseconds m_scriptLogDelay {750};
    int m_probeAttempts = 3;
    std::chrono::milliseconds m_probeDelay {1500};
};
