#pragma once

#include <chrono>
#include <QtGlobal>

/// The kinds of answer the repository gives, each read under its own limits.
enum class AnswerKind {
    Small, ///< about, start, stop, script log ticket, live sessions of one task
    TaskList, ///< `/qrs/reloadtask/full`: the task browser's list and the look-up of tasks
    Poll, ///< `/qrs/executionresult`: the status of the runs followed
    ScriptLog, ///< the script log file
};

/// How much of one answer is read and for how long at most. Every request of every program goes
/// through these numbers: an answer that passes its size limit is abandoned while it is read, and
/// a request that is still going at its deadline is abandoned whatever it is doing (the profile's
/// request timeout only measures silence).
struct AnswerLimits
{
    qint64 maxBytes = 0; ///< the most of the body that is kept
    /// For logs: instead of failing at maxBytes, keep the last maxBytes and drop what came before,
    /// up to readCeilingBytes in all.
    bool keepTail = false;
    qint64 readCeilingBytes = 0; ///< with keepTail: the most that is read at all
    int deadlineTimesRequestTimeout = 2; ///< the deadline, in multiples of the request timeout

    [[nodiscard]] std::chrono::milliseconds deadline(std::chrono::milliseconds requestTimeout) const
    {
        return requestTimeout * deadlineTimesRequestTimeout;
    }

    static constexpr qint64 MiB = 1024 * 1024;

    [[nodiscard]] static constexpr AnswerLimits of(AnswerKind kind)
    {
        switch (kind) {
        case AnswerKind::Small:
            return {1 * MiB, false, 0, 2};
        case AnswerKind::TaskList:
            return {32 * MiB, false, 0, 4};
        case AnswerKind::Poll:
            return {32 * MiB, false, 0, 2}; // 5,000 runs changing at once fit
        case AnswerKind::ScriptLog:
            return {4 * MiB, true, 256 * MiB, 4};
        }
        return {1 * MiB, false, 0, 2};
    }
};
