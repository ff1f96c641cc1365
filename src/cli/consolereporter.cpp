#include "consolereporter.h"

#include "textformat.h"

#include <algorithm>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateOrNull(const QDateTime &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return date.toUTC().toString(Qt::ISODateWithMs);
}

QString detailTypeName(ExecutionDetail::Type type)
{
    switch (type) {
    case ExecutionDetail::Type::Error:
        return u"Error"_s;
    case ExecutionDetail::Type::Warning:
        return u"Warning"_s;
    case ExecutionDetail::Type::Information:
        break;
    }
    return u"Information"_s;
}

} // namespace

ConsoleReporter::ConsoleReporter(bool json, bool quiet, FILE *out, FILE *err)
    : m_json(json)
    , m_quiet(quiet)
    , m_out(out)
    , m_err(err)
{ }

QString ConsoleReporter::redact(QString text)
{
    static const QRegularExpression urlQuery(u"((?:https?|wss?)://[^\\s?#\"'<>]*)[?#][^\\s\"<>]*"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression key(u"(xrfkey\\s*[=:]\\s*)[0-9A-Za-z]*"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    text.replace(urlQuery, u"\\1"_s);
    text.replace(key, u"\\1***"_s);
    return text;
}

QString ConsoleReporter::timestamp(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
        u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ConsoleReporter::taskLabel(const Run &run)
{
    // A bare id until the repository has named the task.
    if (run.task.name.isEmpty() && run.requested.isId())
        return run.requested.text();
    return u"'%1'"_s.arg(run.displayName());
}

QString ConsoleReporter::outcomeName(RunOutcome outcome, bool timedOut)
{
    if (timedOut)
        return u"TimedOut"_s;
    switch (outcome) {
    case RunOutcome::InProgress:
        return u"InProgress"_s;
    case RunOutcome::Succeeded:
        return u"Succeeded"_s;
    case RunOutcome::Failed:
        return u"Failed"_s;
    case RunOutcome::Aborted:
        return u"Aborted"_s;
    case RunOutcome::Skipped:
        return u"Skipped"_s;
    case RunOutcome::NotSubmitted:
        return u"NotSubmitted"_s;
    case RunOutcome::Lost:
        return u"Lost"_s;
    }
    return u"Unknown"_s;
}

QJsonObject ConsoleReporter::toJson(const Run &run, int exitCode, bool timedOut)
{
    QJsonObject object;
    object[u"taskId"_s] =
        run.task.id.isEmpty() && run.requested.isId() ? run.requested.text() : run.task.id;
    object[u"taskName"_s] = run.task.name;
    object[u"requested"_s] = run.requested.text();
    object[u"sessionId"_s] = run.sessionId;
    const ExecutionResult *latest = run.latest();
    const auto status = run.status();
    // The repository's number; a Qlik Cloud status has none, only its name.
    object[u"status"_s] = status && status->server() == TaskStatus::Server::Repository
        ? QJsonValue(status->code())
        : QJsonValue(QJsonValue::Null);
    object[u"statusName"_s] = status ? QJsonValue(status->name()) : QJsonValue(QJsonValue::Null);
    object[u"outcome"_s] = outcomeName(run.outcome(), timedOut);
    object[u"origin"_s] = originKey(run.origin);
    object[u"startTime"_s] = dateOrNull(latest ? latest->startTime : QDateTime());
    object[u"stopTime"_s] = dateOrNull(latest ? latest->stopTime : QDateTime());
    qint64 duration = 0;
    if (latest && latest->stopTime.isValid())
        duration = latest->durationMs;
    else if (latest && latest->startTime.isValid())
        duration = run.elapsedMs(QDateTime::currentDateTimeUtc());
    object[u"durationMs"_s] = duration;
    object[u"attempts"_s] = int(run.results.size());
    QJsonArray details;
    if (latest) {
        for (const ExecutionDetail &detail : latest->details) {
            details.append(QJsonObject {
                {u"type"_s, detailTypeName(detail.type)},
                {u"message"_s, redact(detail.message)},
                {u"createdAt"_s, dateOrNull(detail.createdAt)},
            });
        }
    }
    object[u"details"_s] = details;
    if (run.error) {
        object[u"error"_s] = QJsonObject {
            {u"category"_s, QlikError::categoryName(run.error->category)},
            {u"httpStatus"_s, run.error->httpStatus},
            {u"message"_s, redact(run.error->message)},
        };
    }
    object[u"exitCode"_s] = exitCode;
    return object;
}

void ConsoleReporter::write(FILE *stream, const QString &text)
{
    const QByteArray bytes = redact(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void ConsoleReporter::line(Level level, const QString &text, const QDateTime &at)
{
    if (m_quiet && level == Level::Progress)
        return;
    const QDateTime moment = at.isValid() ? at : QDateTime::currentDateTime();
    // The text carries task names, ids, messages and details from the server and names the
    // operator typed: one line whatever they contain, and no escape sequence reaches the terminal.
    write(m_json ? m_err : m_out, timestamp(moment) + u' ' + TextFormat::forTerminal(text) + u'\n');
}

QString ConsoleReporter::scriptLogLine(QStringView text)
{
    if (text.size() <= MaxScriptLogLineChars)
        return TextFormat::forTerminal(text);
    qsizetype kept = MaxScriptLogLineChars;
    if (text.at(kept - 1).isHighSurrogate())
        --kept; // never split a character
    return TextFormat::forTerminal(text.first(kept)) +
        tr(" [... %n more character(s) of this line not shown]", nullptr,
           int(std::min<qsizetype>(text.size() - kept, std::numeric_limits<int>::max())));
}

void ConsoleReporter::runStarted(const Run &run)
{
    line(Level::Progress,
         (m_cloud ? tr("started a reload of app %1 (app id %2), reload %3")
                  : tr("started task %1 (task id %2), session %3"))
             .arg(taskLabel(run), run.task.id, run.sessionId));
    if (!run.startNote.isEmpty())
        line(Level::Error, tr("warning: task %1: %2").arg(taskLabel(run), run.startNote));
}

void ConsoleReporter::watchStarted(const QString &server, const QString &url,
                                   const QDateTime &since, const QString &filter)
{
    line(Level::Progress,
         tr("watching every run on %1 (%2) that changed since %3%4")
             .arg(url, server, timestamp(since.toLocalTime()),
                  filter.isEmpty() ? QString() : tr(", tasks matching %1").arg(filter)));
}

void ConsoleReporter::seenRunEnded(const Run &run, int exitCode)
{
    if (m_json)
        write(m_out,
              QString::fromUtf8(
                  QJsonDocument(toJson(run, exitCode, false)).toJson(QJsonDocument::Compact)) +
                  u'\n');
    const ExecutionResult *latest = run.latest();
    const auto status = run.status();
    const QString app =
        run.task.appName.isEmpty() ? QString() : tr(", app '%1'").arg(run.task.appName);
    line(Level::Progress,
         tr("task %1 ended %2 after %3 (session %4%5) - exit code %6")
             .arg(taskLabel(run), status ? status->name() : tr("no status"),
                  TextFormat::duration(latest ? latest->durationMs : 0), run.sessionId, app)
             .arg(exitCode),
         latest && latest->stopTime.isValid() ? latest->stopTime.toLocalTime() : QDateTime());
}

void ConsoleReporter::runTriggered(const Run &run, const TriggeredBy &by)
{
    m_triggeredBy.insert(run.id, by);
    line(Level::Progress,
         tr("task %1 (task id %2) started by trigger '%3' when '%4' ended, session %5")
             .arg(taskLabel(run), run.task.id, by.trigger, by.taskName, run.sessionId));
}

void ConsoleReporter::triggerWillNotStart(const Run &upstream, const QString &taskName,
                                          const QString &why)
{
    line(Level::Progress,
         tr("task '%1' will not start after %2: %3").arg(taskName, taskLabel(upstream), why));
}

void ConsoleReporter::statusChanged(const Run &run, const StatusChange &change)
{
    const QString name = change.status.name();
    const QString words = change.status.displayName();
    line(Level::Progress,
         words.isEmpty() || words == name ? tr("task %1: %2").arg(taskLabel(run), name)
                                          : tr("task %1: %2 (%3)").arg(taskLabel(run), name, words),
         change.observedAt);
}

void ConsoleReporter::stillRunning(const Run &run, qint64 elapsedMs)
{
    const auto status = run.status();
    line(Level::Progress,
         tr("task %1: still running (%2), status %3")
             .arg(taskLabel(run), TextFormat::duration(elapsedMs),
                  status ? status->name() : tr("pending")));
}

QString ConsoleReporter::signInHint(const ConnectionProfile &profile)
{
    switch (profile.signIn) {
    case ConnectionProfile::SignIn::Header:
        break;
    case ConnectionProfile::SignIn::Certificate:
        return tr("certificate sign-in refused: check the client certificate (--client-cert, "
                  "exported from this server's QMC), the port (the repository's, 4242) and the "
                  "user (--user-directory \"%1\" --user \"%2\": active, with rights to start "
                  "the task)")
            .arg(profile.userDirectory, profile.userId);
    case ConnectionProfile::SignIn::Windows:
        return tr("Windows sign-in refused: check the virtual proxy (--virtual-proxy, now "
                  "\"%1\"; it must offer Windows sign-in), the user (--user, now \"%2\") and the "
                  "password (QLIK_PASSWORD or --password-file)")
            .arg(profile.virtualProxyPrefix, profile.userId);
    case ConnectionProfile::SignIn::Jwt:
        return tr("JWT sign-in refused: check the virtual proxy (--virtual-proxy, now \"%1\"; it "
                  "must be a JWT virtual proxy) and the token (QLIK_JWT or --jwt-file): expired, "
                  "signed with a key the proxy does not know, or naming an unknown user")
            .arg(profile.virtualProxyPrefix);
    case ConnectionProfile::SignIn::CloudApiKey:
        return tr("Qlik Cloud refused the API key: check the tenant (--cloud, now %1) and the key "
                  "(QLIK_API_KEY or --api-key-file): revoked, expired, or of another tenant")
            .arg(profile.serverUrl.toDisplayString());
    case ConnectionProfile::SignIn::CloudOAuth:
        return tr("Qlik Cloud refused the OAuth client: check the tenant (--cloud, now %1), the "
                  "client id (--oauth-client-id, now \"%2\") and its secret "
                  "(QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file)")
            .arg(profile.serverUrl.toDisplayString(), profile.userId);
    }
    return tr("not authenticated: check the virtual proxy prefix (--virtual-proxy, now "
              "\"%1\"), the user header name (--user-header, now \"%2\") and the user")
        .arg(profile.virtualProxyPrefix, profile.userHeaderName);
}

void ConsoleReporter::notSubmitted(const Run &run, const ConnectionProfile &profile)
{
    const QString why = run.error ? run.error->message : tr("no reason given");
    line(Level::Error, tr("error: task %1 was not submitted: %2").arg(taskLabel(run), why));
    if (!run.error)
        return;
    QString hint;
    switch (run.error->category) {
    case QlikError::Category::Unauthenticated:
    case QlikError::Category::Forbidden:
    case QlikError::Category::SignIn:
        hint = signInHint(profile);
        break;
    case QlikError::Category::Tls:
        hint = profile.pinnedSha256.isEmpty()
            ? tr("the server's certificate was not accepted: pass its CA certificate with "
                 "--ca-cert FILE, pin the certificate itself with --pin-sha256 HEX, or use a "
                 "host name it is made out for in --server")
            : tr("the server's certificate is not the one pinned (--pin-sha256)");
        break;
    case QlikError::Category::Transient:
        hint = tr("the server %1 could not be reached").arg(profile.serverUrl.host());
        break;
    case QlikError::Category::NotStarted:
        hint = tr("the server did not start the task (disabled, no scheduler available or "
                  "already running)");
        break;
    default:
        break;
    }
    if (!hint.isEmpty())
        line(Level::Error, tr("hint: %1").arg(hint));
}

void ConsoleReporter::signedOut(const Run &run)
{
    line(Level::Error,
         tr("error: task %1: %2 The run goes on on the server (execution session %3).")
             .arg(taskLabel(run), run.error ? run.error->message : QString(), run.sessionId));
}

void ConsoleReporter::runEnded(const Run &run, int exitCode, bool timedOut)
{
    if (m_json) {
        QJsonObject object = toJson(run, exitCode, timedOut);
        if (const auto by = m_triggeredBy.constFind(run.id); by != m_triggeredBy.cend())
            object[u"triggeredBy"_s] = QJsonObject {{u"taskName"_s, by->taskName},
                                                    {u"sessionId"_s, by->sessionId},
                                                    {u"trigger"_s, by->trigger}};
        write(m_out,
              QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
    }
    const Level level = exitCode == 0 ? Level::Progress : Level::Error;
    const auto status = run.status();
    const QString statusName = status ? status->name() : tr("no status");
    switch (run.phase) {
    case RunPhase::NotSubmitted:
        break; // notSubmitted() told it
    case RunPhase::Lost:
        line(level,
             tr("error: task %1: no answer from the server for longer than the grace period; "
                "giving up (last status %2; the run may go on on the server) - exit code %3")
                 .arg(taskLabel(run), statusName)
                 .arg(exitCode));
        break;
    case RunPhase::Finished: {
        const ExecutionResult *latest = run.latest();
        const qint64 duration = latest && latest->durationMs > 0
            ? latest->durationMs
            : run.elapsedMs(QDateTime::currentDateTimeUtc());
        line(level,
             tr("task %1 ended %2 after %3%4 - exit code %5")
                 .arg(taskLabel(run), statusName, TextFormat::duration(duration),
                      timedOut ? tr(" (stopped after the timeout)") : QString())
                 .arg(exitCode));
        break;
    }
    case RunPhase::Submitting:
    case RunPhase::Pending:
    case RunPhase::Running:
        line(level,
             tr("error: task %1: timed out with status %2 after %3; not waiting any longer - "
                "exit code %4")
                 .arg(taskLabel(run), statusName,
                      TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc())))
                 .arg(exitCode));
        break;
    }
}

void ConsoleReporter::failureDetails(const Run &run)
{
    const ExecutionResult *latest = run.latest();
    if (!latest)
        return;
    for (const ExecutionDetail &detail : latest->details) {
        if (detail.type == ExecutionDetail::Type::Information)
            continue;
        const QString type =
            detail.type == ExecutionDetail::Type::Error ? tr("Error") : tr("Warning");
        const QString message = detail.message.trimmed();
        // Qlik's own messages often say "Error: ..." already.
        if (message.startsWith(type + u':', Qt::CaseInsensitive))
            line(Level::Error, tr("task %1: %2").arg(taskLabel(run), message));
        else
            line(Level::Error, tr("task %1: %2: %3").arg(taskLabel(run), type, message));
    }
}

void ConsoleReporter::scriptLog(const Run &run, const QString &text, int lines)
{
    // Views into the log: a huge one is not copied, and every line printed is capped.
    const QList<QStringView> tail = TextFormat::lastLineViews(text, lines);
    if (tail.isEmpty()) {
        line(Level::Error, tr("task %1: the script log is empty").arg(taskLabel(run)));
        return;
    }
    line(Level::Error,
         tr("task %1: last %2 lines of the script log:").arg(taskLabel(run)).arg(lines));
    QString block;
    for (const QStringView logLine : tail)
        block += u"    "_s + scriptLogLine(logLine) + u'\n';
    write(m_json ? m_err : m_out, block);
}

void ConsoleReporter::scriptLogUnavailable(const Run &run, const QString &why)
{
    line(Level::Error, tr("task %1: no script log: %2").arg(taskLabel(run), why));
}

void ConsoleReporter::timedOut(const Run &run, bool stopping)
{
    line(Level::Error,
         stopping ? tr("error: task %1: timeout reached, stopping the task").arg(taskLabel(run))
                  : tr("error: task %1: timeout reached").arg(taskLabel(run)));
}

void ConsoleReporter::contactLost(const QString &why)
{
    line(Level::Error,
         tr("warning: lost contact with the server (%1); retrying, runs go on").arg(why));
}

void ConsoleReporter::contactRestored(qint64 downMs)
{
    line(Level::Error,
         tr("contact with the server is back after %1").arg(TextFormat::duration(downMs)));
}

void ConsoleReporter::submittedNoWait(const Run &run)
{
    if (m_json) {
        QJsonObject object = toJson(run, 0, false);
        object[u"outcome"_s] = u"Submitted"_s;
        write(m_out,
              QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
    }
    line(Level::Progress,
         tr("task %1 submitted; not waiting for it to end (--no-wait)").arg(taskLabel(run)));
}

void ConsoleReporter::interrupted(const Run &run, const QString &signalName, bool stopping,
                                  int exitCode)
{
    if (m_json) {
        QJsonObject object = toJson(run, exitCode, false);
        object[u"outcome"_s] = u"Interrupted"_s;
        write(m_out,
              QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
    }
    QString text;
    if (run.sessionId.isEmpty())
        text = tr("task %1: interrupted by %2 while it was being submitted; it may still start "
                  "on the server")
                   .arg(taskLabel(run), signalName);
    else if (stopping)
        text = tr("task %1: interrupted by %2; asking the server to stop the run (session %3)")
                   .arg(taskLabel(run), signalName, run.sessionId);
    else
        text = tr("task %1: interrupted by %2; the run goes on on the server (session %3)")
                   .arg(taskLabel(run), signalName, run.sessionId);
    line(Level::Error, text);
}

void ConsoleReporter::stopAccepted(const Run &run)
{
    line(Level::Progress,
         tr("task %1: the server is stopping the run (session %2)")
             .arg(taskLabel(run), run.sessionId));
}

void ConsoleReporter::stopUnanswered(const Run &run)
{
    line(Level::Error,
         tr("warning: task %1: no answer to the stop request; the run may go on on the server "
            "(session %2)")
             .arg(taskLabel(run), run.sessionId));
}

void ConsoleReporter::warning(const QString &text)
{
    write(m_err, TextFormat::forTerminal(text) + u'\n');
}

void ConsoleReporter::summary(const QMap<QString, int> &endings, int exitCode)
{
    QStringList parts;
    int total = 0;
    for (auto it = endings.cbegin(); it != endings.cend(); ++it) {
        parts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
        total += it.value();
    }
    const QString text =
        tr("%n run(s): %1 - exit code %2", nullptr, total).arg(parts.join(u", "_s)).arg(exitCode);
    // The summary is printed even with --quiet.
    write(m_json ? m_err : m_out,
          timestamp(QDateTime::currentDateTime()) + u' ' + TextFormat::forTerminal(text) + u'\n');
}
