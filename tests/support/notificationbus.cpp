#include "notificationbus.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QDBusContext>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;
int s_instances = 0; ///< each stand-in's connection has a name of its own

/// A session bus configuration without service directories: nothing is started by activation.
/// The limit is the session bus's own (session.conf): the daemon's built-in 128 pending calls a
/// connection would refuse a burst of notifications that a desktop takes.
/// (No raw string literal here: moc 6.4 stops reading the file at one and finds no class.)
QByteArray busConfiguration(const QString &socketDir)
{
    return "<busconfig>\n"
           "  <type>session</type>\n"
           "  <listen>unix:dir=" +
        socketDir.toUtf8() +
        "</listen>\n"
        "  <auth>EXTERNAL</auth>\n"
        "  <policy context='default'>\n"
        "    <allow send_destination='*' eavesdrop='true'/>\n"
        "    <allow eavesdrop='true'/>\n"
        "    <allow own='*'/>\n"
        "  </policy>\n"
        "  <limit name='max_replies_per_connection'>50000</limit>\n"
        "</busconfig>\n";
}
} // namespace

PrivateSessionBus::PrivateSessionBus()
{
    const QString program = executable();
    if (program.isEmpty()) {
        m_error = u"dbus-daemon is not installed (Debian: apt-get install dbus-daemon)"_s;
        return;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot make a temporary folder: "_s + m_dir.errorString();
        return;
    }
    QFile config(m_dir.filePath(u"bus.conf"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(busConfiguration(m_dir.path())) < 0) {
        m_error = u"cannot write the bus configuration: "_s + config.errorString();
        return;
    }
    config.close();

#ifdef Q_OS_LINUX
    // A test that crashes takes its bus with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process.start(program,
                    {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--nopidfile"_s,
                     u"--print-address=1"_s});
    const QDeadlineTimer deadline(10'000);
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning &&
           !deadline.hasExpired())
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    m_address = QString::fromUtf8(m_process.readLine().trimmed());
    if (m_address.isEmpty()) {
        m_error = u"dbus-daemon printed no address: "_s +
            QString::fromLocal8Bit(m_process.readAllStandardError());
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

PrivateSessionBus::~PrivateSessionBus()
{
    for (const QString &name : std::as_const(m_connectionNames))
        QDBusConnection::disconnectFromBus(name);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString PrivateSessionBus::executable()
{
    return QStandardPaths::findExecutable(u"dbus-daemon"_s);
}

QDBusConnection PrivateSessionBus::connection(const QString &name)
{
    const QString unique = name + u" on "_s + m_address;
    if (!m_connectionNames.contains(unique))
        m_connectionNames << unique;
    return QDBusConnection::connectToBus(m_address, unique);
}

/// The object on the bus: its public slots are the interface's methods (ExportAllSlots), and
/// it hands every call to the stand-in.
class NotificationsObject final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(NotificationsObject)

public:
    explicit NotificationsObject(NotificationServerStandIn *server)
        : QObject(server)
        , m_server(server)
    { }

public Q_SLOTS:
    QStringList GetCapabilities() { return m_server->capabilities(); }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Qlik Task Runner tests"_s;
        version = u"1.0"_s;
        specVersion = u"1.2"_s;
        return u"qtr-notification-stand-in"_s;
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        const uint id = m_server->notify(
            {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, 0});
        if (id == 0)
            sendErrorReply(m_server->m_notifyErrorName, m_server->m_notifyErrorMessage);
        return id;
    }

    void CloseNotification(uint id) { m_server->closeNotification(id); }

private:
    NotificationServerStandIn *m_server;
};

NotificationServerStandIn::NotificationServerStandIn(PrivateSessionBus &bus, QObject *parent)
    : QObject(parent)
    , m_connection(bus.connection(u"notification-server-%1"_s.arg(++s_instances)))
    , m_object(new NotificationsObject(this))
{ }

NotificationServerStandIn::~NotificationServerStandIn()
{
    unregisterService();
    // Closed once m_connection lets go of it.
    QDBusConnection::disconnectFromBus(m_connection.name());
}

bool NotificationServerStandIn::registerService()
{
    if (m_registered)
        return true;
    m_registered = m_connection.registerObject(Path, m_object, QDBusConnection::ExportAllSlots) &&
        m_connection.registerService(Service);
    if (!m_registered)
        m_connection.unregisterObject(Path);
    return m_registered;
}

void NotificationServerStandIn::unregisterService()
{
    if (!m_registered)
        return;
    m_connection.unregisterService(Service);
    m_connection.unregisterObject(Path);
    m_registered = false;
}

void NotificationServerStandIn::setNotifyError(const QString &errorName, const QString &message)
{
    m_notifyErrorName = errorName;
    m_notifyErrorMessage = message;
}

void NotificationServerStandIn::invokeAction(uint id, const QString &key)
{
    sendSignal(u"ActionInvoked"_s, {id, key});
}

void NotificationServerStandIn::dismiss(uint id, uint reason)
{
    m_shown.remove(id);
    sendSignal(u"NotificationClosed"_s, {id, reason});
}

uint NotificationServerStandIn::notify(NotifyCall call)
{
    if (m_notifyErrorName.isEmpty()) {
        call.id = m_shown.contains(call.replacesId) ? call.replacesId : ++m_lastId;
        m_shown.insert(call.id);
    }
    m_notifyCalls << call;
    Q_EMIT notified();
    return call.id;
}

void NotificationServerStandIn::closeNotification(uint id)
{
    m_closeCalls << id;
    if (m_shown.remove(id))
        sendSignal(u"NotificationClosed"_s, {id, 3u});
    Q_EMIT closeRequested(id);
}

void NotificationServerStandIn::sendSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(Path, Interface, name);
    signal.setArguments(arguments);
    m_connection.send(signal);
}

#include "notificationbus.moc"
