#include "runprogressdelegate.h"

#include "runsmodel.h"

#include <algorithm>
#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

RunProgressDelegate::~RunProgressDelegate() = default;

void RunProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const int percent =
        index.column() == RunsModel::Duration ? index.data(RunsModel::ProgressRole).toInt() : -1;
    if (percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // The cell's background (selection, alternating rows) first, the bar inside it.
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QStyleOptionProgressBar bar;
    bar.initFrom(item.widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.palette = option.palette;
    if (index.data(RunsModel::OverdueRole).toBool())
        bar.palette.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
}

QSize RunProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}
