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
    /// A field's value; a field of a list (`tags.name`) gives its values joined by ListSeparator,
    /// and a term holds when it holds for one of them.
    using FieldLookup = std::function<QString(const QString &lowerCaseField)>;
    static constexpr QChar ListSeparator {u'\x1f'};
    /// The value a term compares against, as the lookup gives it (`FinishedFail` → `8`); empty
    /// when it is no value of that field.
    using Canonical = std::function<QString(const QString &lowerCaseField, const QString &value)>;

    SimFilter();
    ~SimFilter();
    SimFilter(SimFilter &&) noexcept;
    SimFilter &operator=(SimFilter &&) noexcept;

    /// Parses \a text; fields must be in \a knownFields (lower case). Empty text matches all.
    [[nodiscard]] static std::optional<SimFilter> parse(const QString &text,
                                                        const QStringList &knownFields,
                                                        QString *error,
                                                        const Canonical &canonical = {});
    /// How gt/ge/lt/le order two values: dates as dates, numbers as numbers, else text.
    [[nodiscard]] static int compareValues(const QString &a, const QString &b);
    [[nodiscard]] bool matches(const FieldLookup &lookup) const;
    /// The values when the whole filter is `field eq A or field eq B or …` (lower-case field),
    /// so that a route can look them up instead of testing every object; else nullopt.
    [[nodiscard]] std::optional<QStringList> equalsAny(const QString &field) const;

private:
    struct Node;
    std::unique_ptr<Node> m_root;
    friend class FilterParser;
};

/// `orderby=field [asc|desc]`, as QRS sorts a list.
struct SimOrderBy
{
    QString field; ///< lower case; empty: in the order the repository keeps them
    bool descending = false;

    /// Parses \a text; the field must be in \a known (lower case). Empty text: no order.
    [[nodiscard]] static std::optional<SimOrderBy> parse(const QString &text,
                                                         const QStringList &known, QString *error);
};

} // namespace qrssim
