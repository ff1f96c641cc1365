#include "cloudscenario.h"
#include "scenario.h"
#include "simoptions.h"
#include "simserver.h"

#include <cstdio>
#include <memory>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fputs(("qrs-sim: "_L1 + message + u'\n').toLocal8Bit().constData(), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qrs-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QTR_VERSION));

    QString error;
    const auto options = qrssim::SimOptions::parse(QCoreApplication::arguments(), &error);
    if (!options)
        return fail(error);
    const QString builtIn = options->cloudMode ? u":/qrs-sim/scenarios/cloud-demo.json"_s
                                               : u":/qrs-sim/scenarios/demo.json"_s;
    const QString scenarioFile = options->scenarioFile.isEmpty() ? builtIn : options->scenarioFile;
    std::unique_ptr<qrssim::SimServer> server;
    if (options->cloudMode) {
        auto scenario = qrssim::CloudScenario::fromFile(scenarioFile, &error);
        if (!scenario)
            return fail(error);
        server = std::make_unique<qrssim::SimServer>(*options, std::move(*scenario));
    } else {
        auto scenario = qrssim::Scenario::fromFile(scenarioFile, &error);
        if (!scenario)
            return fail(error);
        server = std::make_unique<qrssim::SimServer>(*options, std::move(*scenario));
    }
    if (!server->start(&error))
        return fail(error);
    const QString line =
        QCoreApplication::translate("qrs-sim", "qrs-sim listening on %1\n").arg(server->url());
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
