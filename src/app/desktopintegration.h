#pragma once

#include "runannouncement.h"

#include <map>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QTimer>

class FreedesktopNotifier;
class ProfileSession;
class QSystemTrayIcon;
class QWidget;
class TrayMenu;
class Workspace;

/// The app's presence on the desktop, behind one facade (qBittorrent's DesktopIntegration): the
/// tray icon with its state, tooltip and menu, and a notification for the runs that end. What
/// "finished" means comes from the workspace (RunTracker::runFinished); this only words
/// (RunAnnouncement) and shows it. Runs that end in the same poll make one notification.
///
/// Notifications go to the freedesktop notification service over D-Bus where there is one, with
/// actions (Show details, Run again, Script log) that do what they say; elsewhere, or when the
/// service fails, to the tray's balloon (QSystemTrayIcon::showMessage: Windows, macOS, X11 trays),
/// whose click shows the run. Without either the words are still there (notified()).
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    /// Idle: nothing runs; Running: something runs; Failed: a run failed since the person last
    /// looked at the app (wins over Running).
    enum class TrayState { Idle, Running, Failed };
    Q_ENUM(TrayState)

    /// Notifications go to the session bus's notification service, where there is D-Bus.
    explicit DesktopIntegration(Workspace &workspace, QObject *parent = nullptr);
    /// Notifications go to `notifier` (a test's private bus).
    DesktopIntegration(Workspace &workspace, std::unique_ptr<FreedesktopNotifier> notifier,
                       QObject *parent = nullptr);
    ~DesktopIntegration() override;

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    /// Notifications go to a desktop notification service (freedesktop, over D-Bus) now.
    [[nodiscard]] bool hasNotificationService() const;
    /// "Qlik Task Runner: 2 tasks running".
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    [[nodiscard]] TrayState trayState() const { return m_trayState; }
    /// The tray icon of a state: the app's icon with a badge for Running and Failed.
    [[nodiscard]] static QIcon trayIcon(TrayState state);
    /// The tray icon's menu (there even without a tray).
    [[nodiscard]] TrayMenu *trayMenu() const { return m_menu.get(); }
    /// The lead run of the last notification; a null session before the first one.
    [[nodiscard]] ProfileSession *lastNotifiedSession() const { return m_last.lead.session; }
    [[nodiscard]] RunId lastNotifiedRun() const { return m_last.lead.id; }

    /// What a click on the last notification does: asks for its lead run to be shown.
    void activateLastNotification();
    /// The window was closed and the app goes on in the tray: said once, ever.
    void tellKeptInTray();
    /// The person looked at the app: failures are no longer news for the tray icon.
    void acknowledgeFailures();
    /// The window whose being active means the person sees failures as they happen; its
    /// activation acknowledges them.
    void setWatchedWindow(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// Show this run (a notification's "Show details", a tray menu entry).
    void showRunRequested(ProfileSession *session, RunId id);
    /// Show this run's script log (a failure's "Script log").
    void scriptLogRequested(ProfileSession *session, RunId id);
    /// Bring the window up (a click on the tray icon, "Show window").
    void activateRequested();
    void runTaskRequested();
    void quitRequested();
    void toolTipChanged(const QString &toolTip);
    void trayStateChanged(DesktopIntegration::TrayState state);
    /// Runs ended and were announced (a notification, or a tray message); session and id name
    /// the announcement's lead run.
    void notified(ProfileSession *session, RunId id, const QString &title, const QString &text);

private:
    void onRunFinished(ProfileSession *session, RunId id);
    void announceEnded();
    void show(const RunAnnouncement &announcement);
    /// Shows it in the tray's balloon; false without a tray.
    bool showInTray(const RunAnnouncement &announcement);
    void onNotificationAction(quint64 token, const QString &action);
    void updateToolTip();
    void updateTrayState();

    Workspace &m_workspace;
    QPointer<QWidget> m_window;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
    std::unique_ptr<TrayMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_toolTip;
    TrayState m_trayState = TrayState::Idle;
    bool m_unseenFailure = false;
    QList<RunAnnouncement::Entry> m_ended; ///< ended in this turn of the event loop
    QTimer m_endedTimer; ///< announces m_ended once the poll that ended them is handled
    QList<RunAnnouncement::Entry> m_recent; ///< newest first, for the tray menu
    RunAnnouncement m_last;
    std::map<quint64, RunAnnouncement> m_shown; ///< by notifier token (oldest first), until closed
};
