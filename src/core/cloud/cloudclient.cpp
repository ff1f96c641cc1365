#include "cloudclient.h"

#include "cloudreply.h"
#include "scriptlogtext.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// Ids that can stand in a filter as they are (Qlik's are hex digits).
bool isPlainId(const QString &id)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_-]{1,100}$"_s);
    return plain.match(id).hasMatch();
}

QString filterOf(const QStringList &reloadIds)
{
    QStringList terms;
    terms.reserve(reloadIds.size());
    for (const QString &id : reloadIds)
        terms.append(u"id eq \"%1\""_s.arg(id));
    return terms.join(u" or "_s);
}

/// Reads every element of a page with `parse` (named "data[i]" in its errors) and hands each to
/// `take`; returns the first element's error, if one cannot be read.
template<typename Parse, typename Take>
std::optional<QString> readEach(const CloudJson::Page &page, Parse parse, Take take)
{
    for (qsizetype i = 0; i < page.data.size(); ++i) {
        const auto element = parse(page.data.at(i), u"data[%1]"_s.arg(i));
        if (!element)
            return element.error();
        take(element.value());
    }
    return std::nullopt;
}

} // namespace

/// One request as asked, kept while it waits for the gate, a token or a 429 to pass.
struct QlikCloudClient::Exchange
{
    CloudTransport::Request request;
    RateLimitGate::Tier tier;
    QString what;
    BodyHandler onBody;
    ErrorHandler onError;
    int rateLimited = 0; ///< 429s answered so far
    bool signedInAgain = false; ///< a 401 renewed the token once already
};

/// A list followed page by page.
struct QlikCloudClient::Paging
{
    QString what;
    AnswerKind kind = AnswerKind::TaskList;
    PageHandler onPage;
    std::function<void()> onEnd;
    ErrorHandler onError;
    QSet<QUrl> seen;
};

/// A fetchReloads() in flight: what it asked for and what came.
struct QlikCloudClient::Poll
{
    RequestId id;
    QHash<QString, qsizetype> order; ///< asked ids, to answer in the order asked
    QHash<QString, CloudReload> found; ///< by id: a reload told twice is told once
    int pending = 1; ///< requests in flight, plus one while they are being sent
    std::optional<QlikError> error;
};

QlikCloudClient::QlikCloudClient(QNetworkAccessManager &network, const QUrl &tenant,
                                 std::unique_ptr<CloudAuth> auth, QObject *parent)
    : QObject(parent)
    , m_auth(std::move(auth))
    , m_gate(std::make_unique<RateLimitGate>())
    , m_transport(std::make_unique<CloudTransport>(network, tenant))
{
    // A 429 to the sign-in holds the API requests too.
    connect(m_auth.get(), &CloudAuth::rateLimited, m_gate.get(),
            [gate = m_gate.get()](const QByteArray &retryAfter) { gate->hold(retryAfter); });
}

QlikCloudClient::~QlikCloudClient() = default;

void QlikCloudClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setRequestTimeout(timeout);
}

void QlikCloudClient::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_transport->addCaCertificates(certificates);
}

void QlikCloudClient::fail(RequestId id, QlikError error)
{
    error.message = m_auth->redacted(error.message);
    Q_EMIT failed(id, error);
}

QlikCloudClient::RequestId QlikCloudClient::refuse(QlikError::Category category,
                                                   const QString &message)
{
    const RequestId id = nextId();
    QTimer::singleShot(0, this,
                       [this, id, error = QlikError {category, 0, message}] { fail(id, error); });
    return id;
}

void QlikCloudClient::send(const CloudTransport::Request &request, const QString &what,
                           BodyHandler onBody, ErrorHandler onError)
{
    const RateLimitGate::Tier tier = RateLimitGate::tierOf(
        request.verb == CloudTransport::Verb::Get, request.url.path(QUrl::FullyDecoded));
    dispatch(std::make_shared<Exchange>(
        Exchange {request, tier, what, std::move(onBody), std::move(onError)}));
}

void QlikCloudClient::dispatch(const std::shared_ptr<Exchange> &exchange)
{
    m_gate->submit(exchange->tier, [this, exchange] { transmit(exchange); });
}

/// The gate let the request go: sign it and send it. It holds a place in the gate until
/// answered().
void QlikCloudClient::transmit(const std::shared_ptr<Exchange> &exchange)
{
    m_auth->authorize(
        *m_transport,
        [this, exchange](const QByteArray &authorization) {
            CloudTransport::Request request = exchange->request;
            request.authorization = authorization;
            m_transport->send(request,
                              [this, exchange, authorization](const QrsReply::Answer &answer,
                                                              const QByteArray &body,
                                                              bool mayHaveArrived) {
                                  answered(exchange, authorization, answer, body, mayHaveArrived);
                              });
        },
        [this, exchange](const QlikError &error) {
            m_gate->release();
            exchange->onError(error);
        });
}

void QlikCloudClient::answered(const std::shared_ptr<Exchange> &exchange,
                               const QByteArray &authorization, const QrsReply::Answer &answer,
                               const QByteArray &body, bool mayHaveArrived)
{
    const bool whole = answer.interruption == QrsReply::Interruption::None;
    if (whole && answer.httpStatus == 429 && exchange->rateLimited < MaxRateLimitedResends) {
        ++exchange->rateLimited;
        m_gate->rateLimited(exchange->tier, answer.retryAfter,
                            [this, exchange] { transmit(exchange); });
        return;
    }
    m_gate->release();
    if (whole && answer.httpStatus == 401 && !exchange->signedInAgain &&
        m_auth->renewAfterRefusal(authorization)) {
        exchange->signedInAgain = true; // the token may have expired: a new one, once
        return dispatch(exchange);
    }
    const auto expect =
        exchange->request.expectText ? QrsReply::Expect::Text : QrsReply::Expect::Json;
    std::optional<QlikError> error =
        CloudReply::check(answer, body, expect,
                          {exchange->what, m_transport->requestTimeout(), m_auth->signInHint()});
    if (!error)
        return exchange->onBody(body, answer.bytesReceived);
    // A refusal (3xx, 4xx) says the request was not carried out; anything else after it was
    // sent once and for all leaves that open.
    const bool refused = whole && answer.httpStatus >= 300 && answer.httpStatus < 500;
    if (exchange->request.sendOnce && mayHaveArrived && !refused)
        error = QlikError {QlikError::Category::StartUnconfirmed, answer.httpStatus,
                           tr("Qlik Cloud was sent %1, but its answer did not say whether it "
                              "was carried out (%2). The reload may have started: look at the "
                              "app's reloads before starting it again.")
                               .arg(exchange->what, error->message)};
    exchange->onError(*error);
}

void QlikCloudClient::fetchPages(const std::shared_ptr<Paging> &paging, const QUrl &url)
{
    paging->seen.insert(url);
    CloudTransport::Request request;
    request.url = url;
    request.kind = paging->kind;
    send(
        request, paging->what,
        [this, paging](const QByteArray &body, qint64) {
            const auto page = CloudJson::parsePage(body);
            if (!page)
                return paging->onError(CloudReply::unreadable(paging->what, page.error()));
            if (const auto problem = paging->onPage(page.value()))
                return paging->onError(CloudReply::unreadable(paging->what, *problem));
            const QString &href = page.value().next;
            if (href.isEmpty())
                return paging->onEnd();
            const std::optional<QUrl> next = m_transport->sameTenant(href);
            if (!next)
                return paging->onError(CloudReply::unreadable(
                    paging->what,
                    tr("its next page is on another server (%1); it was not followed, so the "
                       "sign-in is not sent there")
                        .arg(QUrl(href).host())));
            if (paging->seen.contains(*next) || paging->seen.size() >= MaxPages)
                return paging->onError(CloudReply::unreadable(
                    paging->what,
                    tr("its pages did not end after %n pages", nullptr, int(paging->seen.size()))));
            fetchPages(paging, *next);
        },
        paging->onError);
}

QlikCloudClient::RequestId QlikCloudClient::checkConnection()
{
    const RequestId id = nextId();
    CloudTransport::Request request;
    request.url = m_transport->url(u"/api/v1/users/me"_s);
    const QString what = tr("the connection check");
    send(
        request, what,
        [this, id, what](const QByteArray &body, qint64) {
            const auto user = CloudJson::parseUser(body);
            if (!user)
                return fail(id, CloudReply::unreadable(what, user.error()));
            Q_EMIT connectionChecked(id, user.value());
        },
        [this, id](const QlikError &error) { fail(id, error); });
    return id;
}

QlikCloudClient::RequestId QlikCloudClient::listApps()
{
    const RequestId id = nextId();
    struct Listing
    {
        QList<CloudApp> apps;
        QHash<QString, QString> spaceNames;
        int pending = 2;
        std::optional<QlikError> error;
    };
    auto listing = std::make_shared<Listing>();
    const auto partEnded = [this, id, listing] {
        if (--listing->pending > 0)
            return;
        if (listing->error)
            return fail(id, *listing->error);
        for (CloudApp &app : listing->apps)
            app.spaceName = listing->spaceNames.value(app.spaceId);
        Q_EMIT appsListed(id, listing->apps);
    };

    auto apps = std::make_shared<Paging>();
    apps->what = tr("the list of apps");
    apps->onPage = [listing](const CloudJson::Page &page) {
        return readEach(page, &CloudJson::parseAppItem, [&](const std::optional<CloudApp> &app) {
            if (app)
                listing->apps.append(*app);
        });
    };
    apps->onEnd = partEnded;
    apps->onError = [listing, partEnded](const QlikError &error) {
        listing->error = error;
        partEnded();
    };
    fetchPages(apps,
               m_transport->url(u"/api/v1/items"_s,
                                {{u"resourceType"_s, u"app"_s}, {u"limit"_s, u"100"_s}}));

    auto spaces = std::make_shared<Paging>();
    spaces->what = tr("the list of spaces");
    spaces->onPage = [listing](const CloudJson::Page &page) {
        return readEach(page, &CloudJson::parseSpace, [&](const CloudSpace &space) {
            listing->spaceNames.insert(space.id, space.name);
        });
    };
    spaces->onEnd = partEnded;
    // The names are a help: without them the apps are listed all the same.
    spaces->onError = [partEnded](const QlikError &) {
        partEnded();
    };
    fetchPages(spaces, m_transport->url(u"/api/v1/spaces"_s, {{u"limit"_s, u"100"_s}}));
    return id;
}

QlikCloudClient::RequestId QlikCloudClient::startReload(const QString &appId, bool partial,
                                                        const QMap<QString, QString> &variables)
{
    if (appId.trimmed().isEmpty())
        return refuse(QlikError::Category::BadRequest, tr("No app was named to reload."));
    if (variables.size() > MaxVariables)
        return refuse(QlikError::Category::BadRequest,
                      tr("A reload takes at most %1 variables; %2 were given.")
                          .arg(MaxVariables)
                          .arg(variables.size()));
    QJsonObject values;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.value().size() > MaxVariableLength)
            return refuse(QlikError::Category::BadRequest,
                          tr("The value of variable '%1' is longer than %2 characters.")
                              .arg(it.key())
                              .arg(MaxVariableLength));
        values.insert(it.key(), it.value());
    }
    QJsonObject body {{u"appId"_s, appId}, {u"partial"_s, partial}};
    if (!values.isEmpty())
        body.insert(u"variables"_s, values);

    const RequestId id = nextId();
    CloudTransport::Request request;
    request.verb = CloudTransport::Verb::Post;
    request.url = m_transport->url(u"/api/v1/reloads"_s);
    request.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.sendOnce = true;
    const QString what = tr("the reload");
    send(
        request, what,
        [this, id](const QByteArray &answer, qint64) {
            const auto reload = CloudJson::parseReload(answer);
            if (!reload)
                return fail(id,
                            {QlikError::Category::StartUnconfirmed, 0,
                             tr("Qlik Cloud accepted the reload, but its answer could not be "
                                "read (%1): the reload has likely started. Look at the app's "
                                "reloads before starting it again.")
                                 .arg(reload.error())});
            learn(reload.value());
            Q_EMIT reloadStarted(id, reload.value());
        },
        [this, id](const QlikError &error) { fail(id, error); });
    return id;
}

QlikCloudClient::RequestId QlikCloudClient::fetchReloads(const QStringList &reloadIds)
{
    auto poll = std::make_shared<Poll>();
    poll->id = nextId();
    QStringList asked;
    for (const QString &reloadId : reloadIds) {
        if (!reloadId.isEmpty() && !poll->order.contains(reloadId)) {
            poll->order.insert(reloadId, asked.size());
            asked.append(reloadId);
        }
    }
    // By app (with an API key the list needs one), in the order first asked; "" for all apps.
    QStringList apps;
    QHash<QString, QStringList> byApp;
    QStringList alone;
    const bool anyApp = m_auth->method() == CloudAuth::Method::OAuthClient;
    for (const QString &reloadId : std::as_const(asked)) {
        const QString appId = anyApp ? QString() : m_appOfReload.value(reloadId);
        if (m_pollMode == PollMode::ByReload || !isPlainId(reloadId) ||
            (!anyApp && appId.isEmpty())) {
            alone.append(reloadId);
            continue;
        }
        if (!byApp.contains(appId))
            apps.append(appId);
        byApp[appId].append(reloadId);
    }
    for (const QString &appId : std::as_const(apps)) {
        const QStringList &ids = byApp[appId];
        for (qsizetype first = 0; first < ids.size(); first += MaxReloadsPerRequest)
            pollByFilter(poll, appId, ids.mid(first, MaxReloadsPerRequest));
    }
    for (const QString &reloadId : std::as_const(alone))
        pollByReload(poll, reloadId);
    // Answered on the next turn of the event loop at the earliest, even when nothing was asked.
    QTimer::singleShot(0, this, [this, poll] { pollEnded(poll); });
    return poll->id;
}

void QlikCloudClient::pollByFilter(const std::shared_ptr<Poll> &poll, const QString &appId,
                                   const QStringList &reloadIds)
{
    ++poll->pending;
    CloudTransport::Query query;
    if (!appId.isEmpty())
        query.append({u"appId"_s, appId});
    query.append({{u"filter"_s, filterOf(reloadIds)},
                  {u"limit"_s, QString::number(MaxReloadsPerRequest)},
                  {u"log"_s, u"false"_s}});
    auto paging = std::make_shared<Paging>();
    paging->what = tr("the status of %n reloads", nullptr, int(reloadIds.size()));
    paging->kind = AnswerKind::Poll;
    const auto parseReload = [](const QJsonValue &value, const QString &where) {
        return CloudJson::parseReload(value, where);
    };
    paging->onPage = [this, poll, parseReload](const CloudJson::Page &page) {
        return readEach(page, parseReload, [&](const CloudReload &reload) {
            learn(reload);
            if (poll->order.contains(reload.id))
                poll->found.insert(reload.id, reload);
        });
    };
    paging->onEnd = [this, poll] {
        pollEnded(poll);
    };
    paging->onError = [this, poll, reloadIds](const QlikError &error) {
        if (error.category == QlikError::Category::BadRequest && error.httpStatus == 400) {
            if (m_pollMode == PollMode::ByFilter) {
                m_pollMode = PollMode::ByReload;
                Q_EMIT pollModeChanged(
                    tr("Qlik Cloud does not take a filter by reload id (%1); reloads are asked "
                       "one at a time from now on, a request each.")
                        .arg(m_auth->redacted(error.message)));
            }
            for (const QString &reloadId : reloadIds)
                pollByReload(poll, reloadId);
        } else if (!poll->error) {
            poll->error = error;
        }
        pollEnded(poll);
    };
    fetchPages(paging, m_transport->url(u"/api/v1/reloads"_s, query));
}

void QlikCloudClient::pollByReload(const std::shared_ptr<Poll> &poll, const QString &reloadId)
{
    ++poll->pending;
    CloudTransport::Request request;
    request.url = m_transport->url(u"/api/v1/reloads/"_s + pathSegment(reloadId));
    request.kind = AnswerKind::Poll; // with its log, which a list leaves out
    const QString what = tr("the status of reload %1").arg(reloadId);
    send(
        request, what,
        [this, poll, what](const QByteArray &body, qint64) {
            const auto reload = CloudJson::parseReload(body);
            if (reload) {
                learn(reload.value());
                poll->found.insert(reload.value().id, reload.value());
            } else if (!poll->error) {
                poll->error = CloudReply::unreadable(what, reload.error());
            }
            pollEnded(poll);
        },
        [this, poll](const QlikError &error) {
            // A reload the tenant does not know is left out: the caller sees it missing.
            if (error.category != QlikError::Category::NotFound && !poll->error)
                poll->error = error;
            pollEnded(poll);
        });
}

void QlikCloudClient::pollEnded(const std::shared_ptr<Poll> &poll)
{
    if (--poll->pending > 0)
        return;
    if (poll->error)
        return fail(poll->id, *poll->error);
    QList<CloudReload> reloads = poll->found.values();
    std::sort(reloads.begin(), reloads.end(),
              [&order = poll->order](const CloudReload &a, const CloudReload &b) {
                  return order.value(a.id) < order.value(b.id);
              });
    Q_EMIT reloadsFetched(poll->id, reloads);
}

void QlikCloudClient::learn(const CloudReload &reload)
{
    if (reload.isFinal())
        m_appOfReload.remove(reload.id); // not polled again
    else
        m_appOfReload.insert(reload.id, reload.appId);
}

QlikCloudClient::RequestId QlikCloudClient::fetchRecentReloads(const QString &appId)
{
    const RequestId id = nextId();
    CloudTransport::Request request;
    request.url = m_transport->url(u"/api/v1/reloads"_s,
                                   {{u"appId"_s, appId},
                                    {u"sort"_s, u"-creationTime"_s},
                                    {u"limit"_s, QString::number(RecentReloads)},
                                    {u"log"_s, u"false"_s}});
    request.kind = AnswerKind::Poll;
    const QString what = tr("the newest reloads of app %1").arg(appId);
    send(
        request, what,
        [this, id, what](const QByteArray &body, qint64) {
            const auto page = CloudJson::parsePage(body);
            if (!page)
                return fail(id, CloudReply::unreadable(what, page.error()));
            QList<CloudReload> reloads;
            const auto parseReload = [](const QJsonValue &value, const QString &where) {
                return CloudJson::parseReload(value, where);
            };
            if (const auto problem =
                    readEach(page.value(), parseReload,
                             [&](const CloudReload &reload) { reloads.append(reload); }))
                return fail(id, CloudReply::unreadable(what, *problem));
            Q_EMIT recentReloadsFetched(id, reloads);
        },
        [this, id](const QlikError &error) { fail(id, error); });
    return id;
}

QlikCloudClient::RequestId QlikCloudClient::cancelReload(const QString &reloadId)
{
    const RequestId id = nextId();
    CloudTransport::Request request;
    request.verb = CloudTransport::Verb::Post;
    request.url =
        m_transport->url(u"/api/v1/reloads/%1/actions/cancel"_s.arg(pathSegment(reloadId)));
    request.expectText = true; // 202 {"status":"CANCELING"}, or 204 and nothing
    send(
        request, tr("the cancel of reload %1").arg(reloadId),
        [this, id](const QByteArray &, qint64) { Q_EMIT cancelled(id, false); },
        [this, id](const QlikError &error) {
            if (error.httpStatus == 409) // final already: nothing left to cancel
                return Q_EMIT cancelled(id, true);
            fail(id, error);
        });
    return id;
}

QlikCloudClient::RequestId QlikCloudClient::fetchLog(const QString &appId, const QString &reloadId)
{
    const RequestId id = nextId();
    CloudTransport::Request request;
    request.url = m_transport->url(
        u"/api/v1/apps/%1/reloads/logs/%2"_s.arg(pathSegment(appId), pathSegment(reloadId)));
    request.kind = AnswerKind::ScriptLog;
    request.expectText = true;
    send(
        request, tr("the script log of reload %1").arg(reloadId),
        [this, id](const QByteArray &body, qint64 received) {
            Q_EMIT logFetched(
                id, ScriptLogText::fromBody(ScriptLogText::withOmittedStart(body, received)));
        },
        [this, id](const QlikError &error) { fail(id, error); });
    return id;
}
