#include "historyfilter.h"

#include "historymodel.h"

#include <limits>
#include <QLocale>

HistoryFilter::HistoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(HistoryModel::Finished, Qt::DescendingOrder);
}

HistoryFilter::~HistoryFilter() = default;

void HistoryFilter::setSourceModel(QAbstractItemModel *model)
{
    m_history = qobject_cast<const HistoryModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void HistoryFilter::setPeriod(Period period)
{
    m_period = period;
    updatePeriodStart();
    refilter();
}

void HistoryFilter::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    updatePeriodStart();
    refilter();
}

void HistoryFilter::setNow(const QDateTime &now)
{
    m_now = now;
    updatePeriodStart();
    refilter();
}

void HistoryFilter::refilter()
{
    // Not invalidateFilter(): it moves the rows that come and go one interval at a time, and
    // the rows a search keeps are scattered among the others, so that bringing back 100,000
    // rows after a search takes seconds. Filtering and sorting everything anew takes tens of
    // milliseconds; views keep their selection through the layout change.
    invalidate();
}

void HistoryFilter::updatePeriodStart()
{
    const QDate today =
        (m_now.isValid() ? m_now : QDateTime::currentDateTime()).toLocalTime().date();
    switch (m_period) {
    case Period::Today:
        m_periodStartMs = today.startOfDay().toMSecsSinceEpoch();
        break;
    case Period::ThisWeek: {
        const int daysIntoWeek = (today.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
        m_periodStartMs = today.addDays(-daysIntoWeek).startOfDay().toMSecsSinceEpoch();
        break;
    }
    case Period::All:
        m_periodStartMs = std::numeric_limits<qint64>::min();
        break;
    }
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_history || sourceParent.isValid())
        return true;
    if (m_period != Period::All) {
        const QDateTime &finished = m_history->record(sourceRow).finishedAt;
        if (!finished.isValid() || finished.toMSecsSinceEpoch() < m_periodStartMs)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString &text = m_history->searchText(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool HistoryFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_history && sortRole() == HistoryModel::RawValueRole)
        return m_history->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
