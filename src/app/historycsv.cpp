#include "historycsv.h"

#include "historymodel.h"

#include <algorithm>
#include <QAbstractItemModel>
#include <QDateTime>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

QString textField(QString text)
{
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(u'\'');
    static constexpr QStringView needQuotes = u",\"\r\n";
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return needQuotes.contains(c); })) {
        text.replace(u'"', u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QString field(const QModelIndex &index)
{
    const QVariant value = index.data(HistoryModel::ExportRole);
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime local = value.toDateTime().toLocalTime();
        return local.isValid() ? local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)
                               : QString();
    }
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return textField(index.data(Qt::DisplayRole).toString());
}

} // namespace

namespace HistoryCsv {

bool write(QIODevice &out, const QAbstractItemModel &model, QString *error)
{
    const int columns = model.columnCount();
    QStringList fields(columns);
    const auto writeLine = [&] {
        const QByteArray line = fields.join(u',').toUtf8() + "\r\n";
        if (out.write(line) == line.size())
            return true;
        *error = out.errorString();
        return false;
    };
    // A byte order mark first: Excel, opening the file with a double click, reads it as UTF-8
    // only then (task names like "Reload Sales – Nord" or "Ü" would come out garbled).
    if (const QByteArray bom = "\xef\xbb\xbf"; out.write(bom) != bom.size()) {
        *error = out.errorString();
        return false;
    }
    for (int column = 0; column < columns; ++column)
        fields[column] = textField(model.headerData(column, Qt::Horizontal).toString());
    if (!writeLine())
        return false;
    for (int row = 0, rows = model.rowCount(); row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            fields[column] = field(model.index(row, column));
        if (!writeLine())
            return false;
    }
    return true;
}

} // namespace HistoryCsv
