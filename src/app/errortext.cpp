#include "errortext.h"

#include <QCoreApplication>

namespace {
// QCoreApplication::translate spelled out: lupdate finds these (a local tr() it does not).
/// A few words that name the kind of problem; the error's message says the rest.
QString headline(QlikError::Category category)
{
    switch (category) {
    case QlikError::Category::Unauthenticated:
        return QCoreApplication::translate("ErrorText", "Not authenticated");
    case QlikError::Category::Forbidden:
        return QCoreApplication::translate("ErrorText", "Access denied");
    case QlikError::Category::NotFound:
        return QCoreApplication::translate("ErrorText", "Not found");
    case QlikError::Category::Ambiguous:
        return QCoreApplication::translate("ErrorText", "Ambiguous task name");
    case QlikError::Category::NotStarted:
        return QCoreApplication::translate("ErrorText", "Task not started");
    case QlikError::Category::BadRequest:
        return QCoreApplication::translate("ErrorText", "Request refused");
    case QlikError::Category::Transient:
        return QCoreApplication::translate("ErrorText", "The server cannot be reached right now");
    case QlikError::Category::Server:
        return QCoreApplication::translate("ErrorText", "Server error");
    case QlikError::Category::Protocol:
        return QCoreApplication::translate("ErrorText", "Unreadable answer");
    case QlikError::Category::Tls:
        return QCoreApplication::translate("ErrorText", "Secure connection failed");
    case QlikError::Category::StartUnconfirmed:
        return QCoreApplication::translate("ErrorText", "Start not confirmed");
    case QlikError::Category::SignIn:
        return QCoreApplication::translate("ErrorText", "Sign-in failed");
    }
    return {};
}
} // namespace

namespace ErrorText {

QString explain(const QlikError &error)
{
    if (error.message.isEmpty())
        return headline(error.category);
    return QCoreApplication::translate("ErrorText", "%1: %2")
        .arg(headline(error.category), error.message);
}

} // namespace ErrorText
