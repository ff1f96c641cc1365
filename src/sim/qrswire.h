#pragma once

#include "executions.h"
#include "scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace qrssim {

/// How execution results show the passing of time, where real repositories are not known to
/// agree (see ../shared/CHAINS-WATCH-NOTES.md: ⚠ modifiedDate moving on every status change).
struct WireStyle
{
    enum class ModifiedDates {
        Moving, ///< modifiedDate is the time of the newest change, filterable (gt ge lt le)
        Frozen, ///< modifiedDate stays at the creation time, filterable
        Unfilterable, ///< moving, but a filter on modifiedDate is refused (400)
    };
    ModifiedDates modifiedDates = ModifiedDates::Moving;
    bool runningDurationAdvances = true; ///< `duration` of a running result grows; else 0
};

/// Renders sim objects in the repository's JSON shapes (field names as real QRS sends them).
class QrsWire final
{
public:
    QrsWire(const Scenario &scenario, const Executions &executions, WireStyle style = {});

    /// "2026-11-28T09:15:00.123Z"; the invalid date is "1753-01-01T00:00:00.000Z".
    [[nodiscard]] static QString date(const QDateTime &time);
    [[nodiscard]] static QString guid(const QUuid &id);

    [[nodiscard]] static QJsonObject about();
    [[nodiscard]] QJsonObject task(const ScenarioTask &task) const;
    /// A list's condensed form of a task (`/qrs/task`, `/qrs/reloadtask` without `/full`).
    [[nodiscard]] static QJsonObject taskCondensed(const ScenarioTask &task);
    /// "ReloadTask", "ExternalProgramTask", "UserSyncTask": a task's schema name.
    [[nodiscard]] static QString schemaName(int taskType);
    [[nodiscard]] QJsonObject result(const ResultView &result) const;
    /// result() as compact JSON; an ended attempt's is written once.
    [[nodiscard]] QByteArray resultJson(const ResultView &result) const;
    /// The result's `modifiedDate`, as result() writes it.
    [[nodiscard]] QString modifiedDate(const ResultView &result) const;
    /// The result's `startTime` and `stopTime` as its JSON says them (1753 while it runs).
    [[nodiscard]] QString startTime(const ResultView &result) const;
    [[nodiscard]] QString stopTime(const ResultView &result) const;
    [[nodiscard]] QJsonObject session(const Session &session) const;
    [[nodiscard]] QJsonObject appCondensed(const QUuid &appId) const;
    /// The script log of a result as Qlik writes it (UTF-8, CRLF line ends).
    [[nodiscard]] QByteArray scriptLog(const ResultView &result) const;

private:
    [[nodiscard]] QJsonObject lastExecution(const ScenarioTask &task) const;
    [[nodiscard]] QString scriptLogLocation(const ResultView &result) const;
    [[nodiscard]] qsizetype scriptLogSize(const ResultView &result) const;

    const Scenario &m_scenario;
    const Executions &m_executions;
    WireStyle m_style;
    mutable QHash<QUuid, qsizetype> m_scriptLogSizes; ///< of ended attempts, by result id
    mutable QHash<QUuid, QByteArray> m_endedResults; ///< as written, by result id
};

} // namespace qrssim
