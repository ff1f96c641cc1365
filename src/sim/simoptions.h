#pragma once

#include "cloudroutes.h"
#include "faults.h"
#include "qrsroutes.h"
#include "virtualproxy.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace qrssim {

/// Everything the command line configures.
struct SimOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString scenarioFile; ///< empty: the built-in demo scenario
    double timeScale = 1.0;
    QString tlsCertFile;
    QString tlsKeyFile;
    VirtualProxy::Settings proxy;
    /// Certificate sign-in: PEM file of the CAs a client certificate must be signed by.
    QString clientCaFile;
    ScriptLogRoute scriptLogRoute = ScriptLogRoute::Both;
    qint64 scriptLogDelayMs = 500; ///< unscaled
    WireStyle wire;
    Faults faults;
    bool logRequests = false;
    /// --cloud: a Qlik Cloud tenant's REST API instead of the repository (see README.md).
    bool cloudMode = false;
    CloudRoutes::Settings cloud;

    [[nodiscard]] bool tls() const { return !tlsCertFile.isEmpty(); }

    /// Parses the arguments; --help and --version print and exit 0. On a usage error
    /// returns nullopt with a message in *error.
    [[nodiscard]] static std::optional<SimOptions> parse(const QStringList &arguments,
                                                         QString *error);
};

} // namespace qrssim
