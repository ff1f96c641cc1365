#include "cloudtransport.h"

#include "answerreader.h"
#include "oneshotrequest.h"

#include <algorithm>
#include <limits>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

CloudTransport::CloudTransport(QNetworkAccessManager &network, const QUrl &tenant, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tenant(tenant.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                               QUrl::StripTrailingSlash))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

CloudTransport::~CloudTransport()
{
    // Answers that arrive after us must not reach handlers that capture our owner.
    qDeleteAll(m_inFlight);
}

void CloudTransport::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_ssl.addCaCertificates(certificates);
}

QUrl CloudTransport::url(const QString &path, const Query &query) const
{
    QUrl url = m_tenant;
    url.setPath(url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    // Every value encoded by us: QUrlQuery would leave '&', '+' and '"' for the server to misread.
    QStringList pairs;
    for (const auto &[name, value] : query)
        pairs.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
    return url;
}

std::optional<QUrl> CloudTransport::sameTenant(const QString &href) const
{
    const QUrl next = m_tenant.resolved(QUrl(href, QUrl::StrictMode));
    const int defaultPort = m_tenant.scheme() == "https"_L1 ? 443 : 80;
    if (!next.isValid() || next.scheme() != m_tenant.scheme() || next.host() != m_tenant.host() ||
        next.port(defaultPort) != m_tenant.port(defaultPort) || !next.userInfo().isEmpty())
        return std::nullopt;
    return next;
}

QNetworkRequest CloudTransport::build(const Request &request) const
{
    QNetworkRequest built(request.url);
    if (!request.authorization.isEmpty())
        built.setRawHeader("Authorization", request.authorization);
    built.setRawHeader("Accept", request.expectText ? "text/plain, */*" : "application/json");
    built.setHeader(QNetworkRequest::UserAgentHeader, u"QlikTaskRunner/" QTR_VERSION ""_s);
    if (request.verb == Verb::Post && !request.jsonBody.isEmpty())
        built.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    built.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
    built.setTransferTimeout(static_cast<int>(
        std::clamp<qint64>(m_requestTimeout.count(), 1, std::numeric_limits<int>::max())));
    if (request.url.scheme() == "https"_L1)
        built.setSslConfiguration(m_ssl);
    return built;
}

void CloudTransport::send(const Request &request, Handler handler)
{
    // Certificates are not pinned for a tenant: a message must not offer to pin one.
    handler = [handler = std::move(handler)](QrsReply::Answer answer, const QByteArray &body,
                                             bool mayHaveArrived) {
        answer.peerFingerprint.clear();
        handler(answer, body, mayHaveArrived);
    };
    const QNetworkRequest built = build(request);
    const AnswerLimits limits = AnswerLimits::of(request.kind);
    const std::chrono::milliseconds deadline = limits.deadline(m_requestTimeout);
    if (request.sendOnce) {
        const QByteArray verb = request.verb == Verb::Post ? "POST" : "GET";
        auto *once = new OneShotRequest(verb, built, m_network.cookieJar(), limits, deadline);
        once->setBody(request.jsonBody);
        m_inFlight.insert(once);
        connect(once, &OneShotRequest::finished, this,
                [this, once, handler](const QrsReply::Answer &answer, const QByteArray &body) {
                    m_inFlight.remove(once);
                    handler(answer, body, once->wasSent());
                });
        once->start();
        return;
    }
    QNetworkReply *reply =
        request.verb == Verb::Get ? m_network.get(built) : m_network.post(built, request.jsonBody);
    auto *reader = new AnswerReader(reply, limits, deadline);
    m_inFlight.insert(reader);
    connect(reader, &AnswerReader::finished, this,
            [this, reader, handler](const QrsReply::Answer &answer, const QByteArray &body) {
                m_inFlight.remove(reader);
                handler(answer, body, true);
            });
}
