#include "appidentity.h"
#include "appsettings.h"
#include "demoserver.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "profilestore.h"
#include "runjournal.h"
#include "screenshottour.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English is the fallback: it carries the plural forms of the source texts.
    if (translator.load(QLocale(), u"qlik-task-runner"_s, u"_"_s, u":/i18n"_s) ||
        translator.load(u"qlik-task-runner_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

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
    parser.addOptions({demoOption, screenshotOption, settingsOption});
    parser.process(app);

    std::unique_ptr<QSettings> settingsFile = parser.isSet(settingsOption)
        ? std::make_unique<QSettings>(parser.value(settingsOption), QSettings::IniFormat)
        : std::make_unique<QSettings>();
    ProfileStore profiles(*settingsFile);
    AppSettings settings(*settingsFile);
    RunJournal journal(*settingsFile);
    DemoServer demo;
    Workspace workspace(profiles, settings, &journal, &demo);
    const bool demoMode = parser.isSet(demoOption) || parser.isSet(screenshotOption);
    if (demoMode) {
        workspace.setDemoOffered(true);
        workspace.setActiveProfile(Workspace::demoProfileName());
    }

    MainWindow window(workspace);
    DesktopIntegration desktop(workspace);
    QObject::connect(&desktop, &DesktopIntegration::showRunRequested, &window,
                     &MainWindow::revealRun);
    QObject::connect(&desktop, &DesktopIntegration::activateRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });

    std::unique_ptr<ScreenshotTour> tour;
    if (parser.isSet(screenshotOption)) {
        window.resize(1360, 840);
        tour = std::make_unique<ScreenshotTour>(window, workspace, parser.value(screenshotOption));
        QObject::connect(tour.get(), &ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
    } else if (parser.isSet(demoOption) ||
               (profiles.profiles().isEmpty() && !profiles.isDamaged())) {
        // A newcomer (not someone whose profiles could not be read) lands in the task browser of
        // the demo as soon as it answers.
        window.openTaskBrowserWhenConnected();
    }
    window.show();
    return QApplication::exec();
}
