#include "desktopintegration.h"

#include "profilesession.h"
#include "runstyle.h"
#include "runtracker.h"
#include "textformat.h"
#include "workspace.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxMessageLength = 200;

/// Why the run did not simply succeed: its error, else the newest attempt's last error or
/// warning. Empty for a clean run (its last information message would be noise).
QString problem(const Run &run)
{
    if (run.error)
        return run.error->message;
    const ExecutionResult *latest = run.latest();
    if (!latest)
        return {};
    for (auto it = latest->details.crbegin(); it != latest->details.crend(); ++it) {
        if (it->type != ExecutionDetail::Type::Information)
            return it->message;
    }
    return {};
}
} // namespace

DesktopIntegration::DesktopIntegration(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::runFinished, this, &DesktopIntegration::notify);
    connect(&m_workspace, &Workspace::runningCountChanged, this,
            &DesktopIntegration::updateToolTip);
    updateToolTip();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(u":/icons/app.svg"_s), this);
    m_tray->setToolTip(m_toolTip);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            &DesktopIntegration::activateLastNotification);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT activateRequested();
            });
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration() = default;

QString DesktopIntegration::notificationTitle(const Run &run)
{
    //: %1 is the task's name, %2 how it ended: "succeeded", "failed", "aborted"...
    return tr("%1 %2").arg(run.displayName(), RunStyle::outcomeText(run.outcome()));
}

QString DesktopIntegration::notificationText(const Run &run, const QString &profile)
{
    //: profile · status · duration
    QString text = tr("%1 · %2 · %3")
                       .arg(profile, RunStyle::statusText(run),
                            TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc())));
    QString message = problem(run).simplified();
    if (message.size() > MaxMessageLength)
        message = message.left(MaxMessageLength - 1) + u'…';
    if (!message.isEmpty())
        text += u'\n' + message;
    return text;
}

void DesktopIntegration::activateLastNotification()
{
    if (m_lastSession && m_lastSession->tracker().run(m_lastRun))
        Q_EMIT showRunRequested(m_lastSession, m_lastRun);
    else
        Q_EMIT activateRequested(); // the run is gone: the window is the next best thing
}

void DesktopIntegration::notify(ProfileSession *session, RunId id)
{
    const Run *run = session->tracker().run(id);
    if (!run)
        return;
    m_lastSession = session;
    m_lastRun = id;
    const QString title = notificationTitle(*run);
    const QString text = notificationText(*run, session->name());
    if (m_tray) {
        const RunOutcome outcome = run->outcome();
        const bool good = outcome == RunOutcome::Succeeded || outcome == RunOutcome::Skipped;
        m_tray->showMessage(title, text,
                            good ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    Q_EMIT notified(session, id, title, text);
}

void DesktopIntegration::updateToolTip()
{
    const int running = m_workspace.runningCount();
    const QString toolTip = running == 0
        ? tr("Qlik Task Runner: no task running")
        : tr("Qlik Task Runner: %n task(s) running", nullptr, running);
    if (toolTip == m_toolTip)
        return;
    m_toolTip = toolTip;
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
    Q_EMIT toolTipChanged(m_toolTip);
}
