#pragma once

#include "qrstypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

/// The server's tasks as a table for the task browser. Disabled tasks are shown greyed out
/// and cannot be selected.
class TasksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksModel)

public:
    enum Column {
        Name,
        App,
        Stream,
        Tags,
        Enabled,
        LastStatus,
        LastRun,
        NextExecution,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole, TaskIdRole, SearchTextRole };

    explicit TasksModel(QObject *parent = nullptr);
    ~TasksModel() override;

    void setTasks(QList<ReloadTask> tasks);
    /// The rows are Qlik Cloud apps: the headers say App and Space.
    void setCloud(bool cloud);
    /// The columns a Qlik Cloud app has nothing for (its app is itself; no tags, no schedule).
    [[nodiscard]] static QList<Column> repositoryOnlyColumns()
    {
        return {App, Tags, Enabled, LastStatus, NextExecution};
    }
    [[nodiscard]] const ReloadTask &taskAt(int row) const { return m_tasks.at(row); }
    [[nodiscard]] const QList<ReloadTask> &tasks() const { return m_tasks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<ReloadTask> m_tasks;
    bool m_cloud = false;
};

/// Keeps the tasks whose name, app, stream, tags or id contain every word of the search text.
class TasksFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksFilterProxy)

public:
    explicit TasksFilterProxy(QObject *parent = nullptr);
    ~TasksFilterProxy() override;
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
