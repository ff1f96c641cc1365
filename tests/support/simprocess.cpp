#include "simprocess.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto kTimeout = 10s;
}

SimProcess::SimProcess(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString SimProcess::dataDir()
{
    return QStringLiteral(QTR_SUPPORT_DATA_DIR);
}

QString SimProcess::scenarioPath(const QString &fileName)
{
    return dataDir() + u"/scenarios/"_s + fileName;
}

bool SimProcess::start()
{
    QStringList arguments {u"--scenario"_s, m_options.scenarioFile};
    switch (m_options.signIn) {
    case ConnectionProfile::SignIn::Header:
        break;
    case ConnectionProfile::SignIn::Certificate:
        m_options.tls = true;
        arguments << u"--auth"_s << u"certificate"_s << u"--client-ca"_s
                  << dataDir() + u"/tls/ca.pem"_s;
        break;
    case ConnectionProfile::SignIn::Jwt:
        arguments << u"--auth"_s << u"jwt"_s << u"--jwt-cert"_s << authDataDir() + u"/jwt.pem"_s
                  << u"--prefix"_s << u"jwt"_s;
        break;
    case ConnectionProfile::SignIn::Windows:
        arguments << u"--auth"_s << u"windows"_s << u"--windows-account"_s << u"ACME\\tester"_s
                  << u"--windows-password"_s << windowsPassword() << u"--prefix"_s << QString();
        break;
    case ConnectionProfile::SignIn::CloudApiKey:
    case ConnectionProfile::SignIn::CloudOAuth:
        arguments << u"--cloud"_s << u"--api-key"_s << CloudApiKey << u"--oauth-client"_s
                  << CloudClientId + u':' + CloudClientSecret;
        break;
    }
    if (m_options.tls) {
        const QString base = dataDir() + u"/tls/"_s + m_options.certificate;
        arguments << u"--tls-cert"_s << base + u".pem"_s << u"--tls-key"_s << base + u"-key.pem"_s;
    }
    arguments << m_options.extraArgs;

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QByteArray output;
    static const QRegularExpression pattern(u"qrs-sim listening on (\\S+)"_s);
    connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        output += m_process.readAllStandardOutput();
        const auto match = pattern.match(QString::fromUtf8(output));
        if (match.hasMatch() && output.contains('\n')) {
            m_baseUrl = QUrl(match.captured(1));
            loop.quit();
        }
    });
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
#ifdef Q_OS_LINUX
    // A test that crashes takes its simulator with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process.start(QStringLiteral(QRS_SIM_EXECUTABLE), arguments);
    timeout.start(kTimeout);
    loop.exec();
    disconnect(&m_process, nullptr, &loop, nullptr);

    if (m_baseUrl.isValid() && isRunning())
        return true;
    m_error = u"qrs-sim did not start (%1): %2"_s.arg(m_process.errorString(), standardError());
    return false;
}

QString SimProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromLocal8Bit(m_stderr);
}

QUrl SimProcess::serverUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QString());
    return url;
}

QString SimProcess::authDataDir()
{
    return QStringLiteral(QTR_SUPPORT_AUTH_DATA_DIR);
}

QString SimProcess::authData(const QString &fileName)
{
    QFile file(authDataDir() + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QString SimProcess::secret() const
{
    switch (m_options.signIn) {
    case ConnectionProfile::SignIn::Jwt:
        return authData(u"token.jwt"_s);
    case ConnectionProfile::SignIn::Windows:
        return windowsPassword();
    case ConnectionProfile::SignIn::CloudApiKey:
        return CloudApiKey;
    case ConnectionProfile::SignIn::CloudOAuth:
        return CloudClientSecret;
    case ConnectionProfile::SignIn::Header:
    case ConnectionProfile::SignIn::Certificate:
        break;
    }
    return {};
}

QSslConfiguration SimProcess::trustingSslConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(dataDir() + u"/tls/ca.pem"_s);
    return configuration;
}

ConnectionProfile SimProcess::profile() const
{
    ConnectionProfile profile;
    profile.name = u"qrs-sim"_s;
    profile.serverUrl = serverUrl();
    profile.requestTimeout = 10s;
    if (m_options.signIn == ConnectionProfile::SignIn::Certificate) {
        profile.signIn = ConnectionProfile::SignIn::Certificate;
        profile.userDirectory = u"ACME"_s;
        profile.userId = u"tester"_s;
        profile.clientCertificateFile = authDataDir() + u"/client.pem"_s;
        profile.clientKeyFile = authDataDir() + u"/client_key.pem"_s;
        profile.caCertificateFile = dataDir() + u"/tls/ca.pem"_s;
        return profile;
    }
    if (profile.isCloud(m_options.signIn)) {
        profile.signIn = m_options.signIn;
        if (m_options.signIn == ConnectionProfile::SignIn::CloudOAuth)
            profile.userId = CloudClientId;
        if (m_options.tls)
            profile.caCertificateFile = dataDir() + u"/tls/ca.pem"_s;
        return profile;
    }
    if (m_options.signIn == ConnectionProfile::SignIn::Jwt ||
        m_options.signIn == ConnectionProfile::SignIn::Windows) {
        profile.signIn = m_options.signIn;
        profile.virtualProxyPrefix = m_baseUrl.path().mid(1);
        if (m_options.signIn == ConnectionProfile::SignIn::Windows)
            profile.userId = u"ACME\\tester"_s;
        if (m_options.tls)
            profile.caCertificateFile = dataDir() + u"/tls/ca.pem"_s;
        return profile;
    }
    profile.virtualProxyPrefix = u"opcon"_s;
    profile.userHeaderName = u"opcon-usr"_s;
    profile.userId = u"ACME\\tester"_s;
    if (m_options.tls)
        profile.caCertificateFile = dataDir() + u"/tls/ca.pem"_s;
    profile.requestTimeout = 10s;
    return profile;
}

QUrl SimProcess::controlUrl(const QString &path) const
{
    QUrl url = serverUrl();
    url.setPath(path);
    return url;
}

SimProcess::Answer SimProcess::call(const QByteArray &method, const QUrl &url,
                                    const QByteArray &body,
                                    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_options.tls) {
        QSslConfiguration ssl = trustingSslConfiguration();
        if (m_options.signIn == ConnectionProfile::SignIn::Certificate) {
            ssl.setLocalCertificateChain(
                QSslCertificate::fromPath(authDataDir() + u"/client.pem"_s));
            QFile key(authDataDir() + u"/client_key.pem"_s);
            if (key.open(QIODevice::ReadOnly))
                ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        }
        request.setSslConfiguration(ssl);
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(kTimeout, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
    return answer;
}

QJsonArray SimProcess::requestLog()
{
    return QJsonDocument::fromJson(call("GET", controlUrl(u"/__sim/requests"_s)).body).array();
}

int SimProcess::requestCount(const QString &method, const QString &pathContains)
{
    int count = 0;
    const QJsonArray log = requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject object = entry.toObject();
        if ((method.isEmpty() || object.value(u"method"_s).toString() == method) &&
            object.value(u"path"_s).toString().contains(pathContains))
            ++count;
    }
    return count;
}

bool SimProcess::clearRequestLog()
{
    return call("POST", controlUrl(u"/__sim/requests/clear"_s)).status == 204;
}

bool SimProcess::setFaults(int failEvery, int latencyMs, int dropEvery)
{
    return setFaults(QJsonObject {
        {u"failEvery"_s, failEvery}, {u"latencyMs"_s, latencyMs}, {u"dropEvery"_s, dropEvery}});
}

bool SimProcess::setFaults(const QJsonObject &faults)
{
    return call("POST", controlUrl(u"/__sim/faults"_s), QJsonDocument(faults).toJson()).status ==
        200;
}

bool SimProcess::refuseSignIns(bool refuse)
{
    return call("POST", controlUrl(u"/__sim/signins"_s),
                QJsonDocument(QJsonObject {{u"refuse"_s, refuse}}).toJson())
        .ok;
}

bool SimProcess::forgetSessions()
{
    return call("POST", controlUrl(u"/__sim/forget"_s)).status == 204;
}

bool SimProcess::expireCloudTokens()
{
    return call("POST", controlUrl(u"/__sim/cloud/expire-tokens"_s)).status == 204;
}

bool SimProcess::forceCloudRateLimit(int retryAfterSeconds, int count)
{
    const QJsonObject body {{u"retryAfter"_s, retryAfterSeconds}, {u"count"_s, count}};
    return call("POST", controlUrl(u"/__sim/cloud/ratelimit"_s), QJsonDocument(body).toJson())
               .status == 204;
}

int SimProcess::mostSentSoonAfter429(const QJsonArray &log, qint64 windowMs)
{
    int most = 0;
    for (const QJsonValue &refused : log) {
        if (refused.toObject().value(u"status"_s).toInt() != 429)
            continue;
        const qint64 at = refused.toObject().value(u"atEpochMs"_s).toInteger();
        int soon = 0;
        for (const QJsonValue &other : log) {
            const qint64 after = other.toObject().value(u"atEpochMs"_s).toInteger() - at;
            soon += after > 0 && after < windowMs ? 1 : 0;
        }
        most = std::max(most, soon);
    }
    return most;
}

bool SimProcess::outage(int ms)
{
    QUrl url = controlUrl(u"/__sim/outage"_s);
    url.setQuery(u"ms=%1"_s.arg(ms));
    return call("POST", url).status == 204;
}

QJsonDocument SimProcess::qrs(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body)
{
    const QByteArray key = "0123456789abcdef";
    QUrl url = m_baseUrl;
    url.setPath(url.path() + u"/qrs"_s + path);
    QUrlQuery withKey = query;
    withKey.addQueryItem(u"xrfkey"_s, QString::fromLatin1(key));
    url.setQuery(withKey);
    const Answer answer =
        call(method, url, body, {{"X-Qlik-Xrfkey", key}, {"opcon-usr", "ACME\\tester"}});
    return answer.ok ? QJsonDocument::fromJson(answer.body) : QJsonDocument();
}

QString SimProcess::taskId(const QString &name, const QString &appName)
{
    auto quoted = [](QString text) -> QString {
        return u'\'' + text.replace(u'\'', u"''"_s) + u'\'';
    };
    QString filter = u"name eq "_s + quoted(name);
    if (!appName.isEmpty())
        filter += u" and app.name eq "_s + quoted(appName);
    QUrlQuery query;
    query.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    const QJsonArray tasks = qrs("GET", u"/reloadtask/full"_s, query).array();
    return tasks.isEmpty() ? QString() : tasks.first().toObject().value(u"id"_s).toString();
}
