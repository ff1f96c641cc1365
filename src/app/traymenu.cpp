#include "traymenu.h"

#include "profilesession.h"
#include "runstyle.h"
#include "runtracker.h"
#include "textformat.h"
#include "workspace.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

TrayMenu::TrayMenu(Workspace &workspace, QWidget *parent)
    : QMenu(parent)
    , m_workspace(workspace)
{
    setObjectName(u"trayMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &TrayMenu::rebuild);
    rebuild();
}

TrayMenu::~TrayMenu() = default;

void TrayMenu::rebuild()
{
    clear();
    int running = 0;
    int more = 0;
    for (ProfileSession *session : m_workspace.sessions()) {
        const RunTracker &tracker = session->tracker();
        for (const RunId id : tracker.runIds()) {
            const Run *run = tracker.run(id);
            if (!run || run->isFinished())
                continue;
            if (running == 0)
                addSection(tr("Running"));
            if (running++ < MaxRunningShown)
                addRun({session, id}, *run);
            else
                ++more;
        }
    }
    if (more > 0)
        addAction(tr("and %n more…", nullptr, more), this, &TrayMenu::showWindowRequested);
    int recent = 0;
    for (const RunAnnouncement::Entry &entry : std::as_const(m_recent)) {
        const Run *run = entry.session ? entry.session->tracker().run(entry.id) : nullptr;
        if (!run || !run->isFinished() || recent == RecentShown)
            continue;
        if (recent++ == 0)
            addSection(tr("Recently finished"));
        addRun(entry, *run);
    }
    if (running == 0 && recent == 0)
        addAction(tr("No runs yet"))->setEnabled(false);

    addSeparator();
    QAction *runTask =
        addAction(QIcon(u":/icons/run.svg"_s), tr("&Run task…"), this, &TrayMenu::runTaskRequested);
    runTask->setObjectName(u"trayRunTask"_s);
    QAction *pause = addAction(tr("&Pause polling"));
    pause->setObjectName(u"trayPausePolling"_s);
    pause->setCheckable(true);
    pause->setChecked(m_workspace.isPollingPaused());
    connect(pause, &QAction::toggled, &m_workspace, &Workspace::setPollingPaused);
    addAction(tr("&Show window"), this, &TrayMenu::showWindowRequested)
        ->setObjectName(u"trayShowWindow"_s);
    addSeparator();
    addAction(tr("&Quit"), this, &TrayMenu::quitRequested)->setObjectName(u"trayQuit"_s);
}

void TrayMenu::addSection(const QString &title)
{
    // A disabled entry, not QMenu::addSection: tray hosts drawing the menu themselves (D-Bus
    // menus) do not all show section titles.
    addAction(title)->setEnabled(false);
}

void TrayMenu::addRun(const RunAnnouncement::Entry &entry, const Run &run)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    //: a run in the tray menu: task · status · duration
    const QString text = tr("%1 · %2 · %3")
                             .arg(run.displayName(), RunStyle::statusText(run),
                                  TextFormat::duration(run.elapsedMs(now)));
    QAction *action = addAction(RunStyle::icon(run), text);
    action->setProperty("runId", QVariant::fromValue(entry.id));
    action->setToolTip(entry.session->name());
    connect(action, &QAction::triggered, this, [this, entry] {
        if (entry.session)
            Q_EMIT showRunRequested(entry.session, entry.id);
    });
}
