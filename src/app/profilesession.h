#pragma once

#include "chainfollower.h"
#include "connectionprofile.h"
#include "runtracker.h"
#include "serverconnection.h"
#include "serverwatch.h"
#include "taskfilter.h"

#include <memory>
#include <optional>
#include <QDateTime>
#include <QObject>

class QNetworkAccessManager;

/// Everything the app keeps for one connection profile: its own network access manager (and so
/// its own cookie jar and proxy session), its ServerConnection (a repository or a Qlik Cloud
/// tenant), the RunTracker of its runs with the ChainFollower of the runs started here and the
/// ServerWatch of every run on the server, plus the state of the connection in words for the
/// status bar.
class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    enum class State { Unknown, Checking, Connected, Failed };
    Q_ENUM(State)

    /// `secret` is what the profile's sign-in method needs beside it (see ConnectionProfile).
    ProfileSession(const ConnectionProfile &profile, bool isDemo, const QString &secret = {},
                   QObject *parent = nullptr);
    ~ProfileSession() override;

    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    [[nodiscard]] QString name() const { return profile().name; }
    [[nodiscard]] bool isDemo() const { return m_isDemo; }
    [[nodiscard]] const ServerConnection &connection() const { return *m_connection; }
    [[nodiscard]] RunServer &server() const { return m_connection->server(); }
    [[nodiscard]] RunTracker &tracker() const { return *m_tracker; }
    /// Follows the task chain of every run started here.
    [[nodiscard]] ChainFollower &chains() const { return *m_chains; }
    /// Watches every run on the server, when the person asks for it.
    [[nodiscard]] ServerWatch &watch() const { return *m_watch; }

    [[nodiscard]] State state() const { return m_state; }
    /// "Production: connected, Qlik Sense repository 14.173.4" or what is wrong, in words.
    [[nodiscard]] QString stateText() const { return m_stateText; }

    /// The profile's watch settings changed (nothing else did): the session keeps its runs and
    /// starts or stops watching. False, with ServerWatch::problem(), when the server cannot be
    /// watched.
    bool applyWatch(const ConnectionProfile &profile);
    /// Whether a failed run of the task, seen on the watched server, notifies (the profile's
    /// filter holds for it).
    [[nodiscard]] bool notifiesOfSeenFailure(const ReloadTask &task) const
    {
        return m_notifyFilter && m_notifyFilter->matches(task);
    }
    /// Asks the server again (RunServer::checkConnection()); the answer lands in state().
    void checkConnection();

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state, const QString &text);
    /// "Production: connected, Qlik Sense repository 14.173.4", whether it is watched, and a
    /// token about to run out.
    [[nodiscard]] QString connectedText() const;
    /// Once the server answers again after a failure, asks for its version again.
    void recheckAfterFailure();

    bool m_isDemo = false;
    std::optional<QDateTime> m_tokenExpiry; ///< Jwt: when the token runs out (not the token)
    ConnectionProfile m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<RunTracker> m_tracker;
    std::unique_ptr<ChainFollower> m_chains;
    std::unique_ptr<ServerWatch> m_watch;
    /// The profile's watchNotifyFilter, read once; none when it does not read (the profile's
    /// validation says why).
    std::optional<TaskFilter> m_notifyFilter;
    RunServer::RequestId m_checkRequest = 0;
    State m_state = State::Unknown;
    QString m_stateText;
    QString m_serverWords; ///< what answered the last connection check, in words
    QString m_connectedText; ///< what stateText() says while connected and nothing holds back
};
