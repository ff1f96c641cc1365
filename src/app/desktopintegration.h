#pragma once

#include "run.h"

#include <QObject>
#include <QPointer>

class ProfileSession;
class QSystemTrayIcon;
class Workspace;

/// The app's presence on the desktop, behind one facade: where a system tray exists, an icon
/// whose tooltip counts the running tasks and a notification for every finished run. What
/// "finished" means comes from the workspace (RunTracker::runFinished); this only displays it.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    explicit DesktopIntegration(Workspace &workspace, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    /// "Reload Sales succeeded" / "Production · 2 min 05 s" for a finished run.
    [[nodiscard]] static QString notificationTitle(const Run &run);
    [[nodiscard]] static QString notificationText(const Run &run, const QString &profile);
    [[nodiscard]] QString toolTip() const;

Q_SIGNALS:
    /// The person clicked a notification: show this run.
    void showRunRequested(ProfileSession *session, RunId id);
    /// The person clicked the tray icon.
    void activateRequested();

private:
    void notify(ProfileSession *session, RunId id);
    void updateToolTip();

    Workspace &m_workspace;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<ProfileSession> m_lastSession;
    RunId m_lastRun = 0;
};
