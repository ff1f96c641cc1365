#include "simfilter.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qrssim {

struct SimFilter::Node
{
    enum class Kind { And, Or, Compare };
    Kind kind = Kind::Compare;
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
    QString field; // lower case
    QString op; // lower case
    QString value;

    [[nodiscard]] bool evaluate(const FieldLookup &lookup) const
    {
        switch (kind) {
        case Kind::And:
            return left->evaluate(lookup) && right->evaluate(lookup);
        case Kind::Or:
            return left->evaluate(lookup) || right->evaluate(lookup);
        case Kind::Compare:
            break;
        }
        const QString actual = normalise(lookup(field));
        const QString expected = normalise(value);
        constexpr auto cs = Qt::CaseInsensitive;
        if (op == "eq"_L1)
            return actual.compare(expected, cs) == 0;
        if (op == "ne"_L1)
            return actual.compare(expected, cs) != 0;
        if (op == "sw"_L1)
            return actual.startsWith(expected, cs);
        if (op == "ew"_L1)
            return actual.endsWith(expected, cs);
        if (op == "so"_L1)
            return actual.contains(expected, cs);
        return ordered(actual, expected);
    }

    /// gt ge lt le: dates as dates (QRS's ISO form, with or without milliseconds and zone),
    /// numbers as numbers, anything else as text.
    [[nodiscard]] bool ordered(const QString &actual, const QString &expected) const
    {
        const int order = compareValues(actual, expected);
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
    FilterParser(const QString &text, const QStringList &knownFields)
        : m_text(text)
        , m_fields(knownFields)
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

    std::unique_ptr<Node> combine(Node::Kind kind, std::unique_ptr<Node> left,
                                  std::unique_ptr<Node> right)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto node = parseAnd();
        while (node && takeKeyword("or"_L1)) {
            auto right = parseAnd();
            if (!right)
                return nullptr;
            node = combine(Node::Kind::Or, std::move(node), std::move(right));
        }
        return node;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto node = parsePrimary();
        while (node && takeKeyword("and"_L1)) {
            auto right = parsePrimary();
            if (!right)
                return nullptr;
            node = combine(Node::Kind::And, std::move(node), std::move(right));
        }
        return node;
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
            node->value = value;
        } else {
            node->value = word();
            if (node->value.isEmpty()) {
                fail(u"missing value after \"%1 %2\""_s.arg(node->field, node->op));
                return nullptr;
            }
        }
        return node;
    }

    const QString &m_text;
    const QStringList &m_fields;
    qsizetype m_pos = 0;
    QString m_error;
};

SimFilter::SimFilter() = default;
SimFilter::~SimFilter() = default;
SimFilter::SimFilter(SimFilter &&) noexcept = default;
SimFilter &SimFilter::operator=(SimFilter &&) noexcept = default;

std::optional<SimFilter> SimFilter::parse(const QString &text, const QStringList &knownFields,
                                          QString *error)
{
    SimFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    FilterParser parser(text, knownFields);
    filter.m_root = parser.parseAll();
    if (!filter.m_root) {
        *error = u"Invalid filter: "_s + parser.error();
        return std::nullopt;
    }
    return filter;
}

std::optional<QStringList> SimFilter::equalsAny(const QString &field) const
{
    if (!m_root)
        return std::nullopt;
    QStringList values;
    QList<const Node *> pending {m_root.get()};
    while (!pending.isEmpty()) {
        const Node *node = pending.takeLast();
        if (node->kind == Node::Kind::Or) {
            pending.append({node->left.get(), node->right.get()});
        } else if (node->kind == Node::Kind::Compare && node->field == field &&
                   node->op == "eq"_L1) {
            values.append(Node::normalise(node->value));
        } else {
            return std::nullopt;
        }
    }
    return values;
}

bool SimFilter::matches(const FieldLookup &lookup) const
{
    return !m_root || m_root->evaluate(lookup);
}

} // namespace qrssim
