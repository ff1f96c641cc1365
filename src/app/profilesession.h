#pragma once

#include "connectionprofile.h"
#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runtracker.h"

#include <memory>
#include <optional>
#include <QDateTime>
#include <QObject>

class QNetworkAccessManager;

/// Everything the app keeps for one connection profile: its own network access manager (and so
/// its own cookie jar and proxy session), a QlikService and the RunTracker of its runs, plus
/// the state of the connection in words for the status bar.
class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    enum class State { Unknown, Checking, Connected, Failed };
    Q_ENUM(State)

    /// `secret` is what the profile's sign-in method needs beside it (see QlikService).
    ProfileSession(const ConnectionProfile &profile, bool isDemo, const QString &secret = {},
                   QObject *parent = nullptr);
    ~ProfileSession() override;

    [[nodiscard]] const ConnectionProfile &profile() const;
    [[nodiscard]] QString name() const { return profile().name; }
    [[nodiscard]] bool isDemo() const { return m_isDemo; }
    [[nodiscard]] QlikService &service() const { return *m_service; }
    [[nodiscard]] RunServer &server() const { return *m_server; }
    [[nodiscard]] RunTracker &tracker() const { return *m_tracker; }

    [[nodiscard]] State state() const { return m_state; }
    /// "Connected to Production: Qlik Sense 14.173.4" or what is wrong, in words.
    [[nodiscard]] QString stateText() const { return m_stateText; }
    [[nodiscard]] QString serverVersion() const { return m_serverVersion; }

    /// Asks `/qrs/about` again; the answer lands in state().
    void checkConnection();

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state, const QString &text);

    bool m_isDemo = false;
    std::optional<QDateTime> m_tokenExpiry; ///< Jwt: when the token runs out (not the token)
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QlikService> m_service;
    std::unique_ptr<RunServer> m_server;
    std::unique_ptr<RunTracker> m_tracker;
    QlikService::RequestId m_aboutRequest = 0;
    State m_state = State::Unknown;
    QString m_stateText;
    QString m_serverVersion;
};
