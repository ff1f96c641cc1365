#pragma once

#include "connectionprofile.h"
#include "run.h"

#include <memory>
#include <optional>
#include <QMainWindow>
#include <QTimer>

class HistoryView;
class ProfileSession;
class QComboBox;
class QLabel;
class QMenu;
class QMessageBox;
class RunDetailsPane;
class RunsFilterProxy;
class RunsModel;
class TaskBrowserDialog;
class Workspace;

namespace Ui {
class MainWindow;
}

/// The runs table (a tree: the runs a run's end set off by trigger are rows below its row) with
/// its toolbar, search and status filter, the details pane of the selected run and the status
/// bar. Dialogs, panes and models are classes of their own.
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
    [[nodiscard]] HistoryView *historyView() const { return m_history; }

    /// Opens the task browser for the active profile (non-modal for the caller; window-modal).
    TaskBrowserDialog *openTaskBrowser();
    void openProfiles();
    /// Asks for a profile's secret the keychain cannot give, saying `why`; nullopt: cancelled.
    std::optional<QString> askSecret(const ConnectionProfile &profile, const QString &why);
    void openSettings();
    /// Opens the task browser as soon as the active profile is connected (first run, --demo).
    void openTaskBrowserWhenConnected();
    /// Selects the run in the table (expanding the rows above it) and shows it in the details
    /// pane.
    void showRun(ProfileSession *session, RunId id);
    /// Shows the run of a history record in the runs table, if it is still there (else says so).
    void showArchivedRun(const QString &key);
    /// showRun() and brings the window to the front: what a click on a notification does.
    void revealRun(ProfileSession *session, RunId id);
    /// Whether closing the window keeps the app in the system tray (when the setting says so).
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    /// Quits the app, whatever closing the window would do.
    void quit();
    /// The menu the runs table shows on a right click.
    [[nodiscard]] QMenu *runsContextMenu() const { return m_contextMenu; }

    /// Stops the tasks of the selected runs that are in flight.
    void stopSelected();
    /// Starts the selected runs' tasks once more.
    void runSelectedAgain();
    void followSelectedAgain();
    /// Removes the selected finished runs; runs in flight stay (the status bar says so).
    /// Returns how many were removed.
    int removeSelected();
    /// Copies the selected rows, as shown, one line each with tab-separated cells.
    void copySelectedRows();
    void copySelectedTaskIds();
    void copySelectedSessionIds();
    /// Shows the current run's script log in the details pane, fetching it if needed.
    void showSelectedScriptLog();
    /// Tells, in a warning box ("settingsProblemsBox") and the status bar, what could not be read
    /// from the settings file; null when everything was read. Done once when first shown.
    QMessageBox *showSettingsProblems();

Q_SIGNALS:
    /// The window was closed and hid itself: the app goes on in the tray.
    void keptInTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTable();
    void setUpToolBar();
    void addSession(ProfileSession *session);
    void reloadProfiles();
    void updateStatusBar();
    /// The watch action shows whether the active profile's server is watched.
    void updateWatchAction();
    void updateActions();
    void showDurationsAgain();
    void updateEmptyHint();
    void setUpContextMenu();
    /// The runs' context menu, at a point of the table's viewport.
    void popUpContextMenu(const QPoint &viewportPos);
    /// Expands a row of the model once rows first appear below it.
    void expandOnFirstChildren(const QModelIndex &sourceParent, int added);
    void showCurrentRun();
    void copyToClipboard(const QString &text, const QString &message);
    void showAbout();
    void saveWindowState();
    void onRunAdded(ProfileSession *session, RunId id);
    [[nodiscard]] QList<std::pair<ProfileSession *, RunId>> selectedRuns() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace &m_workspace;
    RunsModel *m_model = nullptr;
    RunsFilterProxy *m_proxy = nullptr;
    QTimer m_actionsUpdate; ///< updateActions() once per turn of the event loop
    RunDetailsPane *m_details = nullptr;
    HistoryView *m_history = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_runningLabel = nullptr;
    QLabel *m_emptyHint = nullptr;
    QMenu *m_contextMenu = nullptr;
    bool m_openBrowserWhenConnected = false;
    bool m_settingsProblemsTold = false;
    bool m_trayAvailable = false;
    bool m_quitting = false;
};
