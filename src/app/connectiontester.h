#pragma once

#include "connectionprofile.h"
#include "qlikservice.h"

#include <memory>
#include <QObject>

class QNetworkAccessManager;

/// "Test connection": asks `/qrs/about` with a profile that is not saved yet, on a network
/// access manager of its own, and says in words what came of it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Starts a test; an earlier one still running is dropped.
    void test(const ConnectionProfile &profile);
    [[nodiscard]] bool isRunning() const { return m_request != 0; }

Q_SIGNALS:
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QlikService> m_service;
    QlikService::RequestId m_request = 0;
};
