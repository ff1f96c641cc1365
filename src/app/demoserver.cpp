#include "demoserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

QString DemoServer::bundledProgram()
{
    QString name = u"qrs-sim"_s;
#ifdef Q_OS_WIN
    name += u".exe"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QStringList DemoServer::defaultArguments()
{
    return {u"--port"_s, u"0"_s}; // no --scenario: the built-in demo
}

QStringList DemoServer::cloudArguments()
{
    return defaultArguments() +
        QStringList {u"--cloud"_s, u"--api-key"_s, QLatin1StringView(CloudApiKey)};
}

DemoServer::DemoServer(QString program, QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // The simulator ends with the app, even when the app is killed and cannot stop it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo simulator %1 could not be started: %2")
                              .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        const bool wasReady = isReady();
        m_url.clear();
        Q_EMIT failed(wasReady ? tr("The demo simulator stopped (exit code %1).").arg(exitCode)
                               : tr("The demo simulator ended before it was ready (exit code "
                                    "%1).")
                                     .arg(exitCode));
    });
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::isAvailable() const
{
    return QFileInfo(m_program).isExecutable();
}

bool DemoServer::isCloud() const
{
    return m_arguments.contains(u"--cloud"_s);
}

bool DemoServer::isStarting() const
{
    return m_process.state() != QProcess::NotRunning && !isReady();
}

void DemoServer::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_buffer.clear();
    m_url.clear();
    m_process.start(m_program, m_arguments);
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.blockSignals(true);
    m_process.kill();
    m_process.waitForFinished(3000);
    m_process.blockSignals(false);
    m_url.clear();
}

void DemoServer::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (isReady())
        return;
    // The simulator announces itself with a line such as "qrs-sim listening on
    // http://127.0.0.1:4711".
    static const QRegularExpression urlPattern(u"listening on (https?://\\S+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    qsizetype lineEnd = -1;
    while ((lineEnd = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(lineEnd)).trimmed();
        m_buffer.remove(0, lineEnd + 1);
        const QRegularExpressionMatch match = urlPattern.match(line);
        if (match.hasMatch()) {
            QUrl url(match.captured(1));
            url.setPath({});
            m_url = url;
            Q_EMIT ready(m_url);
            return;
        }
    }
}
