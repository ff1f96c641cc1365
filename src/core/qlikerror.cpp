#include "qlikerror.h"

using namespace Qt::StringLiterals;

QString QlikError::categoryName(Category category)
{
    // Stable English identifiers: used in logs, machine-readable output and tests.
    switch (category) {
    case Category::Unauthenticated:
        return u"Unauthenticated"_s;
    case Category::Forbidden:
        return u"Forbidden"_s;
    case Category::NotFound:
        return u"NotFound"_s;
    case Category::Ambiguous:
        return u"Ambiguous"_s;
    case Category::NotStarted:
        return u"NotStarted"_s;
    case Category::BadRequest:
        return u"BadRequest"_s;
    case Category::Transient:
        return u"Transient"_s;
    case Category::Server:
        return u"Server"_s;
    case Category::Protocol:
        return u"Protocol"_s;
    case Category::Tls:
        return u"Tls"_s;
    case Category::StartUnconfirmed:
        return u"StartUnconfirmed"_s;
    case Category::SignIn:
        return u"SignIn"_s;
    }
    return u"Unknown"_s;
}
