#include "runsmodel.h"

#include "runstyle.h"
#include "runtracker.h"
#include "textformat.h"

#include <algorithm>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QDateTime startedAt(const Run &run)
{
    if (!run.results.isEmpty() && run.results.constFirst().startTime.isValid())
        return run.results.constFirst().startTime;
    return run.requestedAt;
}

const QList<int> &allChangedRoles()
{
    static const QList<int> roles = {Qt::DisplayRole,         Qt::ToolTipRole,
                                     Qt::DecorationRole,      Qt::ForegroundRole,
                                     RunsModel::RawValueRole, RunsModel::OutcomeRole};
    return roles;
}
} // namespace

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RunsModel::durationsTicked);
}

RunsModel::~RunsModel() = default;

void RunsModel::setTypicalDuration(TypicalDuration typical)
{
    m_typical = std::move(typical);
    typicalDurationsChanged();
}

void RunsModel::typicalDurationsChanged()
{
    if (m_rows.isEmpty())
        return;
    // One range for all: the durations' cells and the expected finish (once at start-up).
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, RawValueRole,
                        ProgressRole, OverdueRole});
}

int RunsModel::Expectation::percent() const
{
    return int(std::clamp<qint64>(elapsedMs * 100 / std::max<qint64>(typicalMs, 1), 0, 99));
}

bool RunsModel::isOverdue(qint64 elapsedMs, qint64 typicalMs)
{
    return elapsedMs > typicalMs * OverdueFactor && elapsedMs > typicalMs + OverdueMarginMs;
}

std::optional<RunsModel::Expectation> RunsModel::expectation(const Row &row) const
{
    const Run &run = row.run;
    if (run.isFinished() || !m_typical || run.task.id.isEmpty())
        return std::nullopt;
    const auto typical = m_typical(row.profile, run.task.id);
    if (!typical)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Expectation {*typical, run.elapsedMs(now), startedAt(run).addMSecs(*typical)};
}

QVariant RunsModel::expectedFinishText(const Row &row) const
{
    const auto expected = expectation(row);
    if (!expected)
        return {};
    if (expected->overdue())
        //: %1: how long the task usually takes
        return tr("Overdue: usually %1").arg(TextFormat::duration(expected->typicalMs));
    //: the expected time of a run's end
    return tr("about %1").arg(RunStyle::shortMoment(expected->expectedEnd));
}

void RunsModel::addTracker(RunTracker *tracker, const QString &profileName)
{
    if (m_connections.contains(tracker))
        return;
    QList<QMetaObject::Connection> connections;
    connections << connect(tracker, &RunTracker::runAdded, this,
                           [this, tracker](RunId id) { insertRun(tracker, id); });
    connections << connect(tracker, &RunTracker::runUpdated, this,
                           [this, tracker](RunId id) { updateRun(tracker, id); });
    connections << connect(tracker, &RunTracker::runFinished, this,
                           [this, tracker](RunId id) { updateRun(tracker, id); });
    connections << connect(tracker, &RunTracker::runRemoved, this,
                           [this, tracker](RunId id) { removeRun(tracker, id); });
    connections << connect(tracker, &QObject::destroyed, this,
                           [this, tracker] { removeTracker(tracker); });
    m_connections.insert(tracker, connections);
    m_profileNames.insert(tracker, profileName);

    const QList<RunId> ids = tracker->runIds();
    if (ids.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    for (RunId id : ids) {
        m_rowOf.insert({tracker, id}, int(m_rows.size()));
        const Run &run = *tracker->run(id);
        if (!run.isFinished())
            ++m_liveRows;
        m_rows.append({tracker, profileName, run});
    }
    endInsertRows();
    updateTicking();
}

void RunsModel::removeTracker(RunTracker *tracker)
{
    const auto connections = m_connections.take(tracker);
    m_profileNames.remove(tracker);
    for (const auto &connection : connections)
        disconnect(connection);
    // Remove the tracker's rows from the end, one contiguous block at a time.
    int last = int(m_rows.size()) - 1;
    while (last >= 0) {
        if (m_rows.at(last).tracker != tracker) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && m_rows.at(first - 1).tracker == tracker)
            --first;
        removeRows(first, last);
        last = first - 1;
    }
}

RunsModel::RunKey RunsModel::keyAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return {m_rows.at(row).tracker, m_rows.at(row).run.id};
}

const Run *RunsModel::runAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).run;
}

QString RunsModel::profileAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).profile;
}

int RunsModel::rowOf(const RunTracker *tracker, RunId id) const
{
    return m_rowOf.value({tracker, id}, -1);
}

int RunsModel::liveRowCount() const
{
    return m_liveRows;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == LastMessage || column == Task)
            return display(row, column);
        if (column == ExpectedFinish || column == Duration) {
            if (const auto expected = expectation(row))
                return tr("Usually takes %1 (the median of its last successful runs); running "
                          "for %2.")
                    .arg(TextFormat::duration(expected->typicalMs),
                         TextFormat::duration(expected->elapsedMs));
        }
        if (column == Started)
            return QLocale().toString(startedAt(row.run).toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (column == Status)
            return RunStyle::icon(row.run);
        if (column == ExpectedFinish && data(index, OverdueRole).toBool())
            return RunStyle::outcomeIcon(RunOutcome::Lost);
        return {};
    case Qt::ForegroundRole:
        if (column == Status)
            return RunStyle::colour(row.run.outcome());
        return {};
    case RawValueRole:
        return rawValue(row, column);
    case OutcomeRole:
        return int(row.run.outcome());
    case RunIdRole:
        return QVariant::fromValue(row.run.id);
    case ProgressRole: {
        const auto expected = expectation(row);
        return expected ? expected->percent() : -1;
    }
    case OverdueRole: {
        const auto expected = expectation(row);
        return expected && expected->overdue();
    }
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Task:
        return tr("Task");
    case App:
        return tr("App");
    case Profile:
        return tr("Profile");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case LastMessage:
        return tr("Last message");
    case ExpectedFinish:
        return tr("Expected end");
    default:
        return {};
    }
}

void RunsModel::insertRun(RunTracker *tracker, RunId id)
{
    const Run *run = tracker->run(id);
    if (!run || m_rowOf.contains({tracker, id}))
        return;
    const QString profile = m_profileNames.value(tracker);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({tracker, profile, *run});
    m_rowOf.insert({tracker, id}, row);
    if (!run->isFinished())
        ++m_liveRows;
    endInsertRows();
    updateTicking();
}

void RunsModel::updateRun(RunTracker *tracker, RunId id)
{
    const int row = m_rowOf.value({tracker, id}, -1);
    const Run *run = tracker->run(id);
    if (row < 0 || !run)
        return;
    applyRun(row, *run);
    updateTicking();
}

void RunsModel::removeRun(RunTracker *tracker, RunId id)
{
    const int row = m_rowOf.value({tracker, id}, -1);
    if (row >= 0)
        removeRows(row, row);
}

void RunsModel::applyRun(int rowIndex, const Run &run)
{
    Row &row = m_rows[rowIndex];
    const Run &old = row.run;
    int first = ColumnCount;
    int last = -1;
    const auto touch = [&](int column) {
        first = qMin(first, column);
        last = qMax(last, column);
    };
    if (old.task.name != run.task.name || old.requested != run.requested)
        touch(Task);
    if (old.task.appName != run.task.appName)
        touch(App);
    if (old.phase != run.phase || old.status() != run.status())
        touch(Status);
    if (startedAt(old) != startedAt(run))
        touch(Started);
    if (old.phase != run.phase || old.results.size() != run.results.size() ||
        (old.latest() && run.latest() && old.latest()->stopTime != run.latest()->stopTime) ||
        startedAt(old) != startedAt(run))
        touch(Duration);
    if (old.error.has_value() != run.error.has_value() ||
        (old.latest() != nullptr) != (run.latest() != nullptr) ||
        (run.latest() && old.latest()->details.size() != run.latest()->details.size()) ||
        old.lastMessage() != run.lastMessage())
        touch(LastMessage);

    const bool wasLive = !old.isFinished();
    const bool isLive = !run.isFinished();
    row.run = run;
    m_liveRows += int(isLive) - int(wasLive);
    if (last < 0)
        return;
    Q_EMIT dataChanged(index(rowIndex, first), index(rowIndex, last), allChangedRoles());
}

void RunsModel::removeRows(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int i = first; i <= last; ++i) {
        const Row &row = m_rows.at(i);
        m_rowOf.remove({row.tracker, row.run.id});
        if (!row.run.isFinished())
            --m_liveRows;
    }
    m_rows.remove(first, last - first + 1);
    reindexFrom(first);
    endRemoveRows();
    updateTicking();
}

void RunsModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf[{m_rows.at(i).tracker, m_rows.at(i).run.id}] = i;
}

void RunsModel::updateTicking()
{
    if (m_liveRows > 0 && !m_ticker.isActive())
        m_ticker.start();
    else if (m_liveRows <= 0 && m_ticker.isActive())
        m_ticker.stop();
}

QVariant RunsModel::display(const Row &row, int column) const
{
    const Run &run = row.run;
    switch (column) {
    case Task:
        return run.displayName();
    case App:
        return run.task.appName;
    case Profile:
        return row.profile;
    case Status:
        return RunStyle::statusText(run);
    case Started:
        return RunStyle::shortMoment(startedAt(run));
    case Duration:
        return TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc()));
    case LastMessage:
        return run.lastMessage().simplified();
    case ExpectedFinish:
        return expectedFinishText(row);
    default:
        return {};
    }
}

QVariant RunsModel::rawValue(const Row &row, int column) const
{
    const Run &run = row.run;
    switch (column) {
    case Task:
        return run.displayName();
    case App:
        return run.task.appName;
    case Profile:
        return row.profile;
    case Status:
        return int(run.outcome()) * 1000 + run.status().value_or(TaskStatus()).code();
    case Started:
        return startedAt(run);
    case Duration:
        return run.elapsedMs(QDateTime::currentDateTimeUtc());
    case LastMessage:
        return run.lastMessage();
    case ExpectedFinish:
        if (const auto expected = expectation(row))
            return expected->expectedEnd;
        return QDateTime();
    default:
        return {};
    }
}
