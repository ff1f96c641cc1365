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

bool hasFailed(const Run &run)
{
    switch (run.outcome()) {
    case RunOutcome::Failed:
    case RunOutcome::Aborted:
    case RunOutcome::NotSubmitted:
    case RunOutcome::Lost:
        return true;
    case RunOutcome::InProgress:
    case RunOutcome::Succeeded:
    case RunOutcome::Skipped:
        return false;
    }
    return false;
}
} // namespace

RunsModel::Tally &RunsModel::Tally::operator+=(const Tally &other)
{
    runs += other.runs;
    live += other.live;
    failed += other.failed;
    waiting += other.waiting;
    willNotStart += other.willNotStart;
    return *this;
}

RunsModel::Tally &RunsModel::Tally::operator-=(const Tally &other)
{
    runs -= other.runs;
    live -= other.live;
    failed -= other.failed;
    waiting -= other.waiting;
    willNotStart -= other.willNotStart;
    return *this;
}

RunsModel::Tally RunsModel::Tally::operator-(const Tally &other) const
{
    Tally difference = *this;
    difference -= other;
    return difference;
}

RunsModel::RunsModel(QObject *parent)
    : QAbstractItemModel(parent)
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
    // The durations' cells and the expected finish (once at start-up).
    allRowsChanged(nullptr,
                   {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, RawValueRole,
                    ProgressRole, OverdueRole});
}

void RunsModel::allRowsChanged(const Node *parent, const QList<int> &roles)
{
    const Children &children = childrenOf(parent);
    if (children.empty())
        return;
    Q_EMIT dataChanged(indexOf(children.front().get()),
                       indexOf(children.back().get(), ColumnCount - 1), roles);
    for (const auto &child : children)
        allRowsChanged(child.get(), roles);
}

int RunsModel::Expectation::percent() const
{
    return int(std::clamp<qint64>(elapsedMs * 100 / std::max<qint64>(typicalMs, 1), 0, 99));
}

bool RunsModel::isOverdue(qint64 elapsedMs, qint64 typicalMs)
{
    return elapsedMs > typicalMs * OverdueFactor && elapsedMs > typicalMs + OverdueMarginMs;
}

std::optional<RunsModel::Expectation> RunsModel::expectation(const Node &node) const
{
    const Run &run = node.run;
    if (node.isLink() || run.isFinished() || !m_typical || run.task.id.isEmpty())
        return std::nullopt;
    const auto typical = m_typical(node.profile, run.task.id);
    if (!typical)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Expectation {*typical, run.elapsedMs(now), startedAt(run).addMSecs(*typical)};
}

QVariant RunsModel::expectedFinishText(const Node &node) const
{
    const auto expected = expectation(node);
    if (!expected)
        return {};
    if (expected->overdue())
        //: %1: how long the task usually takes
        return tr("Overdue: usually %1").arg(TextFormat::duration(expected->typicalMs));
    //: the expected time of a run's end
    return tr("about %1").arg(RunStyle::shortMoment(expected->expectedEnd));
}

void RunsModel::addTracker(RunTracker *tracker, const QString &profileName, ChainFollower *chains)
{
    if (m_trackers.contains(tracker))
        return;
    Tracked &tracked = m_trackers[tracker];
    tracked.profile = profileName;
    tracked.chains = chains;
    QList<QMetaObject::Connection> &connections = tracked.connections;
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
    if (chains) {
        connections << connect(chains, &ChainFollower::linkAdded, this,
                               [this, tracker](ChainFollower::LinkId id) { addLink(tracker, id); });
        connections << connect(
            chains, &ChainFollower::linkChanged, this,
            [this, tracker](ChainFollower::LinkId id) { updateLink(tracker, id); });
    }

    Children subtrees = buildTree(tracker);
    if (subtrees.empty())
        return;
    const int first = int(m_top.size());
    beginInsertRows({}, first, first + int(subtrees.size()) - 1);
    for (auto &subtree : subtrees) {
        subtree->row = int(m_top.size());
        registerTree(*subtree);
        m_top.push_back(std::move(subtree));
    }
    endInsertRows();
    updateTicking();
}

RunsModel::Children RunsModel::buildTree(RunTracker *tracker)
{
    QHash<RunId, Node *> built;
    Children all;
    for (const RunId id : tracker->runIds()) {
        all.push_back(makeRunNode(tracker, *tracker->run(id)));
        built.insert(id, all.back().get());
    }
    Children top;
    for (auto &node : all) {
        Node *parent = built.value(node->run.parent);
        Children &siblings = parent ? parent->children : top;
        node->parent = parent;
        node->row = int(siblings.size());
        siblings.push_back(std::move(node));
    }
    if (const ChainFollower *chains = trackedOf(tracker).chains) {
        for (auto it = built.cbegin(); it != built.cend(); ++it) {
            for (const ChainFollower::LinkId id : chains->linksFrom(it.key())) {
                const ChainFollower::Link *link = chains->link(id);
                if (!link || link->state == ChainFollower::Link::State::Started)
                    continue;
                auto node = makeLinkNode(tracker, *link);
                node->parent = *it;
                node->row = int((*it)->children.size());
                (*it)->children.push_back(std::move(node));
            }
        }
    }
    for (auto &node : top)
        sumBelow(*node);
    return top;
}

void RunsModel::sumBelow(Node &node)
{
    for (auto &child : node.children) {
        sumBelow(*child);
        node.below += subtreeTally(*child);
    }
}

void RunsModel::registerTree(Node &node)
{
    if (node.isLink()) {
        m_links.insert({node.tracker, node.link}, &node);
    } else {
        m_runs.insert({node.tracker, node.run.id}, &node);
        if (!node.run.isFinished())
            ++m_liveRows;
    }
    for (auto &child : node.children)
        registerTree(*child);
}

void RunsModel::unregister(const Node &node)
{
    if (node.isLink()) {
        m_links.remove({node.tracker, node.link});
    } else {
        m_runs.remove({node.tracker, node.run.id});
        if (!node.run.isFinished())
            --m_liveRows;
    }
    for (const auto &child : node.children)
        unregister(*child);
}

void RunsModel::removeTracker(RunTracker *tracker)
{
    const Tracked tracked = m_trackers.take(tracker);
    for (const auto &connection : tracked.connections)
        disconnect(connection);
    // Runs only descend from runs of their own tracker: its rows are whole top-level subtrees.
    // Removed from the end, one contiguous block at a time.
    int last = int(m_top.size()) - 1;
    while (last >= 0) {
        if (m_top.at(last)->tracker != tracker) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && m_top.at(first - 1)->tracker == tracker)
            --first;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            unregister(*m_top.at(row));
        m_top.erase(m_top.begin() + first, m_top.begin() + last + 1);
        reindexFrom(m_top, first);
        endRemoveRows();
        last = first - 1;
    }
    updateTicking();
}

RunsModel::Node *RunsModel::nodeAt(const QModelIndex &index)
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

RunsModel::Node *RunsModel::runNode(const RunTracker *tracker, RunId id) const
{
    return m_runs.value({tracker, id});
}

RunsModel::RunKey RunsModel::keyAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node || node->isLink())
        return {};
    return {node->tracker, node->run.id};
}

const Run *RunsModel::runAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node && !node->isLink() ? &node->run : nullptr;
}

QString RunsModel::profileAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->profile : QString();
}

QModelIndex RunsModel::indexOf(const RunTracker *tracker, RunId id, int column) const
{
    const Node *node = runNode(tracker, id);
    return node ? indexOf(node, column) : QModelIndex();
}

QModelIndex RunsModel::indexOf(const Node *node, int column) const
{
    return node ? createIndex(node->row, column, node) : QModelIndex();
}

QModelIndex RunsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0)
        return {};
    const Children &children = childrenOf(nodeAt(parent));
    if (std::size_t(row) >= children.size())
        return {};
    return indexOf(children.at(row).get(), column);
}

QModelIndex RunsModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(nodeAt(parent)).size());
}

int RunsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    return node.isLink() ? linkData(node, index.column(), role)
                         : runData(node, index.column(), role);
}

QVariant RunsModel::runData(const Node &node, int column, int role) const
{
    const Run &run = node.run;
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case Qt::ToolTipRole:
        if (column == Task)
            return taskToolTip(node);
        if (column == LastMessage)
            return display(node, column);
        if (column == Status)
            return chainSummary(node);
        if (column == ExpectedFinish || column == Duration) {
            if (const auto expected = expectation(node))
                return tr("Usually takes %1 (the median of its last successful runs); running "
                          "for %2.")
                    .arg(TextFormat::duration(expected->typicalMs),
                         TextFormat::duration(expected->elapsedMs));
        }
        if (column == Started)
            return QLocale().toString(startedAt(run).toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (column == Status)
            return RunStyle::icon(run);
        if (column == Task && run.origin == RunOrigin::SeenOnServer)
            return RunStyle::seenOnServerIcon();
        if (column == ExpectedFinish) {
            const auto expected = expectation(node);
            if (expected && expected->overdue())
                return RunStyle::outcomeIcon(RunOutcome::Lost);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status)
            return RunStyle::colour(run.outcome());
        return {};
    case RawValueRole:
        return rawValue(node, column);
    case OutcomeRole:
        return int(run.outcome());
    case RunIdRole:
        return QVariant::fromValue(run.id);
    case ProgressRole: {
        const auto expected = expectation(node);
        return expected ? expected->percent() : -1;
    }
    case OverdueRole: {
        const auto expected = expectation(node);
        return expected && expected->overdue();
    }
    case ChainStateRole:
        return int(chainState(node.below));
    default:
        return {};
    }
}

QVariant RunsModel::linkData(const Node &node, int column, int role) const
{
    using State = ChainFollower::Link::State;
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case Qt::ToolTipRole:
        if (column == Task)
            return taskToolTip(node);
        if (column == Status || column == LastMessage)
            return display(node, LastMessage);
        return {};
    case Qt::DecorationRole:
        if (column == Status)
            return RunStyle::linkIcon(node.linkState);
        return {};
    case Qt::ForegroundRole:
        if (column == Status)
            return RunStyle::linkColour(node.linkState);
        return {};
    case RawValueRole:
        return rawValue(node, column);
    case OutcomeRole:
        return int(node.linkState == State::WillNotStart ? RunOutcome::Skipped
                                                         : RunOutcome::InProgress);
    case RunIdRole:
        return QVariant::fromValue(RunId(0));
    case ProgressRole:
        return -1;
    case OverdueRole:
        return false;
    case ChainStateRole:
        return int(ChainState::None);
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

std::unique_ptr<RunsModel::Node> RunsModel::makeRunNode(RunTracker *tracker, const Run &run) const
{
    auto node = std::make_unique<Node>();
    node->tracker = tracker;
    node->profile = trackedOf(tracker).profile;
    node->run = run;
    return node;
}

std::unique_ptr<RunsModel::Node> RunsModel::makeLinkNode(RunTracker *tracker,
                                                         const ChainFollower::Link &link) const
{
    auto node = std::make_unique<Node>();
    node->tracker = tracker;
    node->profile = trackedOf(tracker).profile;
    node->link = link.id;
    node->linkState = link.state;
    return node;
}

void RunsModel::insertRun(RunTracker *tracker, RunId id)
{
    const Run *run = tracker->run(id);
    if (!run || runNode(tracker, id))
        return;
    // The run a waiting link's trigger started takes the link's row.
    if (const ChainFollower *chains = trackedOf(tracker).chains) {
        if (Node *link = m_links.value({tracker, chains->linkOfRun(id)})) {
            becomeRun(link, *run);
            updateTicking();
            return;
        }
    }
    appendNode(runNode(tracker, run->parent), makeRunNode(tracker, *run));
    updateTicking();
}

void RunsModel::updateRun(RunTracker *tracker, RunId id)
{
    Node *node = runNode(tracker, id);
    const Run *run = tracker->run(id);
    if (!node || !run)
        return;
    // A run seen on the server turns out to be a trigger's: it moves under its upstream run.
    if (run->parent != node->run.parent) {
        Node *parent = runNode(tracker, run->parent);
        bool isDescendant = false;
        for (const Node *above = parent; above && !isDescendant; above = above->parent)
            isDescendant = above == node;
        if (!isDescendant)
            moveNode(node, parent);
    }
    applyRun(node, *run);
    updateTicking();
}

void RunsModel::removeRun(RunTracker *tracker, RunId id)
{
    Node *node = runNode(tracker, id);
    if (!node)
        return;
    // Its link rows go with it; the runs below it move up to its level.
    Children &children = node->children;
    for (auto i = std::ptrdiff_t(children.size()) - 1; i >= 0; --i) {
        if (children.at(i)->isLink())
            removeNode(children.at(i).get());
    }
    if (!children.empty()) {
        Children &siblings = childrenOf(node->parent);
        const int count = int(children.size());
        const int to = node->row + 1;
        beginMoveRows(indexOf(node), 0, count - 1, indexOf(node->parent), to);
        siblings.insert(siblings.begin() + to, std::make_move_iterator(children.begin()),
                        std::make_move_iterator(children.end()));
        children.clear();
        for (int row = to; row < to + count; ++row)
            siblings.at(row)->parent = node->parent;
        reindexFrom(siblings, to);
        // What moved stays below the same ancestors: only the node's own tally changes.
        node->below = {};
        endMoveRows();
    }
    removeNode(node);
    updateTicking();
}

void RunsModel::addLink(RunTracker *tracker, ChainFollower::LinkId id)
{
    const ChainFollower *chains = trackedOf(tracker).chains;
    const ChainFollower::Link *link = chains ? chains->link(id) : nullptr;
    if (!link || link->state == ChainFollower::Link::State::Started ||
        m_links.contains({tracker, id}))
        return;
    if (Node *upstream = runNode(tracker, link->upstream))
        appendNode(upstream, makeLinkNode(tracker, *link));
}

void RunsModel::updateLink(RunTracker *tracker, ChainFollower::LinkId id)
{
    const ChainFollower *chains = trackedOf(tracker).chains;
    const ChainFollower::Link *link = chains ? chains->link(id) : nullptr;
    if (!link)
        return;
    Node *node = m_links.value({tracker, id});
    if (link->state != ChainFollower::Link::State::Started) {
        if (!node)
            return addLink(tracker, id);
        const Tally before = ownTally(*node);
        node->linkState = link->state;
        addBelow(node->parent, ownTally(*node) - before);
        Q_EMIT dataChanged(indexOf(node), indexOf(node, LastMessage), allChangedRoles());
        return;
    }
    // Started: the run's row replaces the link's, whichever came first.
    if (Node *run = runNode(tracker, link->run)) {
        if (node)
            removeNode(node);
        // Only now may the run's trigger be known.
        const QModelIndex task = indexOf(run, Task);
        Q_EMIT dataChanged(task, task, {Qt::ToolTipRole});
    } else if (node) {
        if (const Run *started = tracker->run(link->run))
            becomeRun(node, *started);
        else
            removeNode(node);
    }
    updateTicking();
}

void RunsModel::appendNode(Node *parent, std::unique_ptr<Node> node)
{
    Children &siblings = childrenOf(parent);
    const int row = int(siblings.size());
    beginInsertRows(indexOf(parent), row, row);
    node->parent = parent;
    node->row = row;
    registerTree(*node);
    const Tally added = subtreeTally(*node);
    siblings.push_back(std::move(node));
    endInsertRows();
    addBelow(parent, added);
}

void RunsModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const Tally removed = subtreeTally(*node);
    Children &siblings = childrenOf(parent);
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    unregister(*node);
    siblings.erase(siblings.begin() + row);
    reindexFrom(siblings, row);
    endRemoveRows();
    addBelow(parent, Tally {} - removed);
}

void RunsModel::moveNode(Node *node, Node *parent)
{
    if (node->parent == parent)
        return;
    const Tally moved = subtreeTally(*node);
    Node *from = node->parent;
    Children &source = childrenOf(from);
    Children &target = childrenOf(parent);
    const int row = node->row;
    const int to = int(target.size());
    beginMoveRows(indexOf(from), row, row, indexOf(parent), to);
    std::unique_ptr<Node> taken = std::move(source.at(row));
    source.erase(source.begin() + row);
    reindexFrom(source, row);
    taken->parent = parent;
    taken->row = to;
    target.push_back(std::move(taken));
    endMoveRows();
    addBelow(from, Tally {} - moved);
    addBelow(parent, moved);
}

void RunsModel::becomeRun(Node *node, const Run &run)
{
    const Tally before = ownTally(*node);
    m_links.remove({node->tracker, node->link});
    node->link = 0;
    node->run = run;
    m_runs.insert({node->tracker, run.id}, node);
    if (!run.isFinished())
        ++m_liveRows;
    addBelow(node->parent, ownTally(*node) - before);
    QList<int> roles = allChangedRoles();
    roles << RunIdRole << ProgressRole << OverdueRole;
    Q_EMIT dataChanged(indexOf(node), indexOf(node, ColumnCount - 1), roles);
}

void RunsModel::applyRun(Node *node, const Run &run)
{
    const Run &old = node->run;
    int first = ColumnCount;
    int last = -1;
    const auto touch = [&](int column) {
        first = qMin(first, column);
        last = qMax(last, column);
    };
    if (old.task.name != run.task.name || old.requested != run.requested ||
        old.origin != run.origin)
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

    const Tally before = ownTally(*node);
    const bool wasLive = !old.isFinished();
    const bool isLive = !run.isFinished();
    node->run = run;
    m_liveRows += int(isLive) - int(wasLive);
    if (last >= 0)
        Q_EMIT dataChanged(indexOf(node, first), indexOf(node, last), allChangedRoles());
    addBelow(node->parent, ownTally(*node) - before);
}

void RunsModel::addBelow(Node *node, const Tally &delta)
{
    if (delta.isEmpty())
        return;
    for (; node; node = node->parent) {
        node->below += delta;
        Q_EMIT dataChanged(indexOf(node), indexOf(node, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, ChainStateRole});
    }
}

void RunsModel::reindexFrom(Children &children, std::size_t first)
{
    for (std::size_t row = first; row < children.size(); ++row)
        children.at(row)->row = int(row);
}

void RunsModel::updateTicking()
{
    if (m_liveRows > 0 && !m_ticker.isActive())
        m_ticker.start();
    else if (m_liveRows <= 0 && m_ticker.isActive())
        m_ticker.stop();
}

RunsModel::Tally RunsModel::ownTally(const Node &node)
{
    Tally tally;
    if (node.isLink()) {
        tally.waiting = node.linkState == ChainFollower::Link::State::Waiting;
        tally.willNotStart = node.linkState == ChainFollower::Link::State::WillNotStart;
        return tally;
    }
    tally.runs = 1;
    tally.live = !node.run.isFinished();
    tally.failed = hasFailed(node.run);
    return tally;
}

RunsModel::Tally RunsModel::subtreeTally(const Node &node)
{
    Tally tally = ownTally(node);
    tally += node.below;
    return tally;
}

RunsModel::ChainState RunsModel::chainState(const Tally &below)
{
    if (below.isEmpty())
        return ChainState::None;
    if (below.failed > 0 || below.willNotStart > 0)
        return ChainState::Failed;
    if (below.live > 0 || below.waiting > 0)
        return ChainState::Running;
    return ChainState::Succeeded;
}

const RunsModel::Tracked &RunsModel::trackedOf(const RunTracker *tracker) const
{
    static const Tracked none;
    const auto it = m_trackers.constFind(tracker);
    return it == m_trackers.cend() ? none : *it;
}

const ChainFollower::Link *RunsModel::linkOf(const Node &node) const
{
    const ChainFollower *chains = trackedOf(node.tracker).chains;
    if (!chains)
        return nullptr;
    return chains->link(node.isLink() ? node.link : chains->linkOfRun(node.run.id));
}

QString RunsModel::statusText(const Node &node) const
{
    const QString own = RunStyle::statusText(node.run);
    const ChainState chain = chainState(node.below);
    // A run that failed says so first and alone; that what its failure started ended (an alert
    // that ran) adds nothing but confusion.
    if (hasFailed(node.run) && chain != ChainState::Running)
        return own;
    switch (chain) {
    case ChainState::None:
        return own;
    case ChainState::Running:
        //: %1: the run's own status; the runs its end started still run
        return tr("%1 · chain running").arg(own);
    case ChainState::Succeeded:
        //: %1: the run's own status; everything its end started succeeded
        return tr("%1 · chain succeeded").arg(own);
    case ChainState::Failed:
        //: %1: the run's own status; something its end started failed or will not start
        return tr("%1 · chain failed").arg(own);
    }
    return own;
}

QString RunsModel::chainSummary(const Node &node) const
{
    if (node.below.isEmpty())
        return {};
    const Tally chain = subtreeTally(node);
    QString text = tr("Chain: %n run(s)", nullptr, chain.runs);
    if (chain.failed > 0)
        text += tr(", %n failed", nullptr, chain.failed);
    if (chain.live > 0)
        text += tr(", %n running", nullptr, chain.live);
    if (chain.willNotStart > 0)
        text += tr("; %n trigger(s) will not start", nullptr, chain.willNotStart);
    if (chain.waiting > 0)
        text += tr("; %n trigger(s) waiting", nullptr, chain.waiting);
    return text;
}

QString RunsModel::taskToolTip(const Node &node) const
{
    const QString name = display(node, Task).toString();
    if (node.isLink()) {
        const ChainFollower::Link *link = linkOf(node);
        const Run *upstream = link ? node.tracker->run(link->upstream) : nullptr;
        if (!link || !upstream)
            return name;
        //: %1: a task; %2: its trigger; %3: the task whose end met the trigger
        return tr("%1\nTrigger “%2” on the end of “%3”")
            .arg(name, link->trigger.name, upstream->displayName());
    }
    switch (node.run.origin) {
    case RunOrigin::SeenOnServer:
        return name + u'\n' +
            tr("Seen on the server: started by a schedule, a trigger or somebody else");
    case RunOrigin::Triggered:
        return name + u'\n' + triggeredText(node);
    case RunOrigin::Started:
    case RunOrigin::Followed:
        break;
    }
    return name;
}

QString RunsModel::triggeredText(const Node &node) const
{
    const ChainFollower::Link *link = linkOf(node);
    const Run *upstream = node.tracker->run(node.run.parent);
    if (!upstream)
        return tr("Started by a trigger on the end of another task");
    if (!link || link->trigger.name.isEmpty())
        return tr("Started by a trigger when “%1” ended").arg(upstream->displayName());
    return tr("Started by trigger “%1” when “%2” ended")
        .arg(link->trigger.name, upstream->displayName());
}

QVariant RunsModel::display(const Node &node, int column) const
{
    if (node.isLink()) {
        const ChainFollower::Link *link = linkOf(node);
        switch (column) {
        case Task:
            return link ? link->trigger.target.name : QString();
        case App:
            return link ? link->trigger.target.appName : QString();
        case Profile:
            return node.profile;
        case Status:
            return RunStyle::linkText(node.linkState);
        case LastMessage:
            return link ? link->why.simplified() : QString();
        default:
            return {};
        }
    }
    const Run &run = node.run;
    switch (column) {
    case Task:
        return run.displayName();
    case App:
        return run.task.appName;
    case Profile:
        return node.profile;
    case Status:
        return statusText(node);
    case Started:
        return RunStyle::shortMoment(startedAt(run));
    case Duration:
        return TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc()));
    case LastMessage:
        return run.lastMessage().simplified();
    case ExpectedFinish:
        return expectedFinishText(node);
    default:
        return {};
    }
}

QVariant RunsModel::rawValue(const Node &node, int column) const
{
    if (node.isLink()) {
        switch (column) {
        case Status:
            // After every run's status.
            return int(RunOutcome::Lost) * 1000 + 999;
        case Started:
        case ExpectedFinish:
            return QDateTime();
        case Duration:
            return qint64(0);
        default:
            return display(node, column);
        }
    }
    const Run &run = node.run;
    switch (column) {
    case Task:
        return run.displayName();
    case App:
        return run.task.appName;
    case Profile:
        return node.profile;
    case Status:
        return int(run.outcome()) * 1000 + run.status().value_or(TaskStatus()).code();
    case Started:
        return startedAt(run);
    case Duration:
        return run.elapsedMs(QDateTime::currentDateTimeUtc());
    case LastMessage:
        return run.lastMessage();
    case ExpectedFinish:
        if (const auto expected = expectation(node))
            return expected->expectedEnd;
        return QDateTime();
    default:
        return {};
    }
}
