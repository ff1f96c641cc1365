#include "historymodel.h"

#include "runstyle.h"
#include "textformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString outcomeWord(RunOutcome outcome)
{
    const QString text = RunStyle::outcomeText(outcome);
    return text.isEmpty() ? text : QLocale().toUpper(text.left(1)) + text.mid(1);
}
} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

HistoryModel::~HistoryModel() = default;

void HistoryModel::setRecords(const QList<HistoryRecord> &records)
{
    beginResetModel();
    m_records = records; // shared, not copied: keys are unique in the history
    m_rowOf.clear();
    m_rowOf.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row) {
        m_rowOf.insert(m_records.at(row).key, row);
        if (m_rowOf.size() == row) { // the key was there
            removeDuplicates();
            break;
        }
    }
    m_searchTexts.clear();
    m_searchTexts.resize(m_records.size());
    endResetModel();
}

void HistoryModel::removeDuplicates()
{
    QList<HistoryRecord> unique;
    unique.reserve(m_records.size());
    m_rowOf.clear();
    for (const HistoryRecord &record : std::as_const(m_records)) {
        const auto it = m_rowOf.constFind(record.key);
        if (it != m_rowOf.cend()) {
            unique[*it] = record;
            continue;
        }
        m_rowOf.insert(record.key, int(unique.size()));
        unique.append(record);
    }
    m_records = std::move(unique);
}

void HistoryModel::add(const HistoryRecord &record)
{
    const int existing = rowOf(record.key);
    if (existing >= 0) {
        m_records[existing] = record;
        m_searchTexts[existing].clear();
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    m_searchTexts.append(QString());
    m_rowOf.insert(record.key, row);
    endInsertRows();
}

void HistoryModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    m_rowOf.clear();
    m_searchTexts.clear();
    endResetModel();
}

const HistoryRecord &HistoryModel::record(int row) const
{
    Q_ASSERT(row >= 0 && row < m_records.size());
    return m_records.at(row);
}

const QString &HistoryModel::searchText(int row) const
{
    QString &text = m_searchTexts[row];
    if (text.isEmpty()) {
        const HistoryRecord &r = m_records.at(row);
        QString &outcome = m_outcomeWords.at(std::size_t(r.outcome));
        if (outcome.isEmpty())
            outcome = RunStyle::outcomeText(r.outcome);
        QString joined = r.taskName + u'\n' + r.appName + u'\n' + r.profileName + u'\n' +
            r.message + u'\n' + r.statusName + u'\n' + outcome + u'\n' + r.taskId;
        text = std::move(joined).toCaseFolded();
    }
    return text;
}

bool HistoryModel::lessThan(int left, int right, int column) const
{
    const HistoryRecord &l = m_records.at(left);
    const HistoryRecord &r = m_records.at(right);
    switch (column) {
    case Finished:
        return l.finishedAt < r.finishedAt;
    case Task:
        return l.taskName.compare(r.taskName, Qt::CaseInsensitive) < 0;
    case App:
        return l.appName.compare(r.appName, Qt::CaseInsensitive) < 0;
    case Profile:
        return l.profileName.compare(r.profileName, Qt::CaseInsensitive) < 0;
    case Outcome:
        return int(l.outcome) < int(r.outcome);
    case Duration:
        return l.durationMs < r.durationMs;
    case Message:
        return l.message.compare(r.message, Qt::CaseInsensitive) < 0;
    default:
        return false;
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRecord &record = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(record, column);
    case Qt::ToolTipRole:
        return toolTip(record, column);
    case Qt::DecorationRole:
        return column == Outcome ? QVariant(RunStyle::outcomeIcon(record.outcome)) : QVariant();
    case Qt::ForegroundRole:
        return column == Outcome ? QVariant(RunStyle::colour(record.outcome)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        return rawValue(record, column);
    case KeyRole:
        return record.key;
    case OutcomeRole:
        return int(record.outcome);
    case ExportRole:
        if (column == Finished)
            return record.finishedAt;
        if (column == Duration)
            return double(record.durationMs) / 1000.0;
        return {};
    case SearchTextRole:
        return searchText(index.row());
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Finished:
        return tr("Finished");
    case Task:
        return tr("Task");
    case App:
        return tr("App");
    case Profile:
        return tr("Profile");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

QVariant HistoryModel::display(const HistoryRecord &record, int column) const
{
    switch (column) {
    case Finished:
        return RunStyle::shortMoment(record.finishedAt);
    case Outcome:
        return outcomeWord(record.outcome);
    case Duration:
        return TextFormat::duration(record.durationMs);
    default: // text as it is
        return rawValue(record, column);
    }
}

QVariant HistoryModel::toolTip(const HistoryRecord &record, int column) const
{
    const auto when = [](const QDateTime &time) {
        return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
    };
    switch (column) {
    case Finished:
    case Duration: {
        QStringList lines;
        lines << tr("Requested: %1").arg(when(record.requestedAt));
        if (record.startedAt.isValid())
            lines << tr("Started: %1").arg(when(record.startedAt));
        lines << tr("Finished: %1").arg(when(record.finishedAt));
        return lines.join(u'\n');
    }
    case Task:
        return record.taskId.isEmpty() ? record.taskName
                                       : tr("%1\nTask id: %2").arg(record.taskName, record.taskId);
    case Outcome:
        return record.statusName.isEmpty()
            ? outcomeWord(record.outcome)
            : tr("%1 (the server said %2)").arg(outcomeWord(record.outcome), record.statusName);
    case App:
    case Profile:
    case Message:
        return display(record, column);
    default:
        return {};
    }
}

QVariant HistoryModel::rawValue(const HistoryRecord &record, int column)
{
    switch (column) {
    case Finished:
        return record.finishedAt;
    case Task:
        return record.taskName;
    case App:
        return record.appName;
    case Profile:
        return record.profileName;
    case Outcome:
        return int(record.outcome);
    case Duration:
        return record.durationMs;
    case Message:
        return record.message;
    default:
        return {};
    }
}
