#pragma once

#include "chainfollower.h"
#include "run.h"

#include <functional>
#include <memory>
#include <optional>
#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <vector>

class RunTracker;

/// The runs of every profile as a tree, fed by RunTracker signals and updated incrementally:
/// rows are inserted on runAdded, changed cells are announced with dataChanged and their roles
/// on runUpdated (never a reset), rows are removed on runRemoved. A run a trigger started
/// (Run::parent, same tracker) is a child row of the run whose end started it; every other run
/// is a top-level row. With the tracker's ChainFollower, the triggers a chain met that have no
/// run (waiting, or that will not start) are child rows of their upstream run too ("link
/// rows", without a RunIdRole), until a run replaces them; and a run with rows below it shows
/// its chain's state beside its own status. The Duration of running rows moves on by itself: it
/// is computed when shown, and durationsTicked() tells the view every second to show it again
/// (a dataChanged for every running row would make sorting proxies walk them all).
///
/// Every row is a node that knows its parent and its position: parent() and indexOf() cost
/// O(1), a change to a run costs a walk up its ancestors at most.
class RunsModel final : public QAbstractItemModel
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
        /// int(RunOutcome) of the run, in every column; a link row: InProgress while it waits,
        /// Skipped when it will not start.
        OutcomeRole,
        RunIdRole, ///< the RunId, in every column; 0 on a link row
        /// How far a live run is through its task's typical duration, 0-100; -1 without one.
        ProgressRole,
        OverdueRole, ///< a live run taking far longer than usual
        ChainStateRole, ///< int(ChainState) of the rows below the row, in every column
    };
    /// The state of what a run's end set off: the runs and links below its row.
    enum class ChainState {
        None, ///< nothing below the row
        Running, ///< a run below is live or a link waits, and nothing failed
        Succeeded, ///< everything below ended well
        Failed, ///< a run below failed, was aborted or lost, or a link will not start
    };
    Q_ENUM(ChainState)
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
    /// Shows the runs of `tracker` (those it has already, and every later one), and with
    /// `chains` (the tracker's) the links of their chains that have no run.
    void addTracker(RunTracker *tracker, const QString &profileName,
                    ChainFollower *chains = nullptr);
    /// Drops the tracker's rows and stops listening to it.
    void removeTracker(RunTracker *tracker);

    /// The run of a row (of any column); an empty key for a link row or an invalid index.
    [[nodiscard]] RunKey keyAt(const QModelIndex &index) const;
    /// nullptr for a link row or an invalid index.
    [[nodiscard]] const Run *runAt(const QModelIndex &index) const;
    [[nodiscard]] QString profileAt(const QModelIndex &index) const;
    /// Invalid when the model does not show that run.
    [[nodiscard]] QModelIndex indexOf(const RunTracker *tracker, RunId id, int column = 0) const;
    /// The run rows at every level.
    [[nodiscard]] int runRowCount() const { return int(m_runs.size()); }
    /// The run rows of live runs at every level.
    [[nodiscard]] int liveRowCount() const { return m_liveRows; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Every second while any run is live: their durations have moved on.
    void durationsTicked();

private:
    /// What the runs and links of a row, or of the rows below it, add to a chain.
    struct Tally
    {
        int runs = 0;
        int live = 0;
        int failed = 0; ///< failed, aborted, lost or never started
        int waiting = 0; ///< links waiting for their trigger
        int willNotStart = 0; ///< links that will not start
        Tally &operator+=(const Tally &other);
        Tally &operator-=(const Tally &other);
        [[nodiscard]] Tally operator-(const Tally &other) const;
        friend bool operator==(const Tally &, const Tally &) = default;
        [[nodiscard]] bool isEmpty() const { return *this == Tally {}; }
    };
    /// One row: a run, or a link of a chain that has no run.
    struct Node
    {
        Node *parent = nullptr; ///< nullptr at the top level
        int row = 0; ///< its position among its parent's children
        std::vector<std::unique_ptr<Node>> children;
        RunTracker *tracker = nullptr;
        QString profile;
        Run run; ///< a run row's run, as last shown
        ChainFollower::LinkId link = 0; ///< a link row's link; 0 on a run row
        ChainFollower::Link::State linkState = ChainFollower::Link::State::Waiting;
        Tally below; ///< what every row below it adds up to
        [[nodiscard]] bool isLink() const { return link != 0; }
    };
    using Children = std::vector<std::unique_ptr<Node>>;
    using Key = std::pair<const RunTracker *, quint64>;
    /// What the model keeps of a tracker it shows.
    struct Tracked
    {
        QString profile;
        QPointer<ChainFollower> chains;
        QList<QMetaObject::Connection> connections;
    };

    void insertRun(RunTracker *tracker, RunId id);
    void updateRun(RunTracker *tracker, RunId id);
    void removeRun(RunTracker *tracker, RunId id);
    void addLink(RunTracker *tracker, ChainFollower::LinkId id);
    void updateLink(RunTracker *tracker, ChainFollower::LinkId id);
    [[nodiscard]] std::unique_ptr<Node> makeRunNode(RunTracker *tracker, const Run &run) const;
    [[nodiscard]] std::unique_ptr<Node> makeLinkNode(RunTracker *tracker,
                                                     const ChainFollower::Link &link) const;
    /// The tracker's rows as subtrees, with every tally, for addTracker().
    [[nodiscard]] Children buildTree(RunTracker *tracker);
    /// Sums up the tallies below the node and every node below it.
    static void sumBelow(Node &node);
    /// Adds the node (and what is below it) as the last child of `parent` (nullptr: the top).
    void appendNode(Node *parent, std::unique_ptr<Node> node);
    /// Removes the row and every row below it.
    void removeNode(Node *node);
    /// Moves the row (with what is below it) to the end of `parent`'s children.
    void moveNode(Node *node, Node *parent);
    /// A link row becomes the row of the run that its trigger started.
    void becomeRun(Node *node, const Run &run);
    void applyRun(Node *node, const Run &run);
    /// Adds `delta` to the tallies of `node` and its ancestors, telling the views.
    void addBelow(Node *node, const Tally &delta);
    /// Forgets the nodes of the subtree (the lookups and the live count).
    void unregister(const Node &node);
    void registerTree(Node &node);
    void reindexFrom(Children &children, std::size_t first);
    [[nodiscard]] Children &childrenOf(Node *node) { return node ? node->children : m_top; }
    [[nodiscard]] const Children &childrenOf(const Node *node) const
    {
        return node ? node->children : m_top;
    }
    [[nodiscard]] QModelIndex indexOf(const Node *node, int column = 0) const;
    [[nodiscard]] Node *runNode(const RunTracker *tracker, RunId id) const;
    [[nodiscard]] static Node *nodeAt(const QModelIndex &index);
    /// Tells the views of every row, one range of siblings at a time.
    void allRowsChanged(const Node *parent, const QList<int> &roles);
    void updateTicking();

    [[nodiscard]] static Tally ownTally(const Node &node);
    [[nodiscard]] static Tally subtreeTally(const Node &node);
    [[nodiscard]] static ChainState chainState(const Tally &below);
    /// What the model keeps of the tracker; empty for one it does not show.
    [[nodiscard]] const Tracked &trackedOf(const RunTracker *tracker) const;
    [[nodiscard]] const ChainFollower::Link *linkOf(const Node &node) const;

    [[nodiscard]] QVariant runData(const Node &node, int column, int role) const;
    [[nodiscard]] QVariant linkData(const Node &node, int column, int role) const;
    [[nodiscard]] QVariant display(const Node &node, int column) const;
    [[nodiscard]] QVariant rawValue(const Node &node, int column) const;
    [[nodiscard]] QString statusText(const Node &node) const;
    [[nodiscard]] QString chainSummary(const Node &node) const;
    [[nodiscard]] QString taskToolTip(const Node &node) const;
    /// How a Triggered run came to be, in words.
    [[nodiscard]] QString triggeredText(const Node &node) const;
    struct Expectation
    {
        qint64 typicalMs = 0;
        qint64 elapsedMs = 0;
        QDateTime expectedEnd; ///< UTC
        [[nodiscard]] int percent() const;
        [[nodiscard]] bool overdue() const { return isOverdue(elapsedMs, typicalMs); }
    };
    /// What to expect of a live run; nothing for finished runs or tasks without a typical time.
    [[nodiscard]] std::optional<Expectation> expectation(const Node &node) const;
    [[nodiscard]] QVariant expectedFinishText(const Node &node) const;

    Children m_top;
    QHash<Key, Node *> m_runs; ///< (tracker, run id) → its row
    QHash<Key, Node *> m_links; ///< (tracker, link id) → its row
    QHash<const RunTracker *, Tracked> m_trackers;
    TypicalDuration m_typical;
    QTimer m_ticker;
    int m_liveRows = 0;
};
