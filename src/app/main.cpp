#include "appearance.h"
#include "appidentity.h"
#include "appsettings.h"
#include "demoserver.h"
#include "desktopintegration.h"
#include "localization.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "profilestore.h"
#include "runhistory.h"
#include "runjournal.h"
#include "screenshottour.h"
#include "singleinstance.h"
#include "taskref.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppIdentity::OrganizationName);
    QApplication::setApplicationName(AppIdentity::ApplicationName);
    QApplication::setApplicationDisplayName(u"Qlik Task Runner"_s);
    QApplication::setApplicationVersion(QStringLiteral(QTR_VERSION));
    QApplication::setDesktopFileName(u"io.github.qlik_task_runner.QlikTaskRunner"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));

    // The system's language until the settings (read after the command line) say otherwise.
    Localization::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Start Qlik Sense tasks and watch them run."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QApplication::translate("main", "Start on the demo profile (the bundled simulator)."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Developer option: run a few tasks, save screenshots "
                                "into <directory> and quit."),
        QApplication::translate("main", "directory"));
    const QCommandLineOption settingsOption(
        u"settings"_s,
        QApplication::translate("main",
                                "Keep settings in this INI file instead of the "
                                "user's settings."),
        QApplication::translate("main", "file"));
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main",
                                "The profile the --run tasks start on (default: the "
                                "active one)."),
        QApplication::translate("main", "name"));
    const QCommandLineOption runOption(
        u"run"_s,
        QApplication::translate("main",
                                "Start this task (id or exact name); repeatable. In the app "
                                "already running, when there is one."),
        QApplication::translate("main", "task"));
    parser.addOptions({demoOption, screenshotOption, settingsOption, profileOption, runOption});
    parser.process(app);

    std::unique_ptr<QSettings> settingsFile = parser.isSet(settingsOption)
        ? std::make_unique<QSettings>(parser.value(settingsOption), QSettings::IniFormat)
        : std::make_unique<QSettings>();

    // One app per user and settings: a second start hands its request to the first and ends.
    SingleInstance instance(settingsFile->fileName());
    const SingleInstance::Request request {parser.value(profileOption), parser.values(runOption)};
    const bool tour = parser.isSet(screenshotOption);
    if (!tour && instance.handOver(request))
        return 0;
    if (!tour)
        instance.listen();
    ProfileStore profiles(*settingsFile);
    AppSettings settings(*settingsFile);
    if (!settings.language().isEmpty())
        Localization::install(settings.language());
    const Appearance appearance(settings);
    RunJournal journal(*settingsFile);
    DemoServer demo;
    DemoServer cloudDemo(DemoServer::bundledProgram(), DemoServer::cloudArguments());
    Workspace workspace(profiles, settings, &journal, {&demo, &cloudDemo});
    // The history of another settings file (--settings) lies beside it.
    const QFileInfo settingsInfo(settingsFile->fileName());
    // The tour's runs stay out of the person's history.
    const QTemporaryDir tourDir;
    RunHistory history(
        tour ? tourDir.filePath(u"history.sqlite"_s)
            : parser.isSet(settingsOption)
            ? settingsInfo.dir().filePath(settingsInfo.completeBaseName() + u"-history.sqlite"_s)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                u"/history.sqlite"_s);
    workspace.setHistory(&history);
    const bool demoMode = parser.isSet(demoOption) || parser.isSet(screenshotOption);
    if (demoMode) {
        workspace.setDemoOffered(true);
        workspace.setActiveProfile(Workspace::demoProfileName());
    }

    MainWindow window(workspace);
    DesktopIntegration desktop(workspace);
    QObject::connect(&desktop, &DesktopIntegration::showRunRequested, &window,
                     &MainWindow::revealRun);
    const auto raiseWindow = [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&desktop, &DesktopIntegration::activateRequested, &window, raiseWindow);
    QObject::connect(&desktop, &DesktopIntegration::scriptLogRequested, &window,
                     [&window](ProfileSession *session, RunId id) {
                         window.revealRun(session, id);
                         window.showSelectedScriptLog();
                     });
    QObject::connect(&desktop, &DesktopIntegration::runTaskRequested, &window,
                     [&window, raiseWindow] {
                         raiseWindow();
                         window.openTaskBrowser();
                     });
    QObject::connect(&desktop, &DesktopIntegration::quitRequested, &window, &MainWindow::quit);
    window.setTrayAvailable(desktop.hasTray());
    desktop.setWatchedWindow(&window);
    QObject::connect(&window, &MainWindow::keptInTray, &desktop,
                     &DesktopIntegration::tellKeptInTray);

    const auto takeRequest = [&window, &workspace,
                              raiseWindow](const SingleInstance::Request &taken) {
        raiseWindow();
        if (taken.tasks.isEmpty())
            return;
        QList<TaskRef> tasks;
        for (const QString &task : taken.tasks)
            tasks.append(TaskRef::fromUserInput(task));
        if (const QString problem = workspace.startOn(taken.profile, tasks); !problem.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot start tasks"),
                                 problem);
    };
    QObject::connect(&instance, &SingleInstance::requested, &window, takeRequest);

    std::unique_ptr<ScreenshotTour> screenshots;
    if (tour) {
        window.resize(1360, 840);
        screenshots = std::make_unique<ScreenshotTour>(window, workspace, desktop,
                                                       parser.value(screenshotOption));
        QObject::connect(screenshots.get(), &ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        screenshots->start();
    } else if (parser.isSet(demoOption) ||
               (profiles.profiles().isEmpty() && !profiles.isDamaged())) {
        // A newcomer (not someone whose profiles could not be read) lands in the task browser of
        // the demo as soon as it answers.
        window.openTaskBrowserWhenConnected();
    }
    window.show();
    history.load();
    if (!request.tasks.isEmpty())
        takeRequest(request);
    return QApplication::exec();
}
