#pragma once

#include "run.h"
#include "runserver.h"

#include <memory>
#include <QHash>
#include <QPointer>
#include <QWidget>

class ProfileSession;

namespace Ui {
class RunDetailsPane;
}

/// Everything about one run: each status change with its time, the execution's detail messages
/// and the script log, fetched on demand (at once when the run failed), with Copy and Save.
class RunDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailsPane)

public:
    explicit RunDetailsPane(QWidget *parent = nullptr);
    ~RunDetailsPane() override;

    /// Shows a run and follows its changes; a null session clears the pane.
    void showRun(ProfileSession *session, RunId id);
    void clear();
    /// Shows the script log of the run's newest attempt, fetching it unless it is here already.
    void showScriptLog();
    [[nodiscard]] ProfileSession *session() const { return m_session; }
    [[nodiscard]] RunId runId() const { return m_runId; }

private:
    void refresh();
    /// "Requested %1", or how a run the server started came to be followed; %1 the moment.
    [[nodiscard]] static QString beganText(const Run &run);
    /// The first entry of the run's status history: "Requested", "Seen on the server"...
    [[nodiscard]] static QString beganState(const Run &run);
    void showTimes(const Run &run);
    void showAttempts(const Run &run);
    void fitAttemptsList();
    void showHistory(const Run &run);
    void showMessages(const Run &run);
    void loadScriptLog();
    void copyScriptLog();
    void saveScriptLog();
    void setScriptLog(const QString &text);
    void updateScriptLogButtons();
    void connectSession();
    [[nodiscard]] const Run *currentRun() const;

    std::unique_ptr<Ui::RunDetailsPane> m_ui;
    QPointer<ProfileSession> m_session;
    RunId m_runId = 0;
    QList<QMetaObject::Connection> m_connections;
    RunServer::RequestId m_logRequest = 0;
    QString m_logRequestResultId;
    QString m_shownLogResultId;
    QHash<QString, QString> m_logs; ///< execution result id → script log, for this session
    QHash<QString, bool> m_autoFetched; ///< result ids fetched automatically once
};
