#include "errortext.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}

/// A few words that name the kind of problem; the error's message says the rest.
QString headline(QlikError::Category category)
{
    switch (category) {
    case QlikError::Category::Unauthenticated:
        return tr("Not authenticated");
    case QlikError::Category::Forbidden:
        return tr("Access denied");
    case QlikError::Category::NotFound:
        return tr("Not found");
    case QlikError::Category::Ambiguous:
        return tr("Ambiguous task name");
    case QlikError::Category::NotStarted:
        return tr("Task not started");
    case QlikError::Category::BadRequest:
        return tr("Request refused");
    case QlikError::Category::Transient:
        return tr("The server cannot be reached right now");
    case QlikError::Category::Server:
        return tr("Server error");
    case QlikError::Category::Protocol:
        return tr("Unreadable answer");
    case QlikError::Category::Tls:
        return tr("Secure connection failed");
    }
    return {};
}
} // namespace

namespace ErrorText {

QString explain(const QlikError &error)
{
    if (error.message.isEmpty())
        return headline(error.category);
    return tr("%1: %2").arg(headline(error.category), error.message);
}

} // namespace ErrorText
