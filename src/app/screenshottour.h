#pragma once

#include "connectionprofile.h"
#include "run.h"

#include <functional>
#include <QDir>
#include <QObject>
#include <QPointer>
#include <QTimer>

class DesktopIntegration;
class MainWindow;
class QDialog;
class Workspace;

/// Developer option `--screenshot DIR`: runs a few tasks of the active profile (meant for the
/// demo), then saves main-window.png, task-browser.png, failed-run.png, profiles.png,
/// signin-header.png, signin-certificate.png, signin-windows.png and signin-jwt.png; then runs one
/// task a few times so that it has a typical duration and saves expected-finish.png (its next
/// run with its expected end), history.png, tray-menu.png and, where a notification server shows
/// notifications on the screen (dunst under Xvfb), notification.png; then starts the demo's
/// nightly chain and, once it has settled, saves chain.png (the chain's tree with its failed
/// run in the details pane); then watches the demo server until its schedules' runs have ended
/// and saves watched-server.png (a failed one in the details pane); then reloads a few apps
/// of the Qlik Cloud demo (cloud-task-browser.png, its apps) and saves cloud-and-repository.png
/// (both kinds of run in one table); then quits. signin-cloud-api-key.png and
/// signin-cloud-oauth.png show the tenant profiles.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow &window, Workspace &workspace, DesktopIntegration &desktop,
                   const QString &directory, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    /// Calls `then` once `condition` holds, checking every 200 ms; gives up after `timeoutMs`.
    void waitFor(std::function<bool()> condition, std::function<void()> then, int timeoutMs,
                 const QString &what);
    void openBrowser();
    /// Opens the task browser; `then` once it lists something.
    void openBrowserThen(std::function<void()> then);
    void runTasks();
    void shootMainWindow();
    void shootFailedRun();
    void shootProfiles();
    /// signin-<method>.png: the profile editor with a sample profile of each sign-in method.
    void shootSignIns(QPointer<QDialog> dialog, int index);
    [[nodiscard]] static ConnectionProfile sampleProfile(ConnectionProfile::SignIn signIn);
    /// Runs the typical-duration task `left` more times, one after the other.
    void runForHistory(int left);
    void shootExpectedFinish();
    void shootHistory();
    void shootTrayMenu();
    void popUpTrayMenu();
    /// Starts the root of the demo's nightly chain and waits until the chain has settled.
    void runChain();
    void shootChain();
    /// Watches the demo server until runs its scheduler started have ended; watched-server.png.
    void watchServer();
    void shootWatchedServer();
    void runOnCloud();
    void shootCloudBrowser();
    void shootCloudBesideRepository();
    void shootNotification();
    bool save(QWidget *widget, const QString &fileName);
    void fail(const QString &why);

    MainWindow &m_window;
    Workspace &m_workspace;
    DesktopIntegration &m_desktop;
    QDir m_directory;
    RunId m_lastRun = 0;
    QTimer m_poll;
    std::function<bool()> m_condition;
    std::function<void()> m_then;
    QString m_waitingFor;
    qint64 m_deadline = 0;
};
