#include "clioptions.h"

#include "bearertoken.h"
#include "certificatepin.h"
#include "clientidentity.h"
#include "cloud/cloudclient.h"
#include "exitcode.h"
#include "profilestore.h"
#include "runtracker.h"
#include "taskfilter.h"
#include "textformat.h"

#include <cmath>
#include <optional>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSslCertificate>
#include <QUrl>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

/// The script's parameters (lower case) and the native option each one stands for.
const QHash<QString, QString> &scriptOptions()
{
    static const QHash<QString, QString> map {
        {u"serverurl"_s, u"server"_s},
        {u"qlikuser"_s, u"user"_s},
        {u"taskid"_s, u"task"_s},
        {u"pollinginterval"_s, u"poll-interval"_s},
    };
    return map;
}

/// Native options that take a value (the next argument when not given with '=').
bool takesValue(const QString &name)
{
    static const QStringList names {u"server"_s,
                                    u"virtual-proxy"_s,
                                    u"user-header"_s,
                                    u"user"_s,
                                    u"task"_s,
                                    u"poll-interval"_s,
                                    u"timeout"_s,
                                    u"ca-cert"_s,
                                    u"pin-sha256"_s,
                                    u"unreachable-grace"_s,
                                    u"still-running-interval"_s,
                                    u"profile"_s,
                                    u"auth"_s,
                                    u"client-cert"_s,
                                    u"client-key"_s,
                                    u"pfx-password-file"_s,
                                    u"user-directory"_s,
                                    u"password-file"_s,
                                    u"jwt-file"_s,
                                    u"cloud"_s,
                                    u"app"_s,
                                    u"variable"_s,
                                    u"api-key-file"_s,
                                    u"oauth-client-id"_s,
                                    u"oauth-client-secret-file"_s};
    return names.contains(name);
}

/// The longest --poll-interval: a day.
constexpr double MaxPollIntervalSeconds = CliOptions::MaxPollIntervalMs / 1000.0;
/// The longest --timeout, --unreachable-grace and --still-running-interval.
constexpr double MaxSeconds = 366.0 * 24 * 3600;

/// A number of seconds as given on the command line ("5", "0.5").
struct Seconds
{
    std::optional<milliseconds> value; ///< nullopt: not a number of seconds >= 0
    bool tooLarge = false; ///< a number, but above the maximum
};

Seconds parseSeconds(const QString &text, double maxSeconds = MaxSeconds)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || std::isnan(seconds) || seconds < 0)
        return {};
    if (seconds > maxSeconds)
        return {std::nullopt, true};
    return {milliseconds(std::llround(seconds * 1000.0)), false};
}

/// A duration as --since takes it: seconds, or a number with s, m, h or d ("90s", "15m", "2h").
Seconds parseDuration(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    static constexpr std::pair<char16_t, double> Units[] = {
        {u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}};
    for (const auto &[unit, seconds] : Units) {
        if (trimmed.endsWith(unit)) {
            bool ok = false;
            const double count = trimmed.chopped(1).toDouble(&ok);
            if (!ok || std::isnan(count) || count < 0)
                return {};
            return parseSeconds(QString::number(count * seconds, 'f', 3));
        }
    }
    return parseSeconds(trimmed);
}

/// A secret file is a line of text; nothing sensible is bigger than this.
constexpr qint64 MaxSecretFileBytes = 64 * 1024;

/// The secret in `path` without its final line break; nullopt with a reason when unreadable.
std::optional<QString> secretFromFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    if (file.size() > MaxSecretFileBytes) {
        *why = QCoreApplication::translate("CliOptions", "it is larger than %1 KiB")
                   .arg(MaxSecretFileBytes / 1024);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(file.read(MaxSecretFileBytes));
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

/// Why `--ca-cert FILE` cannot be used, naming the file; empty when it holds a PEM certificate.
QString caFileProblem(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return QCoreApplication::translate("CliOptions", "the file '%1' does not exist").arg(path);
    if (!file.isFile())
        return QCoreApplication::translate("CliOptions", "'%1' is not a file").arg(path);
    if (!file.isReadable())
        return QCoreApplication::translate("CliOptions", "cannot read the file '%1'").arg(path);
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return QCoreApplication::translate("CliOptions",
                                           "the file '%1' holds no PEM certificate (a \"-----BEGIN "
                                           "CERTIFICATE-----\" block)")
            .arg(path);
    return {};
}

/// https://srv, https://srv/ and srv (https is assumed) give the server's origin.
std::optional<QUrl> parseServerUrl(QString text)
{
    text = text.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    if (url.path() == u"/"_s)
        url.setPath({});
    return url;
}

/// Why `--profile NAME` cannot be used, naming the profiles that can.
QString unknownProfileMessage(const QString &name, const ProfileStore *profiles)
{
    const QStringList names = profiles ? profiles->names() : QStringList();
    if (names.isEmpty())
        return QCoreApplication::translate("CliOptions",
                                           "--profile: there is no saved profile called '%1' (no "
                                           "profile is saved; add one in the desktop app Qlik "
                                           "Task Runner)")
            .arg(name);
    QStringList quoted;
    for (const QString &saved : names)
        quoted.append(u"'%1'"_s.arg(saved));
    return QCoreApplication::translate(
               "CliOptions", "--profile: there is no saved profile called '%1'; saved profiles: %2")
        .arg(name, quoted.join(u", "_s));
}

} // namespace

QStringList CliOptions::normalizeScriptOptions(const QStringList &arguments, bool *scriptStyle)
{
    QStringList result;
    bool expectValue = false;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || expectValue || onlyPositional) {
            result.append(argument);
            expectValue = false;
            continue;
        }
        if (argument == u"--"_s) {
            onlyPositional = true;
            result.append(argument);
        } else if (argument.startsWith(u"--"_s)) {
            const QString name = argument.mid(2).section(u'=', 0, 0);
            expectValue = takesValue(name) && !argument.contains(u'=');
            result.append(argument);
        } else if (argument.startsWith(u'-') && argument.size() > 2) {
            // PowerShell style: -Name value or -Name:value, any case.
            const QString body = argument.mid(1);
            const qsizetype colon = body.indexOf(u':');
            const QString name = (colon < 0 ? body : body.left(colon)).toLower();
            const auto native = scriptOptions().constFind(name);
            if (native == scriptOptions().cend()) {
                result.append(argument); // QCommandLineParser reports it
                continue;
            }
            if (scriptStyle)
                *scriptStyle = true;
            if (colon < 0) {
                result.append(u"--"_s + *native);
                expectValue = true;
            } else {
                result.append(u"--"_s + *native + u'=' + body.mid(colon + 1));
            }
        } else {
            result.append(argument);
        }
    }
    return result;
}

bool CliOptions::fail(const QString &message)
{
    m_action = Action::UsageError;
    // The message quotes what the operator typed: one line, no escape sequences.
    m_error = TextFormat::forTerminal(message);
    return false;
}

void CliOptions::warn(const QString &message)
{
    m_warnings.append(TextFormat::forTerminal(message));
}

void CliSettings::applyPolling(RunTracker &tracker) const
{
    tracker.setPollInterval(pollInterval);
    tracker.setUnreachableGrace(unreachableGrace);
    // With a short grace period the backoff must stay short too, or a run is given up late.
    tracker.setMaxBackoff(std::max(
        pollInterval, std::min<milliseconds>(std::chrono::seconds(60), unreachableGrace / 4)));
}

CliOptions CliOptions::parse(const QStringList &arguments, const ProfileStore *profiles,
                             const QProcessEnvironment &environment)
{
    CliOptions options;
    CliSettings &s = options.m_settings;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setApplicationDescription(
        tr("Starts Qlik Sense tasks through the Qlik Repository Service (QRS), or reloads Qlik "
           "Cloud apps through the Reloads API, and waits for them to end; the exit code tells "
           "how they ended."));

    const QCommandLineOption profile(
        u"profile"_s,
        tr("Connection profile saved by the desktop app Qlik Task Runner. --server, --auth, "
           "--virtual-proxy, --user-header, --user, --user-directory, --client-cert, "
           "--client-key, --ca-cert, --pin-sha256 and --insecure override its fields."),
        tr("NAME"));
    const QCommandLineOption server(
        u"server"_s, tr("Qlik Sense server, e.g. https://qlik.acme.com[:port]."), tr("URL"));
    const QCommandLineOption auth(
        u"auth"_s,
        tr("How to sign in: header (a header-authenticated virtual proxy; the default), "
           "certificate (the repository itself on port 4242 with the client certificate "
           "exported from the QMC), windows (NTLM through a virtual proxy) or jwt (a JWT "
           "virtual proxy)."),
        tr("METHOD"));
    const QCommandLineOption virtualProxy(
        u"virtual-proxy"_s,
        tr("Prefix of the virtual proxy (default: %1 for header sign-in, none for windows and "
           "jwt; \"\" for the default proxy; certificate sign-in uses none).")
            .arg(QLatin1StringView(DefaultVirtualProxy)),
        tr("PREFIX"));
    const QCommandLineOption userHeader(
        u"user-header"_s,
        tr("Name of the header that carries the user id (default: %1).")
            .arg(QLatin1StringView(DefaultUserHeader)),
        tr("NAME"), QLatin1StringView(DefaultUserHeader));
    const QCommandLineOption user(
        u"user"_s,
        tr("Header: the user id sent in the user header, e.g. user@acme.com or "
           "ACME\\svc_reload. Certificate: X-Qlik-User's UserId, e.g. sa_api. Windows: "
           "DOMAIN\\user."),
        tr("USER"));
    const QCommandLineOption userDirectory(
        u"user-directory"_s, tr("Certificate: X-Qlik-User's UserDirectory, e.g. INTERNAL."),
        tr("DIRECTORY"));
    const QCommandLineOption clientCert(
        u"client-cert"_s,
        tr("Certificate: the client certificate exported from the QMC: client.pem (with "
           "--client-key) or client.pfx/.p12 (its password in QLIK_PFX_PASSWORD or "
           "--pfx-password-file)."),
        tr("FILE"));
    const QCommandLineOption clientKey(u"client-key"_s,
                                       tr("Certificate: the PEM key of a PEM client certificate "
                                          "(client_key.pem)."),
                                       tr("FILE"));
    const QCommandLineOption pfxPasswordFile(
        u"pfx-password-file"_s,
        tr("Certificate: file holding the PFX password (instead of QLIK_PFX_PASSWORD)."),
        tr("FILE"));
    const QCommandLineOption passwordFile(
        u"password-file"_s, tr("Windows: file holding the password (instead of QLIK_PASSWORD)."),
        tr("FILE"));
    const QCommandLineOption jwtFile(
        u"jwt-file"_s, tr("JWT: file holding the token (instead of QLIK_JWT)."), tr("FILE"));
    const QCommandLineOption cloud(
        u"cloud"_s,
        tr("Qlik Cloud tenant, e.g. https://acme.eu.qlikcloud.com: reload apps (--app) there "
           "instead of starting repository tasks. Signs in with an API key (QLIK_API_KEY or "
           "--api-key-file) or an OAuth machine-to-machine client (--oauth-client-id and "
           "QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file)."),
        tr("URL"));
    const QCommandLineOption app(
        u"app"_s,
        tr("Qlik Cloud: the app to reload, by id or exact name. Repeat it to reload several "
           "apps together."),
        tr("APP"));
    const QCommandLineOption partial(u"partial"_s, tr("Qlik Cloud: a partial reload."));
    const QCommandLineOption variable(
        u"variable"_s,
        tr("Qlik Cloud: a script variable for the reload; repeat it for more (at most %1).")
            .arg(QlikCloudClient::MaxVariables),
        tr("NAME=VALUE"));
    const QCommandLineOption apiKeyFile(
        u"api-key-file"_s, tr("Qlik Cloud: file holding the API key (instead of QLIK_API_KEY)."),
        tr("FILE"));
    const QCommandLineOption oauthClientId(
        u"oauth-client-id"_s, tr("Qlik Cloud: the id of an OAuth machine-to-machine client."),
        tr("ID"));
    const QCommandLineOption oauthSecretFile(
        u"oauth-client-secret-file"_s,
        tr("Qlik Cloud: file holding the OAuth client's secret (instead of "
           "QLIK_OAUTH_CLIENT_SECRET)."),
        tr("FILE"));
    const QCommandLineOption task(
        u"task"_s,
        tr("Task to start: a GUID is a task id, anything else an exact task name. Repeat "
           "it to start several tasks together (a task given twice is started once)."),
        tr("TASK"));
    const QCommandLineOption pollInterval(
        u"poll-interval"_s,
        tr("Seconds between status checks; fractions allowed, minimum 0.2, maximum 86400 (a "
           "day; default 5)."),
        tr("SECONDS"), u"5"_s);
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Give up waiting after this many seconds (default 0: no limit)."),
        tr("SECONDS"), u"0"_s);
    const QCommandLineOption stopOnTimeout(
        u"stop-on-timeout"_s, tr("When --timeout passes, stop the tasks still running."));
    const QCommandLineOption stopOnInterrupt(
        u"stop-on-interrupt"_s,
        tr("On Ctrl+C (SIGINT) or SIGTERM, ask the server to stop the tasks still running "
           "(waiting at most %1 s for its answers) before exiting. Without it they go on.")
            .arg(StopOnInterruptWaitMs / 1000));
    const QCommandLineOption noWait(u"no-wait"_s,
                                    tr("Exit as soon as every task was accepted by the server "
                                       "(not with --timeout, --stop-on-timeout or "
                                       "--stop-on-interrupt)."));
    const QCommandLineOption followChain(
        u"follow-chain"_s,
        tr("Also follow the runs that the tasks' ends start through task-event triggers, down "
           "the whole chain, and wait for all of them; the exit code covers every run. A "
           "trigger that cannot fire is reported, not waited for."));
    const QCommandLineOption since(
        u"since"_s,
        tr("watch: also print the runs that changed this long before the watch began: "
           "seconds, or a number with s, m, h or d (e.g. 15m, 2h; default 0)."),
        tr("DURATION"), u"0"_s);
    const QCommandLineOption filter(
        u"filter"_s,
        tr("watch: print only the runs of tasks that match FIELD=PATTERN, FIELD one of task, "
           "tag, stream, app; * and ? are wildcards, case does not matter. Repeat it: terms of "
           "one field are alternatives, different fields must all match."),
        tr("FIELD=PATTERN"));
    const QCommandLineOption failFast(
        u"fail-fast"_s,
        tr("watch: exit at the first run that fails, is aborted or is lost, with the exit code "
           "of that run."));
    const QCommandLineOption caCert(
        u"ca-cert"_s,
        tr("PEM file of certificates to trust in addition to the system's (e.g. the "
           "server's root.pem)."),
        tr("FILE"));
    const QCommandLineOption pin(
        u"pin-sha256"_s,
        tr("Trust only the server certificate with this SHA-256 fingerprint (64 hex digits, "
           "colons optional), whoever signed it; any other certificate is refused."),
        tr("HEX"));
    const QCommandLineOption insecure(
        u"insecure"_s,
        tr("Do not verify the server's certificate (not recommended; warns on stderr)."));
    const QCommandLineOption grace(
        u"unreachable-grace"_s,
        tr("Keep following runs while the server does not answer for up to this many "
           "seconds (default 600)."),
        tr("SECONDS"), u"600"_s);
    QCommandLineOption stillRunning(u"still-running-interval"_s,
                                    tr("Seconds between \"still running\" lines (default 60)."),
                                    tr("SECONDS"), u"60"_s);
    stillRunning.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption json(u"json"_s,
                                  tr("Print one JSON object per finished run on stdout; the "
                                     "progress lines then go to stderr."));
    const QCommandLineOption quiet(u"quiet"_s, tr("Print only errors and the final summary line."));
    const QCommandLineOption help(QStringList {u"h"_s, u"help"_s},
                                  tr("Show this help, including the exit codes."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption listProfiles(
        u"list-profiles"_s,
        tr("Print the names of the profiles saved by the desktop app, one per line, and exit."));

    parser.addOptions({profile,
                       server,
                       auth,
                       virtualProxy,
                       userHeader,
                       user,
                       userDirectory,
                       clientCert,
                       clientKey,
                       pfxPasswordFile,
                       passwordFile,
                       jwtFile,
                       task,
                       pollInterval,
                       timeout,
                       stopOnTimeout,
                       stopOnInterrupt,
                       noWait,
                       followChain,
                       since,
                       filter,
                       failFast,
                       caCert,
                       pin,
                       insecure,
                       grace,
                       stillRunning,
                       json,
                       quiet,
                       help,
                       version,
                       listProfiles,
                       cloud,
                       app,
                       partial,
                       variable,
                       apiKeyFile,
                       oauthClientId,
                       oauthSecretFile});

    options.m_help = parser.helpText() +
        tr("\nScript-compatible options (QlikSubmitTask.ps1; single dash, any case, also "
           "-Name:value):\n"
           "  -serverUrl URL             same as --server\n"
           "  -QlikUser USER             same as --user\n"
           "  -TaskId TASK               same as --task\n"
           "  -PollingInterval SECONDS   same as --poll-interval\n"
           "  The script's virtual proxy \"%1\" and header \"%2\" are the defaults.\n")
            .arg(QLatin1StringView(DefaultVirtualProxy), QLatin1StringView(DefaultUserHeader)) +
        tr("\nOutput:\n"
           "  Progress lines (ISO 8601 local time with offset) go to stdout; with --json\n"
           "  they go to stderr and stdout carries only JSON objects, one per line and\n"
           "  run. Usage errors and option warnings go to stderr. Certificate verification is on\n"
           "  unless --insecure is given. Control characters in task names, messages and\n"
           "  script logs are shown escaped (\\n, \\e, \\x07); the JSON has the exact text.\n"
           "\nInterrupting:\n"
           "  On Ctrl+C (SIGINT) or SIGTERM qlik-task prints one line per run still in flight\n"
           "  (it goes on on the server; task and session id), the summary, and exits with\n"
           "  130 (SIGINT) or 143 (SIGTERM). With --stop-on-interrupt it first asks the server\n"
           "  to stop those runs. A second signal exits at once. When every run had already\n"
           "  ended (only a script log was still being fetched) the runs' exit code stays.\n"
           "\nWatching a server:\n"
           "  qlik-task watch [--since DURATION] [--filter FIELD=PATTERN]... [--json]\n"
           "                  [--fail-fast] [--timeout SECONDS] plus the connection options\n"
           "  prints every run that ends on the server (scheduled, triggered, started in the\n"
           "  hub or the QMC), one line or JSON object each, until interrupted; then it exits\n"
           "  with 0. With --fail-fast it exits at the first run that fails, with that run's\n"
           "  code; --timeout ends the watch with 0. It needs a repository that dates its\n"
           "  execution results (modifiedDate).\n\n") +
        ExitCode::helpTable();

    const QStringList normalized = normalizeScriptOptions(arguments, &s.scriptStyle);
    if (!parser.parse(normalized)) {
        options.fail(parser.errorText());
        return options;
    }
    if (parser.isSet(help)) {
        options.m_action = Action::Help;
        return options;
    }
    if (parser.isSet(version)) {
        options.m_action = Action::Version;
        return options;
    }
    if (parser.isSet(listProfiles)) {
        options.m_action = Action::ListProfiles;
        return options;
    }
    QStringList positional = parser.positionalArguments();
    s.watch = !positional.isEmpty() && positional.constFirst() == u"watch"_s;
    if (s.watch)
        positional.removeFirst();
    if (!positional.isEmpty()) {
        options.fail(tr("unexpected argument '%1' (tasks are given with --task)")
                         .arg(positional.constFirst()));
        return options;
    }
    if (!s.watch) {
        for (const QCommandLineOption *watchOnly : {&since, &filter, &failFast}) {
            if (parser.isSet(*watchOnly)) {
                options.fail(
                    tr("--%1 is for 'qlik-task watch'").arg(watchOnly->names().constFirst()));
                return options;
            }
        }
    }

    // Options that may be given only once: the last one would silently win otherwise.
    for (const QCommandLineOption *single : {&profile,        &server,
                                             &auth,           &virtualProxy,
                                             &userHeader,     &user,
                                             &userDirectory,  &clientCert,
                                             &clientKey,      &pfxPasswordFile,
                                             &passwordFile,   &jwtFile,
                                             &pollInterval,   &timeout,
                                             &caCert,         &pin,
                                             &grace,          &cloud,
                                             &apiKeyFile,     &oauthClientId,
                                             &oauthSecretFile}) {
        if (parser.values(*single).size() > 1) {
            options.fail(tr("--%1 is given more than once").arg(single->names().constFirst()));
            return options;
        }
    }

    // A saved profile first; every connection option given explicitly overrides its field.
    const bool fromProfile = parser.isSet(profile);
    if (fromProfile) {
        const QString name = parser.value(profile);
        const auto saved = profiles ? profiles->profile(name) : std::nullopt;
        if (!saved) {
            options.fail(unknownProfileMessage(name, profiles));
            return options;
        }
        s.profile = *saved;
    }
    if (parser.isSet(server) && parser.isSet(cloud)) {
        options.fail(tr("--server and --cloud cannot be combined: one names a client-managed "
                        "server, the other a Qlik Cloud tenant"));
        return options;
    }
    if (parser.isSet(server) || parser.isSet(cloud)) {
        const QString given = parser.value(parser.isSet(cloud) ? cloud : server);
        const QString optionName = parser.isSet(cloud) ? u"--cloud"_s : u"--server"_s;
        const auto url = parseServerUrl(given);
        if (!url) {
            options.fail(tr("%1: '%2' is not a server URL such as https://qlik.acme.com")
                             .arg(optionName, given));
            return options;
        }
        if (!url->path().isEmpty() || url->hasQuery() || url->hasFragment()) {
            options.fail(parser.isSet(cloud)
                             ? tr("--cloud: give only scheme and host of the tenant (e.g. "
                                  "https://acme.eu.qlikcloud.com)")
                             : tr("--server: give only scheme, host and port (e.g. "
                                  "https://qlik.acme.com); the virtual proxy goes in "
                                  "--virtual-proxy"));
            return options;
        }
        if (!fromProfile)
            s.profile.name = url->host();
        s.profile.serverUrl = *url;
    } else if (!fromProfile) {
        options.fail(tr("no server given (--server URL, -serverUrl URL, --cloud URL or "
                        "--profile NAME)"));
        return options;
    }
    if (!options.readSignIn(parser, fromProfile, environment))
        return options;

    const bool onCloud = s.profile.isCloud();
    if (onCloud && parser.isSet(task)) {
        options.fail(tr("--task starts repository tasks; on Qlik Cloud give the app to reload "
                        "with --app ID-OR-NAME"));
        return options;
    }
    if (!onCloud) {
        for (const QCommandLineOption *cloudOnly : {&app, &partial, &variable}) {
            if (parser.isSet(*cloudOnly)) {
                options.fail(tr("--%1 is for Qlik Cloud reloads: give the tenant with --cloud URL")
                                 .arg(cloudOnly->names().constFirst()));
                return options;
            }
        }
    }
    if (!options.readStartOptions(parser))
        return options;
    if (s.watch &&
        !options.readWatch(parser,
                           {&task, &app, &noWait, &followChain, &partial, &variable, &stopOnTimeout,
                            &stopOnInterrupt},
                           since, filter, failFast))
        return options;
    const QStringList taskTexts = parser.values(onCloud ? app : task);
    if (taskTexts.isEmpty() && !s.watch) {
        options.fail(onCloud ? tr("no app given (--app ID-OR-NAME)")
                             : tr("no task given (--task ID-OR-NAME or -TaskId ID)"));
        return options;
    }
    // The same task twice would be started twice. Ids are compared ignoring case (TaskRef keeps
    // them in lower case), names exactly.
    QList<int> repeats;
    for (const QString &text : taskTexts) {
        if (text.trimmed().isEmpty()) {
            options.fail(onCloud ? tr("--app: an app id or name must not be empty")
                                 : tr("--task: a task id or name must not be empty"));
            return options;
        }
        const TaskRef ref = TaskRef::fromUserInput(text.trimmed());
        const qsizetype index = s.tasks.indexOf(ref);
        if (index >= 0) {
            ++repeats[index];
            continue;
        }
        s.tasks.append(ref);
        repeats.append(1);
    }
    for (qsizetype i = 0; i < s.tasks.size(); ++i) {
        if (repeats.at(i) > 1)
            options.warn(
                tr("warning: %1 is given %n times; it is started once", nullptr, repeats.at(i))
                    .arg(s.tasks.at(i).describe()));
    }

    const Seconds poll = parseSeconds(parser.value(pollInterval), MaxPollIntervalSeconds);
    if (poll.tooLarge) {
        options.fail(tr("--poll-interval: %1 is above the maximum of 86400 seconds (a day)")
                         .arg(parser.value(pollInterval)));
        return options;
    }
    if (!poll.value) {
        options.fail(
            tr("--poll-interval: '%1' is not a number of seconds").arg(parser.value(pollInterval)));
        return options;
    }
    if (poll.value->count() < MinPollIntervalMs) {
        options.fail(tr("--poll-interval: %1 is below the minimum of 0.2 seconds")
                         .arg(parser.value(pollInterval)));
        return options;
    }
    s.pollInterval = *poll.value;

    const Seconds wait = parseSeconds(parser.value(timeout));
    if (wait.tooLarge) {
        options.fail(tr("--timeout: %1 is above the maximum of 366 days (0 for no limit)")
                         .arg(parser.value(timeout)));
        return options;
    }
    if (!wait.value) {
        options.fail(tr("--timeout: '%1' is not a number of seconds (0 for no limit)")
                         .arg(parser.value(timeout)));
        return options;
    }
    s.timeout = *wait.value;
    s.stopOnTimeout = parser.isSet(stopOnTimeout);
    s.stopOnInterrupt = parser.isSet(stopOnInterrupt);
    s.noWait = parser.isSet(noWait);
    // --no-wait exits once the tasks are accepted: nothing is left to time out or to stop.
    if (s.noWait) {
        const QString conflicting = s.timeout.count() > 0 ? u"--timeout"_s
            : s.stopOnTimeout                             ? u"--stop-on-timeout"_s
            : s.stopOnInterrupt                           ? u"--stop-on-interrupt"_s
                                                          : QString();
        if (!conflicting.isEmpty()) {
            options.fail(tr("--no-wait cannot be combined with %1: --no-wait does not wait for "
                            "the tasks to end")
                             .arg(conflicting));
            return options;
        }
    }
    s.followChain = parser.isSet(followChain);
    if (s.followChain && s.noWait) {
        options.fail(tr("--follow-chain cannot be combined with --no-wait: it waits for the "
                        "whole chain"));
        return options;
    }
    if (s.followChain && s.profile.isCloud()) {
        options.fail(tr("--follow-chain: Qlik Cloud has no task-event triggers to follow"));
        return options;
    }
    if (s.stopOnTimeout && s.timeout.count() == 0) {
        options.fail(tr("--stop-on-timeout needs --timeout SECONDS"));
        return options;
    }

    const Seconds graceValue = parseSeconds(parser.value(grace));
    if (!graceValue.value) {
        options.fail(graceValue.tooLarge
                         ? tr("--unreachable-grace: %1 is above the maximum of 366 days")
                               .arg(parser.value(grace))
                         : tr("--unreachable-grace: '%1' is not a number of seconds")
                               .arg(parser.value(grace)));
        return options;
    }
    s.unreachableGrace = *graceValue.value;

    const Seconds stillRunningValue = parseSeconds(parser.value(stillRunning));
    if (!stillRunningValue.value || stillRunningValue.value->count() < 1000) {
        options.fail(tr("--still-running-interval: '%1' is not a number of seconds >= 1")
                         .arg(parser.value(stillRunning)));
        return options;
    }
    s.stillRunningInterval = *stillRunningValue.value;

    if (parser.isSet(caCert)) {
        // A file without a certificate would fail every task later as "not submitted".
        const QString problem = caFileProblem(parser.value(caCert));
        if (!problem.isEmpty()) {
            options.fail(tr("--ca-cert: %1").arg(problem));
            return options;
        }
        s.profile.caCertificateFile = QFileInfo(parser.value(caCert)).absoluteFilePath();
    }

    if (parser.isSet(pin)) {
        const auto pinned = CertificatePin::normalised(parser.value(pin));
        if (!pinned) {
            options.fail(tr("--pin-sha256: '%1' is not a SHA-256 fingerprint (64 hexadecimal "
                            "digits, colons optional)")
                             .arg(parser.value(pin)));
            return options;
        }
        s.profile.pinnedSha256 = *pinned;
    }

    s.json = parser.isSet(json);
    s.quiet = parser.isSet(quiet);

    if (parser.isSet(insecure))
        s.profile.ignoreCertificateErrors = true;
    const QStringList problems = s.profile.validationErrors();
    if (!problems.isEmpty()) {
        options.fail(fromProfile
                         ? tr("profile '%1': %2").arg(s.profile.name, problems.join(u"; "_s))
                         : problems.join(u"; "_s));
        return options;
    }
    if (fromProfile && !parser.isSet(caCert) && !s.profile.caCertificateFile.isEmpty()) {
        const QString problem = caFileProblem(s.profile.caCertificateFile);
        if (!problem.isEmpty()) {
            options.fail(tr("profile '%1': CA certificate: %2").arg(s.profile.name, problem));
            return options;
        }
    }

    if (parser.isSet(insecure)) {
        options.warn(tr("warning: --insecure: the server's certificate is not verified; anyone "
                        "between this machine and %1 can read and change the traffic")
                         .arg(s.profile.serverUrl.host()));
    } else if (s.profile.ignoreCertificateErrors) { // the saved profile's choice
        options.warn(tr("warning: profile '%1' does not verify the server's certificate; anyone "
                        "between this machine and %2 can read and change the traffic")
                         .arg(s.profile.name, s.profile.serverUrl.host()));
    }
    if (s.profile.serverUrl.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0) {
        if (s.profile.signIn == ConnectionProfile::SignIn::Header)
            options.warn(tr("warning: %1 is plain http: the user header %2 with the user id, and "
                            "everything else, go unencrypted; anyone between this machine and %3 "
                            "can read and change the traffic (use https://)")
                             .arg(s.profile.serverUrl.toDisplayString(), s.profile.userHeaderName,
                                  s.profile.serverUrl.host()));
        else
            options.warn(
                tr("warning: %1 is plain http: the sign-in and everything else go "
                   "unencrypted; anyone between this machine and %2 can read and change "
                   "the traffic, and take over the session (use https://)")
                    .arg(s.profile.serverUrl.toDisplayString(), s.profile.serverUrl.host()));
    }
    if (s.profile.signIn == ConnectionProfile::SignIn::Certificate && !s.secretFromKeychain) {
        // Said now, before anything is sent: a wrong PFX password, a file that is no key.
        const Result<ClientIdentity> identity = ClientIdentity::load(
            s.profile.clientCertificateFile, s.profile.clientKeyFile, s.secret);
        if (!identity) {
            options.fail(tr("--client-cert: %1").arg(identity.error()));
            return options;
        }
    }

    options.m_action = Action::Run;
    return options;
}

bool CliOptions::readSignIn(const QCommandLineParser &parser, bool fromProfile,
                            const QProcessEnvironment &environment)
{
    using SignIn = ConnectionProfile::SignIn;
    ConnectionProfile &profile = m_settings.profile;
    const SignIn saved = profile.signIn;
    const bool cloud = parser.isSet(u"cloud"_s);
    if (parser.isSet(u"auth"_s)) {
        const auto method = ConnectionProfile::signInFromKey(parser.value(u"auth"_s));
        if (!method)
            return fail(tr("--auth: '%1' is not header, certificate, windows, jwt, cloud-api-key "
                           "or cloud-oauth")
                            .arg(parser.value(u"auth"_s)));
        profile.signIn = *method;
        if (cloud != ConnectionProfile::isCloud(profile.signIn) && (cloud || !fromProfile))
            return fail(cloud ? tr("--auth %1 is not a way into Qlik Cloud: use cloud-api-key or "
                                   "cloud-oauth with --cloud")
                                    .arg(parser.value(u"auth"_s))
                              : tr("--auth %1 signs in to Qlik Cloud: give the tenant with "
                                   "--cloud URL")
                                    .arg(parser.value(u"auth"_s)));
    } else if (cloud || (fromProfile && profile.isCloud())) {
        // A tenant: the OAuth client when its id is given, else the profile's way, else a key.
        if (parser.isSet(u"oauth-client-id"_s))
            profile.signIn = SignIn::CloudOAuth;
        else if (!ConnectionProfile::isCloud(profile.signIn) || !fromProfile)
            profile.signIn = SignIn::CloudApiKey;
    }
    // A profile's own fields stay unless given; otherwise each method's defaults apply.
    const bool keepProfileFields = fromProfile && profile.signIn == saved;
    const auto take = [&](const QString &option, QString &field, const QString &fallback) {
        if (parser.isSet(option))
            field = parser.value(option).trimmed();
        else if (!keepProfileFields)
            field = fallback;
    };
    const bool header = profile.signIn == SignIn::Header;
    take(u"virtual-proxy"_s, profile.virtualProxyPrefix,
         header ? QLatin1StringView(DefaultVirtualProxy) : QString());
    take(u"user-header"_s, profile.userHeaderName,
         header ? QLatin1StringView(DefaultUserHeader) : QString());
    if (parser.isSet(u"user"_s))
        profile.userId = parser.value(u"user"_s);
    take(u"user-directory"_s, profile.userDirectory, {});
    for (const auto &[option, field] :
         {std::pair {u"client-cert"_s, &profile.clientCertificateFile},
          std::pair {u"client-key"_s, &profile.clientKeyFile}}) {
        if (parser.isSet(option))
            *field = QFileInfo(parser.value(option)).absoluteFilePath();
    }

    // Options that belong to another method would be silently ignored: say so instead.
    const QList<std::pair<QString, SignIn>> ownedOptions {
        {u"user-header"_s, SignIn::Header},
        {u"user-directory"_s, SignIn::Certificate},
        {u"client-cert"_s, SignIn::Certificate},
        {u"client-key"_s, SignIn::Certificate},
        {u"pfx-password-file"_s, SignIn::Certificate},
        {u"password-file"_s, SignIn::Windows},
        {u"jwt-file"_s, SignIn::Jwt},
        {u"api-key-file"_s, SignIn::CloudApiKey},
        {u"oauth-client-id"_s, SignIn::CloudOAuth},
        {u"oauth-client-secret-file"_s, SignIn::CloudOAuth}};
    for (const auto &[option, owner] : ownedOptions) {
        if (parser.isSet(option) && owner != profile.signIn)
            return fail(tr("--%1 is for --auth %2, not %3")
                            .arg(option, ConnectionProfile::signInKey(owner),
                                 ConnectionProfile::signInKey(profile.signIn)));
    }

    // A saved profile's secret comes from the keychain unless one is given; one that is kept
    // nowhere must be given.
    const auto missingSecret = [&](const QString &howToGive) {
        if (fromProfile && !profile.askSecretEachTime) {
            m_settings.secretFromKeychain = true;
            return true;
        }
        if (fromProfile)
            return fail(tr("profile '%1' keeps its secret nowhere (the app asks for it each "
                           "time): %2")
                            .arg(profile.name, howToGive));
        return fail(howToGive);
    };
    switch (profile.signIn) {
    case SignIn::Header:
        if (profile.userId.trimmed().isEmpty())
            return fail(tr("no user given (--user USER or -QlikUser USER)"));
        if (profile.userHeaderName.isEmpty())
            return fail(tr("--user-header must not be empty"));
        return true;
    case SignIn::Certificate: {
        if (profile.clientCertificateFile.isEmpty())
            return fail(tr("--auth certificate needs --client-cert FILE (the client.pem or "
                           "client.pfx exported from the QMC)"));
        if (profile.userDirectory.trimmed().isEmpty() || profile.userId.trimmed().isEmpty())
            return fail(tr("--auth certificate needs --user-directory DIRECTORY and --user ID "
                           "(X-Qlik-User: the user the repository acts as, e.g. INTERNAL and "
                           "sa_api)"));
        if (!profile.needsSecret())
            return true;
        const auto password =
            readSecret(parser, u"pfx-password-file"_s, u"QLIK_PFX_PASSWORD"_s, environment);
        if (!password)
            return false;
        m_settings.secret = *password;
        if (!parser.isSet(u"pfx-password-file"_s) && !environment.contains(u"QLIK_PFX_PASSWORD"_s))
            return missingSecret(
                tr("%1 needs its password: %2")
                    .arg(profile.clientCertificateFile, howToGiveSecret(profile.signIn)));
        return true;
    }
    case SignIn::Windows: {
        const auto password =
            readSecret(parser, u"password-file"_s, u"QLIK_PASSWORD"_s, environment);
        if (!password)
            return false;
        m_settings.secret = *password;
#ifdef Q_OS_WIN
        // No user and no password: the signed-in Windows user.
        if (profile.userId.isEmpty() && password->isEmpty())
            return true;
#endif
        if (profile.userId.trimmed().isEmpty())
            return fail(tr("--auth windows needs --user DOMAIN\\user"));
        if (password->isEmpty())
            return missingSecret(tr("--auth windows needs the password of %1: %2")
                                     .arg(profile.userId, howToGiveSecret(profile.signIn)));
        return true;
    }
    case SignIn::Jwt: {
        const auto token = readSecret(parser, u"jwt-file"_s, u"QLIK_JWT"_s, environment);
        if (!token)
            return false;
        m_settings.secret = token->trimmed();
        if (m_settings.secret.isEmpty())
            return missingSecret(
                tr("--auth jwt needs the token: %1").arg(howToGiveSecret(profile.signIn)));
        if (const QString warning =
                BearerToken::expiryWarning(m_settings.secret, QDateTime::currentDateTimeUtc());
            !warning.isEmpty())
            warn(tr("warning: %1").arg(warning));
        return true;
    }
    case SignIn::CloudApiKey: {
        const auto key = readSecret(parser, u"api-key-file"_s, u"QLIK_API_KEY"_s, environment);
        if (!key)
            return false;
        m_settings.secret = key->trimmed();
        if (m_settings.secret.isEmpty())
            return missingSecret(
                tr("Qlik Cloud needs an API key: %1").arg(howToGiveSecret(profile.signIn)));
        return true;
    }
    case SignIn::CloudOAuth: {
        if (parser.isSet(u"oauth-client-id"_s))
            profile.userId = parser.value(u"oauth-client-id"_s).trimmed();
        if (profile.userId.isEmpty())
            return fail(tr("--auth cloud-oauth needs --oauth-client-id ID"));
        const auto secret = readSecret(parser, u"oauth-client-secret-file"_s,
                                       u"QLIK_OAUTH_CLIENT_SECRET"_s, environment);
        if (!secret)
            return false;
        m_settings.secret = secret->trimmed();
        if (m_settings.secret.isEmpty())
            return missingSecret(tr("the OAuth client %1 needs its secret: %2")
                                     .arg(profile.userId, howToGiveSecret(profile.signIn)));
        return true;
    }
    }
    return true;
}

bool CliOptions::readWatch(const QCommandLineParser &parser,
                           const QList<const QCommandLineOption *> &startOnly,
                           const QCommandLineOption &since, const QCommandLineOption &filter,
                           const QCommandLineOption &failFast)
{
    CliSettings &s = m_settings;
    if (s.profile.isCloud())
        return fail(tr("watch follows the runs of a Qlik Sense repository; Qlik Cloud is not "
                       "watched"));
    for (const QCommandLineOption *option : startOnly) {
        if (parser.isSet(*option))
            return fail(tr("watch starts nothing: --%1 does not go with it")
                            .arg(option->names().constFirst()));
    }
    const Seconds sinceValue = parseDuration(parser.value(since));
    if (!sinceValue.value)
        return fail(tr("--since: '%1' is not a duration (seconds, or a number with s, m, h or "
                       "d)")
                        .arg(parser.value(since)));
    s.watchSince = *sinceValue.value;
    QString problem;
    if (!TaskFilter::parse(parser.values(filter), &problem))
        return fail(tr("--filter: %1").arg(problem));
    s.watchFilters = parser.values(filter);
    s.failFast = parser.isSet(failFast);
    return true;
}

bool CliOptions::readStartOptions(const QCommandLineParser &parser)
{
    RunServer::StartOptions &start = m_settings.startOptions;
    start.partial = parser.isSet(u"partial"_s);
    const QStringList variables = parser.values(u"variable"_s);
    if (variables.size() > QlikCloudClient::MaxVariables)
        return fail(tr("--variable is given %1 times; a reload takes at most %2 variables")
                        .arg(variables.size())
                        .arg(QlikCloudClient::MaxVariables));
    for (const QString &given : variables) {
        const qsizetype equals = given.indexOf(u'=');
        const QString name = equals < 0 ? QString() : given.left(equals).trimmed();
        if (name.isEmpty())
            return fail(tr("--variable: '%1' is not NAME=VALUE").arg(given));
        if (start.variables.contains(name))
            return fail(tr("--variable: %1 is given more than once").arg(name));
        const QString value = given.mid(equals + 1);
        if (value.size() > QlikCloudClient::MaxVariableLength)
            return fail(tr("--variable: the value of %1 is longer than %2 characters")
                            .arg(name)
                            .arg(QlikCloudClient::MaxVariableLength));
        start.variables.insert(name, value);
    }
    return true;
}

QString CliOptions::howToGiveSecret(ConnectionProfile::SignIn signIn)
{
    switch (signIn) {
    case ConnectionProfile::SignIn::Certificate:
        return tr("set QLIK_PFX_PASSWORD or give --pfx-password-file FILE");
    case ConnectionProfile::SignIn::Windows:
        return tr("set QLIK_PASSWORD or give --password-file FILE");
    case ConnectionProfile::SignIn::Jwt:
        return tr("set QLIK_JWT or give --jwt-file FILE");
    case ConnectionProfile::SignIn::CloudApiKey:
        return tr("set QLIK_API_KEY or give --api-key-file FILE");
    case ConnectionProfile::SignIn::CloudOAuth:
        return tr("set QLIK_OAUTH_CLIENT_SECRET or give --oauth-client-secret-file FILE");
    case ConnectionProfile::SignIn::Header:
        break;
    }
    return {};
}

std::optional<QString> CliOptions::readSecret(const QCommandLineParser &parser,
                                              const QString &fileOption, const QString &variable,
                                              const QProcessEnvironment &environment)
{
    if (parser.isSet(fileOption)) {
        QString why;
        const auto secret = secretFromFile(parser.value(fileOption), &why);
        if (!secret) {
            fail(tr("--%1: %2 cannot be read: %3").arg(fileOption, parser.value(fileOption), why));
            return std::nullopt;
        }
        return secret;
    }
    return environment.value(variable);
}
