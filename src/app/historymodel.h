#pragma once

#include "historyrecord.h"

#include <array>
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The run history as a table: set once from the stored records at start-up, then one row
/// added at the end per finished run (a key already shown replaces its row).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { Finished, Task, App, Profile, Outcome, Duration, Message, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, ///< a value to sort by: QDateTime, QString, int, qint64
        KeyRole, ///< the record's key, in every column
        OutcomeRole, ///< int(RunOutcome), in every column
        /// A value to export: QDateTime for Finished, seconds (double) for Duration; none
        /// (take the display text) elsewhere.
        ExportRole,
        SearchTextRole, ///< searchText() of the row, in every column
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    /// Shows these records instead (a reset); a key seen again replaces the earlier record.
    void setRecords(const QList<HistoryRecord> &records);
    /// Adds a row at the end, or replaces the row of the same key.
    void add(const HistoryRecord &record);
    void clear();

    /// The record of `row`, which must be a row of the model.
    [[nodiscard]] const HistoryRecord &record(int row) const;
    /// -1 when no row has that key.
    [[nodiscard]] int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    /// Task name, app, profile, message, status, outcome and task id of the row, case-folded,
    /// one per line: what a search looks in. Made when first asked for.
    [[nodiscard]] const QString &searchText(int row) const;
    /// Whether `left` comes before `right` in `column`, by the raw values.
    [[nodiscard]] bool lessThan(int left, int right, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// Keeps the last record of each key, in the place of the first.
    void removeDuplicates();
    [[nodiscard]] QVariant display(const HistoryRecord &record, int column) const;
    [[nodiscard]] QVariant toolTip(const HistoryRecord &record, int column) const;
    [[nodiscard]] static QVariant rawValue(const HistoryRecord &record, int column);

    QList<HistoryRecord> m_records;
    QHash<QString, int> m_rowOf;
    mutable QList<QString> m_searchTexts; ///< per row; empty until asked for
    mutable std::array<QString, 7> m_outcomeWords; ///< RunStyle::outcomeText() by RunOutcome
};
