#pragma once

#include "qlikerror.h"
#include "qrsreply.h"

#include <chrono>
#include <optional>
#include <QByteArray>
#include <QString>

/// Judges what Qlik Cloud answered to one request, as QrsReply does for the repository: the
/// transport's troubles in QrsReply's words, and Qlik Cloud's own refusals (its
/// `{"errors":[{code,title,detail}]}` answers) in sentences for people: "Qlik Cloud refused the
/// reload: App not found — … (RELOADS-004)". Never shows a query string, a key or a token.
namespace CloudReply {

/// What a request was for, to say it in words.
struct Context
{
    QString what; ///< "the reload", "the list of apps"
    std::chrono::milliseconds requestTimeout {std::chrono::seconds(30)};
    QString signInHint; ///< what to check when the tenant does not accept the sign-in (401)
};

/// The errors of a refusal as one line: "title — detail (code)", several joined by "; ";
/// empty when the body is not that shape.
[[nodiscard]] QString errorsText(const QByteArray &body);

/// Empty when the answer is a complete 2xx answer of the expected kind.
[[nodiscard]] std::optional<QlikError> check(const QrsReply::Answer &answer, const QByteArray &body,
                                             QrsReply::Expect expect, const Context &context);

/// A 2xx answer whose body could not be read as what `what` should give.
[[nodiscard]] QlikError unreadable(const QString &what, const QString &why);

} // namespace CloudReply
