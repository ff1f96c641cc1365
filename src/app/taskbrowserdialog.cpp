#include "taskbrowserdialog.h"

#include "errortext.h"
#include "profilesession.h"
#include "tasksmodel.h"
#include "ui_taskbrowserdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TaskBrowserDialog::TaskBrowserDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskBrowserDialog>())
    , m_session(&session)
    , m_model(new TasksModel(this))
    , m_proxy(new TasksFilterProxy(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Run tasks on %1").arg(session.name()));
    m_proxy->setSourceModel(m_model);
    m_ui->tasksView->setModel(m_proxy);
    m_ui->tasksView->sortByColumn(TasksModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_ui->tasksView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(TasksModel::Name, 200);
    header->resizeSection(TasksModel::App, 215);
    header->resizeSection(TasksModel::Stream, 95);
    header->resizeSection(TasksModel::Tags, 140);
    header->resizeSection(TasksModel::Enabled, 65);
    header->resizeSection(TasksModel::LastStatus, 155);
    header->resizeSection(TasksModel::LastRun, 120);
    header->setStretchLastSection(true);
    if (session.profile().isCloud()) {
        setWindowTitle(tr("Reload apps on %1").arg(session.name()));
        m_model->setCloud(true);
        for (const TasksModel::Column column : TasksModel::repositoryOnlyColumns())
            m_ui->tasksView->hideColumn(column);
        header->resizeSection(TasksModel::Name, 260);
        header->resizeSection(TasksModel::Stream, 180);
        m_ui->taskSearchEdit->setPlaceholderText(tr("Search by app or space, or paste an app id"));
    }
    m_ui->tasksView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->taskSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateRunButton();
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &TaskBrowserDialog::refresh);
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(u"refreshAction"_s);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, [this] {
        if (m_listRequest == 0)
            refresh();
    });
    m_ui->refreshButton->setToolTip(
        tr("List the tasks again (%1)")
            .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    connect(m_ui->runButton, &QPushButton::clicked, this, &TaskBrowserDialog::runSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->tasksView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (!(index.flags() & Qt::ItemIsEnabled))
                    return;
                const QString id = index.data(TasksModel::TaskIdRole).toString();
                Q_EMIT runRequested({TaskRef::byId(id)});
                accept();
            });
    connect(m_ui->tasksView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaskBrowserDialog::updateRunButton);

    RunServer &server = session.server();
    connect(
        &server, &RunServer::tasksListed, this,
        [this](RunServer::RequestId id, const QList<ReloadTask> &tasks) {
            if (id != m_listRequest)
                return;
            m_listRequest = 0;
            m_model->setTasks(tasks);
            qsizetype disabled = 0;
            for (const ReloadTask &task : tasks)
                disabled += task.enabled ? 0 : 1;
            m_ui->taskStatusLabel->setText(
                (m_session->profile().isCloud() ? tr("%n app(s)", nullptr, int(tasks.size()))
                                                : tr("%n task(s)", nullptr, int(tasks.size()))) +
                (disabled ? tr(", %n disabled (greyed out)", nullptr, int(disabled)) : QString()));
            m_ui->refreshButton->setEnabled(true);
            updateRunButton();
        });
    connect(&server, &RunServer::listFailed, this,
            [this](RunServer::RequestId id, const QlikError &error) {
                if (id != m_listRequest)
                    return;
                m_listRequest = 0;
                m_ui->taskStatusLabel->setText(
                    tr("The tasks could not be listed: %1").arg(ErrorText::explain(error)));
                m_ui->refreshButton->setEnabled(true);
            });
    m_ui->taskSearchEdit->setFocus();
    refresh();
    updateRunButton();
}

TaskBrowserDialog::~TaskBrowserDialog() = default;

void TaskBrowserDialog::refresh()
{
    if (!m_session)
        return;
    m_ui->refreshButton->setEnabled(false);
    m_ui->taskStatusLabel->setText(tr("Loading the tasks…"));
    m_listRequest = m_session->server().listTasks();
}

QList<TaskRef> TaskBrowserDialog::selectedTasks() const
{
    QList<TaskRef> tasks;
    const QModelIndexList rows = m_ui->tasksView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.flags() & Qt::ItemIsEnabled)
            tasks.append(TaskRef::byId(index.data(TasksModel::TaskIdRole).toString()));
    }
    if (tasks.isEmpty() && searchIsTaskId())
        tasks.append(TaskRef::fromUserInput(m_ui->taskSearchEdit->text().trimmed()));
    return tasks;
}

bool TaskBrowserDialog::searchIsTaskId() const
{
    const QString text = m_ui->taskSearchEdit->text().trimmed();
    const TaskRef ref = TaskRef::fromUserInput(text);
    if (text.isEmpty() || !ref.isId())
        return false;
    // A pasted id of a task known to be disabled is not startable either.
    for (const ReloadTask &task : m_model->tasks()) {
        if (ref.text().compare(task.id, Qt::CaseInsensitive) == 0)
            return task.enabled;
    }
    return true;
}

void TaskBrowserDialog::runSelected()
{
    const QList<TaskRef> tasks = selectedTasks();
    if (tasks.isEmpty())
        return;
    Q_EMIT runRequested(tasks);
    accept();
}

void TaskBrowserDialog::updateRunButton()
{
    const int count = int(selectedTasks().size());
    m_ui->runButton->setEnabled(count > 0);
    m_ui->runButton->setText(count > 1 ? tr("Run %n tasks", nullptr, count) : tr("Run"));
}
