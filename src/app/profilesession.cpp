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
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_service(std::make_unique<QlikService>(*m_network, profile, secret))
    , m_server(std::make_unique<QrsRunServer>(*m_service))
    , m_tracker(std::make_unique<RunTracker>(*m_server))
{
    if (profile.signIn == ConnectionProfile::SignIn::Jwt)
        m_tokenExpiry = BearerToken::expiry(secret);
    connect(m_service.get(), &QlikService::aboutReceived, this,
            [this](QlikService::RequestId id, const AboutInfo &about) {
                if (id == m_aboutRequest)
                    m_aboutRequest = 0;
                m_serverVersion = about.buildVersion;
                QString text =
                    tr("%1: connected, Qlik Sense repository %2").arg(name(), about.buildVersion);
                if (const QString warning =
                        BearerToken::expiryWarning(m_tokenExpiry, QDateTime::currentDateTimeUtc());
                    !warning.isEmpty())
                    text = tr("%1. %2").arg(text, warning);
                setState(State::Connected, text);
            });
    connect(m_service.get(), &QlikService::requestFailed, this,
            [this](QlikService::RequestId id, QlikService::Operation operation,
                   const QlikError &error) {
                // Failures about one task (a name, a disabled task) say nothing about the server.
                const bool aboutServer = operation == QlikService::Operation::About ||
                    operation == QlikService::Operation::PollExecutions ||
                    operation == QlikService::Operation::ListTasks ||
                    error.category == QlikError::Category::Unauthenticated ||
                    error.category == QlikError::Category::Transient ||
                    error.category == QlikError::Category::Tls ||
                    error.category == QlikError::Category::SignIn;
                if (id == m_aboutRequest)
                    m_aboutRequest = 0;
                if (aboutServer)
                    setState(State::Failed, tr("%1: %2").arg(name(), ErrorText::explain(error)));
            });
    // Once polls are answered again after a failure, ask for the version again.
    connect(m_service.get(), &QlikService::executionsPolled, this, [this] {
        if (m_state == State::Failed && m_aboutRequest == 0)
            checkConnection();
    });
    connect(m_tracker.get(), &RunTracker::pollModeChanged, this,
            [this](RunServer::PollMode mode, const QString &why) {
                qCInfo(lcPolling).noquote()
                    << name()
                    << (mode == RunServer::PollMode::Compact ? "polls in as few requests as it can:"
                                                             : "polls every run on its own:")
                    << why;
            });
    connect(m_service.get(), &QlikService::tasksListed, this, [this] {
        if (m_state == State::Failed && m_aboutRequest == 0)
            checkConnection();
    });
}

// Members go in reverse order: the tracker, then the service it uses, then the network.
ProfileSession::~ProfileSession() = default;

const ConnectionProfile &ProfileSession::profile() const
{
    return m_service->profile();
}

void ProfileSession::checkConnection()
{
    setState(State::Checking, tr("%1: connecting to %2…").arg(name(), profile().describe()));
    m_aboutRequest = m_service->fetchAbout();
}

void ProfileSession::setState(State state, const QString &text)
{
    if (m_state == state && m_stateText == text)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged();
}
