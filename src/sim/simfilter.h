#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <QString>
#include <QStringList>

namespace qrssim {

/// A parsed QRS `filter` expression: `field op value` terms (ops eq ne sw ew so, case-insensitive
/// for strings; gt ge lt le order dates, numbers, then text) joined by `and` / `or` (and binds
/// tighter), with optional parentheses.
/// String values are single-quoted with '' for a quote; bare values (guids, true) are allowed.
class SimFilter final
{
public:
    using FieldLookup = std::function<QString(const QString &lowerCaseField)>;

    SimFilter();
    ~SimFilter();
    SimFilter(SimFilter &&) noexcept;
    SimFilter &operator=(SimFilter &&) noexcept;

    /// Parses \a text; fields must be in \a knownFields (lower case). Empty text matches all.
    [[nodiscard]] static std::optional<SimFilter>
    parse(const QString &text, const QStringList &knownFields, QString *error);
    [[nodiscard]] bool matches(const FieldLookup &lookup) const;
    /// The values when the whole filter is `field eq A or field eq B or …` (lower-case field),
    /// so that a route can look them up instead of testing every object; else nullopt.
    [[nodiscard]] std::optional<QStringList> equalsAny(const QString &field) const;

private:
    struct Node;
    std::unique_ptr<Node> m_root;
    friend class FilterParser;
};

} // namespace qrssim
