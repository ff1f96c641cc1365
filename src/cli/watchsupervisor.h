#pragma once

#include "clioptions.h"
#include "consolereporter.h"
#include "runtracker.h"
#include "serverconnection.h"
#include "serverwatch.h"
#include "taskfilter.h"

#include <QDateTime>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Drives `qlik-task watch`: follows every run on the server (ServerWatch) and prints each one
/// that ends and whose task passes --filter, until interrupted or --timeout (exit code 0), or,
/// with --fail-fast, until the first such run that fails, is aborted or is lost (its exit code).
/// The server must answer first: otherwise, or when it cannot be watched (at once or once a
/// poll shows it), it ends with NotSubmitted. Polls that fail for longer than --unreachable-grace
/// end it with Lost.
class WatchSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchSupervisor)

public:
    WatchSupervisor(const CliSettings &settings, ConsoleReporter &reporter,
                    QObject *parent = nullptr);
    ~WatchSupervisor() override;

    /// Checks the connection, then watches; finished() follows, once.
    void start();
    /// SIGINT or SIGTERM: the normal end of a watch.
    void interrupt(int signalNumber);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onConnectionChecked(RunServer::RequestId request, const QString &server);
    void onConnectionFailed(RunServer::RequestId request, const QlikError &error);
    void onPollEnded(const std::optional<QlikError> &failure);
    void onRunUpdated(RunId id);
    /// The run ended: printed when its task passes the filter (once its name is known, when the
    /// filter needs it), then forgotten.
    void report(RunId id);
    void finish(int exitCode);

    CliSettings m_settings;
    ConsoleReporter &m_reporter;
    TaskFilter m_filter;
    QNetworkAccessManager m_network;
    ServerConnection m_connection;
    RunTracker m_tracker;
    ServerWatch m_watch;
    RunServer::RequestId m_check = 0;
    QSet<RunId> m_awaitingName; ///< ended runs whose task the filter needs named first
    QMap<QString, int> m_endings; ///< how the printed runs ended
    QDateTime m_failingSince; ///< UTC; first of the current run of failed polls
    bool m_contactLost = false;
    QTimer m_timeoutTimer;
    bool m_finished = false;
};
