#pragma once

#include <QMetaType>
#include <QString>

/// Why a call to the repository did not give what was asked, in one of a few categories that
/// callers act on, with a message for people (never containing keys or query strings).
struct QlikError
{
    enum class Category {
        Unauthenticated, ///< redirected to a login page or HTML instead of JSON: prefix/header
                         ///< wrong
        Forbidden, ///< 403, including a rejected xrfkey
        NotFound, ///< 404, unknown task id, no task of that name
        Ambiguous, ///< a task name that matches more than one task
        NotStarted, ///< the start call answered the zero guid (disabled, no scheduler, running)
        BadRequest, ///< other 4xx
        Transient, ///< refused, reset, timed out, 429, 502-504: worth trying again
        Server, ///< other 5xx
        Protocol, ///< an answer we cannot read: malformed or unexpected JSON
        Tls, ///< the TLS handshake failed: certificate not trusted, host name mismatch
        StartUnconfirmed, ///< the start may have been carried out, but no answer confirmed it
        SignIn, ///< the sign-in method's own material cannot be used or was refused: client
                ///< certificate, PFX password, Windows password, token
    };

    Category category = Category::Protocol;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    QString message;

    [[nodiscard]] bool isTransient() const { return category == Category::Transient; }
    [[nodiscard]] static QString categoryName(Category category);
};

Q_DECLARE_METATYPE(QlikError)
