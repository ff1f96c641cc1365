#include "cloudreloads.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

/// Like a MongoDB object id, as Qlik Cloud's reload ids look: 8 hex digits of seconds since the
/// epoch, then 16 random ones.
QString newReloadId(const QDateTime &now)
{
    const quint64 random = QRandomGenerator::global()->generate64();
    return u"%1%2"_s.arg(quint32(now.toSecsSinceEpoch()), 8, 16, QChar(u'0'))
        .arg(random, 16, 16, QChar(u'0'));
}

} // namespace

CloudReloads::CloudReloads(const CloudScenario &scenario, const Executions &clock,
                           int maxConcurrent)
    : m_scenario(scenario)
    , m_clock(clock)
    , m_maxConcurrent(maxConcurrent)
{ }

CloudReload CloudReloads::create(const CloudApp &app, const QString &userId, bool partial,
                                 int weight, const QList<std::pair<QString, QString>> &vars)
{
    const qint64 now = nowMs();
    advance(now);
    CloudReload reload;
    reload.id = newReloadId(wallTime(now));
    reload.appId = app.id;
    reload.userId = userId;
    reload.partial = partial;
    reload.weight = weight;
    reload.variables = vars;
    reload.sequence = ++m_sequence;
    reload.creationMs = now;
    m_index.insert(reload.id, m_reloads.size());
    m_queue.append(m_reloads.size());
    m_reloads.append(reload);
    fillSlots(now);
    return m_reloads.constLast();
}

std::optional<CloudReload> CloudReloads::find(const QString &id)
{
    advance(nowMs());
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return m_reloads.at(*it);
}

QList<CloudReload> CloudReloads::all()
{
    advance(nowMs());
    return m_reloads;
}

CloudReloads::CancelResult CloudReloads::cancel(const QString &id)
{
    const qint64 now = nowMs();
    advance(now);
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return CancelResult::Unknown;
    CloudReload &reload = m_reloads[*it];
    if (isFinal(reload.status))
        return CancelResult::AlreadyFinal;
    if (reload.cancelMs >= 0)
        return CancelResult::Canceling;
    reload.cancelMs = now;
    reload.status = CloudStatus::Canceling;
    if (reload.startMs < 0) { // still queued: it leaves the queue, it never takes a slot
        m_queue.removeOne(*it);
        m_active.append(*it);
    }
    return CancelResult::Canceling;
}

qint64 CloudReloads::lastSuccessMs(const QString &appId)
{
    advance(nowMs());
    qint64 last = -1;
    for (const CloudReload &reload : std::as_const(m_reloads)) {
        if (reload.appId == appId && reload.status == CloudStatus::Succeeded)
            last = std::max(last, reload.endMs);
    }
    return last;
}

void CloudReloads::forget()
{
    m_reloads.clear();
    m_index.clear();
    m_queue.clear();
    m_active.clear();
}

qint64 CloudReloads::plannedEnd(const CloudReload &reload) const
{
    const CloudApp *app = m_scenario.app(reload.appId);
    if (reload.cancelMs >= 0)
        return reload.cancelMs + m_clock.scaled(app ? app->cancelMs : 500);
    if (reload.startMs >= 0)
        return reload.startMs + m_clock.scaled(app ? app->durationMs : 0);
    return -1;
}

void CloudReloads::advance(qint64 nowMs)
{
    // Reloads end in time order; each end that frees a slot starts the next queued one then.
    for (;;) {
        qsizetype next = -1;
        qint64 nextEnd = 0;
        for (qsizetype i = 0; i < m_active.size(); ++i) {
            const qint64 end = plannedEnd(m_reloads.at(m_active.at(i)));
            if (end <= nowMs && (next < 0 || end < nextEnd)) {
                next = i;
                nextEnd = end;
            }
        }
        if (next < 0)
            return;
        CloudReload &reload = m_reloads[m_active.takeAt(next)];
        reload.endMs = nextEnd;
        const CloudApp *app = m_scenario.app(reload.appId);
        reload.status = reload.cancelMs >= 0 ? CloudStatus::Canceled
            : app                            ? app->outcome
                                             : CloudStatus::Failed;
        if (reload.startMs >= 0)
            fillSlots(nextEnd);
    }
}

void CloudReloads::fillSlots(qint64 atMs)
{
    qsizetype inUse = 0;
    for (const qsizetype index : std::as_const(m_active)) {
        if (m_reloads.at(index).startMs >= 0)
            ++inUse;
    }
    while (inUse < m_maxConcurrent && !m_queue.isEmpty()) {
        const qsizetype index = m_queue.takeFirst();
        m_reloads[index].startMs = atMs;
        m_reloads[index].status = CloudStatus::Reloading;
        m_active.append(index);
        ++inUse;
    }
}

} // namespace qrssim
