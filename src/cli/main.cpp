#include "appidentity.h"
#include "clioptions.h"
#include "consolereporter.h"
#include "interruptwatcher.h"
#include "localization.h"
#include "profilestore.h"
#include "runsupervisor.h"
#include "secretstore.h"
#include "textformat.h"
#include "watchsupervisor.h"

#include <cstdio>
#include <optional>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

/// Reads the saved profile's secret from the keychain into `settings`; empty, or what is wrong.
QString secretFromKeychain(CliSettings &settings)
{
    SecretStore keychain(AppIdentity::ApplicationName);
    std::optional<SecretStore::Outcome> read;
    QEventLoop loop;
    keychain.read(settings.profile.name, [&](const SecretStore::Outcome &outcome) {
        read = outcome;
        loop.quit();
    });
    if (!read)
        loop.exec();
    const QString howToGive = CliOptions::howToGiveSecret(settings.profile.signIn);
    switch (read->status) {
    case SecretStore::Status::Done:
        settings.secret = read->secret;
        return {};
    case SecretStore::Status::NotFound:
        return QCoreApplication::translate("main",
                                           "profile '%1' has no secret in the keychain (save it "
                                           "in the desktop app), or %2")
            .arg(settings.profile.name, howToGive);
    case SecretStore::Status::Unavailable:
    case SecretStore::Status::Failed:
        break;
    }
    return QCoreApplication::translate("main", "profile '%1': %2 Instead, %3")
        .arg(settings.profile.name, read->message, howToGive);
}

/// Runs the supervisor of this call until it finishes; returns its exit code.
template<typename Supervisor>
int drive(const CliSettings &settings, ConsoleReporter &reporter, InterruptWatcher &interrupts)
{
    Supervisor supervisor(settings, reporter);
    QObject::connect(&supervisor, &Supervisor::finished, qApp,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &supervisor,
                     &Supervisor::interrupt);
    QTimer::singleShot(0, &supervisor, &Supervisor::start);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qlik-task"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QTR_VERSION));
    // Messages in the system's language (LANGUAGE=en for English); --json keys never change.
    Localization::install();

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
    case CliOptions::Action::ListProfiles:
        for (const QString &name : profiles.names())
            std::fputs((TextFormat::forTerminal(name) + u'\n').toLocal8Bit().constData(), stdout);
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

    CliSettings settings = options.settings();
    if (settings.secretFromKeychain) {
        const QString problem = secretFromKeychain(settings);
        if (!problem.isEmpty()) {
            std::fputs(QCoreApplication::translate(
                           "main", "qlik-task: %1\nTry 'qlik-task --help' for more information.\n")
                           .arg(TextFormat::forTerminal(problem))
                           .toLocal8Bit()
                           .constData(),
                       stderr);
            return 2;
        }
    }
    ConsoleReporter reporter(settings.json, settings.quiet);
    for (const QString &warning : options.warnings())
        reporter.warning(warning);

    InterruptWatcher interrupts;
    if (settings.watch)
        return drive<WatchSupervisor>(settings, reporter, interrupts);
    return drive<RunSupervisor>(settings, reporter, interrupts);
}
