#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

class HistoryModel;

/// Sorts a HistoryModel by its raw values (newest finished first until told otherwise) and
/// keeps the records of a period that match every word of a search text.
class HistoryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilter)

public:
    /// Today and this week are in local time; a week starts on the locale's first day.
    enum class Period { Today, ThisWeek, All };
    Q_ENUM(Period)

    explicit HistoryFilter(QObject *parent = nullptr);
    ~HistoryFilter() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setPeriod(Period period);
    [[nodiscard]] Period period() const { return m_period; }
    /// Words separated by spaces; a record matches when its task name, profile, app, message
    /// or status contain every one, in any case.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_words.join(u' '); }
    /// The time "today" and "this week" are counted from; invalid (the default) for the clock
    /// at the time the period or search is set.
    void setNow(const QDateTime &now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updatePeriodStart();
    void refilter();

    QPointer<const HistoryModel> m_history;
    Period m_period = Period::All;
    QStringList m_words; ///< case-folded
    QDateTime m_now;
    qint64 m_periodStartMs = 0; ///< since the epoch; records finished before it are left out
};
