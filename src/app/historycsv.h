#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

/// The history as a CSV file (RFC 4180, UTF-8 with a byte order mark, CRLF) for a spreadsheet.
namespace HistoryCsv {
/// Writes the rows of `model` as they are (filtered and sorted by a proxy), its column titles
/// first. Times are ISO 8601 with their offset, durations seconds (HistoryModel::ExportRole);
/// other cells their display text, with a `'` before a leading `=`, `+`, `-`, `@`, tab or CR so
/// that no spreadsheet takes them for a formula. False, with `*error`, when writing failed.
[[nodiscard]] bool write(QIODevice &out, const QAbstractItemModel &model, QString *error);
} // namespace HistoryCsv
