#pragma once

#include "cloudclock.h"

#include <array>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <QByteArrayView>
#include <QDateTime>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>

/// Paces the requests of one Qlik Cloud client so the tenant's rate limits are kept, instead of
/// learnt from 429s. Each request belongs to a tier (Qlik's: tier 1, most GETs, 1,000 a minute;
/// tier 2, writes, 100 a minute; the special `POST /api/v1/reloads`, 50 a minute). A tier sends
/// at most its rate in any sliding minute and five times that in any sliding five minutes (the
/// window Qlik measures; the minute keeps us from spending in one burst a budget the tenant's
/// other users share). Requests wait in order per tier; at most a few are in flight at once, so
/// that nothing waits in Qt's queue, where no hold could reach it.
///
/// A 429 holds every tier (the limits are the tenant's, per user, and not all of them are
/// published) until its `Retry-After` has passed, never sending earlier, then sends the refused
/// request again first. held() tells when requests wait for either reason and why.
class RateLimitGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitGate)

public:
    enum class Tier { Read, Write, ReloadStart };
    Q_ENUM(Tier)
    using Send = std::function<void()>;

    /// What is held when a 429 comes without a `Retry-After` the gate can read.
    static constexpr std::chrono::seconds DefaultRetryAfter {30};
    static constexpr int DefaultMaxInFlight = 6; ///< Qt's connections to one host
    /// Qlik measures over five minutes: a tier sends this many times its rate in that window.
    static constexpr int WindowMinutes = 5;

    explicit RateLimitGate(QObject *parent = nullptr);
    ~RateLimitGate() override;

    /// The tier of a request: `POST /api/v1/reloads` is ReloadStart, other GETs Read, the rest
    /// Write.
    [[nodiscard]] static Tier tierOf(bool isGet, QStringView path);
    /// How many requests of `tier` go per `minute` (1000, 100 and 50 per minute by default).
    /// Tests make `minute` short.
    void setLimit(Tier tier, int perMinute,
                  std::chrono::milliseconds minute = std::chrono::minutes(1));
    /// Requests handed out and not released yet, at most; 0 for no limit.
    void setMaxInFlight(int requests) { m_maxInFlight = requests; }
    void setClock(CloudClock clock);

    /// Calls `send` now if `tier` has room and nothing is held, else when it has (in order per
    /// tier). Every request handed out ends with release() or rateLimited(), once.
    void submit(Tier tier, Send send);
    /// The request handed out was answered (or given up): room for the next.
    void release();
    /// The request handed out was answered 429 with this `Retry-After` (seconds or an
    /// HTTP-date): nothing is sent before it has passed, then `resend` goes first of its tier.
    void rateLimited(Tier tier, QByteArrayView retryAfter, Send resend);
    /// A request the gate does not pace (the sign-in) was answered 429 with this `Retry-After`:
    /// nothing is sent before it has passed.
    void hold(QByteArrayView retryAfter);
    /// Looks at the clock again and sends what may go. The gate's timer does this; tests that
    /// move an injected clock call it.
    void recheck();

    [[nodiscard]] int waiting() const;
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] bool isHeld() const { return m_reportedHeld; }
    /// When the last 429 lets requests go again; invalid when none holds.
    [[nodiscard]] QDateTime heldUntil() const;

    /// `Retry-After` as a wait from `now`: whole seconds, or an HTTP-date (IMF-fixdate, e.g.
    /// "Wed, 21 Oct 2015 07:28:00 GMT"; a date passed waits 0). nullopt when unreadable.
    [[nodiscard]] static std::optional<std::chrono::milliseconds>
    parseRetryAfter(QByteArrayView value, const QDateTime &now);

Q_SIGNALS:
    /// Requests wait for the tenant's rate limit: a 429 holds them all, or a tier that has
    /// requests waiting is out of budget (`why` in words); or they go again (false, empty).
    void held(bool held, const QString &why);

private:
    struct TierState
    {
        int perMinute = 0;
        qint64 minuteMs = 60'000;
        std::deque<qint64> sent; ///< when each request of the last five minutes went, in order
        QQueue<Send> queue;
    };

    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] TierState &state(Tier tier) { return m_tiers[static_cast<std::size_t>(tier)]; }
    /// When `tier` has room again; `now` when it has room now.
    [[nodiscard]] qint64 roomAt(TierState &tier, qint64 now) const;
    void holdUntil(QByteArrayView retryAfter);
    void pump();
    void report(qint64 now);
    [[nodiscard]] static QString tierWords(Tier tier, int perMinute);

    std::array<TierState, 3> m_tiers;
    CloudClock m_clock;
    QTimer m_wake;
    qint64 m_holdUntil = 0; ///< ms since the epoch on m_clock
    int m_maxInFlight = DefaultMaxInFlight;
    int m_inFlight = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_reportedHeld = false;
    QString m_reportedWhy;
};
