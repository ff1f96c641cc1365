#pragma once

#include "cloudscenario.h"
#include "executions.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace qrssim {

/// One reload as it stands at the moment it was looked up. Times are sim-clock milliseconds,
/// -1 until they happen.
struct CloudReload
{
    QString id;
    QString appId;
    QString userId;
    bool partial = false;
    int weight = 1;
    QList<std::pair<QString, QString>> variables;
    qint64 sequence = 0; ///< creation order, breaks ties between equal times
    CloudStatus status = CloudStatus::Queued;
    qint64 creationMs = 0;
    qint64 startMs = -1; ///< taken from the queue
    qint64 endMs = -1; ///< reached its final status
    qint64 cancelMs = -1; ///< a cancel was asked for
};

/// Reloads of the simulated tenant: a FIFO queue behind a per-tenant concurrency limit, and a
/// status that follows the sim clock (each app's durationMs, cancelMs × the time scale; the clock
/// is the one Executions keeps for the whole sim). The state is brought up to the clock whenever
/// it is asked; no timers.
class CloudReloads final
{
public:
    enum class CancelResult { Canceling, AlreadyFinal, Unknown };

    /// \a clock gives the time and the time scale.
    CloudReloads(const CloudScenario &scenario, const Executions &clock, int maxConcurrent);

    [[nodiscard]] qint64 nowMs() const { return m_clock.nowMs(); }
    [[nodiscard]] QDateTime wallTime(qint64 simMs) const { return m_clock.wallTime(simMs); }

    /// Queues a reload of \a app now and returns it.
    [[nodiscard]] CloudReload create(const CloudApp &app, const QString &userId, bool partial,
                                     int weight, const QList<std::pair<QString, QString>> &vars);
    [[nodiscard]] std::optional<CloudReload> find(const QString &id);
    /// Every reload, in creation order.
    [[nodiscard]] QList<CloudReload> all();
    [[nodiscard]] CancelResult cancel(const QString &id);
    /// When the app's newest reload in the sim succeeded; -1 if none did.
    [[nodiscard]] qint64 lastSuccessMs(const QString &appId);
    /// Every reload is forgotten (POST /__sim/forget).
    void forget();

private:
    /// Carries the queue and every reload forward to \a nowMs.
    void advance(qint64 nowMs);
    /// Takes queued reloads into free slots at \a atMs.
    void fillSlots(qint64 atMs);
    /// When the reload reaches its final status (-1 while queued and not canceled).
    [[nodiscard]] qint64 plannedEnd(const CloudReload &reload) const;

    const CloudScenario &m_scenario;
    const Executions &m_clock;
    int m_maxConcurrent = 4;
    QList<CloudReload> m_reloads;
    QHash<QString, qsizetype> m_index; ///< id → position in m_reloads
    QList<qsizetype> m_queue; ///< waiting for a slot, FIFO
    QList<qsizetype> m_active; ///< started or canceling, not final yet
    qint64 m_sequence = 0;
};

} // namespace qrssim
