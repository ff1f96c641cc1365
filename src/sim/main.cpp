#include "scenario.h"
#include "simoptions.h"
#include "simserver.h"

#include <cstdio>
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
    const QString scenarioFile = options->scenarioFile.isEmpty()
        ? u":/qrs-sim/scenarios/demo.json"_s
        : options->scenarioFile;
    auto scenario = qrssim::Scenario::fromFile(scenarioFile, &error);
    if (!scenario)
        return fail(error);

    qrssim::SimServer server(*options, std::move(*scenario));
    if (!server.start(&error))
        return fail(error);
    const QString line =
        QCoreApplication::translate("qrs-sim", "qrs-sim listening on %1\n").arg(server.url());
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
