#include "taskfilter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr std::pair<QLatin1StringView, TaskFilter::Field> FieldNames[] = {
    {"task"_L1, TaskFilter::Field::Task},
    {"tag"_L1, TaskFilter::Field::Tag},
    {"stream"_L1, TaskFilter::Field::Stream},
    {"app"_L1, TaskFilter::Field::App},
};

QLatin1StringView nameOf(TaskFilter::Field field)
{
    for (const auto &[name, value] : FieldNames) {
        if (value == field)
            return name;
    }
    return "task"_L1;
}

/// `*` any text, `?` one character, all else itself; the whole text, case ignored. (Qt's own
/// conversion keeps `*` from matching `/`, which task names may hold.)
QRegularExpression wildcard(const QString &pattern)
{
    QString expression = u"\\A"_s;
    for (const QChar c : pattern) {
        if (c == u'*')
            expression += u".*"_s;
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(expression + u"\\z"_s,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

} // namespace

std::optional<TaskFilter> TaskFilter::parse(const QStringList &terms, QString *error)
{
    TaskFilter filter;
    for (const QString &text : terms) {
        const qsizetype equals = text.indexOf(u'=');
        const QString name = text.left(std::max<qsizetype>(equals, 0)).trimmed().toLower();
        const QString pattern = equals < 0 ? QString() : text.mid(equals + 1).trimmed();
        const auto field = std::find_if(std::begin(FieldNames), std::end(FieldNames),
                                        [&](const auto &entry) { return entry.first == name; });
        if (equals < 0 || field == std::end(FieldNames)) {
            if (error)
                *error = tr("'%1' is not FIELD=PATTERN with FIELD one of task, tag, stream, app")
                             .arg(text);
            return std::nullopt;
        }
        if (pattern.isEmpty()) {
            if (error)
                *error = tr("'%1': the pattern is empty").arg(text);
            return std::nullopt;
        }
        filter.m_terms.append({field->second, pattern, wildcard(pattern)});
    }
    return filter;
}

bool TaskFilter::termMatches(const Term &term, const ReloadTask &task)
{
    switch (term.field) {
    case Field::Task:
        return term.expression.match(task.name).hasMatch();
    case Field::Tag:
        return std::any_of(task.tags.cbegin(), task.tags.cend(), [&](const QString &tag) {
            return term.expression.match(tag).hasMatch();
        });
    case Field::Stream:
        return term.expression.match(task.streamName).hasMatch();
    case Field::App:
        return term.expression.match(task.appName).hasMatch();
    }
    return false;
}

bool TaskFilter::matches(const ReloadTask &task) const
{
    for (const auto &[name, field] : FieldNames) {
        bool named = false;
        bool held = false;
        for (const Term &term : m_terms) {
            if (term.field != field)
                continue;
            named = true;
            held = held || termMatches(term, task);
        }
        if (named && !held)
            return false;
    }
    return true;
}

QString TaskFilter::describe() const
{
    QStringList parts;
    for (const Term &term : m_terms)
        parts.append(nameOf(term.field) + u'=' + term.pattern);
    return parts.join(u", "_s);
}
