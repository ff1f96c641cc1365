#pragma once

#include "connectionprofile.h"

#include <chrono>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

/// Runs the built qrs-sim as a child process for a test and talks to its /__sim control
/// endpoints. Start it with start() (waits up to 10 s for the "listening on" line, event-loop
/// based); the destructor kills it.
class SimProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimProcess)

public:
    struct Options
    {
        QString scenarioFile = SimProcess::scenarioPath(QStringLiteral("fast.json"));
        bool tls = false; ///< serve HTTPS with tests/data/tls/server.pem (CA: ca.pem)
        QStringList extraArgs; ///< e.g. {"--time-scale", "0.5", "--latency", "200"}
        /// With tls: the certificate's file name in tests/data/tls without ".pem" (its key is
        /// "<name>-key.pem"); "wrong-host" is made out for wrong.example only.
        QString certificate = QStringLiteral("server");
        /// Certificate: the repository's port 4242 style (TLS on, a client certificate signed by
        /// tests/data/tls/ca.pem required, X-Qlik-User read, no virtual proxy). Jwt: the virtual
        /// proxy "jwt" checks tokens signed for the generated jwt.pem. Windows: the default
        /// proxy signs ACME\tester in with NTLM (password windowsPassword()).
        /// CloudApiKey, CloudOAuth: `--cloud`, taking CloudApiKey and the OAuth client
        /// CloudClientId with CloudClientSecret (give a cloud scenario).
        ConnectionProfile::SignIn signIn = ConnectionProfile::SignIn::Header;
    };
    static inline const QString CloudApiKey = QStringLiteral("sim-key-0123456789");
    static inline const QString CloudClientId = QStringLiteral("runner");
    static inline const QString CloudClientSecret = QStringLiteral("runner-secret-42");

    explicit SimProcess(Options options, QObject *parent = nullptr);
    SimProcess()
        : SimProcess(Options {})
    { }
    ~SimProcess() override;

    /// Starts qrs-sim and waits for it to listen; false with errorString() on failure.
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// The sim's process id (e.g. to look at its memory in /proc); 0 when not running.
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    /// Everything qrs-sim wrote to stderr so far.
    [[nodiscard]] QString standardError();

    /// As printed by the sim: "http://127.0.0.1:PORT/opcon".
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    /// Scheme, host and port only.
    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] quint16 port() const { return quint16(m_baseUrl.port()); }
    [[nodiscard]] bool tls() const { return m_options.tls; }
    /// A profile for this sim: prefix "opcon", header "opcon-usr", user "ACME\tester", and the
    /// test CA when TLS is on; for Certificate, the generated client.pem and client_key.pem
    /// and X-Qlik-User ACME\tester.
    [[nodiscard]] ConnectionProfile profile() const;
    /// An SSL configuration that trusts the test CA (for hand-made requests).
    [[nodiscard]] static QSslConfiguration trustingSslConfiguration();
    /// The build's generated sign-in material (client certificates, PFX, JWT keys and tokens).
    [[nodiscard]] static QString authDataDir();
    /// A file of the generated material as text without its final line break.
    [[nodiscard]] static QString authData(const QString &fileName);
    [[nodiscard]] static QString windowsPassword() { return QStringLiteral("s3cret wörd"); }
    /// What profile()'s sign-in needs beside it: the Windows password, the token; else empty.
    [[nodiscard]] QString secret() const;

    // Control endpoints (synchronous, 10 s timeout each).
    [[nodiscard]] QJsonArray requestLog();
    /// Logged QRS requests with this method (empty: any) whose path contains \a pathContains.
    [[nodiscard]] int requestCount(const QString &method, const QString &pathContains);
    bool clearRequestLog();
    bool setFaults(int failEvery, int latencyMs, int dropEvery);
    /// POST /__sim/faults with any keys (missing keys unchanged), e.g.
    /// {"resetAfterStart":1} or {"body":{"mode":"cut","route":"executionresult"}}.
    bool setFaults(const QJsonObject &faults);
    /// The proxy refuses every sign-in (and ends its sessions) from now on, or lets them in again.
    bool refuseSignIns(bool refuse);
    /// The repository forgets every session and execution result it has (POST /__sim/forget).
    bool forgetSessions();
    /// Asks for an outage of \a ms; returns once the sim acknowledged (it then refuses
    /// connections for that long and listens again on the same port).
    bool outage(int ms);
    /// Qlik Cloud mode: every OAuth token issued so far stops working now.
    bool expireCloudTokens();
    /// Qlik Cloud mode: the next `count` API requests are answered 429 with this Retry-After.
    bool forceCloudRateLimit(int retryAfterSeconds, int count);
    /// Of the requests in `log`, the most that came within `windowMs` after one answered 429.
    [[nodiscard]] static int mostSentSoonAfter429(const QJsonArray &log, qint64 windowMs);
    /// A QRS request through the sim's proxy as the test profile (xrfkey and user header);
    /// the parsed JSON answer, or a null document when it failed or was not JSON.
    QJsonDocument qrs(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                      const QByteArray &body = {});
    /// The id of the first task with that name (and app name, if given), asked from the sim;
    /// empty if none.
    [[nodiscard]] QString taskId(const QString &name, const QString &appName = QString());

    [[nodiscard]] static QString dataDir();
    [[nodiscard]] static QString scenarioPath(const QString &fileName);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        bool ok = false;
    };
    Answer call(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    [[nodiscard]] QUrl controlUrl(const QString &path) const;

    Options m_options;
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stderr;
};
