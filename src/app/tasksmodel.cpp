#include "tasksmodel.h"

#include "runstyle.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {
QString dateText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
}

bool hasRun(const ReloadTask &task)
{
    return task.lastStatus && task.lastStatus->code() != TaskStatus::NeverStarted;
}
} // namespace

TasksModel::TasksModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TasksModel::~TasksModel() = default;

void TasksModel::setTasks(QList<ReloadTask> tasks)
{
    // A fresh list from the server: a reset is right here (not a poll of the same rows).
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
}

int TasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReloadTask &task = m_tasks.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return role == Qt::ToolTipRole && !task.enabled
                ? tr("%1 (disabled: cannot be started)").arg(task.name)
                : task.name;
        case App:
            return task.appName;
        case Stream:
            if (!task.streamName.isEmpty() || role != Qt::DisplayRole)
                return task.streamName;
            return m_cloud ? tr("(personal)") : tr("(unpublished)");
        case Tags:
            return task.tags.join(u", "_s);
        case Enabled:
            return task.enabled ? tr("Yes") : tr("No");
        case LastStatus:
            return hasRun(task) ? task.lastStatus->displayName() : tr("Never run");
        case LastRun:
            return dateText(task.lastStopTime.isValid() ? task.lastStopTime : task.lastStartTime);
        case NextExecution:
            return task.nextExecution.isValid() ? dateText(task.nextExecution)
                                                : tr("Not scheduled");
        }
        return {};
    case Qt::DecorationRole:
        if (column == LastStatus && hasRun(task))
            return RunStyle::statusIcon(*task.lastStatus);
        return {};
    case Qt::ForegroundRole:
        if (!task.enabled)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case RawValueRole:
        switch (column) {
        case Enabled:
            return task.enabled;
        case LastStatus:
            return hasRun(task) ? task.lastStatus->code() : -1;
        case LastRun:
            return task.lastStopTime.isValid() ? task.lastStopTime : task.lastStartTime;
        case NextExecution:
            return task.nextExecution;
        default:
            return data(index, Qt::DisplayRole);
        }
    case TaskIdRole:
        return task.id;
    case SearchTextRole:
        return QStringList {task.name, task.appName, task.streamName, task.tags.join(u' '), task.id}
            .join(u'\n');
    default:
        return {};
    }
}

void TasksModel::setCloud(bool cloud)
{
    if (cloud == m_cloud)
        return;
    m_cloud = cloud;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return m_cloud ? tr("App") : tr("Task");
    case App:
        return tr("App");
    case Stream:
        return m_cloud ? tr("Space") : tr("Stream");
    case Tags:
        return tr("Tags");
    case Enabled:
        return tr("Enabled");
    case LastStatus:
        return tr("Last status");
    case LastRun:
        return tr("Last run");
    case NextExecution:
        return tr("Next execution");
    }
    return {};
}

Qt::ItemFlags TasksModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!m_tasks.at(index.row()).enabled)
        return Qt::NoItemFlags; // greyed out, not selectable, not startable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

TasksFilterProxy::TasksFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TasksModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TasksFilterProxy::~TasksFilterProxy() = default;

void TasksFilterProxy::setSearchText(const QString &text)
{
    QString cleaned = text.trimmed();
    // A pasted id may come with braces.
    if (cleaned.startsWith(u'{') && cleaned.endsWith(u'}'))
        cleaned = cleaned.mid(1, cleaned.size() - 2);
    const QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TasksFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(TasksModel::SearchTextRole)
                             .toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
