#pragma once

#include "run.h"

#include <memory>
#include <QMainWindow>

class ProfileSession;
class QComboBox;
class QLabel;
class RunDetailsPane;
class RunsFilterProxy;
class RunsModel;
class TaskBrowserDialog;
class Workspace;

namespace Ui {
class MainWindow;
}

/// The runs table with its toolbar, search and status filter, the details pane of the selected
/// run and the status bar. Dialogs, panes and models are classes of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] RunsModel *runsModel() const { return m_model; }
    [[nodiscard]] RunsFilterProxy *runsProxy() const { return m_proxy; }
    [[nodiscard]] RunDetailsPane *detailsPane() const { return m_details; }

    /// Opens the task browser for the active profile (non-modal for the caller; window-modal).
    TaskBrowserDialog *openTaskBrowser();
    void openProfiles();
    void openSettings();
    /// Opens the task browser as soon as the active profile is connected (first run, --demo).
    void openTaskBrowserWhenConnected();
    /// Selects the run in the table and brings the window to the front.
    void showRun(ProfileSession *session, RunId id);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTable();
    void setUpToolBar();
    void addSession(ProfileSession *session);
    void reloadProfiles();
    void updateStatusBar();
    void updateActions();
    void updateEmptyHint();
    void showCurrentRun();
    void stopSelected();
    void runSelectedAgain();
    void showAbout();
    void onRunAdded(ProfileSession *session, RunId id);
    [[nodiscard]] QList<std::pair<ProfileSession *, RunId>> selectedRuns() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace &m_workspace;
    RunsModel *m_model = nullptr;
    RunsFilterProxy *m_proxy = nullptr;
    RunDetailsPane *m_details = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_runningLabel = nullptr;
    QLabel *m_emptyHint = nullptr;
    bool m_openBrowserWhenConnected = false;
};
