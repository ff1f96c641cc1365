#pragma once

#include "chainfollower.h"
#include "clioptions.h"
#include "consolereporter.h"
#include "runtracker.h"
#include "serverconnection.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Drives one qlik-task call: starts every task at once on a RunTracker (which follows them in
/// one polling loop), tells the reporter what changed, handles --timeout, --stop-on-timeout and
/// --no-wait, fetches the script log of failed runs (within --timeout) and emits finished() with
/// the exit code.
/// interrupt() ends it early (SIGINT/SIGTERM), optionally stopping the live runs first.
class RunSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSupervisor)

public:
    /// How many lines of the script log of a failed run are shown.
    static constexpr int ScriptLogLines = 40;

    RunSupervisor(const CliSettings &settings, ConsoleReporter &reporter,
                  QObject *parent = nullptr);
    ~RunSupervisor() override;

    /// Starts the tasks; finished() follows, once.
    void start();
    /// qlik-task got SIGINT or SIGTERM: tells which runs go on on the server (or, with
    /// --stop-on-interrupt, asks the server to stop them and waits a few seconds for the answers),
    /// then finishes with 128 + `signalNumber`. When no run was in flight any more (every
    /// outcome known, only script logs being fetched) it finishes at once with the runs' code.
    /// A second call finishes at once.
    void interrupt(int signalNumber);

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// What the supervisor knows about one run beyond the tracker's Run.
    struct Follow
    {
        qsizetype printedChanges = 0;
        bool startPrinted = false;
        bool ended = false; ///< its exit code is known and its end was printed
        bool timedOut = false;
        bool interrupted = false; ///< qlik-task was interrupted while the run was in flight
        RunServer::RequestId scriptLogRequest = 0; ///< non-zero while a log is being fetched
        QDateTime lastLineAt;
        int exitCode = 0;
    };

    void onLinkChanged(ChainFollower::LinkId id);
    void onRunUpdated(RunId id);
    void onRunFinished(RunId id);
    void onScriptLog(RunServer::RequestId request, const QString &text);
    void onScriptLogFailed(RunServer::RequestId request, const QlikError &error);
    void onTimeout();
    void onStopAnswered(RunId id);
    void onTick();
    void updateContactState();
    /// How long polls must fail before "lost contact" is printed: single failed polls (a 503
    /// now and then) are retried silently.
    [[nodiscard]] std::chrono::milliseconds contactLostThreshold() const;
    void fetchScriptLog(RunId id);
    void scriptLogDone(RunId id);
    /// The run's exit code is its outcome's, or `exitCode` when given.
    void endRun(RunId id, bool timedOut, std::optional<int> exitCode = std::nullopt);
    void finishIfDone();
    void finishNow();
    [[nodiscard]] RunId runForScriptLog(RunServer::RequestId request) const;

    CliSettings m_settings;
    ConsoleReporter &m_reporter;
    QNetworkAccessManager m_network;
    ServerConnection m_connection;
    RunTracker m_tracker;
    ChainFollower m_chains;
    QSet<RunId> m_openChains; ///< --follow-chain: roots of chains not settled yet
    QSet<ChainFollower::LinkId> m_reportedLinks; ///< links whose not starting was printed
    QHash<RunId, Follow> m_follow;
    QSet<RunId> m_unsettled; ///< runs not ended yet, or waiting for their script log
    QTimer m_timeoutTimer;
    QTimer m_tickTimer;
    QTimer m_stopGraceTimer;
    bool m_timedOut = false;
    int m_interruptSignal = 0; ///< the signal that interrupted qlik-task; 0 while none did
    QSet<RunId> m_awaitingStop; ///< runs whose --stop-on-interrupt request is not answered yet
    bool m_contactLost = false;
    QDateTime m_lostSince; ///< UTC; when the polls that made us warn began failing
    bool m_starting = false;
    bool m_finished = false;
    int m_exitCode = 0;
};
