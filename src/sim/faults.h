#pragma once

#include <QJsonObject>

namespace qrssim {

/// Injected faults; changeable at run time through POST /__sim/faults.
struct Faults
{
    int failEvery = 0; ///< every Nth executionresult poll answers 503 (0: never)
    int latencyMs = 0; ///< every QRS response is delayed
    int dropEvery = 0; ///< every Nth QRS request: connection aborted, no answer

    /// Applies the keys present in \a object and restarts the counting; false (and nothing
    /// changed) when a value is not a number >= 0.
    [[nodiscard]] bool update(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;

    /// Counts an executionresult poll; true when this one must fail.
    [[nodiscard]] bool countPollAndCheckFailure() { return hits(failEvery, polls); }
    /// Counts a QRS request; true when this one must be dropped.
    [[nodiscard]] bool countRequestAndCheckDrop() { return hits(dropEvery, requests); }

private:
    static bool hits(int every, int &counter) { return every > 0 && ++counter % every == 0; }

    int polls = 0;
    int requests = 0;
};

} // namespace qrssim
