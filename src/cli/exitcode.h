#pragma once

#include "run.h"

#include <QString>

/// The exit codes of qlik-task: what a scheduler acts on. The numbers are a public contract.
namespace ExitCode {
enum Code : int {
    Success = 0, ///< every run ended FinishedSuccess
    Failed = 1, ///< a run ended FinishedFail, Error or Reset
    Usage = 2, ///< the command line was wrong
    Aborted = 3, ///< a run was aborted
    Skipped = 4, ///< a run was skipped
    TimedOut = 5, ///< --timeout passed (the run was stopped with --stop-on-timeout)
    Lost = 6, ///< the repository did not answer for longer than --unreachable-grace
    SignedOut = 7, ///< the server stopped accepting the sign-in while a run was in flight
    NotSubmitted = 100, ///< a task was not started (auth, unknown/ambiguous/disabled task, TLS...)
    Interrupted = 130, ///< stopped by SIGINT (Ctrl+C): 128 + 2, as shells report it
    Terminated = 143, ///< stopped by SIGTERM: 128 + 15
};

/// The one mapping from how a run ended to the process exit code. InProgress (a run that has not
/// ended when qlik-task gives up waiting) counts as timed out.
[[nodiscard]] int forOutcome(RunOutcome outcome);
/// The code of one run: TimedOut wins over its outcome when qlik-task stopped waiting for it
/// (a run stopped because of --stop-on-timeout ends Aborted but reports TimedOut).
[[nodiscard]] int forRun(RunOutcome outcome, bool timedOut);
/// The code of a qlik-task stopped by a signal while runs were in flight: 128 + its number
/// (SIGINT 130, SIGTERM 143), higher than any run's code. A signal that comes when every run's
/// outcome is already known (only a script log was still being fetched) keeps their code.
[[nodiscard]] int forSignal(int signalNumber);
/// "SIGINT", "SIGTERM", or "signal N": for messages.
[[nodiscard]] QString signalName(int signalNumber);
/// With several runs the highest code wins; no run at all is a success.
[[nodiscard]] int combine(int a, int b);
/// The table printed by --help and written in src/cli/README.md, translated.
[[nodiscard]] QString helpTable();
} // namespace ExitCode
