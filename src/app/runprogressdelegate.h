#pragma once

#include <QStyledItemDelegate>

/// Draws the Duration of a live run whose task has a typical duration as a progress bar
/// (RunsModel::ProgressRole) carrying the duration as its text; other cells as usual.
class RunProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~RunProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
