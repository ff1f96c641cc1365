#pragma once

#include "connectionprofile.h"
#include "runserver.h"
#include "taskref.h"

#include <chrono>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class ProfileStore;
class RunTracker;
class QCommandLineOption;
class QCommandLineParser;

/// Everything one qlik-task call was asked to do, validated.
struct CliSettings
{
    ConnectionProfile profile;
    /// What the profile's sign-in method needs beside it (PFX password, Windows password,
    /// token), from the environment or a file; never printed.
    QString secret;
    /// The secret is not given: it is the saved profile's, read from the keychain before running.
    bool secretFromKeychain = false;
    QList<TaskRef> tasks; ///< repository tasks, or Qlik Cloud apps (--app)
    RunServer::StartOptions startOptions; ///< Qlik Cloud: --partial, --variable
    std::chrono::milliseconds pollInterval {std::chrono::seconds(5)};
    std::chrono::milliseconds timeout {0}; ///< 0: wait as long as it takes
    std::chrono::milliseconds unreachableGrace {std::chrono::minutes(10)};
    std::chrono::milliseconds stillRunningInterval {std::chrono::minutes(1)};
    bool stopOnTimeout = false;
    bool stopOnInterrupt = false; ///< on SIGINT/SIGTERM, ask the server to stop the live runs
    bool noWait = false;
    /// Also follow the runs the tasks' ends trigger, down the whole chain (--follow-chain).
    bool followChain = false;
    /// `qlik-task watch`: print every run that ends on the server instead of starting tasks.
    bool watch = false;
    std::chrono::milliseconds watchSince {0}; ///< watch: also the runs changed this long ago
    QStringList watchFilters; ///< watch: --filter FIELD=PATTERN terms (see TaskFilter)
    bool failFast = false; ///< watch: exit at the first run that fails
    bool json = false;
    bool quiet = false;
    bool scriptStyle = false; ///< called with the options of QlikSubmitTask.ps1

    /// Gives the tracker the poll interval and grace period, and a backoff short enough for
    /// that grace.
    void applyPolling(RunTracker &tracker) const;
};

/// Parses the command line: the native options (`--server`, `--task`, ...) and the single-dash,
/// case-insensitive options of the PowerShell script it replaces (`-serverUrl`, `-QlikUser`,
/// `-TaskId`, `-PollingInterval`). Never exits the process: the caller acts on action().
/// `--profile NAME` starts from a profile of `profiles` (the desktop app's saved profiles);
/// explicit connection options override its fields.
class CliOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    /// ListProfiles: print the desktop app's saved profiles (for shell completion).
    enum class Action { Run, Help, Version, ListProfiles, UsageError };

    /// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    /// `profiles` is where `--profile` looks names up; null means there are no saved profiles.
    /// `environment` is where QLIK_PASSWORD, QLIK_PFX_PASSWORD and QLIK_JWT are read.
    [[nodiscard]] static CliOptions
    parse(const QStringList &arguments, const ProfileStore *profiles = nullptr,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /// Minimum of --poll-interval, in milliseconds.
    static constexpr int MinPollIntervalMs = 200;
    /// Maximum of --poll-interval, in milliseconds: a day.
    static constexpr qint64 MaxPollIntervalMs = 24LL * 3600 * 1000;
    /// How long --stop-on-interrupt waits for the server to answer the stop requests.
    static constexpr int StopOnInterruptWaitMs = 5000;
    /// What the script hard-coded and what qlik-task uses unless told otherwise.
    static constexpr auto DefaultVirtualProxy = "opcon";
    static constexpr auto DefaultUserHeader = "opcon-usr";

    [[nodiscard]] Action action() const { return m_action; }
    [[nodiscard]] const CliSettings &settings() const { return m_settings; }
    /// Why the command line is wrong (for UsageError): one specific sentence, one line (control
    /// characters in what was typed are shown escaped).
    [[nodiscard]] const QString &errorMessage() const { return m_error; }
    /// Things to tell on stderr before running (--insecure, http://, a task given twice); each
    /// one line, control characters shown escaped.
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    /// The full --help text, including the exit codes.
    [[nodiscard]] const QString &helpText() const { return m_help; }

    /// "set QLIK_PASSWORD or give --password-file FILE": where a method's secret may come from.
    [[nodiscard]] static QString howToGiveSecret(ConnectionProfile::SignIn signIn);

    /// Rewrites the script's single-dash options (any case, also `-Name:value`) to native ones.
    /// Sets `scriptStyle` when one was found.
    [[nodiscard]] static QStringList normalizeScriptOptions(const QStringList &arguments,
                                                            bool *scriptStyle);

private:
    /// Reads --auth and the options of the sign-in methods into the profile and the secret;
    /// false after fail().
    bool readSignIn(const QCommandLineParser &parser, bool fromProfile,
                    const QProcessEnvironment &environment);
    /// Reads what `qlik-task watch` takes and refuses what starts tasks; false after fail().
    bool readWatch(const QCommandLineParser &parser,
                   const QList<const QCommandLineOption *> &startOnly,
                   const QCommandLineOption &since, const QCommandLineOption &filter,
                   const QCommandLineOption &failFast);
    /// Reads --partial and --variable; false after fail().
    bool readStartOptions(const QCommandLineParser &parser);
    /// The secret from `variable` or the file named by `fileOption`; nullopt (after fail())
    /// when the file cannot be read, an empty string when neither is given.
    std::optional<QString> readSecret(const QCommandLineParser &parser, const QString &fileOption,
                                      const QString &variable,
                                      const QProcessEnvironment &environment);
    /// Sets the usage error; the message is made safe for a terminal (it quotes what was typed).
    bool fail(const QString &message);
    /// Adds a warning, made safe for a terminal.
    void warn(const QString &message);

    Action m_action = Action::UsageError;
    CliSettings m_settings;
    QString m_error;
    QStringList m_warnings;
    QString m_help;
};
