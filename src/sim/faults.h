#pragma once

#include <QJsonObject>
#include <QString>

namespace qrssim {

/// A misbehaving answer body on QRS routes (the route itself is carried out first; only its
/// answer is damaged). Written by HostileWriter.
struct BodyFault
{
    enum class Mode {
        None,
        Huge, ///< 200 with a JSON-looking body of sizeMb MB, written as the socket drains
        Endless, ///< 200, chunked, chunks until maxMs or the client leaves
        Trickle, ///< the real answer, its body one byte every trickleMs
        Cut, ///< the real headers, cutAfter bytes of the body, then the connection closes
        Stall, ///< the real headers, then nothing until maxMs
    };

    Mode mode = Mode::None;
    QString route; ///< case-insensitive substring of the path after the prefix; empty: all
    int every = 1; ///< every Nth matching request
    int sizeMb = 150;
    int trickleMs = 1000;
    int cutAfter = 10;
    int maxMs = 0; ///< how long a damaged answer may last at most; 0: the mode's default

    /// How long the sim keeps a damaged answer going before it closes the connection itself.
    [[nodiscard]] int limitMs() const;

    [[nodiscard]] static QString modeName(Mode mode);
    /// "" and "none" are Mode::None; false for an unknown name.
    [[nodiscard]] static bool parseMode(const QString &name, Mode *mode);
    /// A complete fault from JSON (missing keys take their defaults); false on a bad value.
    [[nodiscard]] static bool fromJson(const QJsonValue &value, BodyFault *fault);
    [[nodiscard]] QJsonObject toJson() const;
};

/// Injected faults; changeable at run time through POST /__sim/faults.
struct Faults
{
    int failEvery = 0; ///< every Nth executionresult poll answers 503 (0: never)
    int latencyMs = 0; ///< every QRS response is delayed
    int dropEvery = 0; ///< every Nth QRS request: connection aborted, no answer
    int resetAfterStart = 0; ///< every Nth start/synchronous: carried out, then reset, no answer
    BodyFault body;

    /// Applies the keys present in \a object and restarts the counting; false (and nothing
    /// changed) when a value is not a number >= 0 or "body" is malformed. "body" replaces the
    /// whole body fault.
    [[nodiscard]] bool update(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;

    /// Counts an executionresult poll; true when this one must fail.
    [[nodiscard]] bool countPollAndCheckFailure() { return hits(failEvery, polls); }
    /// Counts a QRS request; true when this one must be dropped.
    [[nodiscard]] bool countRequestAndCheckDrop() { return hits(dropEvery, requests); }
    /// Counts a synchronous start; true when its connection must be reset after it ran.
    [[nodiscard]] bool countStartAndCheckReset() { return hits(resetAfterStart, starts); }
    /// Counts a request whose QRS path (after the prefix) is \a qrsPath when it matches the body
    /// fault's route; true when its answer must be damaged.
    [[nodiscard]] bool countAndCheckBodyFault(const QString &qrsPath);

private:
    static bool hits(int every, int &counter) { return every > 0 && ++counter % every == 0; }

    int polls = 0;
    int requests = 0;
    int starts = 0;
    int bodyMatches = 0;
};

} // namespace qrssim
