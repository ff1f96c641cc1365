#pragma once

#include "run.h"

#include <functional>
#include <optional>
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
    /// ExpectedFinish comes last so that header states saved before it existed still fit; the
    /// view shows it after Duration.
    enum Column {
        Task,
        App,
        Profile,
        Status,
        Started,
        Duration,
        LastMessage,
        ExpectedFinish,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, ///< a value to sort by: QString, int, QDateTime, qint64
        OutcomeRole, ///< int(RunOutcome) of the run, in every column
        RunIdRole, ///< the RunId, in every column
        /// How far a live run is through its task's typical duration, 0-100; -1 without one.
        ProgressRole,
        OverdueRole, ///< a live run taking far longer than usual
    };
    /// How long a task of a profile typically takes, if that is known.
    using TypicalDuration =
        std::function<std::optional<qint64>(const QString &profile, const QString &taskId)>;
    /// A run is overdue past this many times its typical duration (and OverdueMarginMs more).
    static constexpr int OverdueFactor = 2;
    static constexpr qint64 OverdueMarginMs = 60'000;
    /// Whether a run that has taken `elapsedMs` so far is far beyond its task's typical time.
    [[nodiscard]] static bool isOverdue(qint64 elapsedMs, qint64 typicalMs);

    struct RunKey
    {
        RunTracker *tracker = nullptr;
        RunId id = 0;
        friend bool operator==(const RunKey &, const RunKey &) = default;
    };

    explicit RunsModel(QObject *parent = nullptr);
    ~RunsModel() override;

    /// Where typical durations come from (the run history); the expected finish and progress of
    /// live runs are computed from them when shown.
    void setTypicalDuration(TypicalDuration typical);
    /// The typical durations changed (the history was loaded): the live rows are shown anew.
    void typicalDurationsChanged();
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
    struct Expectation
    {
        qint64 typicalMs = 0;
        qint64 elapsedMs = 0;
        QDateTime expectedEnd; ///< UTC
        [[nodiscard]] int percent() const;
        [[nodiscard]] bool overdue() const { return isOverdue(elapsedMs, typicalMs); }
    };
    /// What to expect of a live run; nothing for finished runs or tasks without a typical time.
    [[nodiscard]] std::optional<Expectation> expectation(const Row &row) const;
    [[nodiscard]] QVariant expectedFinishText(const Row &row) const;

    QList<Row> m_rows;
    QHash<Key, int> m_rowOf;
    QHash<RunTracker *, QList<QMetaObject::Connection>> m_connections;
    QHash<const RunTracker *, QString> m_profileNames;
    TypicalDuration m_typical;
    QTimer m_ticker;
    int m_liveRows = 0;
};
