#pragma once

#include <QSortFilterProxyModel>

/// Sorts the runs by their raw values and keeps those matching a search text and a status. In
/// the tree of chains a row that matches keeps its ancestors; the top-level rows sort as asked,
/// the rows below a run always list in the order they started (links without a run last).
class RunsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsFilterProxy)

public:
    enum class StatusFilter { All, Running, Succeeded, Failed, Aborted, Skipped };
    Q_ENUM(StatusFilter)

    explicit RunsFilterProxy(QObject *parent = nullptr);
    ~RunsFilterProxy() override;

    /// Words shown in the status filter box, in the order of StatusFilter.
    [[nodiscard]] static QString statusFilterText(StatusFilter filter);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setStatusFilter(StatusFilter filter);
    [[nodiscard]] StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Whether the child row `left` started before its sibling `right`.
    [[nodiscard]] static bool startedBefore(const QModelIndex &left, const QModelIndex &right);

    QString m_search;
    StatusFilter m_status = StatusFilter::All;
};
