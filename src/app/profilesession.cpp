#include "profilesession.h"

#include "bearertoken.h"
#include "errortext.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace {
Q_LOGGING_CATEGORY(lcPolling, "qtr.polling")
}

ProfileSession::ProfileSession(const ConnectionProfile &profile, bool isDemo, const QString &secret,
                               QObject *parent)
    : QObject(parent)
    , m_isDemo(isDemo)
    , m_profile(profile)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_connection(std::make_unique<ServerConnection>(*m_network, profile, secret))
    , m_tracker(std::make_unique<RunTracker>(m_connection->server()))
    , m_chains(std::make_unique<ChainFollower>(*m_tracker))
    , m_watch(std::make_unique<ServerWatch>(*m_tracker))
{
    // What a run started here sets off on the server is followed too, down the whole chain.
    connect(m_tracker.get(), &RunTracker::runAdded, this, [this](RunId id) {
        if (const Run *run = m_tracker->run(id); run && run->origin == RunOrigin::Started)
            m_chains->follow(id);
    });
    if (profile.signIn == ConnectionProfile::SignIn::Jwt)
        m_tokenExpiry = BearerToken::expiry(secret);
    m_notifyFilter = TaskFilter::parse(profile.watchNotifyFilter, nullptr);
    if (profile.watchServer)
        applyWatch(profile);
    RunServer &server = m_connection->server();
    connect(&server, &RunServer::connectionChecked, this,
            [this](RunServer::RequestId id, const QString &answered) {
                if (id == m_checkRequest)
                    m_checkRequest = 0;
                m_serverWords = answered;
                m_connectedText = connectedText();
                setState(State::Connected, m_connectedText);
            });
    const auto failedAboutServer = [this](RunServer::RequestId id, const QlikError &error) {
        if (id == m_checkRequest)
            m_checkRequest = 0;
        setState(State::Failed, tr("%1: %2").arg(name(), ErrorText::explain(error)));
    };
    connect(&server, &RunServer::connectionFailed, this, failedAboutServer);
    connect(&server, &RunServer::listFailed, this, failedAboutServer);
    connect(&server, &RunServer::startFailed, this,
            [this](RunServer::RequestId, const QlikError &error) {
                // Failures about one task (a name, a disabled task) say nothing about the server.
                if (error.category == QlikError::Category::Unauthenticated ||
                    error.category == QlikError::Category::Transient ||
                    error.category == QlikError::Category::Tls ||
                    error.category == QlikError::Category::SignIn)
                    setState(State::Failed, tr("%1: %2").arg(name(), ErrorText::explain(error)));
            });
    connect(&server, &RunServer::pollEnded, this,
            [this](RunServer::RequestId, const std::optional<QlikError> &failure, bool answered) {
                if (failure && !answered)
                    setState(State::Failed, tr("%1: %2").arg(name(), ErrorText::explain(*failure)));
                else if (answered)
                    recheckAfterFailure(); // answered again: ask for the version again
            });
    connect(&server, &RunServer::tasksListed, this, &ProfileSession::recheckAfterFailure);
    // A watch the server ended by itself is said where the connection's state is.
    connect(m_watch.get(), &ServerWatch::watchingChanged, this,
            [this](bool watching, const QString &why) {
                if (!watching && !why.isEmpty())
                    return setState(m_state, tr("%1: %2").arg(name(), why));
                if (m_serverWords.isEmpty())
                    return;
                m_connectedText = connectedText();
                if (m_state == State::Connected)
                    setState(m_state, m_connectedText);
            });
    // While a rate limit holds requests back, the status bar says so instead.
    connect(m_tracker.get(), &RunTracker::heldBack, this, [this](bool held, const QString &why) {
        if (m_state != State::Connected)
            return;
        setState(State::Connected, held ? tr("%1: %2").arg(name(), why) : m_connectedText);
    });
    connect(m_tracker.get(), &RunTracker::pollModeChanged, this,
            [this](RunServer::PollMode mode, const QString &why) {
                qCInfo(lcPolling).noquote()
                    << name()
                    << (mode == RunServer::PollMode::Compact ? "polls in as few requests as it can:"
                                                             : "polls every run on its own:")
                    << why;
            });
}

// Members go in reverse order: the watch and the chains, the tracker they use, then the
// connection, then the network.
ProfileSession::~ProfileSession() = default;

void ProfileSession::recheckAfterFailure()
{
    if (m_state == State::Failed && m_checkRequest == 0)
        checkConnection();
}

void ProfileSession::checkConnection()
{
    setState(State::Checking, tr("%1: connecting to %2…").arg(name(), profile().describe()));
    m_checkRequest = m_connection->server().checkConnection();
}

QString ProfileSession::connectedText() const
{
    QString text = m_watch->isWatching()
        ? tr("%1: connected, %2, watching every run").arg(name(), m_serverWords)
        : tr("%1: connected, %2").arg(name(), m_serverWords);
    if (const QString warning =
            BearerToken::expiryWarning(m_tokenExpiry, QDateTime::currentDateTimeUtc());
        !warning.isEmpty())
        text = tr("%1. %2").arg(text, warning);
    return text;
}

bool ProfileSession::applyWatch(const ConnectionProfile &profile)
{
    m_profile.watchServer = profile.watchServer && !profile.isCloud();
    m_profile.watchNotifyFilter = profile.watchNotifyFilter;
    m_notifyFilter = TaskFilter::parse(profile.watchNotifyFilter, nullptr);
    if (!m_profile.watchServer) {
        m_watch->stop();
        return true;
    }
    return m_watch->start();
}

void ProfileSession::setState(State state, const QString &text)
{
    if (m_state == state && m_stateText == text)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged();
}
