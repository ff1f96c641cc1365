#pragma once

#include "runserver.h"
#include "taskref.h"

#include <memory>
#include <QDialog>
#include <QPointer>

class ProfileSession;
class TasksFilterProxy;
class TasksModel;

namespace Ui {
class TaskBrowserDialog;
}

/// Lists the reload tasks of one profile with live search; runs the selected ones (or a pasted
/// task id) on request. Disabled tasks are greyed out and cannot be started.
class TaskBrowserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskBrowserDialog)

public:
    explicit TaskBrowserDialog(ProfileSession &session, QWidget *parent = nullptr);
    ~TaskBrowserDialog() override;

    /// Asks the server for its tasks again.
    void refresh();
    [[nodiscard]] QList<TaskRef> selectedTasks() const;

Q_SIGNALS:
    /// The person asked to start these tasks.
    void runRequested(const QList<TaskRef> &tasks);

private:
    void runSelected();
    void updateRunButton();
    [[nodiscard]] bool searchIsTaskId() const;

    std::unique_ptr<Ui::TaskBrowserDialog> m_ui;
    QPointer<ProfileSession> m_session;
    TasksModel *m_model = nullptr;
    TasksFilterProxy *m_proxy = nullptr;
    RunServer::RequestId m_listRequest = 0;
};
