#include "mainwindow.h"

#include "appsettings.h"
#include "historyview.h"
#include "profilesdialog.h"
#include "profilesession.h"
#include "rundetailspane.h"
#include "runprogressdelegate.h"
#include "runsfilterproxy.h"
#include "runsmodel.h"
#include "runtracker.h"
#include "settingsdialog.h"
#include "taskbrowserdialog.h"
#include "ui_mainwindow.h"
#include "workspace.h"

#include <algorithm>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
/// The rows from the top down to the index's: where it shows in the tree.
QList<int> pathOf(QModelIndex index)
{
    QList<int> path;
    for (; index.isValid(); index = index.parent())
        path.prepend(index.row());
    return path;
}

/// The view's selected rows in the order it shows them.
QModelIndexList selectedRowsInViewOrder(const QAbstractItemView *view)
{
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return pathOf(a) < pathOf(b); });
    return rows;
}
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_model(new RunsModel(this))
    , m_proxy(new RunsFilterProxy(this))
    , m_details(new RunDetailsPane(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    m_details->setObjectName(u"runDetailsPane"_s);
    m_ui->splitter->addWidget(m_details);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_history = new HistoryView(workspace, this);
    m_history->setObjectName(u"historyPage"_s);
    m_ui->viewTabs->addTab(m_history, tr("Hi&story"));
    connect(m_history, &HistoryView::runActivated, this, &MainWindow::showArchivedRun);
    setUpTable();
    setUpToolBar();
    setUpContextMenu();
    m_workspace.secrets().setPrompt([this](const ConnectionProfile &profile, const QString &why) {
        return askSecret(profile, why);
    });

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"profileStateLabel"_s);
    m_runningLabel = new QLabel(this);
    m_runningLabel->setObjectName(u"runningCountLabel"_s);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_runningLabel);

    connect(m_ui->actionRunTask, &QAction::triggered, this, &MainWindow::openTaskBrowser);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stopSelected);
    connect(m_ui->actionRunAgain, &QAction::triggered, this, &MainWindow::runSelectedAgain);
    connect(m_ui->actionFollowAgain, &QAction::triggered, this, &MainWindow::followSelectedAgain);
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->actionRemoveFinished, &QAction::triggered, &m_workspace,
            &Workspace::removeFinishedRuns);
    connect(m_ui->actionCopyRows, &QAction::triggered, this, &MainWindow::copySelectedRows);
    connect(m_ui->actionCopyTaskId, &QAction::triggered, this, &MainWindow::copySelectedTaskIds);
    connect(m_ui->actionCopySessionId, &QAction::triggered, this,
            &MainWindow::copySelectedSessionIds);
    connect(m_ui->actionShowScriptLog, &QAction::triggered, this,
            &MainWindow::showSelectedScriptLog);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionPausePolling, &QAction::toggled, &m_workspace,
            &Workspace::setPollingPaused);
    connect(&m_workspace, &Workspace::pollingPausedChanged, this, [this](bool paused) {
        m_ui->actionPausePolling->setChecked(paused);
        updateStatusBar();
    });
    connect(m_ui->actionWatchServer, &QAction::triggered, this, [this](bool watching) {
        if (const QString problem = m_workspace.setActiveWatching(watching); !problem.isEmpty())
            QMessageBox::warning(this, tr("Watch every run on this server"), problem);
        updateWatchAction();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    connect(&m_workspace, &Workspace::sessionAdded, this, &MainWindow::addSession);
    connect(&m_workspace, &Workspace::sessionAboutToBeRemoved, this,
            [this](ProfileSession *session) { m_model->removeTracker(&session->tracker()); });
    connect(&m_workspace, &Workspace::profileNamesChanged, this, &MainWindow::reloadProfiles);
    connect(&m_workspace, &Workspace::activeStateChanged, this, &MainWindow::updateStatusBar);
    connect(&m_workspace, &Workspace::activeSessionChanged, this, &MainWindow::updateStatusBar);
    connect(&m_workspace, &Workspace::runningCountChanged, this, &MainWindow::updateStatusBar);
    for (ProfileSession *session : m_workspace.sessions())
        addSession(session);
    reloadProfiles();
    updateStatusBar();
    updateActions();

    AppSettings &settings = m_workspace.settings();
    restoreGeometry(settings.value(AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(settings.value(AppSettings::Key::WindowState).toByteArray());
    m_ui->splitter->restoreState(settings.value(AppSettings::Key::SplitterState).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_ui->runsView->setModel(m_proxy);
    m_ui->runsView->sortByColumn(RunsModel::Started, Qt::DescendingOrder);
    QHeaderView *header = m_ui->runsView->header();
    // As the table's header was: sections stay where they are, titles centred.
    header->setSectionsMovable(false);
    header->setDefaultAlignment(Qt::AlignCenter);
    // Room for the rows of a chain three levels down, and for a chain's state beside a status.
    header->resizeSection(RunsModel::Task, 260);
    header->resizeSection(RunsModel::App, 200);
    header->resizeSection(RunsModel::Profile, 120);
    header->resizeSection(RunsModel::Status, 250);
    header->resizeSection(RunsModel::Started, 80);
    header->resizeSection(RunsModel::Duration, 110);
    header->resizeSection(RunsModel::ExpectedFinish, 150);
    header->moveSection(header->visualIndex(RunsModel::ExpectedFinish),
                        header->visualIndex(RunsModel::Duration) + 1);
    m_ui->runsView->setItemDelegate(new RunProgressDelegate(m_ui->runsView));
    m_model->setTypicalDuration([this](const QString &profile, const QString &taskId) {
        return m_workspace.typicalDurationMs(profile, taskId);
    });
    header->restoreState(
        m_workspace.settings().value(AppSettings::Key::TableHeaderState).toByteArray());

    for (int filter = 0; filter <= int(RunsFilterProxy::StatusFilter::Skipped); ++filter)
        m_ui->statusFilterCombo->addItem(
            RunsFilterProxy::statusFilterText(RunsFilterProxy::StatusFilter(filter)));
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatusFilter(RunsFilterProxy::StatusFilter(index));
        updateEmptyHint();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateEmptyHint();
    });
    connect(m_ui->runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrentRun();
        updateActions();
    });
    // Once per turn of the event loop, however many runs changed: it looks at the selection.
    m_actionsUpdate.setSingleShot(true);
    m_actionsUpdate.setInterval(0);
    connect(&m_actionsUpdate, &QTimer::timeout, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, &m_actionsUpdate,
            qOverload<>(&QTimer::start));
    connect(m_model, &RunsModel::durationsTicked, this, &MainWindow::showDurationsAgain);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    // What a run's end sets off shows as it comes.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                expandOnFirstChildren(parent, last - first + 1);
            });
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int first, int last, const QModelIndex &parent) {
                expandOnFirstChildren(parent, last - first + 1);
            });

    m_emptyHint = new QLabel(m_ui->runsView->viewport());
    m_emptyHint->setObjectName(u"emptyHintLabel"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(u"color: palette(mid); font-size: 14pt;"_s);
    m_ui->runsView->viewport()->installEventFilter(this);
    updateEmptyHint();
}

void MainWindow::setUpToolBar()
{
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setContentsMargins(4, 0, 4, 0);
    m_profileCombo = new QComboBox(this);
    label->setBuddy(m_profileCombo); // Alt+P, and the name a screen reader gives the box
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setToolTip(tr("New runs start on this profile"));
    QAction *first = m_ui->mainToolBar->actions().value(0);
    m_ui->mainToolBar->insertWidget(first, label);
    m_ui->mainToolBar->insertWidget(first, m_profileCombo);
    m_ui->mainToolBar->insertSeparator(first);
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { m_workspace.setActiveProfile(m_profileCombo->itemText(index)); });
}

void MainWindow::setUpContextMenu()
{
    // Delete and Ctrl+C act on the table only (elsewhere they edit or copy text).
    m_ui->runsView->addActions({m_ui->actionRemove, m_ui->actionCopyRows});
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"runsContextMenu"_s);
    m_contextMenu->addAction(m_ui->actionCopyTaskId);
    m_contextMenu->addAction(m_ui->actionCopySessionId);
    m_contextMenu->addAction(m_ui->actionCopyRows);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_ui->actionStop);
    m_contextMenu->addAction(m_ui->actionRunAgain);
    m_contextMenu->addAction(m_ui->actionFollowAgain);
    m_contextMenu->addAction(m_ui->actionRemove);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_ui->actionShowScriptLog);
    m_ui->runsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->runsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_ui->runsView->indexAt(pos).isValid())
            popUpContextMenu(pos);
    });
    // From the keyboard (the Menu key, or Shift+F10 where there is none), at the current row.
    auto *menuKey = new QAction(m_ui->runsView);
    menuKey->setShortcuts({QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)});
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    m_ui->runsView->addAction(menuKey);
    connect(menuKey, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->runsView->currentIndex();
        if (current.isValid())
            popUpContextMenu(m_ui->runsView->visualRect(current).center());
    });
}

void MainWindow::popUpContextMenu(const QPoint &viewportPos)
{
    updateActions();
    m_contextMenu->popup(m_ui->runsView->viewport()->mapToGlobal(viewportPos));
}

void MainWindow::expandOnFirstChildren(const QModelIndex &sourceParent, int added)
{
    if (sourceParent.isValid() && m_model->rowCount(sourceParent) == added)
        m_ui->runsView->expand(m_proxy->mapFromSource(sourceParent));
}

void MainWindow::addSession(ProfileSession *session)
{
    m_model->addTracker(&session->tracker(), session->name(), &session->chains());
    connect(&session->tracker(), &RunTracker::runAdded, this,
            [this, session](RunId id) { onRunAdded(session, id); });
}

void MainWindow::reloadProfiles()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItems(m_workspace.profileNames());
    m_profileCombo->setCurrentIndex(m_profileCombo->findText(m_workspace.activeProfileName()));
}

void MainWindow::updateStatusBar()
{
    m_stateLabel->setText(m_workspace.activeStateText());
    const int running = m_workspace.runningCount();
    QString runningText = running ? tr("%n running", nullptr, running) : QString();
    if (m_workspace.isPollingPaused())
        runningText =
            running ? tr("%n running, polling paused", nullptr, running) : tr("Polling paused");
    m_runningLabel->setText(runningText);
    if (m_profileCombo->currentText() != m_workspace.activeProfileName())
        reloadProfiles();
    ProfileSession *active = m_workspace.activeSession();
    m_ui->actionRunTask->setEnabled(active != nullptr);
    updateWatchAction();
    if (m_openBrowserWhenConnected && active &&
        active->state() == ProfileSession::State::Connected) {
        m_openBrowserWhenConnected = false;
        openTaskBrowser();
    }
}

void MainWindow::updateWatchAction()
{
    const ProfileSession *active = m_workspace.activeSession();
    // A Qlik Cloud tenant has no repository to watch.
    m_ui->actionWatchServer->setEnabled(active && !active->profile().isCloud());
    m_ui->actionWatchServer->setChecked(active && active->watch().isWatching());
}

void MainWindow::showDurationsAgain()
{
    // Only the cells on screen are drawn again; the model computes their durations then.
    QTreeView *view = m_ui->runsView;
    for (const int column : {RunsModel::Duration, RunsModel::ExpectedFinish}) {
        if (!view->isColumnHidden(column))
            view->viewport()->update(view->columnViewportPosition(column), 0,
                                     view->columnWidth(column), view->viewport()->height());
    }
}

void MainWindow::updateActions()
{
    bool anyLive = false;
    bool anyLost = false;
    bool anyTaskId = false;
    bool anySessionId = false;
    const auto runs = selectedRuns();
    for (const auto &[session, id] : runs) {
        const Run *run = session->tracker().run(id);
        if (!run)
            continue;
        anyLive = anyLive || (!run->isFinished() && !run->task.id.isEmpty());
        anyLost = anyLost || run->phase == RunPhase::Lost;
        anyTaskId = anyTaskId || !run->task.id.isEmpty();
        anySessionId = anySessionId || !run->sessionId.isEmpty();
    }
    m_ui->actionStop->setEnabled(anyLive);
    m_ui->actionRunAgain->setEnabled(!runs.isEmpty());
    m_ui->actionFollowAgain->setEnabled(anyLost);
    m_ui->actionRemove->setEnabled(!runs.isEmpty());
    m_ui->actionCopyRows->setEnabled(!runs.isEmpty());
    m_ui->actionCopyTaskId->setEnabled(anyTaskId);
    m_ui->actionCopySessionId->setEnabled(anySessionId);
    const Run *shown =
        m_details->session() ? m_details->session()->tracker().run(m_details->runId()) : nullptr;
    m_ui->actionShowScriptLog->setEnabled(shown && shown->latest());
    m_ui->actionRemoveFinished->setEnabled(m_model->runRowCount() > m_model->liveRowCount());
}

void MainWindow::updateEmptyHint()
{
    const bool noRuns = m_model->rowCount() == 0;
    const bool nothingShown = m_proxy->rowCount() == 0;
    m_emptyHint->setText(noRuns
                             ? tr("No runs yet.\nClick “Run task…” to pick tasks and start them.")
                             : tr("No run matches the search and the status filter."));
    m_emptyHint->setVisible(nothingShown);
    m_emptyHint->resize(m_ui->runsView->viewport()->size());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->runsView->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->resize(m_ui->runsView->viewport()->size());
    return QMainWindow::eventFilter(watched, event);
}

QList<std::pair<ProfileSession *, RunId>> MainWindow::selectedRuns() const
{
    QList<std::pair<ProfileSession *, RunId>> runs;
    const QModelIndexList rows = selectedRowsInViewOrder(m_ui->runsView);
    for (const QModelIndex &index : rows) {
        // Link rows have no run: nothing acts on them.
        const RunsModel::RunKey key = m_model->keyAt(m_proxy->mapToSource(index));
        if (ProfileSession *session = key.tracker ? m_workspace.sessionOf(key.tracker) : nullptr)
            runs.append({session, key.id});
    }
    return runs;
}

void MainWindow::showCurrentRun()
{
    const QModelIndex current = m_ui->runsView->selectionModel()->currentIndex();
    const QModelIndexList rows = m_ui->runsView->selectionModel()->selectedRows();
    QModelIndex index = rows.contains(current.siblingAtColumn(0)) ? current : rows.value(0);
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    // A link row has no run to show: its why is in its row.
    const RunsModel::RunKey key = m_model->keyAt(m_proxy->mapToSource(index));
    if (!key.tracker) {
        m_details->clear();
        return;
    }
    m_details->showRun(m_workspace.sessionOf(key.tracker), key.id);
}

void MainWindow::onRunAdded(ProfileSession *session, RunId id)
{
    // Follow what was just started: select it when nothing else is selected.
    if (!m_ui->runsView->selectionModel()->hasSelection())
        showRun(session, id);
}

void MainWindow::revealRun(ProfileSession *session, RunId id)
{
    showRun(session, id);
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showArchivedRun(const QString &key)
{
    for (ProfileSession *session : m_workspace.sessions()) {
        const RunTracker &tracker = session->tracker();
        for (const RunId id : tracker.runIds()) {
            if (tracker.run(id)->sessionId == key && m_model->indexOf(&tracker, id).isValid()) {
                showRun(session, id);
                return;
            }
        }
    }
    statusBar()->showMessage(
        tr("That run has left the runs table: the history keeps what its row shows."), 5000);
}

void MainWindow::showRun(ProfileSession *session, RunId id)
{
    const QModelIndex source = m_model->indexOf(&session->tracker(), id);
    if (!source.isValid())
        return;
    m_ui->viewTabs->setCurrentWidget(m_ui->runsPage);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_ui->runsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->runsView->scrollTo(index); // expands the rows above it
    } else {
        m_details->showRun(session, id); // filtered out of the table, but shown all the same
    }
}

void MainWindow::stopSelected()
{
    // The repository stops tasks, not runs: one request per task is enough.
    QSet<std::pair<ProfileSession *, QString>> stopped;
    for (const auto &[session, id] : selectedRuns()) {
        const Run *run = session->tracker().run(id);
        if (!run || run->isFinished() || run->task.id.isEmpty() ||
            stopped.contains({session, run->task.id}))
            continue;
        stopped.insert({session, run->task.id});
        session->tracker().stop(id);
    }
}

void MainWindow::runSelectedAgain()
{
    const auto runs = selectedRuns();
    for (const auto &[session, id] : runs)
        m_workspace.runAgain(session, id);
    if (!runs.isEmpty())
        statusBar()->showMessage(tr("Started %n run(s) again.", nullptr, int(runs.size())), 5000);
}

void MainWindow::followSelectedAgain()
{
    int resumed = 0;
    for (const auto &[session, id] : selectedRuns())
        resumed += int(session->tracker().resume(id));
    if (resumed > 0)
        statusBar()->showMessage(tr("Following %n lost run(s) again.", nullptr, resumed), 5000);
    updateActions();
}

int MainWindow::removeSelected()
{
    const auto runs = selectedRuns();
    int removed = 0;
    int inFlight = 0;
    for (const auto &[session, id] : runs) {
        const Run *run = session->tracker().run(id);
        if (!run)
            continue;
        if (!run->isFinished())
            ++inFlight;
        else if (session->tracker().remove(id))
            ++removed;
    }
    if (inFlight > 0 && removed > 0)
        statusBar()->showMessage(
            tr("Removed %n run(s).", nullptr, removed) + u' ' +
                tr("%n selected run(s) still in flight stayed: stop them or wait for their end.",
                   nullptr, inFlight),
            8000);
    else if (inFlight > 0)
        statusBar()->showMessage(
            tr("%n selected run(s) still in flight stayed: stop them or wait for their end.",
               nullptr, inFlight),
            8000);
    else if (removed > 0)
        statusBar()->showMessage(tr("Removed %n run(s).", nullptr, removed), 5000);
    return removed;
}

void MainWindow::copySelectedRows()
{
    const QModelIndexList rows = selectedRowsInViewOrder(m_ui->runsView);
    // Columns as the person sees them: in their visual order, hidden ones left out.
    const QHeaderView *header = m_ui->runsView->header();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            QString cell = row.siblingAtColumn(column).data().toString();
            cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells.append(cell);
        }
        lines.append(cells.join(u'\t'));
    }
    if (!lines.isEmpty())
        copyToClipboard(lines.join(u'\n') + u'\n',
                        tr("Copied %n row(s).", nullptr, int(lines.size())));
}

void MainWindow::copySelectedTaskIds()
{
    QStringList ids;
    for (const auto &[session, id] : selectedRuns()) {
        const Run *run = session->tracker().run(id);
        if (run && !run->task.id.isEmpty() && !ids.contains(run->task.id))
            ids.append(run->task.id);
    }
    if (!ids.isEmpty())
        copyToClipboard(ids.join(u'\n'), tr("Copied %n task id(s).", nullptr, int(ids.size())));
}

void MainWindow::copySelectedSessionIds()
{
    QStringList ids;
    for (const auto &[session, id] : selectedRuns()) {
        const Run *run = session->tracker().run(id);
        if (run && !run->sessionId.isEmpty())
            ids.append(run->sessionId);
    }
    if (!ids.isEmpty())
        copyToClipboard(ids.join(u'\n'), tr("Copied %n session id(s).", nullptr, int(ids.size())));
}

void MainWindow::copyToClipboard(const QString &text, const QString &message)
{
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(message, 4000);
}

void MainWindow::showSelectedScriptLog()
{
    if (!m_details->session())
        showCurrentRun();
    m_details->showScriptLog();
}

TaskBrowserDialog *MainWindow::openTaskBrowser()
{
    ProfileSession *session = m_workspace.activeSession();
    if (!session) {
        statusBar()->showMessage(tr("Choose a profile first."), 5000);
        return nullptr;
    }
    auto *dialog = new TaskBrowserDialog(*session, this);
    dialog->setObjectName(u"taskBrowserDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ProfileSession> target(session);
    connect(dialog, &TaskBrowserDialog::runRequested, this, [target](const QList<TaskRef> &tasks) {
        if (target)
            target->tracker().startAll(tasks);
    });
    dialog->open();
    return dialog;
}

std::optional<QString> MainWindow::askSecret(const ConnectionProfile &profile, const QString &why)
{
    QString what;
    switch (profile.signIn) {
    case ConnectionProfile::SignIn::Certificate:
        what = tr("The password of the client certificate %1:")
                   .arg(QDir::toNativeSeparators(profile.clientCertificateFile));
        break;
    case ConnectionProfile::SignIn::Windows:
        what = tr("The Windows password of %1:").arg(profile.userId);
        break;
    case ConnectionProfile::SignIn::Jwt:
        what = tr("The token (JWT) for %1:").arg(profile.describe());
        break;
    case ConnectionProfile::SignIn::CloudApiKey:
        what = tr("The API key for %1:").arg(profile.describe());
        break;
    case ConnectionProfile::SignIn::CloudOAuth:
        what = tr("The secret of OAuth client %1:").arg(profile.userId);
        break;
    case ConnectionProfile::SignIn::Header:
        return QString();
    }
    QInputDialog dialog(this);
    dialog.setObjectName(u"secretPrompt"_s);
    dialog.setWindowTitle(tr("Sign in to %1").arg(profile.name));
    dialog.setLabelText(why + u"\n\n"_s + what);
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void MainWindow::openProfiles()
{
    auto *dialog = new ProfilesDialog(m_workspace.profileStore(), m_workspace.secrets(), this);
    dialog->setObjectName(u"profilesDialog"_s);
    connect(dialog, &ProfilesDialog::secretChanged, &m_workspace, &Workspace::renewSession);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_workspace.settings(), this);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openTaskBrowserWhenConnected()
{
    m_openBrowserWhenConnected = true;
    updateStatusBar();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About Qlik Task Runner"),
        tr("<b>Qlik Task Runner %1</b><p>Starts Qlik Sense tasks through the Qlik Repository "
           "Service and follows them to the end.</p>")
            .arg(QStringLiteral(QTR_VERSION)),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QMessageBox *MainWindow::showSettingsProblems()
{
    m_settingsProblemsTold = true;
    const QStringList problems = m_workspace.settingsProblems();
    if (problems.isEmpty())
        return nullptr;
    const QString text = tr("Part of the saved settings could not be read. The app goes on with "
                            "what it could read and deletes nothing it could not.") +
        u"\n\n"_s + problems.join(u"\n\n"_s);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings could not be read"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"settingsProblemsBox"_s);
    box->setTextFormat(Qt::PlainText); // the values quoted come from a file anyone can edit
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(tr("Part of the saved settings could not be read."), 15000);
    return box;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_settingsProblemsTold) {
        m_settingsProblemsTold = true;
        // Once the window is up, so that the box has a window to sit on.
        QTimer::singleShot(0, this, &MainWindow::showSettingsProblems);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (!m_quitting && m_trayAvailable &&
        m_workspace.settings().value(AppSettings::Key::CloseToTray).toBool()) {
        event->ignore();
        hide();
        Q_EMIT keptInTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    m_quitting = true;
    if (isVisible())
        close();
    else
        saveWindowState();
    QCoreApplication::quit();
}

void MainWindow::saveWindowState()
{
    AppSettings &settings = m_workspace.settings();
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    settings.setValue(AppSettings::Key::SplitterState, m_ui->splitter->saveState());
    settings.setValue(AppSettings::Key::TableHeaderState, m_ui->runsView->header()->saveState());
}
