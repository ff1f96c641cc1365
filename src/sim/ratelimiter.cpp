#include "ratelimiter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

/// Whole seconds until \a untilMs, at least 1.
int secondsUntil(qint64 untilMs, qint64 nowMs)
{
    return int(std::max<qint64>(1, (untilMs - nowMs + 999) / 1000));
}

} // namespace

RateLimiter::Tier RateLimiter::tierOf(const QByteArray &method, const QString &path)
{
    if (method == "GET" || method == "HEAD")
        return Tier::Tier1;
    if (method == "POST" && (path == "/api/v1/reloads"_L1 || path == "/api/v1/reloads/"_L1))
        return Tier::Reloads;
    return Tier::Tier2;
}

int RateLimiter::perMinute(Tier tier) const
{
    switch (tier) {
    case Tier::Tier1:
        return m_settings.tier1PerMinute;
    case Tier::Tier2:
        return m_settings.tier2PerMinute;
    case Tier::Reloads:
        break;
    }
    return m_settings.reloadsPerMinute;
}

int RateLimiter::admit(const QString &token, Tier tier, qint64 nowMs)
{
    std::deque<qint64> &seen = m_seen[token][std::size_t(tier)];
    while (!seen.empty() && seen.front() <= nowMs - kWindowMs)
        seen.pop_front();
    const int limit = perMinute(tier);
    if (limit > 0 && qsizetype(seen.size()) >= 5 * qsizetype(limit))
        return secondsUntil(seen.at(seen.size() - std::size_t(5 * limit)) + kWindowMs, nowMs);
    const int burst = m_settings.burstPerSecond;
    if (burst > 0 && seen.size() >= std::size_t(burst)) {
        const qint64 oldestOfBurst = seen.at(seen.size() - std::size_t(burst));
        if (oldestOfBurst > nowMs - 1000)
            return secondsUntil(oldestOfBurst + 1000, nowMs);
    }
    seen.push_back(nowMs);
    return 0;
}

void RateLimiter::force(int retryAfterSeconds, int count)
{
    m_forcedSeconds = std::max(1, retryAfterSeconds);
    m_forcedCount = std::max(0, count);
}

int RateLimiter::takeForced()
{
    if (m_forcedCount <= 0)
        return 0;
    --m_forcedCount;
    return m_forcedSeconds;
}

void RateLimiter::clear()
{
    m_seen.clear();
    m_forcedCount = 0;
}

} // namespace qrssim
