#include "desktopintegration.h"

#include "profilesession.h"
#include "runstyle.h"
#include "runtracker.h"
#include "textformat.h"
#include "workspace.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

DesktopIntegration::DesktopIntegration(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(u":/icons/app.svg"_s), this);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastSession)
            Q_EMIT showRunRequested(m_lastSession, m_lastRun);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT activateRequested();
            });
    connect(&m_workspace, &Workspace::runFinished, this, &DesktopIntegration::notify);
    connect(&m_workspace, &Workspace::runningCountChanged, this,
            &DesktopIntegration::updateToolTip);
    updateToolTip();
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration() = default;

QString DesktopIntegration::notificationTitle(const Run &run)
{
    const QString name = run.task.name.isEmpty() ? run.requested.text() : run.task.name;
    return tr("%1 %2").arg(name, RunStyle::outcomeText(run.outcome()));
}

QString DesktopIntegration::notificationText(const Run &run, const QString &profile)
{
    return tr("%1 · %2 · %3")
        .arg(profile, RunStyle::statusText(run),
             TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc())));
}

QString DesktopIntegration::toolTip() const
{
    const int running = m_workspace.runningCount();
    if (running == 0)
        return tr("Qlik Task Runner: no task running");
    return tr("Qlik Task Runner: %n task(s) running", nullptr, running);
}

void DesktopIntegration::notify(ProfileSession *session, RunId id)
{
    const Run *run = session->tracker().run(id);
    if (!m_tray || !run)
        return;
    m_lastSession = session;
    m_lastRun = id;
    const RunOutcome outcome = run->outcome();
    const auto icon = outcome == RunOutcome::Succeeded ? QSystemTrayIcon::Information
        : outcome == RunOutcome::Skipped               ? QSystemTrayIcon::Information
                                                       : QSystemTrayIcon::Warning;
    m_tray->showMessage(notificationTitle(*run), notificationText(*run, session->name()), icon);
}

void DesktopIntegration::updateToolTip()
{
    if (m_tray)
        m_tray->setToolTip(toolTip());
}
