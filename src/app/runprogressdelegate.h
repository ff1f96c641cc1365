#pragma once

#include <QStyledItemDelegate>

/// The runs view's delegate: draws the Duration of a live run whose task has a typical duration
/// as a progress bar (RunsModel::ProgressRole) carrying the duration as its text, other cells as
/// usual, and gives every row the height of a line of text with some air around it.
class RunProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~RunProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
