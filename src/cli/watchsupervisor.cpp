#include "watchsupervisor.h"

#include "exitcode.h"
#include "textformat.h"

WatchSupervisor::WatchSupervisor(const CliSettings &settings, ConsoleReporter &reporter,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_reporter(reporter)
    // CliOptions checked the terms.
    , m_filter(TaskFilter::parse(settings.watchFilters, nullptr).value_or(TaskFilter()))
    , m_connection(m_network, settings.profile, settings.secret)
    , m_tracker(m_connection.server())
    , m_watch(m_tracker)
{
    settings.applyPolling(m_tracker);
    RunServer &server = m_connection.server();
    connect(&server, &RunServer::connectionChecked, this, &WatchSupervisor::onConnectionChecked);
    connect(&server, &RunServer::connectionFailed, this, &WatchSupervisor::onConnectionFailed);
    connect(&m_tracker, &RunTracker::pollEnded, this, &WatchSupervisor::onPollEnded);
    connect(&m_tracker, &RunTracker::runFinished, this, &WatchSupervisor::report);
    connect(&m_tracker, &RunTracker::runUpdated, this, &WatchSupervisor::onRunUpdated);
    connect(&m_watch, &ServerWatch::watchingChanged, this,
            [this](bool watching, const QString &why) {
                if (!watching && !why.isEmpty()) {
                    m_reporter.warning(tr("error: %1").arg(why));
                    finish(ExitCode::NotSubmitted);
                }
            });
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        m_reporter.warning(tr("note: --timeout passed; the watch ends"));
        finish(ExitCode::Success);
    });
}

WatchSupervisor::~WatchSupervisor() = default;

void WatchSupervisor::start()
{
    if (m_finished)
        return;
    if (m_settings.timeout.count() > 0)
        m_timeoutTimer.start(m_settings.timeout);
    m_check = m_connection.server().checkConnection();
}

void WatchSupervisor::onConnectionChecked(RunServer::RequestId request, const QString &server)
{
    if (request != m_check || m_finished)
        return;
    const QDateTime since =
        QDateTime::currentDateTimeUtc().addMSecs(-m_settings.watchSince.count());
    if (!m_watch.start(since)) {
        m_reporter.warning(tr("error: %1").arg(m_watch.problem()));
        return finish(ExitCode::NotSubmitted);
    }
    m_reporter.watchStarted(server, m_settings.profile.serverUrl.toString(), since,
                            m_filter.describe());
}

void WatchSupervisor::onConnectionFailed(RunServer::RequestId request, const QlikError &error)
{
    if (request != m_check || m_finished)
        return;
    m_reporter.warning(tr("error: cannot watch %1: %2")
                           .arg(m_settings.profile.serverUrl.toString(), error.message));
    finish(ExitCode::NotSubmitted);
}

void WatchSupervisor::onPollEnded(const std::optional<QlikError> &failure)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!failure) {
        if (m_contactLost)
            m_reporter.contactRestored(m_failingSince.msecsTo(now));
        m_contactLost = false;
        m_failingSince = {};
        return;
    }
    if (failure->category == QlikError::Category::SignIn) {
        m_reporter.warning(
            tr("error: the server no longer accepts the sign-in: %1").arg(failure->message));
        return finish(ExitCode::SignedOut);
    }
    if (!m_failingSince.isValid())
        m_failingSince = now;
    const qint64 failingFor = m_failingSince.msecsTo(now);
    if (!m_contactLost) {
        m_contactLost = true;
        m_reporter.contactLost(failure->message);
    }
    if (failingFor >= m_settings.unreachableGrace.count()) {
        m_reporter.warning(tr("error: no answer from the server for %1 (grace period %2)")
                               .arg(TextFormat::duration(failingFor),
                                    TextFormat::duration(m_settings.unreachableGrace.count())));
        finish(ExitCode::Lost);
    }
}

void WatchSupervisor::onRunUpdated(RunId id)
{
    if (!m_awaitingName.contains(id))
        return;
    if (const Run *run = m_tracker.run(id); run && !run->task.name.isEmpty()) {
        m_awaitingName.remove(id);
        report(id);
    }
}

void WatchSupervisor::report(RunId id)
{
    const Run *run = m_tracker.run(id);
    if (m_finished || !run || !run->isFinished())
        return;
    if (!m_filter.isEmpty() && run->task.name.isEmpty()) {
        m_awaitingName.insert(id); // the task is listed next
        return;
    }
    if (!m_filter.matches(run->task)) {
        m_tracker.remove(id);
        return;
    }
    const RunOutcome outcome = run->outcome();
    const int code = ExitCode::forRun(outcome, false);
    m_reporter.seenRunEnded(*run, code);
    ++m_endings[ConsoleReporter::outcomeName(outcome, false)];
    // A watch may run for weeks: what was printed is not kept.
    m_tracker.remove(id);
    const bool failed = outcome == RunOutcome::Failed || outcome == RunOutcome::Aborted ||
        outcome == RunOutcome::Lost;
    if (m_settings.failFast && failed)
        finish(code);
}

void WatchSupervisor::interrupt(int signalNumber)
{
    Q_UNUSED(signalNumber) // interrupting is how a watch ends
    finish(ExitCode::Success);
}

void WatchSupervisor::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeoutTimer.stop();
    m_watch.stop();
    m_reporter.summary(m_endings, exitCode);
    Q_EMIT finished(exitCode);
}
