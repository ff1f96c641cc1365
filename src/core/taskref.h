#pragma once

#include <QMetaType>
#include <QString>

/// What a person asked to run: a task id (a guid) or an exact task name.
class TaskRef final
{
public:
    /// A guid (with or without braces) is an id; anything else is a name.
    [[nodiscard]] static TaskRef fromUserInput(const QString &text);
    [[nodiscard]] static TaskRef byId(const QString &id);
    [[nodiscard]] static TaskRef byName(const QString &name);

    [[nodiscard]] bool isId() const { return m_isId; }
    [[nodiscard]] const QString &text() const { return m_text; }
    /// "task 'Reload Sales'" or "task 4c0b...": for messages.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const TaskRef &, const TaskRef &) = default;

private:
    QString m_text;
    bool m_isId = false;
};

Q_DECLARE_METATYPE(TaskRef)
