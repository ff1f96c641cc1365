#pragma once

#include "run.h"

#include <QObject>
#include <QPointer>

class ProfileSession;
class QSystemTrayIcon;
class Workspace;

/// The app's presence on the desktop, behind one facade: a tooltip that counts the running
/// tasks and a notification for every finished run, shown through a tray icon where a system
/// tray exists. What "finished" means comes from the workspace (RunTracker::runFinished); this
/// only words and displays it. Without a tray the words are still there (toolTip(), notified())
/// for the window to show.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    explicit DesktopIntegration(Workspace &workspace, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    /// "Reload Sales succeeded", "Reload Budget failed".
    [[nodiscard]] static QString notificationTitle(const Run &run);
    /// "Production · Finished successfully · 2 min 05 s", and the run's error or its last
    /// error or warning message on a second line, if it has one.
    [[nodiscard]] static QString notificationText(const Run &run, const QString &profile);
    /// "Qlik Task Runner: 2 tasks running".
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    /// The run of the last notification; a null session before the first one.
    [[nodiscard]] ProfileSession *lastNotifiedSession() const { return m_lastSession; }
    [[nodiscard]] RunId lastNotifiedRun() const { return m_lastRun; }

    /// What a click on the last notification does: asks for its run to be shown.
    void activateLastNotification();

Q_SIGNALS:
    /// The person clicked a notification: show this run.
    void showRunRequested(ProfileSession *session, RunId id);
    /// The person clicked the tray icon.
    void activateRequested();
    void toolTipChanged(const QString &toolTip);
    /// A finished run was announced (as a tray message where there is a tray).
    void notified(ProfileSession *session, RunId id, const QString &title, const QString &text);

private:
    void notify(ProfileSession *session, RunId id);
    void updateToolTip();

    Workspace &m_workspace;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_toolTip;
    QPointer<ProfileSession> m_lastSession;
    RunId m_lastRun = 0;
};
