#include "simfilter.h"

#include <algorithm>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <vector>

using namespace Qt::StringLiterals;

namespace qrssim {

struct SimFilter::Node
{
    enum class Kind { And, Or, Compare, AnyOf };
    Kind kind = Kind::Compare;
    std::vector<std::unique_ptr<Node>> operands; // And, Or
    QString field; // lower case
    QString op; // lower case
    QString value; // a guid without its braces
    QSet<QString> foldedValues; // AnyOf: `field eq A or field eq B …`, case-folded

    [[nodiscard]] bool evaluate(const FieldLookup &lookup) const
    {
        switch (kind) {
        case Kind::And:
            return std::all_of(operands.cbegin(), operands.cend(),
                               [&](const auto &operand) { return operand->evaluate(lookup); });
        case Kind::Or:
            return std::any_of(operands.cbegin(), operands.cend(),
                               [&](const auto &operand) { return operand->evaluate(lookup); });
        case Kind::AnyOf:
        case Kind::Compare:
            break;
        }
        const QString looked = lookup(field);
        if (!looked.contains(SimFilter::ListSeparator))
            return holdsFor(normalise(looked));
        const QStringList values = looked.split(SimFilter::ListSeparator);
        return std::any_of(values.cbegin(), values.cend(),
                           [this](const QString &one) { return holdsFor(normalise(one)); });
    }

    /// A Compare or AnyOf term on one value of its field.
    [[nodiscard]] bool holdsFor(const QString &actual) const
    {
        if (kind == Kind::AnyOf)
            return foldedValues.contains(actual.toCaseFolded());
        constexpr auto cs = Qt::CaseInsensitive;
        if (op == "eq"_L1)
            return actual.compare(value, cs) == 0;
        if (op == "ne"_L1)
            return actual.compare(value, cs) != 0;
        if (op == "sw"_L1)
            return actual.startsWith(value, cs);
        if (op == "ew"_L1)
            return actual.endsWith(value, cs);
        if (op == "so"_L1)
            return actual.contains(value, cs);
        return ordered(actual);
    }

    [[nodiscard]] bool isEquality(const QString &onField) const
    {
        return (kind == Kind::Compare && op == "eq"_L1 && field == onField) ||
            (kind == Kind::AnyOf && field == onField);
    }

    /// gt ge lt le: dates as dates (QRS's ISO form, with or without milliseconds and zone),
    /// numbers as numbers, anything else as text.
    [[nodiscard]] bool ordered(const QString &actual) const
    {
        const int order = compareValues(actual, value);
        if (op == "gt"_L1)
            return order > 0;
        if (op == "ge"_L1)
            return order >= 0;
        if (op == "lt"_L1)
            return order < 0;
        return order <= 0; // le
    }

    static int compareValues(const QString &a, const QString &b)
    {
        // QRS's own form, YYYY-MM-DDTHH:MM:SS.mmmZ, orders as text: no parsing per object.
        if (isCanonicalDate(a) && isCanonicalDate(b))
            return a.compare(b);
        const QDateTime dateA = parseDate(a);
        const QDateTime dateB = parseDate(b);
        if (dateA.isValid() && dateB.isValid())
            return dateA < dateB ? -1 : dateA > dateB ? 1 : 0;
        bool numberA = false;
        bool numberB = false;
        const double x = a.toDouble(&numberA);
        const double y = b.toDouble(&numberB);
        if (numberA && numberB)
            return x < y ? -1 : x > y ? 1 : 0;
        return a.compare(b, Qt::CaseInsensitive);
    }

    static bool isCanonicalDate(const QString &text)
    {
        return text.size() == 24 && text.at(4) == u'-' && text.at(10) == u'T' &&
            text.at(19) == u'.' && text.at(23) == u'Z';
    }

    static QDateTime parseDate(const QString &text)
    {
        if (text.size() < 19 || text.at(4) != u'-')
            return {};
        QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (date.isValid() && date.timeSpec() == Qt::LocalTime)
            date.setTimeSpec(Qt::UTC); // QRS times are UTC
        return date;
    }

    static QString normalise(const QString &text)
    {
        if (text.size() == 38 && text.startsWith(u'{') && text.endsWith(u'}'))
            return text.mid(1, 36);
        return text;
    }
};

class FilterParser final
{
public:
    FilterParser(const QString &text, const QStringList &knownFields,
                 const SimFilter::Canonical &canonical)
        : m_text(text)
        , m_fields(knownFields)
        , m_canonical(canonical)
    { }

    std::unique_ptr<SimFilter::Node> parseAll()
    {
        auto node = parseOr();
        skipSpace();
        if (node && m_pos < m_text.size())
            fail(u"unexpected text at position %1: \"%2\""_s.arg(m_pos).arg(m_text.mid(m_pos, 20)));
        return m_error.isEmpty() ? std::move(node) : nullptr;
    }

    [[nodiscard]] QString error() const { return m_error; }

private:
    using Node = SimFilter::Node;

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != u'(' &&
               m_text.at(m_pos) != u')' && m_text.at(m_pos) != u'\'')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool takeKeyword(QLatin1StringView keyword)
    {
        const qsizetype saved = m_pos;
        if (word().compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
        m_pos = saved;
        return false;
    }

    /// One node for a chain of operands; under Or, equalities on one field become one AnyOf
    /// node (a set look-up, however many sessions a poll names).
    static std::unique_ptr<Node> combine(Node::Kind kind,
                                         std::vector<std::unique_ptr<Node>> operands)
    {
        if (kind == Node::Kind::Or)
            operands = mergeEqualities(std::move(operands));
        if (operands.size() == 1)
            return std::move(operands.front());
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->operands = std::move(operands);
        return node;
    }

    static std::vector<std::unique_ptr<Node>>
    mergeEqualities(std::vector<std::unique_ptr<Node>> operands)
    {
        std::vector<std::unique_ptr<Node>> merged;
        QHash<QString, Node *> anyOfByField;
        for (auto &operand : operands) {
            if (!operand->isEquality(operand->field)) {
                merged.push_back(std::move(operand));
                continue;
            }
            Node *&anyOf = anyOfByField[operand->field];
            if (!anyOf) {
                auto node = std::make_unique<Node>();
                node->kind = Node::Kind::AnyOf;
                node->field = operand->field;
                anyOf = node.get();
                merged.push_back(std::move(node));
            }
            if (operand->kind == Node::Kind::AnyOf)
                anyOf->foldedValues.unite(operand->foldedValues);
            else
                anyOf->foldedValues.insert(operand->value.toCaseFolded());
        }
        return merged;
    }

    std::unique_ptr<Node> parseOr()
    {
        return parseChain(Node::Kind::Or, "or"_L1, &FilterParser::parseAnd);
    }

    std::unique_ptr<Node> parseAnd()
    {
        return parseChain(Node::Kind::And, "and"_L1, &FilterParser::parsePrimary);
    }

    /// `operand keyword operand keyword …` as one node.
    std::unique_ptr<Node> parseChain(Node::Kind kind, QLatin1StringView keyword,
                                     std::unique_ptr<Node> (FilterParser::*parseOperand)())
    {
        std::vector<std::unique_ptr<Node>> operands;
        operands.push_back((this->*parseOperand)());
        while (operands.back() && takeKeyword(keyword))
            operands.push_back((this->*parseOperand)());
        if (!operands.back())
            return nullptr;
        return combine(kind, std::move(operands));
    }

    std::unique_ptr<Node> parsePrimary()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'(') {
            ++m_pos;
            auto node = parseOr();
            skipSpace();
            if (!node)
                return nullptr;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')') {
                fail(u"missing \")\""_s);
                return nullptr;
            }
            ++m_pos;
            return node;
        }
        auto node = std::make_unique<Node>();
        node->field = word().toLower();
        if (node->field.isEmpty()) {
            fail(u"expected a field name at position %1"_s.arg(m_pos));
            return nullptr;
        }
        if (!m_fields.contains(node->field)) {
            fail(u"unknown field \"%1\" (known: %2)"_s.arg(node->field, m_fields.join(u", "_s)));
            return nullptr;
        }
        node->op = word().toLower();
        static const QStringList ops {u"eq"_s, u"ne"_s, u"sw"_s, u"ew"_s, u"so"_s,
                                      u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
        if (!ops.contains(node->op)) {
            fail(u"unknown operator \"%1\" after \"%2\""_s.arg(node->op, node->field));
            return nullptr;
        }
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\'') {
            ++m_pos;
            QString value;
            for (;;) {
                if (m_pos >= m_text.size()) {
                    fail(u"unterminated string value"_s);
                    return nullptr;
                }
                const QChar c = m_text.at(m_pos++);
                if (c == u'\'') {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u'\'') {
                        value.append(u'\'');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                value.append(c);
            }
            node->value = Node::normalise(value);
        } else {
            node->value = Node::normalise(word());
            if (node->value.isEmpty()) {
                fail(u"missing value after \"%1 %2\""_s.arg(node->field, node->op));
                return nullptr;
            }
        }
        if (m_canonical) {
            const QString canonical = m_canonical(node->field, node->value);
            if (canonical.isEmpty()) {
                fail(u"\"%1\" is no value of %2"_s.arg(node->value, node->field));
                return nullptr;
            }
            node->value = canonical;
        }
        return node;
    }

    const QString &m_text;
    const QStringList &m_fields;
    const SimFilter::Canonical &m_canonical;
    qsizetype m_pos = 0;
    QString m_error;
};

SimFilter::SimFilter() = default;
SimFilter::~SimFilter() = default;
SimFilter::SimFilter(SimFilter &&) noexcept = default;
SimFilter &SimFilter::operator=(SimFilter &&) noexcept = default;

int SimFilter::compareValues(const QString &a, const QString &b)
{
    return Node::compareValues(a, b);
}

std::optional<SimFilter> SimFilter::parse(const QString &text, const QStringList &knownFields,
                                          QString *error, const Canonical &canonical)
{
    SimFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    FilterParser parser(text, knownFields, canonical);
    filter.m_root = parser.parseAll();
    if (!filter.m_root) {
        *error = u"Invalid filter: "_s + parser.error();
        return std::nullopt;
    }
    return filter;
}

std::optional<QStringList> SimFilter::equalsAny(const QString &field) const
{
    if (!m_root || !m_root->isEquality(field))
        return std::nullopt;
    if (m_root->kind == Node::Kind::Compare)
        return QStringList {m_root->value};
    return QStringList(m_root->foldedValues.cbegin(), m_root->foldedValues.cend());
}

bool SimFilter::matches(const FieldLookup &lookup) const
{
    return !m_root || m_root->evaluate(lookup);
}

std::optional<SimOrderBy> SimOrderBy::parse(const QString &text, const QStringList &known,
                                            QString *error)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return SimOrderBy {};
    SimOrderBy order {words.at(0).toLower(), false};
    const QString direction = words.size() > 1 ? words.at(1).toLower() : u"asc"_s;
    if (!known.contains(order.field) || words.size() > 2 ||
        (direction != "asc"_L1 && direction != "desc"_L1)) {
        *error = u"Invalid orderby \"%1\": a field (%2) and asc or desc"_s.arg(text,
                                                                               known.join(u", "_s));
        return std::nullopt;
    }
    order.descending = direction == "desc"_L1;
    return order;
}

} // namespace qrssim
