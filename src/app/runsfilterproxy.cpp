#include "runsfilterproxy.h"

#include "run.h"
#include "runsmodel.h"

#include <QDateTime>

RunsFilterProxy::RunsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunsModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    setRecursiveFilteringEnabled(true);
}

RunsFilterProxy::~RunsFilterProxy() = default;

QString RunsFilterProxy::statusFilterText(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return tr("All runs");
    case StatusFilter::Running:
        return tr("Running");
    case StatusFilter::Succeeded:
        return tr("Succeeded");
    case StatusFilter::Failed:
        return tr("Failed");
    case StatusFilter::Aborted:
        return tr("Aborted");
    case StatusFilter::Skipped:
        return tr("Skipped");
    }
    return {};
}

void RunsFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void RunsFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

bool RunsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_status != StatusFilter::All) {
        const auto outcome = RunOutcome(
            model->index(sourceRow, 0, sourceParent).data(RunsModel::OutcomeRole).toInt());
        bool accepted = false;
        switch (m_status) {
        case StatusFilter::All:
            accepted = true;
            break;
        case StatusFilter::Running:
            accepted = outcome == RunOutcome::InProgress;
            break;
        case StatusFilter::Succeeded:
            accepted = outcome == RunOutcome::Succeeded;
            break;
        case StatusFilter::Failed:
            accepted = outcome == RunOutcome::Failed || outcome == RunOutcome::NotSubmitted ||
                outcome == RunOutcome::Lost;
            break;
        case StatusFilter::Aborted:
            accepted = outcome == RunOutcome::Aborted;
            break;
        case StatusFilter::Skipped:
            accepted = outcome == RunOutcome::Skipped;
            break;
        }
        if (!accepted)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    static constexpr int searched[] = {RunsModel::Task, RunsModel::App, RunsModel::Profile,
                                       RunsModel::Status, RunsModel::LastMessage};
    for (int column : searched) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RunsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    // A descending sort asks the other way round: children come out ascending all the same.
    return sortOrder() == Qt::AscendingOrder ? startedBefore(left, right)
                                             : startedBefore(right, left);
}

bool RunsFilterProxy::startedBefore(const QModelIndex &left, const QModelIndex &right)
{
    const QDateTime leftStart =
        left.siblingAtColumn(RunsModel::Started).data(RunsModel::RawValueRole).toDateTime();
    const QDateTime rightStart =
        right.siblingAtColumn(RunsModel::Started).data(RunsModel::RawValueRole).toDateTime();
    if (leftStart.isValid() != rightStart.isValid())
        return leftStart.isValid();
    if (leftStart != rightStart)
        return leftStart < rightStart;
    return left.row() < right.row();
}
