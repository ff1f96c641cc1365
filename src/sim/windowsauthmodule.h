#pragma once

#include "httpmessage.h"
#include "ntlmverifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace qrssim {

/// The proxy's internal Windows authentication module: the proxy sends a client without a
/// session to `/<prefix>/internal_windows_authentication/?targetId=…`; there an NTLM handshake
/// (per connection: 401 with `WWW-Authenticate: NTLM`, the client's NEGOTIATE, 401 with the
/// CHALLENGE, the client's AUTHENTICATE) checks the account, and the client is sent back to its
/// target with a one-time `qlikTicket` (valid one minute) that the proxy exchanges for a session.
class WindowsAuthModule final
{
public:
    /// \a account is "DOMAIN\\user".
    WindowsAuthModule(const QString &account, const QString &password);

    /// "/<prefix>/internal_windows_authentication/" (or without the prefix).
    [[nodiscard]] static QString path(const QString &prefix);
    /// Remembers where the client wanted to go; the Location of the module to send it to.
    [[nodiscard]] QByteArray redirectFor(const QString &prefix, const SimRequest &request);
    /// The module's answer to a request for its path.
    [[nodiscard]] HttpReply handle(const SimRequest &request);
    /// While refusing, every AUTHENTICATE message is refused as a wrong password would be.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    /// True once for a ticket the module handed out less than a minute ago.
    [[nodiscard]] bool redeem(const QString &ticket);

private:
    struct Ticket
    {
        QElapsedTimer age;
    };
    [[nodiscard]] static HttpReply challengeReply(const QByteArray &authenticate,
                                                  const QByteArray &body);

    NtlmVerifier m_verifier;
    QHash<QString, QByteArray> m_targets; ///< targetId → path and query the client asked for
    QHash<quintptr, QByteArray> m_challenges; ///< connection → the server challenge sent on it
    QHash<QString, Ticket> m_tickets;
    bool m_refusing = false;
};

} // namespace qrssim
