#pragma once

#include "connectionprofile.h"
#include "qlikerror.h"

#include <chrono>
#include <optional>
#include <QByteArray>
#include <QNetworkReply>
#include <QSslError>
#include <QStringList>
#include <QUrl>

/// Turns what came back for one request into "usable body" or a categorised QlikError whose
/// message explains the problem in words and never contains the query string (it carries the
/// xrfkey). Whichever client read the answer (QNetworkAccessManager or the single-shot client
/// used for starts) describes it as an Answer first, so every answer is judged by one function.
namespace QrsReply {

enum class Expect { Json, Text };

/// Why reading an answer stopped before its end, if it did.
enum class Interruption {
    None,
    TooLarge, ///< the body passed the limit for its kind of answer
    Deadline, ///< the whole exchange took longer than its deadline
    Silence, ///< nothing arrived for the request timeout
    ConnectionCut, ///< the connection ended before the promised body was complete
    PinMismatch, ///< the server presented another certificate than the profile's pinned one
};

/// What came back for one request.
struct Answer
{
    QUrl url; ///< of the request; only scheme, host, port and path are ever shown
    int httpStatus = 0; ///< 0 when no status line arrived
    /// A failure of the transport (connection, TLS, timeout); HTTP statuses are not errors here.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString contentType;
    QString locationPath; ///< path of the Location header, for redirects
    QUrl location; ///< the Location header resolved against the request's URL
    QStringList sslErrors; ///< the reasons a TLS handshake failed, in words
    /// With a host name mismatch: the names the server's certificate is made out for.
    QStringList certificateNames;
    QString peerFingerprint; ///< SHA-256 of the certificate the server presented, if one was seen
    Interruption interruption = Interruption::None;
    qint64 bytesReceived = 0; ///< of the body, including what was not kept
    qint64 sizeLimit = 0; ///< with TooLarge: the limit that was passed
    std::chrono::milliseconds deadline {0}; ///< with Deadline: the deadline that passed
    QByteArray retryAfter; ///< the Retry-After header as sent (with 429 and 503), else empty
};

/// What a TLS handshake's errors tell, for an Answer.
struct TlsTrouble
{
    QStringList errors; ///< each in words
    QStringList certificateNames; ///< with a host name mismatch, the certificate's names
};
[[nodiscard]] TlsTrouble tlsTrouble(const QList<QSslError> &errors);

/// The Answer of a finished QNetworkReply (status, headers, transport error).
[[nodiscard]] Answer answerOf(const QNetworkReply &reply);

/// What an answer that failed before the server ever answered this profile tells: with
/// certificate sign-in, a connection closed without a word is the repository refusing the
/// client certificate (TLS 1.3 tells the client so only by closing). Nullopt when it tells no
/// more than check() does.
[[nodiscard]] std::optional<QlikError> firstContactError(const Answer &answer,
                                                         const ConnectionProfile &profile);

/// Redirects a Windows sign-in may take: to the proxy's module, back with the ticket, and two
/// for a proxy or load balancer in front.
constexpr int MaxSignInHops = 4;

/// A redirect of the Windows sign-in that may be followed: to the same scheme, host and port.
[[nodiscard]] bool isSignInHop(const Answer &answer, const ConnectionProfile &profile);

/// What check() says of an answer that stopped before its end or never came (too large, past
/// its deadline, silent, cut, TLS, refused or unreachable); nullopt when an HTTP answer came whole.
/// For clients of other servers, which judge HTTP statuses in their own words.
[[nodiscard]] std::optional<QlikError> transportError(const Answer &answer,
                                                      std::chrono::milliseconds requestTimeout);

/// The server's own words in a refusal, short and on one line; empty for HTML. Never shows the
/// request's xrfkey.
[[nodiscard]] QString serverText(const QByteArray &body, const QUrl &url);

/// Empty when the answer is a complete 2xx answer of the expected kind.
[[nodiscard]] std::optional<QlikError> check(const Answer &answer, const QByteArray &body,
                                             Expect expect, const ConnectionProfile &profile);

} // namespace QrsReply
