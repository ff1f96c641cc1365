#include "simoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qrssim::SimOptions", text);
}

bool readInt(const QCommandLineParser &parser, const QString &name, int *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (!ok || number < 0) {
        *error = tr("--%1 needs a whole number >= 0, not \"%2\"").arg(name, parser.value(name));
        return false;
    }
    *target = number;
    return true;
}

bool readBodyFault(const QCommandLineParser &parser, BodyFault *fault, QString *error)
{
    if (!BodyFault::parseMode(parser.value(u"body-fault"_s), &fault->mode)) {
        *error = tr("--body-fault is huge, endless, trickle, cut, stall or none");
        return false;
    }
    fault->route = parser.value(u"body-fault-route"_s);
    if (!readInt(parser, u"body-fault-every"_s, &fault->every, error) ||
        !readInt(parser, u"body-fault-size-mb"_s, &fault->sizeMb, error) ||
        !readInt(parser, u"body-fault-trickle-ms"_s, &fault->trickleMs, error) ||
        !readInt(parser, u"body-fault-cut-after"_s, &fault->cutAfter, error) ||
        !readInt(parser, u"body-fault-max-ms"_s, &fault->maxMs, error))
        return false;
    if (fault->every < 1 || fault->sizeMb < 1 || fault->sizeMb > 4096 || fault->trickleMs < 1) {
        *error = tr("--body-fault-every and --body-fault-trickle-ms need a number >= 1, "
                    "--body-fault-size-mb one from 1 to 4096");
        return false;
    }
    return true;
}

bool readProxy(const QCommandLineParser &parser, SimOptions *options, QString *error)
{
    VirtualProxy::Settings &proxy = options->proxy;
    proxy.prefix = parser.value(u"prefix"_s).trimmed();
    while (proxy.prefix.startsWith(u'/'))
        proxy.prefix.remove(0, 1);
    while (proxy.prefix.endsWith(u'/'))
        proxy.prefix.chop(1);
    proxy.headerName = parser.value(u"header"_s);
    if (proxy.headerName.isEmpty()) {
        *error = tr("--header must not be empty");
        return false;
    }
    const QString authFailure = parser.value(u"auth-failure"_s);
    if (authFailure == "html"_L1)
        proxy.failure = VirtualProxy::AuthFailure::Html;
    else if (authFailure != "redirect"_L1) {
        *error = tr("--auth-failure is redirect or html");
        return false;
    }
    const QString method = parser.value(u"auth"_s);
    if (method == "certificate"_L1)
        proxy.method = VirtualProxy::Method::Certificate;
    else if (method == "windows"_L1)
        proxy.method = VirtualProxy::Method::Windows;
    else if (method == "jwt"_L1)
        proxy.method = VirtualProxy::Method::Jwt;
    else if (method != "header"_L1) {
        *error = tr("--auth is header, certificate, windows or jwt");
        return false;
    }
    bool ok = false;
    const double idleSeconds = parser.value(u"session-idle"_s).toDouble(&ok);
    if (!ok || idleSeconds < 0) {
        *error = tr("--session-idle needs a number of seconds >= 0");
        return false;
    }
    proxy.sessionIdleMs = qint64(idleSeconds * 1000);
    if (proxy.method == VirtualProxy::Method::Jwt) {
        QString why;
        proxy.jwt = JwtVerifier::fromCertificateFile(parser.value(u"jwt-cert"_s), &why);
        if (!proxy.jwt) {
            *error = tr("--auth jwt needs --jwt-cert FILE: %1").arg(why);
            return false;
        }
    }
    proxy.windowsAccount = parser.value(u"windows-account"_s);
    proxy.windowsPassword = parser.value(u"windows-password"_s);
    proxy.windowsUserAgentPattern = parser.value(u"windows-pattern"_s);
    if (proxy.method == VirtualProxy::Method::Windows &&
        (!proxy.windowsAccount.contains(u'\\') || proxy.windowsPassword.isEmpty())) {
        *error = tr("--auth windows needs --windows-account DOMAIN\\user and --windows-password");
        return false;
    }
    options->clientCaFile = parser.value(u"client-ca"_s);
    proxy.inactiveUsers = parser.values(u"inactive-user"_s);
    const QString missingUser = parser.value(u"missing-user"_s);
    if (missingUser != "system"_L1 && missingUser != "reject"_L1) {
        *error = tr("--missing-user is system or reject");
        return false;
    }
    proxy.missingUserIsSystem = missingUser == "system"_L1;
    if (proxy.method == VirtualProxy::Method::Certificate &&
        (options->clientCaFile.isEmpty() || !options->tls())) {
        *error = tr("--auth certificate needs --client-ca, --tls-cert and --tls-key");
        return false;
    }
    return true;
}

/// "on"/"off", "include"/"omit", ... of a two-valued option into *target.
bool readChoice(const QCommandLineParser &parser, const QString &name, QLatin1StringView yes,
                QLatin1StringView no, bool *target, QString *error)
{
    const QString value = parser.value(name);
    if (value != yes && value != no) {
        *error = tr("--%1 is %2 or %3").arg(name, yes, no);
        return false;
    }
    *target = value == yes;
    return true;
}

bool readCloud(const QCommandLineParser &parser, SimOptions *options, QString *error)
{
    options->cloudMode = parser.isSet(u"cloud"_s);
    CloudRoutes::Settings &cloud = options->cloud;
    cloud.auth.apiKey = parser.value(u"api-key"_s);
    const QStringList clients = parser.values(u"oauth-client"_s);
    for (const QString &client : clients) {
        const qsizetype colon = client.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--oauth-client needs ID:SECRET, not \"%1\"").arg(client);
            return false;
        }
        cloud.auth.clients.insert(client.left(colon), client.mid(colon + 1));
    }
    int lifetimeSeconds = 21600;
    bool cancel204 = false;
    bool unsetAsEmpty = false;
    if (!readInt(parser, u"token-lifetime"_s, &lifetimeSeconds, error) ||
        !readInt(parser, u"max-concurrent-reloads"_s, &cloud.maxConcurrentReloads, error) ||
        !readInt(parser, u"tier1-per-minute"_s, &cloud.limits.tier1PerMinute, error) ||
        !readInt(parser, u"tier2-per-minute"_s, &cloud.limits.tier2PerMinute, error) ||
        !readInt(parser, u"reloads-per-minute"_s, &cloud.limits.reloadsPerMinute, error) ||
        !readInt(parser, u"rate-burst"_s, &cloud.limits.burstPerSecond, error) ||
        !readChoice(parser, u"cloud-filter-ids"_s, "on"_L1, "off"_L1, &cloud.filterIds, error) ||
        !readChoice(parser, u"cloud-log-default"_s, "include"_L1, "omit"_L1, &cloud.logByDefault,
                    error) ||
        !readChoice(parser, u"cloud-unset-fields"_s, "empty"_L1, "absent"_L1, &unsetAsEmpty,
                    error) ||
        !readChoice(parser, u"cloud-cancel-status"_s, "204"_L1, "202"_L1, &cancel204, error))
        return false;
    if (cloud.maxConcurrentReloads < 1) {
        *error = tr("--max-concurrent-reloads needs a number >= 1");
        return false;
    }
    cloud.auth.tokenLifetimeMs = qint64(lifetimeSeconds) * 1000;
    cloud.wire.unsetAsEmpty = unsetAsEmpty;
    cloud.cancelStatus = cancel204 ? 204 : 202;
    return true;
}

} // namespace

std::optional<SimOptions> SimOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates the Qlik Sense Repository Service (QRS) behind a header-authenticated "
           "virtual proxy, or with --cloud a Qlik Cloud tenant's REST API, for demos and tests."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const auto value = [](const QString &name, const char *description, const char *valueName,
                          const QString &defaultValue = QString()) {
        return QCommandLineOption(name, tr(description), tr(valueName), defaultValue);
    };
    parser.addOptions({
        value(u"host"_s, "Address to listen on.", "address", u"127.0.0.1"_s),
        value(u"port"_s, "Port to listen on (0: any free port).", "port", u"0"_s),
        value(u"scenario"_s, "Scenario JSON file (default: the built-in demo).", "file"),
        value(u"time-scale"_s, "Multiply all scenario timings by this factor.", "factor", u"1.0"_s),
        value(u"tls-cert"_s, "PEM certificate (chain) for HTTPS.", "file"),
        value(u"tls-key"_s, "PEM private key for HTTPS.", "file"),
        value(u"prefix"_s, "Virtual proxy prefix (\"\" for none).", "prefix", u"opcon"_s),
        value(u"header"_s, "Name of the user header of the virtual proxy.", "name", u"opcon-usr"_s),
        value(u"auth-failure"_s, "Unauthenticated requests: redirect (302) or html (200).",
              "redirect|html", u"redirect"_s),
        value(u"auth"_s,
              "Sign-in: header (a header-authenticated virtual proxy), certificate (the "
              "repository's port 4242: a client certificate signed by --client-ca, the user in "
              "X-Qlik-User, no virtual proxy), windows (NTLM through the proxy's Windows "
              "authentication module, for --windows-account) or jwt (a bearer token signed for "
              "--jwt-cert).",
              "header|certificate|windows|jwt", u"header"_s),
        value(u"jwt-cert"_s, "JWT sign-in: PEM certificate whose key signs the tokens.", "file"),
        value(u"windows-account"_s, "Windows sign-in: the account the module accepts.",
              "DOMAIN\\user"),
        value(u"windows-password"_s, "Windows sign-in: that account's password.", "password"),
        value(u"windows-pattern"_s,
              "Windows sign-in: user agents containing this get the Windows module, others the "
              "forms login.",
              "text", u"Windows"_s),
        value(u"session-idle"_s, "Proxy sessions end after this many seconds unused (0: never).",
              "seconds", u"0"_s),
        value(u"client-ca"_s, "Certificate sign-in: PEM file of the CA that signs clients.",
              "file"),
        value(u"inactive-user"_s,
              "Certificate sign-in: this X-Qlik-User (DIRECTORY\\id) is refused as inactive; "
              "repeatable.",
              "user"),
        value(u"missing-user"_s,
              "Certificate sign-in without X-Qlik-User: run as the system user or reject (403).",
              "system|reject", u"system"_s),
        value(u"script-log-route"_s, "Script log ticket routes that answer.", "new|old|both",
              u"both"_s),
        value(u"script-log-delay"_s, "Script log download is 404 for this long after a run.", "ms",
              u"500"_s),
        value(u"modified-date"_s,
              "Execution results' modifiedDate: moving (every change), frozen (creation time) "
              "or unfilterable (moving, but a filter on it answers 400).",
              "moving|frozen|unfilterable", u"moving"_s),
        value(u"running-duration"_s,
              "The duration of a running execution result: advancing (grows) or zero.",
              "advancing|zero", u"advancing"_s),
        value(u"fail-every"_s, "Every Nth executionresult poll answers 503.", "n", u"0"_s),
        value(u"latency"_s, "Delay every QRS response.", "ms", u"0"_s),
        value(u"drop-every"_s, "Every Nth QRS request: connection dropped.", "n", u"0"_s),
        value(u"reset-after-start"_s,
              "Every Nth start/synchronous is carried out, then its connection is reset.", "n",
              u"0"_s),
        value(u"body-fault"_s, "Damage answer bodies of QRS routes.",
              "huge|endless|trickle|cut|stall|none", u"none"_s),
        value(u"body-fault-route"_s, "Only paths containing this text (empty: every route).",
              "text"),
        value(u"body-fault-every"_s, "Every Nth matching request gets a damaged body.", "n",
              u"1"_s),
        value(u"body-fault-size-mb"_s, "Size of the huge body.", "mb", u"150"_s),
        value(u"body-fault-trickle-ms"_s, "Trickle: one body byte every this many ms.", "ms",
              u"1000"_s),
        value(u"body-fault-cut-after"_s, "Cut: body bytes sent before the connection closes.",
              "bytes", u"10"_s),
        value(u"body-fault-max-ms"_s,
              "Longest a damaged answer lasts (0: 120000 endless, 300000 otherwise).", "ms",
              u"0"_s),
    });
    parser.addOptions({
        value(u"api-key"_s, "Cloud: the API key accepted as a bearer token.", "key",
              u"qrs-sim-api-key"_s),
        value(u"oauth-client"_s,
              "Cloud: an OAuth client that may get access tokens from /oauth/token; repeatable.",
              "id:secret"),
        value(u"token-lifetime"_s, "Cloud: lifetime of the access tokens issued.", "seconds",
              u"21600"_s),
        value(u"max-concurrent-reloads"_s,
              "Cloud: reloads running at once in the tenant; the others wait QUEUED.", "n", u"4"_s),
        value(u"tier1-per-minute"_s, "Cloud: GET requests per token a minute (0: no limit).", "n",
              u"1000"_s),
        value(u"tier2-per-minute"_s, "Cloud: other writes per token a minute (0: no limit).", "n",
              u"100"_s),
        value(u"reloads-per-minute"_s,
              "Cloud: POST /api/v1/reloads per token a minute (0: no limit).", "n", u"50"_s),
        value(u"rate-burst"_s,
              "Cloud: at most this many requests per token, tier and second (0: no cap).", "n",
              u"0"_s),
        value(u"cloud-filter-ids"_s, "Cloud: whether a reloads filter may test id (off: 400).",
              "on|off", u"on"_s),
        value(u"cloud-log-default"_s,
              "Cloud: the reloads list without log= includes the log or omits it.", "include|omit",
              u"include"_s),
        value(u"cloud-unset-fields"_s,
              "Cloud: reload fields without a value yet are absent or empty strings.",
              "absent|empty", u"absent"_s),
        value(u"cloud-cancel-status"_s, "Cloud: a cancel answers 202 {status} or 204.", "202|204",
              u"202"_s),
    });
    parser.addOption(QCommandLineOption(
        u"cloud"_s,
        tr("Serve a Qlik Cloud tenant's REST API (OAuth, API key, spaces, items, reloads) "
           "instead of the repository.")));
    parser.addOption(
        QCommandLineOption(u"log-requests"_s, tr("Print one line per request on stderr.")));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    SimOptions options;
    options.host = parser.value(u"host"_s);
    bool ok = false;
    const uint port = parser.value(u"port"_s).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("--port needs a number from 0 to 65535");
        return std::nullopt;
    }
    options.port = quint16(port);
    options.scenarioFile = parser.value(u"scenario"_s);
    options.timeScale = parser.value(u"time-scale"_s).toDouble(&ok);
    if (!ok || options.timeScale < 0) {
        *error = tr("--time-scale needs a number >= 0");
        return std::nullopt;
    }
    options.tlsCertFile = parser.value(u"tls-cert"_s);
    options.tlsKeyFile = parser.value(u"tls-key"_s);
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    if (!readProxy(parser, &options, error))
        return std::nullopt;
    const QString route = parser.value(u"script-log-route"_s);
    if (route == "new"_L1)
        options.scriptLogRoute = ScriptLogRoute::New;
    else if (route == "old"_L1)
        options.scriptLogRoute = ScriptLogRoute::Old;
    else if (route != "both"_L1) {
        *error = tr("--script-log-route is new, old or both");
        return std::nullopt;
    }
    const QString modified = parser.value(u"modified-date"_s);
    if (modified == "frozen"_L1)
        options.wire.modifiedDates = WireStyle::ModifiedDates::Frozen;
    else if (modified == "unfilterable"_L1)
        options.wire.modifiedDates = WireStyle::ModifiedDates::Unfilterable;
    else if (modified != "moving"_L1) {
        *error = tr("--modified-date is moving, frozen or unfilterable");
        return std::nullopt;
    }
    const QString duration = parser.value(u"running-duration"_s);
    if (duration != "advancing"_L1 && duration != "zero"_L1) {
        *error = tr("--running-duration is advancing or zero");
        return std::nullopt;
    }
    options.wire.runningDurationAdvances = duration == "advancing"_L1;
    int delay = 0;
    if (!readInt(parser, u"script-log-delay"_s, &delay, error) ||
        !readInt(parser, u"fail-every"_s, &options.faults.failEvery, error) ||
        !readInt(parser, u"latency"_s, &options.faults.latencyMs, error) ||
        !readInt(parser, u"drop-every"_s, &options.faults.dropEvery, error) ||
        !readInt(parser, u"reset-after-start"_s, &options.faults.resetAfterStart, error) ||
        !readBodyFault(parser, &options.faults.body, error))
        return std::nullopt;
    options.scriptLogDelayMs = parser.isSet(u"script-log-delay"_s) ? delay : 500;
    options.logRequests = parser.isSet(u"log-requests"_s);
    if (!readCloud(parser, &options, error))
        return std::nullopt;
    return options;
}

} // namespace qrssim
