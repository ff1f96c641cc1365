#include "windowsauthmodule.h"

#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

/// Targets, challenges and tickets a client never came back for are dropped beyond this many.
constexpr qsizetype MaxPending = 4096;
constexpr qint64 TicketLifetimeMs = 60 * 1000;

QString domainOf(const QString &account)
{
    const qsizetype slash = account.indexOf(u'\\');
    return slash < 0 ? QString() : account.left(slash);
}

QString userOf(const QString &account)
{
    return account.mid(account.indexOf(u'\\') + 1);
}

template<typename Map> void bound(Map &map)
{
    if (map.size() >= MaxPending)
        map.clear();
}

} // namespace

WindowsAuthModule::WindowsAuthModule(const QString &account, const QString &password)
    : m_verifier(domainOf(account), userOf(account), password)
{ }

QString WindowsAuthModule::path(const QString &prefix)
{
    return (prefix.isEmpty() ? QString() : u'/' + prefix) + u"/internal_windows_authentication/"_s;
}

QByteArray WindowsAuthModule::redirectFor(const QString &prefix, const SimRequest &request)
{
    bound(m_targets);
    const QString targetId = QUuid::createUuid().toString(QUuid::Id128);
    QByteArray target = QUrl::toPercentEncoding(request.path, "/");
    const QString query = request.query.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        target += '?' + query.toLatin1();
    m_targets.insert(targetId, target);
    return path(prefix).toLatin1() + "?targetId=" + targetId.toLatin1();
}

HttpReply WindowsAuthModule::challengeReply(const QByteArray &authenticate, const QByteArray &body)
{
    HttpReply reply = HttpReply::text(body, 401);
    reply.addHeader("WWW-Authenticate", authenticate);
    return reply;
}

HttpReply WindowsAuthModule::handle(const SimRequest &request)
{
    const QString targetId = request.queryValue(u"targetId"_s).value_or(QString());
    if (!m_targets.contains(targetId))
        return HttpReply::text("Bad request: unknown or missing targetId", 400);
    const auto message = NtlmVerifier::messageFrom(request.header("Authorization"));
    const int type = message ? NtlmVerifier::messageType(*message) : 0;
    if (type == 1) {
        bound(m_challenges);
        const QByteArray challenge = NtlmVerifier::newServerChallenge();
        m_challenges.insert(request.connection, challenge);
        return challengeReply("NTLM " + m_verifier.challengeMessage(challenge).toBase64(),
                              "Unauthorized");
    }
    if (type == 3) {
        const NtlmVerifier::Outcome outcome =
            m_verifier.verify(*message, m_challenges.take(request.connection));
        if (outcome.kind == NtlmVerifier::Outcome::Valid && !m_refusing) {
            bound(m_tickets);
            const QString ticket = QUuid::createUuid().toString(QUuid::Id128);
            m_tickets[ticket].age.start();
            QByteArray location = m_targets.take(targetId);
            location +=
                (location.contains('?') ? "&qlikTicket=" : "?qlikTicket=") + ticket.toLatin1();
            HttpReply reply = HttpReply::html("<!DOCTYPE html><html><body>Object moved</body>"
                                              "</html>",
                                              302);
            reply.addHeader("Location", location);
            return reply;
        }
        // Qt asks its application for other credentials on a second 401 with a bare challenge.
        return challengeReply("NTLM", "Unauthorized: the user name or password is wrong");
    }
    HttpReply reply = challengeReply("Negotiate", "Unauthorized");
    reply.addHeader("WWW-Authenticate", "NTLM");
    return reply;
}

bool WindowsAuthModule::redeem(const QString &ticket)
{
    const auto found = m_tickets.find(ticket);
    if (found == m_tickets.end())
        return false;
    const bool fresh = found->age.elapsed() < TicketLifetimeMs;
    m_tickets.erase(found);
    return fresh;
}

} // namespace qrssim
