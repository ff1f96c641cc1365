#pragma once

#include "connectionprofile.h"
#include "qlikerror.h"

#include <optional>
#include <QByteArray>
#include <QStringList>

class QNetworkReply;

/// Turns a finished QNetworkReply into "usable body" or a categorised QlikError whose message
/// explains the problem in words and never contains the query string (it carries the xrfkey).
namespace QrsReply {

enum class Expect { Json, Text };

/// Empty when the reply is a 2xx answer of the expected kind.
[[nodiscard]] std::optional<QlikError> check(QNetworkReply &reply, const QByteArray &body,
                                             Expect expect, const ConnectionProfile &profile,
                                             const QStringList &sslErrors);

} // namespace QrsReply
