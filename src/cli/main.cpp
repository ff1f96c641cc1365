#include "appidentity.h"
#include "clioptions.h"
#include "consolereporter.h"
#include "interruptwatcher.h"
#include "profilestore.h"
#include "runsupervisor.h"
#include "textformat.h"

#include <cstdio>
#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qlik-task"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QTR_VERSION));

    // The desktop app's saved profiles, for --profile (read only: the CLI never writes them).
    QSettings appSettings(QSettings::NativeFormat, QSettings::UserScope,
                          AppIdentity::OrganizationName, AppIdentity::ApplicationName);
    const ProfileStore profiles(appSettings, ProfileStore::Access::ReadOnly);
    // What could not be read in that file is said (the file is the app's: it is left as it is).
    const auto warnAboutProfiles = [&profiles] {
        for (const QString &problem : profiles.problems()) {
            std::fputs(QCoreApplication::translate("main", "qlik-task: warning: %1\n")
                           .arg(TextFormat::forTerminal(problem))
                           .toLocal8Bit()
                           .constData(),
                       stderr);
        }
    };

    const CliOptions options = CliOptions::parse(QCoreApplication::arguments(), &profiles);
    switch (options.action()) {
    case CliOptions::Action::Help:
        std::fputs(options.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    case CliOptions::Action::Version:
        std::fputs(QCoreApplication::translate("main", "qlik-task %1\n")
                       .arg(QCoreApplication::applicationVersion())
                       .toLocal8Bit()
                       .constData(),
                   stdout);
        return 0;
    case CliOptions::Action::UsageError:
        warnAboutProfiles(); // may be why a --profile name is unknown
        std::fputs(QCoreApplication::translate(
                       "main", "qlik-task: %1\nTry 'qlik-task --help' for more information.\n")
                       .arg(options.errorMessage())
                       .toLocal8Bit()
                       .constData(),
                   stderr);
        return 2;
    case CliOptions::Action::Run:
        warnAboutProfiles();
        break;
    }

    const CliSettings &settings = options.settings();
    ConsoleReporter reporter(settings.json, settings.quiet);
    for (const QString &warning : options.warnings())
        reporter.warning(warning);

    RunSupervisor supervisor(settings, reporter);
    QObject::connect(&supervisor, &RunSupervisor::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &supervisor,
                     &RunSupervisor::interrupt);
    QTimer::singleShot(0, &supervisor, &RunSupervisor::start);
    return QCoreApplication::exec();
}
