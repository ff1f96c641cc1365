#include "rundetailspane.h"

#include "errortext.h"
#include "profilesession.h"
#include "runstyle.h"
#include "runtracker.h"
#include "textformat.h"
#include "ui_rundetailspane.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
QString timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

/// The time alone when it falls on the same day as `reference`, else date and time.
QString timeText(const QDateTime &utc, const QDateTime &reference)
{
    if (utc.isValid() && reference.isValid() &&
        utc.toLocalTime().date() == reference.toLocalTime().date())
        return QLocale().toString(utc.toLocalTime().time(), u"HH:mm:ss"_s);
    return timeText(utc);
}

qint64 attemptDurationMs(const ExecutionResult &result)
{
    if (result.durationMs > 0)
        return result.durationMs;
    if (!result.startTime.isValid())
        return 0;
    const QDateTime end =
        result.stopTime.isValid() ? result.stopTime : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, result.startTime.msecsTo(end));
}

QString detailTypeText(ExecutionDetail::Type type)
{
    switch (type) {
    case ExecutionDetail::Type::Error:
        return RunDetailsPane::tr("Error");
    case ExecutionDetail::Type::Warning:
        return RunDetailsPane::tr("Warning");
    case ExecutionDetail::Type::Information:
        return RunDetailsPane::tr("Information");
    }
    return {};
}
} // namespace

RunDetailsPane::RunDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RunDetailsPane>())
{
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->scriptLogView->setFont(mono);
    m_ui->historyList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->attemptsList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->messagesList->header()->setStretchLastSection(true);
    m_ui->detailsSplitter->setStretchFactor(0, 2);
    m_ui->detailsSplitter->setStretchFactor(1, 3);
    connect(m_ui->loadScriptLogButton, &QPushButton::clicked, this, &RunDetailsPane::loadScriptLog);
    connect(m_ui->copyScriptLogButton, &QPushButton::clicked, this, &RunDetailsPane::copyScriptLog);
    connect(m_ui->saveScriptLogButton, &QPushButton::clicked, this, &RunDetailsPane::saveScriptLog);
    clear();
}

RunDetailsPane::~RunDetailsPane() = default;

void RunDetailsPane::showRun(ProfileSession *session, RunId id)
{
    if (!session) {
        clear();
        return;
    }
    if (session != m_session) {
        m_session = session;
        m_logs.clear();
        m_autoFetched.clear();
        m_logRequest = 0;
        connectSession();
    }
    if (id != m_runId) {
        m_runId = id;
        m_shownLogResultId.clear();
        m_ui->scriptLogView->clear();
        m_ui->scriptLogStatusLabel->clear();
    }
    refresh();
}

void RunDetailsPane::clear()
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = nullptr;
    m_runId = 0;
    m_logRequest = 0;
    m_shownLogResultId.clear();
    m_ui->titleLabel->setText(tr("Select a run to see its details."));
    m_ui->summaryLabel->clear();
    m_ui->timesLabel->clear();
    m_ui->attemptsList->clear();
    fitAttemptsList();
    m_ui->historyList->clear();
    m_ui->messagesList->clear();
    m_ui->scriptLogView->clear();
    m_ui->scriptLogStatusLabel->clear();
    updateScriptLogButtons();
}

void RunDetailsPane::connectSession()
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    RunTracker &tracker = m_session->tracker();
    RunServer &server = m_session->server();
    m_connections << connect(&tracker, &RunTracker::runUpdated, this, [this](RunId id) {
        if (id == m_runId)
            refresh();
    });
    m_connections << connect(&tracker, &RunTracker::runRemoved, this, [this](RunId id) {
        if (id == m_runId)
            clear();
    });
    m_connections << connect(&server, &RunServer::logFetched, this,
                             [this](RunServer::RequestId id, const QString &, const QString &text) {
                                 if (id != m_logRequest)
                                     return;
                                 m_logRequest = 0;
                                 m_logs.insert(m_logRequestResultId, text);
                                 refresh();
                             });
    m_connections << connect(
        &server, &RunServer::logFailed, this,
        [this](RunServer::RequestId id, const QlikError &error) {
            if (id != m_logRequest)
                return;
            m_logRequest = 0;
            m_ui->scriptLogStatusLabel->setText(
                tr("The script log could not be fetched: %1").arg(ErrorText::explain(error)));
            updateScriptLogButtons();
        });
    m_connections << connect(m_session, &QObject::destroyed, this, [this] { clear(); });
}

const Run *RunDetailsPane::currentRun() const
{
    if (!m_session)
        return nullptr;
    return m_session->tracker().run(m_runId);
}

void RunDetailsPane::refresh()
{
    const Run *run = currentRun();
    if (!run) {
        clear();
        return;
    }
    const QString name = run->displayName();
    m_ui->titleLabel->setText(u"<b>%1</b> &nbsp; <span style=\"color:%2\">%3</span>"_s.arg(
        name.toHtmlEscaped(), RunStyle::colour(run->outcome()).name(),
        RunStyle::statusText(*run).toHtmlEscaped()));

    QStringList summary;
    summary << tr("Profile: %1").arg(m_session->name());
    const bool cloud = m_session->profile().isCloud();
    if (!run->task.appName.isEmpty())
        summary << tr("App: %1").arg(run->task.appName);
    if (!run->task.streamName.isEmpty() && cloud)
        summary << tr("Space: %1").arg(run->task.streamName);
    if (!run->task.id.isEmpty())
        summary << (cloud ? tr("App id: %1") : tr("Task id: %1")).arg(run->task.id);
    if (!run->sessionId.isEmpty())
        summary << (cloud ? tr("Reload: %1") : tr("Session: %1")).arg(run->sessionId);
    if (const ExecutionResult *latest = run->latest()) {
        if (!latest->executingNodeName.isEmpty())
            summary << tr("Node: %1").arg(latest->executingNodeName);
    }
    m_ui->summaryLabel->setText(summary.join(u"   ·   "_s));
    showTimes(*run);
    showAttempts(*run);
    showHistory(*run);
    showMessages(*run);

    // The script log belongs to the newest attempt.
    const ExecutionResult *latest = run->latest();
    const QString resultId = latest ? latest->id : QString();
    if (!resultId.isEmpty() && m_logs.contains(resultId)) {
        if (m_shownLogResultId != resultId)
            setScriptLog(m_logs.value(resultId));
        m_shownLogResultId = resultId;
    } else if (latest && run->outcome() == RunOutcome::Failed && !m_autoFetched.value(resultId) &&
               m_logRequest == 0) {
        m_autoFetched.insert(resultId, true);
        loadScriptLog();
    }
    updateScriptLogButtons();
}

QString RunDetailsPane::beganText(const Run &run)
{
    // Nobody here asked for a run the server started by itself: it was seen, or triggered.
    switch (run.origin) {
    case RunOrigin::SeenOnServer:
        //: %1: when the app first saw a run it did not start
        return tr("Seen on the server %1");
    case RunOrigin::Triggered:
        //: %1: when the app first saw a run that a trigger started
        return tr("Triggered %1");
    case RunOrigin::Started:
    case RunOrigin::Followed:
        break;
    }
    return tr("Requested %1");
}

QString RunDetailsPane::beganState(const Run &run)
{
    switch (run.origin) {
    case RunOrigin::SeenOnServer:
        return tr("Seen on the server");
    case RunOrigin::Triggered:
        return tr("Triggered");
    case RunOrigin::Started:
    case RunOrigin::Followed:
        break;
    }
    return tr("Requested");
}

void RunDetailsPane::showTimes(const Run &run)
{
    // When the repository started and ended the run (first attempt's start, newest attempt's
    // stop), next to when it was asked for.
    QStringList parts;
    parts << beganText(run).arg(timeText(run.requestedAt));
    const QDateTime started =
        run.results.isEmpty() ? QDateTime() : run.results.constFirst().startTime;
    const QDateTime ended = run.isFinished() && run.latest() ? run.latest()->stopTime : QDateTime();
    if (started.isValid())
        parts << tr("Started on the server %1").arg(timeText(started, run.requestedAt));
    else if (run.phase == RunPhase::Pending || run.phase == RunPhase::Running)
        parts << tr("Not started on the server yet");
    if (ended.isValid())
        parts << tr("Ended on the server %1").arg(timeText(ended, run.requestedAt));
    else if (started.isValid() && !run.isFinished())
        parts << tr("Still running");
    if (started.isValid() || run.isFinished())
        parts << tr("Duration %1")
                     .arg(TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc())));
    m_ui->timesLabel->setText(parts.join(u"   ·   "_s));
}

void RunDetailsPane::showAttempts(const Run &run)
{
    m_ui->attemptsList->clear();
    int number = 0;
    for (const ExecutionResult &result : run.results) {
        ++number;
        const bool ended = result.status.isFinal() || result.stopTime.isValid();
        auto *item = new QTreeWidgetItem(
            m_ui->attemptsList,
            {QString::number(number), result.status.displayName(),
             timeText(result.startTime, run.requestedAt),
             result.stopTime.isValid() ? timeText(result.stopTime, run.requestedAt)
                                       : (ended ? QString() : tr("running")),
             result.startTime.isValid() ? TextFormat::duration(attemptDurationMs(result))
                                        : QString()});
        item->setIcon(1, RunStyle::statusIcon(result.status));
        if (!result.executingNodeName.isEmpty())
            item->setToolTip(0, tr("Node: %1").arg(result.executingNodeName));
    }
    // Pending runs have no attempt yet: say so instead of an empty box.
    if (run.results.isEmpty()) {
        auto *item = new QTreeWidgetItem(
            m_ui->attemptsList, {QString(), run.isFinished() ? tr("None") : tr("None yet")});
        item->setFlags(Qt::ItemIsEnabled);
    }
    fitAttemptsList();
}

void RunDetailsPane::fitAttemptsList()
{
    // As tall as its rows (up to four, then it scrolls): attempts are few, the space below is
    // better spent on the history and the messages.
    QTreeWidget *list = m_ui->attemptsList;
    const int rows = qBound(1, list->topLevelItemCount(), 4);
    const int rowHeight = qMax(list->sizeHintForRow(0), list->fontMetrics().height() + 4);
    list->setMaximumHeight(list->header()->sizeHint().height() + rows * rowHeight +
                           2 * list->frameWidth() + 2);
}

void RunDetailsPane::showHistory(const Run &run)
{
    m_ui->historyList->clear();
    auto *requested =
        new QTreeWidgetItem(m_ui->historyList, {timeText(run.requestedAt), beganState(run)});
    requested->setIcon(1, RunStyle::outcomeIcon(RunOutcome::InProgress));
    for (const StatusChange &change : run.history) {
        auto *item = new QTreeWidgetItem(
            m_ui->historyList, {timeText(change.observedAt), change.status.displayName()});
        item->setIcon(1, RunStyle::statusIcon(change.status));
    }
    if (run.phase == RunPhase::NotSubmitted || run.phase == RunPhase::Lost) {
        auto *item = new QTreeWidgetItem(m_ui->historyList,
                                         {timeText(run.finishedAt), RunStyle::statusText(run)});
        item->setIcon(1, RunStyle::icon(run));
    }
}

void RunDetailsPane::showMessages(const Run &run)
{
    m_ui->messagesList->clear();
    if (run.error) {
        auto *item = new QTreeWidgetItem(
            m_ui->messagesList,
            {timeText(run.failingSince.isValid() ? run.failingSince : run.finishedAt), tr("Error"),
             ErrorText::explain(*run.error)});
        item->setForeground(1, RunStyle::colour(RunOutcome::Failed));
    }
    for (const ExecutionResult &result : run.results) {
        for (const ExecutionDetail &detail : result.details) {
            auto *item = new QTreeWidgetItem(
                m_ui->messagesList,
                {timeText(detail.createdAt), detailTypeText(detail.type), detail.message});
            item->setToolTip(2, detail.message);
            if (detail.type == ExecutionDetail::Type::Error)
                item->setForeground(1, RunStyle::colour(RunOutcome::Failed));
            else if (detail.type == ExecutionDetail::Type::Warning)
                item->setForeground(1, RunStyle::colour(RunOutcome::Aborted));
        }
    }
    m_ui->messagesList->resizeColumnToContents(0);
    m_ui->messagesList->resizeColumnToContents(1);
}

void RunDetailsPane::showScriptLog()
{
    const Run *run = currentRun();
    if (!run || !run->latest())
        return;
    if (!m_logs.contains(run->latest()->id) && m_logRequest == 0)
        loadScriptLog();
    m_ui->scriptLogView->setFocus();
}

void RunDetailsPane::loadScriptLog()
{
    const Run *run = currentRun();
    if (!run || !run->latest() || !m_session)
        return;
    m_logRequestResultId = run->latest()->id;
    m_ui->scriptLogStatusLabel->setText(tr("Fetching the script log…"));
    m_logRequest = m_session->server().fetchLog(run->task, *run->latest());
    updateScriptLogButtons();
}

void RunDetailsPane::setScriptLog(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    m_ui->scriptLogView->setPlainText(normalized);
    m_ui->scriptLogView->moveCursor(QTextCursor::End);
    m_ui->scriptLogView->ensureCursorVisible();
    m_ui->scriptLogStatusLabel->setText(
        tr("%n line(s)", nullptr, int(normalized.count(QLatin1Char('\n')) + 1)));
}

void RunDetailsPane::copyScriptLog()
{
    QGuiApplication::clipboard()->setText(m_ui->scriptLogView->toPlainText());
    m_ui->scriptLogStatusLabel->setText(tr("Copied to the clipboard."));
}

void RunDetailsPane::saveScriptLog()
{
    const Run *run = currentRun();
    QString suggested = run ? run->displayName() : tr("script log");
    suggested.replace(QRegularExpression(u"[^\\w\\- ]"_s), u"_"_s);
    auto *dialog = new QFileDialog(this, tr("Save script log"), suggested + u".log"_s,
                                   tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setObjectName(u"saveScriptLogDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = m_ui->scriptLogView->toPlainText();
    connect(dialog, &QFileDialog::fileSelected, this, [this, text](const QString &fileName) {
        QSaveFile file(fileName);
        if (file.open(QIODevice::WriteOnly | QIODevice::Text) && file.write(text.toUtf8()) >= 0 &&
            file.commit())
            m_ui->scriptLogStatusLabel->setText(
                tr("Saved to %1.").arg(QDir::toNativeSeparators(fileName)));
        else
            m_ui->scriptLogStatusLabel->setText(
                tr("Could not save to %1: %2")
                    .arg(QDir::toNativeSeparators(fileName), file.errorString()));
    });
    dialog->open();
}

void RunDetailsPane::updateScriptLogButtons()
{
    const Run *run = currentRun();
    const bool hasResult = run && run->latest();
    m_ui->loadScriptLogButton->setEnabled(hasResult && m_logRequest == 0);
    const bool hasText = !m_ui->scriptLogView->toPlainText().isEmpty();
    m_ui->copyScriptLogButton->setEnabled(hasText);
    m_ui->saveScriptLogButton->setEnabled(hasText);
}
