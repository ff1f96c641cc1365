#include "errortext.h"

#include <QCoreApplication>

namespace { } // namespace

namespace ErrorText {

QString explain(const QlikError &error)
{
    QString advice;
    switch (error.category) {
    case QlikError::Category::Unauthenticated:
        advice = QCoreApplication::translate(
            "ErrorText",
            "Not authenticated: the server answered with a login page. Check the virtual "
            "proxy prefix, the header name and the user id.");
        break;
    case QlikError::Category::Forbidden:
        advice = QCoreApplication::translate(
            "ErrorText",
            "The server refused access. Check that the user may use the repository "
            "and the tasks.");
        break;
    case QlikError::Category::NotFound:
        advice = QCoreApplication::translate(
            "ErrorText", "Not found. Check the server URL, the virtual proxy prefix or the task.");
        break;
    case QlikError::Category::Ambiguous:
        advice = QCoreApplication::translate("ErrorText",
                                             "More than one task has this name; pick one by id.");
        break;
    case QlikError::Category::NotStarted:
        advice = QCoreApplication::translate(
            "ErrorText",
            "The server did not start the task: it may be disabled, already running, "
            "or no scheduler is available.");
        break;
    case QlikError::Category::BadRequest:
        advice = QCoreApplication::translate("ErrorText", "The server rejected the request.");
        break;
    case QlikError::Category::Transient:
        advice = QCoreApplication::translate(
            "ErrorText",
            "The server cannot be reached right now. Check the URL and the network; "
            "runs are followed again once it answers.");
        break;
    case QlikError::Category::Server:
        advice = QCoreApplication::translate("ErrorText", "The server had an internal error.");
        break;
    case QlikError::Category::Protocol:
        advice = QCoreApplication::translate(
            "ErrorText",
            "The server's answer could not be read. Is this a Qlik Sense repository "
            "behind the right virtual proxy?");
        break;
    case QlikError::Category::Tls:
        advice = QCoreApplication::translate(
            "ErrorText",
            "The secure connection failed: the server's certificate is not trusted or "
            "does not match its name. Add the CA file to the profile.");
        break;
    }
    if (error.message.isEmpty())
        return advice;
    return QCoreApplication::translate("ErrorText", "%1 (%2)").arg(advice, error.message);
}

} // namespace ErrorText
