#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

/// One app per user and settings file: the first start listens on a local socket; a later
/// start (a double-click again, a launcher, a script) hands its request over, raising the
/// window and starting its runs there, and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    struct Request
    {
        QString profile; ///< where the runs go; empty: the active profile
        QStringList tasks; ///< ids or names; empty: only show the window
    };

    /// `key` tells instances apart (the settings file in use): the same key, the same app.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Hands `request` to a running instance; true when it took it (this start should end).
    [[nodiscard]] bool handOver(const Request &request, int timeoutMs = 3000) const;
    /// Becomes the running instance; false (with a warning) when the socket cannot be had.
    bool listen();
    [[nodiscard]] const QString &serverName() const { return m_serverName; }

    /// Longest request a starting instance may send.
    static constexpr qint64 MaxRequestBytes = 64 * 1024;

Q_SIGNALS:
    void requested(const SingleInstance::Request &request);

private:
    void onConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
