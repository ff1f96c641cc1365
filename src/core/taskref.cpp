#include "taskref.h"

#include "qrsjson.h"

#include <QCoreApplication>

namespace {
/// "{4C0B...}" -> "4c0b...": the form ids take in URLs and filters.
QString normalisedGuid(const QString &guid)
{
    QString id = guid;
    if (id.startsWith(u'{') && id.endsWith(u'}'))
        id = id.mid(1, id.size() - 2);
    return id.toLower();
}
} // namespace

TaskRef TaskRef::fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (QrsJson::isGuid(trimmed))
        return byId(trimmed);
    return byName(trimmed);
}

TaskRef TaskRef::byId(const QString &id)
{
    TaskRef ref;
    ref.m_text = QrsJson::isGuid(id.trimmed()) ? normalisedGuid(id.trimmed()) : id;
    ref.m_isId = true;
    return ref;
}

TaskRef TaskRef::byName(const QString &name)
{
    TaskRef ref;
    ref.m_text = name;
    ref.m_isId = false;
    return ref;
}

QString TaskRef::describe() const
{
    if (m_isId)
        return QCoreApplication::translate("TaskRef", "task %1").arg(m_text);
    return QCoreApplication::translate("TaskRef", "task '%1'").arg(m_text);
}
