#include "screenshottour.h"

#include "desktopintegration.h"
#include "historyfilter.h"
#include "historyview.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "profilesession.h"
#include "rundetailspane.h"
#include "runsfilterproxy.h"
#include "runsmodel.h"
#include "runtracker.h"
#include "taskbrowserdialog.h"
#include "traymenu.h"
#include "typicaldurations.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QDialog>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTabWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
QPointer<TaskBrowserDialog> g_browser;
/// A demo task of a few seconds that always succeeds: its runs make a typical duration.
const QString TypicalTask = u"Extract Data Warehouse"_s;
/// A demo task that runs for minutes.
const QString LongTask = u"Reload Supply Chain"_s;
/// An app of the Qlik Cloud demo whose reload fails.
const QString CloudFailingApp = u"Budget vs Actual"_s;
/// The names of the tasks of the demo's nightly chain start so; they run on their own
/// (chain.png), not with the first few tasks. Nor do those the demo's scheduler starts by itself
/// (watched-server.png).
const QString ChainPrefix = u"Nightly "_s;
const QString ScheduledPrefix = u"Every "_s;
/// The root of the nightly chain: its end starts the rest by trigger, and one branch fails.
const QString ChainRoot = u"Nightly 1 - Extract sources"_s;

/// The first row (depth first) of a run with that outcome; invalid when there is none.
QModelIndex findRun(const RunsModel &model, RunOutcome outcome, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (const Run *run = model.runAt(index); run && run->outcome() == outcome)
            return index;
        if (const QModelIndex below = findRun(model, outcome, index); below.isValid())
            return below;
    }
    return {};
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, Workspace &workspace,
                               DesktopIntegration &desktop, const QString &directory,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_desktop(desktop)
    , m_directory(directory)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_condition && m_condition()) {
            m_poll.stop();
            m_condition = {};
            auto then = std::move(m_then);
            then();
        } else if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
            fail(u"timed out waiting for "_s + m_waitingFor);
        }
    });
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    m_directory.mkpath(u"."_s);
    waitFor(
        [this] {
            ProfileSession *session = m_workspace.activeSession();
            return session && session->state() == ProfileSession::State::Connected;
        },
        [this] { openBrowser(); }, 30000, u"the active profile to connect"_s);
}

void ScreenshotTour::waitFor(std::function<bool()> condition, std::function<void()> then,
                             int timeoutMs, const QString &what)
{
    m_condition = std::move(condition);
    m_then = std::move(then);
    m_waitingFor = what;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    m_poll.start();
}

void ScreenshotTour::openBrowser()
{
    openBrowserThen([this] { runTasks(); });
}

void ScreenshotTour::openBrowserThen(std::function<void()> then)
{
    g_browser = m_window.openTaskBrowser();
    if (!g_browser)
        return fail(u"no task browser"_s);
    waitFor(
        [] {
            auto *view = g_browser ? g_browser->findChild<QTableView *>(u"tasksView"_s) : nullptr;
            return view && view->model()->rowCount() > 0;
        },
        std::move(then), 15000, u"the task list"_s);
}

void ScreenshotTour::runTasks()
{
    auto *view = g_browser->findChild<QTableView *>(u"tasksView"_s);
    // Select every enabled task but the chain's and the scheduled ones: the demo has a handful,
    // some succeed and some fail.
    int selected = 0;
    for (int row = 0; row < view->model()->rowCount() && selected < 8; ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const QString name = index.data().toString();
        if (!(index.flags() & Qt::ItemIsEnabled) || name.startsWith(ChainPrefix) ||
            name.startsWith(ScheduledPrefix))
            continue;
        view->selectionModel()->select(index,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ++selected;
    }
    g_browser->resize(1160, 480);
    save(g_browser, u"task-browser.png"_s);
    g_browser->findChild<QPushButton *>(u"runButton"_s)->click();
    RunsModel *model = m_window.runsModel();
    const RunTracker *tracker = &m_workspace.activeSession()->tracker();
    waitFor(
        [model, tracker] {
            const QList<RunId> ids = tracker->runIds();
            const auto finished = std::count_if(ids.cbegin(), ids.cend(), [tracker](RunId id) {
                return tracker->run(id)->isFinished();
            });
            return findRun(*model, RunOutcome::Failed).isValid() && finished >= 2;
        },
        [this] { shootMainWindow(); }, 60000, u"a failed run"_s);
}

void ScreenshotTour::shootMainWindow()
{
    RunsModel *model = m_window.runsModel();
    if (const QModelIndex success = findRun(*model, RunOutcome::Succeeded); success.isValid()) {
        const RunsModel::RunKey key = model->keyAt(success);
        m_window.showRun(m_workspace.sessionOf(key.tracker), key.id);
    }
    QTimer::singleShot(1500, this, [this] {
        save(&m_window, u"main-window.png"_s);
        RunsModel *model = m_window.runsModel();
        const RunsModel::RunKey key = model->keyAt(findRun(*model, RunOutcome::Failed));
        m_window.showRun(m_workspace.sessionOf(key.tracker), key.id);
        auto *log = m_window.detailsPane()->findChild<QPlainTextEdit *>(u"scriptLogView"_s);
        waitFor([log] { return !log->toPlainText().isEmpty(); }, [this] { shootFailedRun(); },
                20000, u"the script log"_s);
    });
}

void ScreenshotTour::shootFailedRun()
{
    QTimer::singleShot(500, this, [this] {
        if (!save(&m_window, u"failed-run.png"_s))
            return Q_EMIT finished(false);
        shootProfiles();
    });
}

void ScreenshotTour::shootProfiles()
{
    m_window.openProfiles();
    auto *dialog = m_window.findChild<QDialog *>(u"profilesDialog"_s);
    if (!dialog)
        return fail(u"no profiles dialog"_s);
    QTimer::singleShot(500, this, [this, dialog = QPointer(dialog)] {
        if (!dialog || !save(dialog, u"profiles.png"_s))
            return Q_EMIT finished(false);
        shootSignIns(dialog, 0);
    });
}

void ScreenshotTour::shootSignIns(QPointer<QDialog> dialog, int index)
{
    using SignIn = ConnectionProfile::SignIn;
    static constexpr SignIn methods[] = {SignIn::Header, SignIn::Certificate, SignIn::Windows,
                                         SignIn::Jwt,    SignIn::CloudApiKey, SignIn::CloudOAuth};
    auto *profiles = qobject_cast<ProfilesDialog *>(dialog.data());
    if (!profiles || index >= int(std::size(methods))) {
        if (dialog)
            dialog->close();
        if (!profiles)
            return Q_EMIT finished(false);
        return runForHistory(TypicalDurations::MinimumRuns);
    }
    profiles->addProfile();
    profiles->editor()->setProfile(sampleProfile(methods[index]));
    QTimer::singleShot(500, this, [this, dialog, index] {
        const QString file = u"signin-%1.png"_s.arg(ConnectionProfile::signInKey(methods[index]));
        if (!dialog || !save(dialog, file))
            return Q_EMIT finished(false);
        shootSignIns(dialog, index + 1);
    });
}

void ScreenshotTour::runForHistory(int left)
{
    ProfileSession *session = m_workspace.activeSession();
    if (!session)
        return fail(u"no active profile"_s);
    session->tracker().setPollInterval(std::chrono::seconds(1));
    m_lastRun = session->tracker().start(TaskRef::byName(TypicalTask));
    const auto done = [this, session] {
        const Run *run = session->tracker().run(m_lastRun);
        return run && run->isFinished();
    };
    if (left == 0) {
        // Its next run: an expected end and a progress bar once it has gone a little way.
        const auto underWay = [this, session] {
            const Run *run = session->tracker().run(m_lastRun);
            return run && run->phase == RunPhase::Running &&
                run->elapsedMs(QDateTime::currentDateTimeUtc()) > 2500;
        };
        return waitFor(
            underWay, [this] { shootExpectedFinish(); }, 30000, u"a run under way"_s);
    }
    waitFor(
        done, [this, left] { runForHistory(left - 1); }, 30000, TypicalTask);
}

void ScreenshotTour::shootExpectedFinish()
{
    ProfileSession *session = m_workspace.activeSession();
    m_window.showRun(session, m_lastRun);
    save(&m_window, u"expected-finish.png"_s);
    waitFor(
        [this, session] {
            const Run *run = session->tracker().run(m_lastRun);
            return run && run->isFinished();
        },
        [this] { QTimer::singleShot(1500, this, [this] { shootNotification(); }); }, 30000,
        u"the run's end"_s);
}

void ScreenshotTour::shootNotification()
{
    // What a notification server drew on the screen: dunst's default place is the top right.
    if (m_desktop.hasNotificationService()) {
        QScreen *screen = QGuiApplication::primaryScreen();
        const QRect area(screen->geometry().width() - 460, 0, 460, 220);
        const QString path = m_directory.filePath(u"notification.png"_s);
        const bool ok =
            screen->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path);
        qInfo("screenshot %s: %s", qPrintable(path), ok ? "saved" : "FAILED");
    }
    shootHistory();
}

void ScreenshotTour::shootHistory()
{
    m_window.historyView()->setPeriod(HistoryFilter::Period::All);
    auto *tabs = m_window.findChild<QTabWidget *>(u"viewTabs"_s);
    tabs->setCurrentWidget(m_window.historyView());
    QTimer::singleShot(500, this, [this, tabs] {
        save(&m_window, u"history.png"_s);
        tabs->setCurrentIndex(0);
        shootTrayMenu();
    });
}

void ScreenshotTour::shootTrayMenu()
{
    // With a run in flight, as the menu mostly is.
    ProfileSession *session = m_workspace.activeSession();
    m_lastRun = session->tracker().start(TaskRef::byName(LongTask));
    waitFor(
        [this, session] {
            const Run *run = session->tracker().run(m_lastRun);
            return run && run->phase == RunPhase::Running;
        },
        [this] { popUpTrayMenu(); }, 30000, LongTask);
}

void ScreenshotTour::popUpTrayMenu()
{
    TrayMenu *menu = m_desktop.trayMenu();
    menu->popup(m_window.mapToGlobal(QPoint(m_window.width() - 320, 40)));
    QTimer::singleShot(500, this, [this, menu] {
        const bool ok = save(menu, u"tray-menu.png"_s);
        menu->hide();
        if (!ok)
            return Q_EMIT finished(false);
        runChain();
    });
}

void ScreenshotTour::runChain()
{
    ProfileSession *session = m_workspace.activeSession();
    m_lastRun = session->tracker().start(TaskRef::byName(ChainRoot));
    waitFor(
        [this, session] {
            const Run *run = session->tracker().run(m_lastRun);
            return run && run->isFinished() && session->chains().isSettled(m_lastRun);
        },
        [this] { shootChain(); }, 120000, u"the nightly chain to settle"_s);
}

void ScreenshotTour::shootChain()
{
    ProfileSession *session = m_workspace.activeSession();
    const RunTracker &tracker = session->tracker();
    RunId failed = 0;
    for (const RunId id : tracker.runIds()) {
        if (session->chains().rootOf(id) == m_lastRun &&
            tracker.run(id)->outcome() == RunOutcome::Failed)
            failed = id;
    }
    if (failed == 0)
        return fail(u"no failed run in the nightly chain"_s);
    auto *view = m_window.findChild<QTreeView *>(u"runsView"_s);
    view->expandRecursively(
        m_window.runsProxy()->mapFromSource(m_window.runsModel()->indexOf(&tracker, m_lastRun)));
    m_window.showRun(session, failed);
    auto *log = m_window.detailsPane()->findChild<QPlainTextEdit *>(u"scriptLogView"_s);
    waitFor([log] { return !log->toPlainText().isEmpty(); },
            [this] {
                QTimer::singleShot(500, this, [this] {
                    if (!save(&m_window, u"chain.png"_s))
                        return Q_EMIT finished(false);
                    watchServer();
                });
            },
            20000, u"the script log of the chain's failed run"_s);
}

void ScreenshotTour::watchServer()
{
    // The demo server's scheduler starts two tasks by itself, one of which fails.
    if (const QString problem = m_workspace.setActiveWatching(true); !problem.isEmpty())
        return fail(problem);
    ProfileSession *session = m_workspace.activeSession();
    const auto seen = [session](RunOutcome outcome) {
        const RunTracker &tracker = session->tracker();
        return std::any_of(tracker.runIds().cbegin(), tracker.runIds().cend(), [&](RunId id) {
            const Run *run = tracker.run(id);
            return run->origin == RunOrigin::SeenOnServer && run->outcome() == outcome;
        });
    };
    waitFor([seen] { return seen(RunOutcome::Succeeded) && seen(RunOutcome::Failed); },
            [this] { shootWatchedServer(); }, 120000,
            u"runs of the demo's schedules on the watched server"_s);
}

void ScreenshotTour::shootWatchedServer()
{
    ProfileSession *session = m_workspace.activeSession();
    const RunTracker &tracker = session->tracker();
    for (const RunId id : tracker.runIds()) {
        const Run *run = tracker.run(id);
        if (run->origin == RunOrigin::SeenOnServer && run->outcome() == RunOutcome::Failed)
            m_window.showRun(session, id);
    }
    QTimer::singleShot(1500, this, [this] {
        if (!save(&m_window, u"watched-server.png"_s))
            return Q_EMIT finished(false);
        m_workspace.setActiveWatching(false);
        runOnCloud();
    });
}

void ScreenshotTour::runOnCloud()
{
    // The Qlik Cloud demo beside the repository's: its reloads join the same table.
    m_workspace.setDemoOffered(true);
    m_workspace.setActiveProfile(Workspace::cloudDemoProfileName());
    waitFor(
        [this] {
            ProfileSession *session = m_workspace.activeSession();
            return session && session->name() == Workspace::cloudDemoProfileName() &&
                session->state() == ProfileSession::State::Connected;
        },
        [this] { shootCloudBrowser(); }, 30000, u"the Qlik Cloud demo to connect"_s);
}

void ScreenshotTour::shootCloudBrowser()
{
    openBrowserThen([this] {
        g_browser->resize(900, 420);
        save(g_browser, u"cloud-task-browser.png"_s);
        g_browser->close();
        RunTracker &tracker = m_workspace.activeSession()->tracker();
        tracker.setPollInterval(std::chrono::seconds(1));
        tracker.startAll({TaskRef::byName(CloudFailingApp), TaskRef::byName(u"General Ledger"_s),
                          TaskRef::byName(u"Data Warehouse Extract"_s),
                          TaskRef::byName(u"Supply Chain"_s)});
        const auto failed = [this] {
            const RunTracker &cloud = m_workspace.activeSession()->tracker();
            return std::any_of(cloud.runIds().cbegin(), cloud.runIds().cend(), [&](RunId id) {
                return cloud.run(id)->outcome() == RunOutcome::Failed;
            });
        };
        waitFor(
            failed, [this] { shootCloudBesideRepository(); }, 30000, u"a failed cloud reload"_s);
    });
}

void ScreenshotTour::shootCloudBesideRepository()
{
    const RunTracker &cloud = m_workspace.activeSession()->tracker();
    for (const RunId id : cloud.runIds()) {
        if (cloud.run(id)->outcome() == RunOutcome::Failed)
            m_window.showRun(m_workspace.activeSession(), id);
    }
    QTimer::singleShot(1500, this,
                       [this] { Q_EMIT finished(save(&m_window, u"cloud-and-repository.png"_s)); });
}

ConnectionProfile ScreenshotTour::sampleProfile(ConnectionProfile::SignIn signIn)
{
    ConnectionProfile profile;
    profile.signIn = signIn;
    profile.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    switch (signIn) {
    case ConnectionProfile::SignIn::Header:
        profile.name = tr("Production (scheduler)");
        profile.virtualProxyPrefix = u"opcon"_s;
        profile.userHeaderName = u"opcon-usr"_s;
        profile.userId = u"ACME\\svc_reload"_s;
        break;
    case ConnectionProfile::SignIn::Certificate:
        profile.name = tr("Production (repository)");
        profile.userDirectory = u"INTERNAL"_s;
        profile.userId = u"sa_api"_s;
        profile.clientCertificateFile = u"/etc/qlik/certificates/client.pem"_s;
        profile.clientKeyFile = u"/etc/qlik/certificates/client_key.pem"_s;
        profile.caCertificateFile = u"/etc/qlik/certificates/root.pem"_s;
        break;
    case ConnectionProfile::SignIn::Windows:
        profile.name = tr("Production (my account)");
        profile.userId = u"ACME\\jdoe"_s;
        break;
    case ConnectionProfile::SignIn::Jwt:
        profile.name = tr("Production (automation)");
        profile.virtualProxyPrefix = u"jwt"_s;
        break;
    case ConnectionProfile::SignIn::CloudApiKey:
        profile.name = tr("Qlik Cloud (my key)");
        profile.serverUrl = QUrl(u"https://acme.eu.qlikcloud.com"_s);
        break;
    case ConnectionProfile::SignIn::CloudOAuth:
        profile.name = tr("Qlik Cloud (scheduler)");
        profile.serverUrl = QUrl(u"https://acme.eu.qlikcloud.com"_s);
        profile.userId = u"3f6c1e0b9a2d4c7e8f1a2b3c4d5e6f70"_s;
        break;
    }
    return profile;
}

bool ScreenshotTour::save(QWidget *widget, const QString &fileName)
{
    const QString path = m_directory.filePath(fileName);
    const bool ok = widget->grab().save(path);
    qInfo("screenshot %s: %s", qPrintable(path), ok ? "saved" : "FAILED");
    return ok;
}

void ScreenshotTour::fail(const QString &why)
{
    m_poll.stop();
    qWarning("screenshot tour failed: %s", qPrintable(why));
    Q_EMIT finished(false);
}
