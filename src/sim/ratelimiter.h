#pragma once

#include <array>
#include <deque>
#include <QByteArray>
#include <QHash>
#include <QString>

namespace qrssim {

/// Qlik Cloud's API rate limits, per token and tier: N requests a minute, measured over a sliding
/// 5-minute window that allows 5 × N; for tests also a per-second burst cap. Requests refused
/// are not counted. Times are sim-clock milliseconds (never scaled).
class RateLimiter final
{
public:
    enum class Tier { Tier1, Tier2, Reloads };

    struct Settings
    {
        int tier1PerMinute = 1000; ///< GETs
        int tier2PerMinute = 100; ///< other writes (cancel included)
        int reloadsPerMinute = 50; ///< POST /api/v1/reloads, a "special" endpoint
        int burstPerSecond = 0; ///< per token and tier; 0: no burst cap
    };

    explicit RateLimiter(Settings settings)
        : m_settings(settings)
    { }

    /// The tier of a request (POST /api/v1/reloads is special, other GETs tier 1, the rest 2).
    [[nodiscard]] static Tier tierOf(const QByteArray &method, const QString &path);

    /// Counts a request of \a token in \a tier at \a nowMs: 0 when it may pass, otherwise the
    /// whole seconds (>= 1) until it would (the request is then not counted).
    [[nodiscard]] int admit(const QString &token, Tier tier, qint64 nowMs);
    /// The next \a count requests (any route, any caller) are refused with \a retryAfterSeconds.
    void force(int retryAfterSeconds, int count);
    /// The Retry-After seconds when this request is one of the forced ones (counting it).
    [[nodiscard]] int takeForced();
    /// Forgets every counted request and forced refusal.
    void clear();

private:
    static constexpr qint64 kWindowMs = 5 * 60 * 1000;

    [[nodiscard]] int perMinute(Tier tier) const;

    Settings m_settings;
    QHash<QString, std::array<std::deque<qint64>, 3>> m_seen; ///< token → admitted times per tier
    int m_forcedCount = 0;
    int m_forcedSeconds = 1;
};

} // namespace qrssim
