#pragma once

#include "qrstypes.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// Which tasks a watch cares about, from terms such as `task=Nightly*`, `tag=Finance`,
/// `stream=Sales`, `app=*Ledger`: `*` and `?` are wildcards and case does not matter. A task
/// passes when, for every field named, one of that field's terms matches (terms of one field
/// are alternatives, fields must all hold). No terms: every task passes.
class TaskFilter final
{
    Q_DECLARE_TR_FUNCTIONS(TaskFilter)

public:
    enum class Field { Task, Tag, Stream, App };

    /// The terms, or (in *error, unless null) which one is wrong and why.
    [[nodiscard]] static std::optional<TaskFilter> parse(const QStringList &terms, QString *error);

    [[nodiscard]] bool isEmpty() const { return m_terms.isEmpty(); }
    [[nodiscard]] bool matches(const ReloadTask &task) const;
    /// The terms as given, normalised: "task=Nightly*, tag=Finance".
    [[nodiscard]] QString describe() const;

private:
    struct Term
    {
        Field field;
        QString pattern;
        QRegularExpression expression;
    };
    [[nodiscard]] static bool termMatches(const Term &term, const ReloadTask &task);

    QList<Term> m_terms;
};
