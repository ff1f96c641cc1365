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

} // namespace

std::optional<SimOptions> SimOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates the Qlik Sense Repository Service (QRS) behind a header-authenticated "
           "virtual proxy, for demos and tests."));
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
    options.prefix = parser.value(u"prefix"_s).trimmed();
    while (options.prefix.startsWith(u'/'))
        options.prefix.remove(0, 1);
    while (options.prefix.endsWith(u'/'))
        options.prefix.chop(1);
    options.headerName = parser.value(u"header"_s);
    if (options.headerName.isEmpty()) {
        *error = tr("--header must not be empty");
        return std::nullopt;
    }
    const QString authFailure = parser.value(u"auth-failure"_s);
    if (authFailure == "html"_L1)
        options.authFailure = VirtualProxy::AuthFailure::Html;
    else if (authFailure != "redirect"_L1) {
        *error = tr("--auth-failure is redirect or html");
        return std::nullopt;
    }
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
    return options;
}

} // namespace qrssim
