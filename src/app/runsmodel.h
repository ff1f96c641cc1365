#pragma once

#include "run.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

class RunTracker;

/// The runs of every profile as a table, fed by RunTracker signals and updated incrementally:
/// rows are inserted on runAdded, changed cells are announced with dataChanged and their roles
/// on runUpdated (never a reset), rows are removed on runRemoved. The Duration of running rows
/// moves on by itself: it is computed when shown, and durationsTicked() tells the view every
/// second to show it again (a dataChanged for every running row would make sorting proxies walk
/// them all).
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsModel)

public:
    enum Column { Task, App, Profile, Status, Started, Duration, LastMessage, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, ///< a value to sort by: QString, int, QDateTime, qint64
        OutcomeRole, ///< int(RunOutcome) of the run, in every column
        RunIdRole, ///< the RunId, in every column
    };

    struct RunKey
    {
        RunTracker *tracker = nullptr;
        RunId id = 0;
        friend bool operator==(const RunKey &, const RunKey &) = default;
    };

    explicit RunsModel(QObject *parent = nullptr);
    ~RunsModel() override;

    /// Shows the runs of `tracker` (those it has already, and every later one).
    void addTracker(RunTracker *tracker, const QString &profileName);
    /// Drops the tracker's rows and stops listening to it.
    void removeTracker(RunTracker *tracker);

    [[nodiscard]] RunKey keyAt(int row) const;
    [[nodiscard]] const Run *runAt(int row) const;
    [[nodiscard]] QString profileAt(int row) const;
    /// -1 when the model does not show that run.
    [[nodiscard]] int rowOf(const RunTracker *tracker, RunId id) const;
    [[nodiscard]] int liveRowCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Every second while any run is live: their durations have moved on.
    void durationsTicked();

private:
    struct Row
    {
        RunTracker *tracker = nullptr;
        QString profile;
        Run run;
    };
    using Key = std::pair<const RunTracker *, RunId>;

    void insertRun(RunTracker *tracker, RunId id);
    void updateRun(RunTracker *tracker, RunId id);
    void removeRun(RunTracker *tracker, RunId id);
    void applyRun(int row, const Run &run);
    void removeRows(int first, int last);
    void reindexFrom(int row);
    void updateTicking();
    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant rawValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<Key, int> m_rowOf;
    QHash<RunTracker *, QList<QMetaObject::Connection>> m_connections;
    QHash<const RunTracker *, QString> m_profileNames;
    QTimer m_ticker;
    int m_liveRows = 0;
};
