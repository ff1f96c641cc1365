#pragma once

#include "connectionprofile.h"

#include <functional>
#include <QDir>
#include <QObject>
#include <QPointer>
#include <QTimer>

class MainWindow;
class QDialog;
class Workspace;

/// Developer option `--screenshot DIR`: runs a few tasks of the active profile (meant for the
/// demo), then saves main-window.png, task-browser.png, failed-run.png, profiles.png and
/// signin-header.png, signin-certificate.png, signin-windows.png and signin-jwt.png into DIR and
/// quits.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow &window, Workspace &workspace, const QString &directory,
                   QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    /// Calls `then` once `condition` holds, checking every 200 ms; gives up after `timeoutMs`.
    void waitFor(std::function<bool()> condition, std::function<void()> then, int timeoutMs,
                 const QString &what);
    void openBrowser();
    void runTasks();
    void shootMainWindow();
    void shootFailedRun();
    void shootProfiles();
    /// signin-<method>.png: the profile editor with a sample profile of each sign-in method.
    void shootSignIns(QPointer<QDialog> dialog, int index);
    [[nodiscard]] static ConnectionProfile sampleProfile(ConnectionProfile::SignIn signIn);
    bool save(QWidget *widget, const QString &fileName);
    void fail(const QString &why);

    MainWindow &m_window;
    Workspace &m_workspace;
    QDir m_directory;
    QTimer m_poll;
    std::function<bool()> m_condition;
    std::function<void()> m_then;
    QString m_waitingFor;
    qint64 m_deadline = 0;
};
