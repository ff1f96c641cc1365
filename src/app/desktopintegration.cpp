#include "desktopintegration.h"

#include "appsettings.h"
#include "profilesession.h"
#include "runstyle.h"
#include "runtracker.h"
#include "traymenu.h"
#include "workspace.h"

#ifdef QTR_HAVE_DBUS
#include "freedesktopnotifier.h"
#else
/// No D-Bus on this platform: notifications go to the tray (Windows, macOS).
class FreedesktopNotifier final
{
};
#endif

#include <QApplication>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {
const QString ShowAction = u"default"_s; // a click on the notification itself
const QString DetailsAction = u"details"_s;
const QString RunAgainAction = u"run-again"_s;
const QString ScriptLogAction = u"script-log"_s;
constexpr qsizetype RecentKept = TrayMenu::RecentShown * 2; // room for runs removed meanwhile

#ifdef QTR_HAVE_DBUS
FreedesktopNotifier::Notification::Urgency urgencyOf(RunAnnouncement::Urgency urgency)
{
    using Urgency = FreedesktopNotifier::Notification::Urgency;
    switch (urgency) {
    case RunAnnouncement::Urgency::Low:
        return Urgency::Low;
    case RunAnnouncement::Urgency::Normal:
        return Urgency::Normal;
    case RunAnnouncement::Urgency::Critical:
        return Urgency::Critical;
    }
    return Urgency::Normal;
}
#endif

bool wanted(AppSettings::NotifyPolicy policy, RunOutcome outcome)
{
    switch (policy) {
    case AppSettings::NotifyPolicy::Never:
        return false;
    case AppSettings::NotifyPolicy::Failures:
        return RunAnnouncement::isFailure(outcome);
    case AppSettings::NotifyPolicy::EveryRun:
        return true;
    }
    return true;
}
} // namespace

DesktopIntegration::DesktopIntegration(Workspace &workspace, QObject *parent)
    : DesktopIntegration(workspace, nullptr, parent)
{ }

DesktopIntegration::DesktopIntegration(Workspace &workspace,
                                       std::unique_ptr<FreedesktopNotifier> notifier,
                                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_notifier(std::move(notifier))
    , m_menu(std::make_unique<TrayMenu>(workspace))
{
#ifdef QTR_HAVE_DBUS
    if (!m_notifier)
        m_notifier = std::make_unique<FreedesktopNotifier>();
    connect(m_notifier.get(), &FreedesktopNotifier::actionInvoked, this,
            &DesktopIntegration::onNotificationAction);
    connect(m_notifier.get(), &FreedesktopNotifier::closed, this,
            [this](quint64 token) { m_shown.erase(token); });
    connect(m_notifier.get(), &FreedesktopNotifier::failed, this, [this](quint64 token) {
        if (const auto node = m_shown.extract(token))
            showInTray(node.mapped()); // the service is there but refused: the tray says it
    });
#endif
    connect(&m_workspace, &Workspace::runFinished, this, &DesktopIntegration::onRunFinished);
    connect(&m_workspace, &Workspace::runningCountChanged, this,
            &DesktopIntegration::updateToolTip);
    connect(&m_workspace, &Workspace::runningCountChanged, this,
            &DesktopIntegration::updateTrayState);
    connect(m_menu.get(), &TrayMenu::showRunRequested, this, &DesktopIntegration::showRunRequested);
    connect(m_menu.get(), &TrayMenu::showWindowRequested, this,
            &DesktopIntegration::activateRequested);
    connect(m_menu.get(), &TrayMenu::runTaskRequested, this, &DesktopIntegration::runTaskRequested);
    connect(m_menu.get(), &TrayMenu::quitRequested, this, &DesktopIntegration::quitRequested);
    // Every run that ends in one poll ends within one turn of the event loop: they are told
    // together once it is over.
    m_endedTimer.setSingleShot(true);
    m_endedTimer.setInterval(0);
    connect(&m_endedTimer, &QTimer::timeout, this, &DesktopIntegration::announceEnded);
    updateToolTip();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(trayIcon(m_trayState), this);
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu.get());
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

QIcon DesktopIntegration::trayIcon(TrayState state)
{
    const QIcon app(u":/icons/app.svg"_s);
    if (state == TrayState::Idle)
        return app;
    const RunOutcome badge =
        state == TrayState::Failed ? RunOutcome::Failed : RunOutcome::InProgress;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = app.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const int badgeSize = size * 5 / 8;
        const QRect corner(size - badgeSize, size - badgeSize, badgeSize, badgeSize);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(corner);
        RunStyle::outcomeIcon(badge).paint(&painter, corner.adjusted(1, 1, -1, -1));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool DesktopIntegration::hasNotificationService() const
{
#ifdef QTR_HAVE_DBUS
    return m_notifier->isAvailable();
#else
    return false;
#endif
}

void DesktopIntegration::activateLastNotification()
{
    const RunAnnouncement::Entry &lead = m_last.lead;
    if (lead.session && lead.session->tracker().run(lead.id))
        Q_EMIT showRunRequested(lead.session, lead.id);
    else
        Q_EMIT activateRequested(); // the run is gone: the window is the next best thing
}

void DesktopIntegration::tellKeptInTray()
{
    AppSettings &settings = m_workspace.settings();
    if (!m_tray || settings.value(AppSettings::Key::CloseToTrayTold).toBool())
        return;
    settings.setValue(AppSettings::Key::CloseToTrayTold, true);
    m_tray->showMessage(tr("Qlik Task Runner keeps running"),
                        tr("Runs go on being followed in the tray. To quit, choose Quit in the "
                           "tray icon's menu. Settings can make closing the window quit."),
                        QSystemTrayIcon::Information);
}

void DesktopIntegration::acknowledgeFailures()
{
    if (!m_unseenFailure)
        return;
    m_unseenFailure = false;
    updateTrayState();
}

void DesktopIntegration::setWatchedWindow(QWidget *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::WindowActivate)
        acknowledgeFailures();
    return QObject::eventFilter(watched, event);
}

void DesktopIntegration::onRunFinished(ProfileSession *session, RunId id)
{
    const Run *run = session->tracker().run(id);
    if (!run)
        return;
    const RunOutcome outcome = run->outcome();
    // Of the runs seen on a watched server, only the failures the profile asks for are told.
    if (run->origin == RunOrigin::SeenOnServer &&
        (!RunAnnouncement::isFailure(outcome) || !session->notifiesOfSeenFailure(run->task)))
        return;
    m_recent.prepend({session, id});
    if (m_recent.size() > RecentKept)
        m_recent.removeLast();
    m_menu->setRecent(m_recent);
    if (RunAnnouncement::isFailure(outcome) && !(m_window && m_window->isActiveWindow())) {
        m_unseenFailure = true;
        updateTrayState();
    }
    if (!wanted(m_workspace.settings().notifyPolicy(), outcome))
        return;
    m_ended.append({session, id});
    m_endedTimer.start();
}

void DesktopIntegration::announceEnded()
{
    const RunAnnouncement announcement = RunAnnouncement::of(std::exchange(m_ended, {}));
    if (announcement.runs.isEmpty())
        return; // removed before they could be told
    m_last = announcement;
    show(announcement);
    Q_EMIT notified(announcement.lead.session, announcement.lead.id, announcement.title,
                    announcement.text);
}

void DesktopIntegration::show(const RunAnnouncement &announcement)
{
#ifndef QTR_HAVE_DBUS
    showInTray(announcement);
#else
    if (!m_notifier->isAvailable()) {
        showInTray(announcement);
        return;
    }
    FreedesktopNotifier::Notification notification;
    notification.summary = announcement.title;
    // A server with markup would take "<" or "&" in a task's name or message for markup.
    notification.body = m_notifier->capabilities().contains(u"body-markup"_s)
        ? announcement.text.toHtmlEscaped()
        : announcement.text;
    notification.urgency = urgencyOf(announcement.urgency);
    notification.iconName = QGuiApplication::desktopFileName().isEmpty()
        ? u"qlik-task-runner"_s
        : QGuiApplication::desktopFileName();
    notification.actions = {{ShowAction, tr("Show details")}, {DetailsAction, tr("Show details")}};
    if (announcement.runs.size() == 1)
        notification.actions.append({RunAgainAction, tr("Run again")});
    else if (announcement.failures > 0)
        notification.actions.append({RunAgainAction, tr("Run failed ones again")});
    if (announcement.failures > 0)
        notification.actions.append({ScriptLogAction, tr("Script log")});
    const quint64 token = m_notifier->show(notification);
    m_shown.emplace(token, announcement);
    while (qsizetype(m_shown.size()) > FreedesktopNotifier::MaxRemembered)
        m_shown.erase(m_shown.begin());
#endif
}

bool DesktopIntegration::showInTray(const RunAnnouncement &announcement)
{
    if (!m_tray)
        return false;
    m_tray->showMessage(announcement.title, announcement.text,
                        announcement.failures > 0 ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information);
    return true;
}

void DesktopIntegration::onNotificationAction(quint64 token, const QString &action)
{
    const auto it = m_shown.find(token);
    if (it == m_shown.end())
        return;
    const RunAnnouncement &announcement = it->second;
    const RunAnnouncement::Entry lead = announcement.lead;
    const bool leadExists = lead.session && lead.session->tracker().run(lead.id);
    if (action == ShowAction || action == DetailsAction) {
        if (leadExists)
            Q_EMIT showRunRequested(lead.session, lead.id);
        else
            Q_EMIT activateRequested();
    } else if (action == ScriptLogAction) {
        if (leadExists)
            Q_EMIT scriptLogRequested(lead.session, lead.id);
    } else if (action == RunAgainAction) {
        const bool onlyFailures = announcement.runs.size() > 1;
        for (const RunAnnouncement::Entry &entry : announcement.runs) {
            const Run *run = entry.session ? entry.session->tracker().run(entry.id) : nullptr;
            if (run && (!onlyFailures || RunAnnouncement::isFailure(run->outcome())))
                m_workspace.runAgain(entry.session, entry.id);
        }
    }
}

void DesktopIntegration::updateToolTip()
{
    const int running = m_workspace.runningCount();
    QString toolTip = running == 0 ? tr("Qlik Task Runner: no task running")
                                   : tr("Qlik Task Runner: %n task(s) running", nullptr, running);
    if (m_unseenFailure)
        toolTip += u'\n' + tr("A run failed: open the app to see it.");
    if (toolTip == m_toolTip)
        return;
    m_toolTip = toolTip;
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
    Q_EMIT toolTipChanged(m_toolTip);
}

void DesktopIntegration::updateTrayState()
{
    const TrayState state = m_unseenFailure ? TrayState::Failed
        : m_workspace.runningCount() > 0    ? TrayState::Running
                                            : TrayState::Idle;
    updateToolTip();
    if (state == m_trayState)
        return;
    m_trayState = state;
    if (m_tray)
        m_tray->setIcon(trayIcon(state));
    Q_EMIT trayStateChanged(state);
}
