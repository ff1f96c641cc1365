#pragma once

#include "appsettings.h"
#include "profilestore.h"
#include "runhistory.h"
#include "runjournal.h"
#include "simprocess.h"
#include "workspace.h"

#include <memory>
#include <QSettings>
#include <QTemporaryDir>

class ProfileSession;

/// What main() builds, for a test: a Workspace on a temporary settings file holding one active
/// profile, "Simulator", for a qrs-sim process started with the fast test scenario, and a run
/// history.
class AppFixture final
{
public:
    /// Starts the simulator and builds the workspace; false, with *error set, on failure. A
    /// `keychainSecret` is stored in the keychain for "Simulator" first (as the app would have).
    [[nodiscard]] bool setUp(QString *error, SimProcess::Options simOptions = {},
                             const QString &keychainSecret = {});
    /// The settings file, as written so far.
    [[nodiscard]] QByteArray settingsFileContent() const;

    [[nodiscard]] SimProcess &sim() const { return *m_sim; }
    [[nodiscard]] ProfileStore &profiles() const { return *m_profiles; }
    [[nodiscard]] AppSettings &settings() const { return *m_settings; }
    [[nodiscard]] Workspace &workspace() const { return *m_workspace; }
    /// The run history, in a file of the fixture's own, loaded at set-up like the app's.
    [[nodiscard]] RunHistory &history() const { return *m_history; }
    [[nodiscard]] QString historyPath() const;
    [[nodiscard]] ProfileSession *activeSession() const { return m_workspace->activeSession(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QSettings> m_settingsFile;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<RunHistory> m_history; ///< outlives the workspace, which uses it
    std::unique_ptr<Workspace> m_workspace;
};
