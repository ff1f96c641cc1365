#include "exitcode.h"

#include <algorithm>
#include <csignal>
#include <QCoreApplication>

namespace ExitCode {

int forOutcome(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return Success;
    case RunOutcome::Failed:
        return Failed;
    case RunOutcome::Aborted:
        return Aborted;
    case RunOutcome::Skipped:
        return Skipped;
    case RunOutcome::NotSubmitted:
        return NotSubmitted;
    case RunOutcome::Lost:
        return Lost;
    case RunOutcome::InProgress:
        return TimedOut;
    }
    return Failed; // an outcome added later must never read as success
}

int forRun(RunOutcome outcome, bool timedOut)
{
    const int code = forOutcome(outcome);
    // A run we gave up on or stopped (it then ends Aborted): the scheduler must see the timeout,
    // unless something with a higher code (lost contact, not submitted) happened to it.
    return timedOut ? std::max(code, int(TimedOut)) : code;
}

int forSignal(int signalNumber)
{
    return 128 + signalNumber;
}

QString signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QCoreApplication::translate("ExitCode", "signal %1").arg(signalNumber);
    }
}

int combine(int a, int b)
{
    return std::max(a, b);
}

QString helpTable()
{
    return QCoreApplication::translate(
        "ExitCode",
        "Exit codes (with several tasks the highest code wins):\n"
        "    0  every run ended FinishedSuccess\n"
        "    1  a run ended FinishedFail, Error or Reset\n"
        "    2  usage error (wrong or missing option)\n"
        "    3  a run was Aborted\n"
        "    4  a run was Skipped\n"
        "    5  timed out (--timeout; the run was stopped if --stop-on-timeout)\n"
        "    6  lost contact with the server for longer than --unreachable-grace\n"
        "    7  the server stopped accepting the sign-in while a run was in flight\n"
        "       (signing in again was refused: a password changed, a token expired);\n"
        "       the run goes on on the server\n"
        "  100  a task was not submitted: authentication refused, unknown or ambiguous\n"
        "       task name, unknown task id, task disabled or not started (zero guid),\n"
        "       TLS failure, server unreachable at submission\n"
        "  130  interrupted by SIGINT (Ctrl+C); runs in flight go on on the server\n"
        "       unless --stop-on-interrupt\n"
        "  143  terminated by SIGTERM; runs in flight go on on the server unless\n"
        "       --stop-on-interrupt\n");
}

} // namespace ExitCode
