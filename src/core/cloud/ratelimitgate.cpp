#include "ratelimitgate.h"

#include <algorithm>
#include <limits>
#include <QLocale>

using namespace Qt::StringLiterals;

RateLimitGate::RateLimitGate(QObject *parent)
    : QObject(parent)
    , m_clock(steadyUtcClock())
{
    setLimit(Tier::Read, 1000);
    setLimit(Tier::Write, 100);
    setLimit(Tier::ReloadStart, 50);
    m_wake.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the clock is asked again anyway.
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &RateLimitGate::pump);
}

RateLimitGate::~RateLimitGate() = default;

RateLimitGate::Tier RateLimitGate::tierOf(bool isGet, QStringView path)
{
    if (isGet)
        return Tier::Read;
    // The tenant's address may carry a path of its own before the API's.
    return path.endsWith(u"/api/v1/reloads") ? Tier::ReloadStart : Tier::Write;
}

void RateLimitGate::setLimit(Tier tier, int perMinute, std::chrono::milliseconds minute)
{
    TierState &limits = state(tier);
    limits.perMinute = std::max(1, perMinute);
    limits.minuteMs = std::max<qint64>(1, minute.count());
}

void RateLimitGate::setClock(CloudClock clock)
{
    m_clock = std::move(clock);
}

qint64 RateLimitGate::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

int RateLimitGate::waiting() const
{
    int count = 0;
    for (const TierState &tier : m_tiers)
        count += int(tier.queue.size());
    return count;
}

QDateTime RateLimitGate::heldUntil() const
{
    if (m_holdUntil <= nowMs())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_holdUntil, Qt::UTC);
}

void RateLimitGate::submit(Tier tier, Send send)
{
    state(tier).queue.enqueue(std::move(send));
    pump();
}

void RateLimitGate::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    pump();
}

void RateLimitGate::rateLimited(Tier tier, QByteArrayView retryAfter, Send resend)
{
    holdUntil(retryAfter);
    state(tier).queue.prepend(std::move(resend));
    release();
}

void RateLimitGate::hold(QByteArrayView retryAfter)
{
    holdUntil(retryAfter);
    pump();
}

void RateLimitGate::holdUntil(QByteArrayView retryAfter)
{
    const QDateTime now = m_clock();
    const std::chrono::milliseconds wait =
        parseRetryAfter(retryAfter, now).value_or(DefaultRetryAfter);
    m_holdUntil = std::max(m_holdUntil, now.toMSecsSinceEpoch() + wait.count());
}

void RateLimitGate::recheck()
{
    pump();
}

qint64 RateLimitGate::roomAt(TierState &tier, qint64 now) const
{
    const qint64 longWindow = WindowMinutes * tier.minuteMs;
    while (!tier.sent.empty() && tier.sent.front() <= now - longWindow)
        tier.sent.pop_front();
    const auto sentCount = static_cast<qint64>(tier.sent.size());
    qint64 at = now;
    const auto lastMinute =
        std::upper_bound(tier.sent.begin(), tier.sent.end(), now - tier.minuteMs);
    if (tier.sent.end() - lastMinute >= tier.perMinute) // the oldest of them leaves the minute
        at = std::max(at, tier.sent[std::size_t(sentCount - tier.perMinute)] + tier.minuteMs);
    const qint64 longBudget = WindowMinutes * qint64(tier.perMinute);
    if (sentCount >= longBudget)
        at = std::max(at, tier.sent[std::size_t(sentCount - longBudget)] + longWindow);
    return at;
}

void RateLimitGate::pump()
{
    if (m_pumping) {
        m_pumpAgain = true; // a send() submitted or released: look again once it returns
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        for (bool progress = true; progress;) {
            progress = false;
            const qint64 now = nowMs();
            if (now < m_holdUntil)
                break;
            // One request of each tier in turn, so that no tier waits behind another's queue.
            for (TierState &tier : m_tiers) {
                if (m_maxInFlight > 0 && m_inFlight >= m_maxInFlight)
                    break;
                if (tier.queue.isEmpty() || roomAt(tier, now) > now)
                    continue;
                const Send send = tier.queue.dequeue();
                tier.sent.push_back(now);
                ++m_inFlight;
                progress = true;
                send();
            }
        }
    } while (m_pumpAgain);
    m_pumping = false;

    const qint64 now = nowMs();
    qint64 wakeAt = std::numeric_limits<qint64>::max();
    if (now < m_holdUntil) {
        wakeAt = m_holdUntil;
    } else {
        for (TierState &tier : m_tiers) {
            if (!tier.queue.isEmpty() && roomAt(tier, now) > now)
                wakeAt = std::min(wakeAt, roomAt(tier, now));
        }
    }
    if (wakeAt == std::numeric_limits<qint64>::max())
        m_wake.stop();
    else
        m_wake.start(int(std::clamp<qint64>(wakeAt - now, 1, std::numeric_limits<int>::max())));
    report(now);
}

void RateLimitGate::report(qint64 now)
{
    QString why;
    if (now < m_holdUntil) {
        // The time it ends, not the seconds left: the words stay the same while it holds.
        why = tr("Held back by the tenant's rate limit: Qlik Cloud answered 429 (too many "
                 "requests), so nothing is sent before %1.")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_holdUntil).time(),
                                          QLocale::LongFormat));
    } else {
        for (std::size_t i = 0; i < m_tiers.size() && why.isEmpty(); ++i) {
            TierState &tier = m_tiers[i];
            if (!tier.queue.isEmpty() && roomAt(tier, now) > now)
                why = tierWords(static_cast<Tier>(i), tier.perMinute);
        }
    }
    const bool held = !why.isEmpty();
    if (held == m_reportedHeld && why == m_reportedWhy)
        return;
    m_reportedHeld = held;
    m_reportedWhy = why;
    Q_EMIT this->held(held, why);
}

QString RateLimitGate::tierWords(Tier tier, int perMinute)
{
    switch (tier) {
    case Tier::ReloadStart:
        return tr("Held back by the tenant's rate limit: at most %n reloads are started a "
                  "minute.",
                  nullptr, perMinute);
    case Tier::Write:
        return tr("Held back by the tenant's rate limit: at most %n changes are sent a minute.",
                  nullptr, perMinute);
    case Tier::Read:
        break;
    }
    return tr("Held back by the tenant's rate limit: at most %n questions are asked a minute.",
              nullptr, perMinute);
}

std::optional<std::chrono::milliseconds> RateLimitGate::parseRetryAfter(QByteArrayView value,
                                                                        const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // A day at most: more is no rate limit a client waits for, and would overflow.
        constexpr qint64 MaxSeconds = 24 * 3600;
        const qint64 seconds =
            text.size() > 6 ? MaxSeconds : std::min(text.toLongLong(), MaxSeconds);
        return std::chrono::seconds(seconds);
    }
    // IMF-fixdate, the form HTTP/1.1 servers send: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}
