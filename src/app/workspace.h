#pragma once

#include "connectionprofile.h"
#include "historyrecord.h"
#include "profilesecrets.h"
#include "run.h"
#include "taskref.h"
#include "typicaldurations.h"

#include <memory>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class AppSettings;
class DemoServer;
class ProfileSession;
class ProfileStore;
class RunHistory;
class RunJournal;
class RunTracker;

/// All profile sessions of the app: one per profile in use, the active one that new runs go
/// to, and the chores across them: the poll interval, the number of finished runs kept, the
/// journal of runs in flight, and the built-in demo profile backed by the bundled simulator.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// `journal` may be null (no journal); each of `demos` (a repository's, a tenant's) is
    /// offered as a demo profile.
    Workspace(ProfileStore &profiles, AppSettings &settings, RunJournal *journal,
              const QList<DemoServer *> &demos, QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] static QString demoProfileName();
    [[nodiscard]] static QString cloudDemoProfileName();
    [[nodiscard]] ProfileStore &profileStore() const { return m_profiles; }
    /// The profiles' secrets; set its prompt before a profile that needs one is used.
    [[nodiscard]] ProfileSecrets &secrets() { return m_secrets; }
    /// A profile's secret changed: its session is made anew with it (runs in flight stay with
    /// the old one until they end).
    void renewSession(const QString &profileName);
    [[nodiscard]] AppSettings &settings() const { return m_settings; }

    /// Stored profiles, plus the demo profiles when they are offered.
    [[nodiscard]] QStringList profileNames() const;
    [[nodiscard]] bool offersDemo() const;
    /// Offers the demo profiles even when stored profiles exist (`--demo`).
    void setDemoOffered(bool offered);

    [[nodiscard]] QString activeProfileName() const;
    /// Makes a profile active, creating its session (and starting the simulator for the demo).
    void setActiveProfile(const QString &name);
    /// The active profile's session; null while none is chosen or the demo is starting.
    [[nodiscard]] ProfileSession *activeSession() const { return m_active; }
    /// Words for the status bar about the active profile.
    [[nodiscard]] QString activeStateText() const;

    /// What could not be read from the settings file (profiles, settings, journal), in
    /// sentences for people, each once; empty when everything was read.
    [[nodiscard]] QStringList settingsProblems() const;

    [[nodiscard]] const QList<ProfileSession *> &sessions() const { return m_sessions; }
    [[nodiscard]] ProfileSession *sessionOf(const RunTracker *tracker) const;

    /// Watches every run on the active profile's server, or stops; a stored profile keeps it.
    /// Empty, or why it cannot be watched.
    QString setActiveWatching(bool watching);
    /// Starts a task on the active profile. Returns false when no profile is ready.
    bool startOnActive(const TaskRef &task);
    /// Makes the profile active (empty: the active one) and starts the tasks there as soon as its
    /// session is ready (the demo started, the secret given). Empty, or why not (no such profile).
    QString startOn(const QString &profileName, const QList<TaskRef> &tasks);
    /// Keeps every finished run in `history` (null: none) from now on, and learns the tasks'
    /// typical durations from it once loaded. A finished run leaves the journal only once the
    /// history has it on disk, so that a run is never in neither (a crash in between re-attaches
    /// it at the next start, and the history keeps it once).
    void setHistory(RunHistory *history);
    [[nodiscard]] RunHistory *history() const { return m_history; }
    /// Deletes every record of the history, and what was learnt from them.
    void clearHistory();
    /// How long the task typically takes on the profile (median of its last successful runs).
    [[nodiscard]] std::optional<qint64> typicalDurationMs(const QString &profileName,
                                                          const QString &taskId) const;

    /// Starts the run's task once more, on the run's own profile session; returns the new run.
    RunId runAgain(ProfileSession *session, RunId id);
    /// Forgets every finished run of every profile.
    void removeFinishedRuns();
    /// No polls on any profile while paused (runs go on on the servers and are caught up with
    /// on resuming). Not kept across restarts.
    void setPollingPaused(bool paused);
    [[nodiscard]] bool isPollingPaused() const { return m_pollingPaused; }
    [[nodiscard]] int runningCount() const;

Q_SIGNALS:
    void sessionAdded(ProfileSession *session);
    void sessionAboutToBeRemoved(ProfileSession *session);
    void activeSessionChanged(ProfileSession *session);
    void profileNamesChanged();
    /// The active profile's connection state or the demo's state changed.
    void activeStateChanged();
    /// Any run of any profile reached its end (the non-GUI notifier the tray displays).
    void runFinished(ProfileSession *session, RunId id);
    void runningCountChanged(int count);
    void pollingPausedChanged(bool paused);
    /// The history was read at start: every record, oldest first.
    void historyLoaded(const QList<HistoryRecord> &records);
    void historyCleared();
    /// A finished run went into the history.
    void runArchived(const HistoryRecord &record);

private:
    ProfileSession *sessionFor(const QString &name) const;
    /// The profile's session, or null while its secret is being obtained (it then comes later).
    ProfileSession *createSession(const ConnectionProfile &profile, bool isDemo);
    ProfileSession *createSessionWith(const ConnectionProfile &profile, bool isDemo,
                                      const QString &secret);
    void attach(ProfileSession *session);
    void retire(ProfileSession *session);
    void onProfilesChanged();
    void onRunUpdated(ProfileSession *session, RunId id);
    void onRunFinished(ProfileSession *session, RunId id);
    void pruneFinished();
    void onHistoryLoaded(QList<HistoryRecord> records);
    void applyPollInterval();
    void restoreJournal();
    /// Starts what startOn() left waiting for the active session.
    void startWaitingTasks();
    /// The demo of that profile name, when it is offered; else null.
    [[nodiscard]] DemoServer *offeredDemo(const QString &name) const;
    [[nodiscard]] static QString demoName(const DemoServer &demo);
    [[nodiscard]] static ConnectionProfile demoProfile(const DemoServer &demo);

    ProfileStore &m_profiles;
    ProfileSecrets m_secrets;
    QSet<QString> m_awaitingSecret; ///< profiles whose secret is being obtained
    QSet<QString> m_withoutSecret; ///< profiles whose secret the person did not give
    QHash<QString, QList<TaskRef>> m_waitingTasks; ///< profile name → tasks to start once ready
    AppSettings &m_settings;
    RunJournal *m_journal = nullptr;
    QList<DemoServer *> m_demos;
    bool m_demoOffered = false;
    QHash<const DemoServer *, QString> m_demoErrors; ///< why a demo could not start
    QList<ProfileSession *> m_sessions; ///< all, including retired ones still holding runs
    QList<ProfileSession *> m_retired;
    ProfileSession *m_active = nullptr;
    struct FinishedRun
    {
        QPointer<ProfileSession> session;
        RunId id;
    };
    QList<FinishedRun> m_finishedOrder;
    int m_runningCount = 0;
    bool m_pollingPaused = false;
    RunHistory *m_history = nullptr;
    bool m_historyLoaded = false;
    QList<HistoryRecord> m_archivedBeforeLoad; ///< until the history is read
    TypicalDurations m_typical;
};
