#pragma once

#include <QString>

enum class CloudReloadStatus;

/// The status of one attempt of a run, in the words of the server it runs on: the repository's
/// `status` number (NeverStarted … DistributionRunning), or a Qlik Cloud reload's status
/// (QUEUED … EXCEEDED_LIMIT). Each keeps its server's own name and maps to one Outcome.
/// Repository numbers it does not know read as `Unknown(n)` and are never final.
class TaskStatus final
{
public:
    /// Whose status it is.
    enum class Server : quint8 { Repository, Cloud };

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
    /// A Qlik Cloud reload's status.
    [[nodiscard]] static TaskStatus cloud(CloudReloadStatus status);

    [[nodiscard]] constexpr Server server() const { return m_server; }
    /// The repository's number; for a cloud status, its place in CloudReloadStatus.
    [[nodiscard]] constexpr int code() const { return m_code; }
    [[nodiscard]] bool isKnown() const;
    /// The server's name: "FinishedSuccess", "Unknown(17)", "EXCEEDED_LIMIT".
    [[nodiscard]] QString name() const;
    /// Words for people, translated: "Finished successfully", "Unknown status 17".
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isFinal() const { return outcome() != Outcome::Running; }
    [[nodiscard]] Outcome outcome() const;
    [[nodiscard]] bool isSuccess() const { return outcome() == Outcome::Success; }

    friend constexpr bool operator==(TaskStatus, TaskStatus) = default;

private:
    int m_code = NeverStarted;
    Server m_server = Server::Repository;
};
