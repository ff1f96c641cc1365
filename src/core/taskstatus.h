#pragma once

#include <QString>

/// Execution status of a Qlik Sense task run, as the repository reports it (`status` number).
/// Keeps numbers it does not know: they read as `Unknown(n)` and are never final.
class TaskStatus final
{
public:
    enum Code : int {
        NeverStarted = 0,
        Triggered = 1,
        Started = 2,
        Queued = 3,
        AbortInitiated = 4,
        Aborting = 5,
        Aborted = 6,
        FinishedSuccess = 7,
        FinishedFail = 8,
        Skipped = 9,
        Retry = 10,
        Error = 11,
        Reset = 12,
        DistributionQueue = 13,
        DistributionRunning = 14,
    };

    /// What a finished status means for whoever started the run.
    enum class Outcome { Running, Success, Failed, Aborted, Skipped };

    constexpr TaskStatus() = default;
    constexpr explicit TaskStatus(int code)
        : m_code(code)
    { }

    [[nodiscard]] constexpr int code() const { return m_code; }
    [[nodiscard]] bool isKnown() const;
    /// The repository's name: "FinishedSuccess", or "Unknown(17)".
    [[nodiscard]] QString name() const;
    /// Words for people, translated: "Finished successfully", "Unknown status 17".
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isFinal() const { return outcome() != Outcome::Running; }
    [[nodiscard]] Outcome outcome() const;
    [[nodiscard]] bool isSuccess() const { return outcome() == Outcome::Success; }

    friend constexpr bool operator==(TaskStatus, TaskStatus) = default;

private:
    int m_code = NeverStarted;
};
