#pragma once

#include "connectionprofile.h"
#include "run.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringView>

/// All printing of qlik-task. Human lines start with an ISO 8601 local timestamp with offset and
/// go to stdout (to stderr with --json, where stdout carries one JSON object per run and line).
/// With --quiet only errors and the summary are printed. Every line passes redact(), and every
/// human line TextFormat::forTerminal(): text from the server or the operator cannot start a new
/// line or send escape sequences. The JSON objects carry the exact strings (JSON-escaped).
class ConsoleReporter final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleReporter)
    Q_DISABLE_COPY_MOVE(ConsoleReporter)

public:
    /// Longest script log line printed; the rest is counted, not shown.
    static constexpr qsizetype MaxScriptLogLineChars = 2000;

    ConsoleReporter(bool json, bool quiet, FILE *out = stdout, FILE *err = stderr);

    /// Accepted: the task and the execution session id.
    /// The runs are Qlik Cloud reloads of apps: the start line says so.
    void setCloud(bool cloud) { m_cloud = cloud; }
    void runStarted(const Run &run);
    /// What started a run of a followed chain.
    struct TriggeredBy
    {
        QString taskName; ///< the task whose end met the trigger
        QString sessionId; ///< its session
        QString trigger; ///< the trigger's name
    };
    /// A run of a followed chain started (instead of runStarted()); its JSON object tells `by`.
    void runTriggered(const Run &run, const TriggeredBy &by);
    /// A trigger met by the end of `upstream` does not start `taskName`: `why`.
    void triggerWillNotStart(const Run &upstream, const QString &taskName, const QString &why);
    /// `qlik-task watch` began: what answered, since when, which tasks.
    void watchStarted(const QString &server, const QString &url, const QDateTime &since,
                      const QString &filter);
    /// A run seen on the server ended: one line on stdout and, with --json, its JSON object.
    void seenRunEnded(const Run &run, int exitCode);
    /// One line per status change (not per poll).
    void statusChanged(const Run &run, const StatusChange &change);
    void stillRunning(const Run &run, qint64 elapsedMs);
    /// The repository did not accept the task; with a hint where the cause is likely.
    void notSubmitted(const Run &run, const ConnectionProfile &profile);
    /// The end of a run: one human line and, with --json, its JSON object.
    void runEnded(const Run &run, int exitCode, bool timedOut);
    /// Error and warning details of the newest attempt of a failed, aborted or errored run.
    void failureDetails(const Run &run);
    /// The last `lines` lines of the script log, each escaped and cut at MaxScriptLogLineChars.
    void scriptLog(const Run &run, const QString &text, int lines);
    void scriptLogUnavailable(const Run &run, const QString &why);
    void timedOut(const Run &run, bool stopping);
    void contactLost(const QString &why);
    void contactRestored(qint64 downMs);
    void submittedNoWait(const Run &run);
    /// qlik-task was interrupted by `signalName` while the run was in flight: it goes on on the
    /// server, or (`stopping`) the server is asked to stop it. With --json, its object too
    /// (outcome "Interrupted").
    void interrupted(const Run &run, const QString &signalName, bool stopping, int exitCode);
    /// The server accepted the request to stop the run's task.
    void stopAccepted(const Run &run);
    /// The server stopped accepting the sign-in while the run was in flight.
    void signedOut(const Run &run);
    /// The stop request got no answer in time.
    void stopUnanswered(const Run &run);
    void warning(const QString &text);
    /// The last line: how many runs ended how, and the exit code.
    void summary(const QMap<QString, int> &endings, int exitCode);

    /// Keys and query strings out of any text: `xrfkey=...` is masked and the query part of
    /// every URL is dropped.
    [[nodiscard]] static QString redact(QString text);
    /// `2026-11-28T13:05:01+01:00`: local time with its UTC offset.
    [[nodiscard]] static QString timestamp(const QDateTime &moment);
    /// "'Reload Sales'", or what was asked for while the task is not resolved.
    [[nodiscard]] static QString taskLabel(const Run &run);
    /// The --json object of one run.
    [[nodiscard]] static QJsonObject toJson(const Run &run, int exitCode, bool timedOut);
    /// The word for how a run ended, as in the summary and the JSON "outcome".
    [[nodiscard]] static QString outcomeName(RunOutcome outcome, bool timedOut);
    /// One script log line as printed: escaped, and cut at MaxScriptLogLineChars characters
    /// with a note of how many more there were.
    [[nodiscard]] static QString scriptLogLine(QStringView text);

private:
    /// What to check when the server did not let us in, for the profile's sign-in method.
    [[nodiscard]] static QString signInHint(const ConnectionProfile &profile);
    enum class Level { Progress, Error };
    void line(Level level, const QString &text, const QDateTime &at = {});
    void write(FILE *stream, const QString &text);

    bool m_json;
    bool m_quiet;
    bool m_cloud = false;
    QHash<RunId, TriggeredBy> m_triggeredBy;
    FILE *m_out;
    FILE *m_err;
};
