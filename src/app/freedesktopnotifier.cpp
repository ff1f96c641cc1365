#include "freedesktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcNotify, "qtr.notifications")

const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;

/// The spec's "urgency" hint: a byte, 0 low, 1 normal, 2 critical.
uchar urgencyByte(FreedesktopNotifier::Notification::Urgency urgency)
{
    switch (urgency) {
    case FreedesktopNotifier::Notification::Urgency::Low:
        return 0;
    case FreedesktopNotifier::Notification::Urgency::Normal:
        break;
    case FreedesktopNotifier::Notification::Urgency::Critical:
        return 2;
    }
    return 1;
}

FreedesktopNotifier::CloseReason closeReason(uint reason)
{
    switch (reason) {
    case 1:
        return FreedesktopNotifier::CloseReason::Expired;
    case 2:
        return FreedesktopNotifier::CloseReason::Dismissed;
    case 3:
        return FreedesktopNotifier::CloseReason::ClosedByCall;
    default:
        return FreedesktopNotifier::CloseReason::Undefined;
    }
}
} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    auto *watcher = new QDBusServiceWatcher(Service, m_connection,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &oldOwner, const QString &newOwner) {
                onOwnerChanged(oldOwner, newOwner);
            });
    const bool listening = m_connection.connect(Service, Path, Interface, u"ActionInvoked"_s, this,
                                                SLOT(onActionInvoked(uint, QString))) &&
        m_connection.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
                             SLOT(onNotificationClosed(uint, uint)));
    if (!listening && m_connection.isConnected())
        qCWarning(lcNotify) << "cannot listen to the notification service's signals:"
                            << m_connection.lastError().message();
    probe();
}

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : FreedesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

FreedesktopNotifier::~FreedesktopNotifier() = default;

bool FreedesktopNotifier::supportsActions() const
{
    return m_capabilities.contains(u"actions"_s);
}

bool FreedesktopNotifier::supportsBody() const
{
    return m_capabilities.contains(u"body"_s);
}

quint64 FreedesktopNotifier::show(const Notification &notification)
{
    const quint64 token = ++m_lastToken;
    const auto replaced = m_entries.find(notification.replacesToken);
    const quint32 replacesId = replaced == m_entries.end() ? 0 : replaced->second.serverId;
    m_entries.emplace(token, Entry {});
    while (qsizetype(m_entries.size()) > MaxRemembered)
        forget(m_entries.begin()->first);

    QStringList actions;
    for (const auto &[key, label] : notification.actions)
        actions << key << label;
    QVariantMap hints {{u"urgency"_s, QVariant::fromValue(urgencyByte(notification.urgency))}};
    if (const QString desktopEntry = QGuiApplication::desktopFileName(); !desktopEntry.isEmpty())
        hints.insert(u"desktop-entry"_s, desktopEntry);

    callService(u"Notify"_s,
                {QGuiApplication::applicationDisplayName(), replacesId, notification.iconName,
                 notification.summary, notification.body, actions, hints,
                 qint32(notification.timeoutMs)},
                [this, token](const QDBusPendingCall &call) { onShown(call, token); });
    return token;
}

void FreedesktopNotifier::close(quint64 token)
{
    const auto it = m_entries.find(token);
    if (it == m_entries.end())
        return;
    if (it->second.serverId == 0)
        it->second.closeRequested = true; // closed once Notify has answered
    else
        sendClose(it->second.serverId);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (const quint64 token = tokenOf(id))
        Q_EMIT actionInvoked(token, actionKey);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    const quint64 token = tokenOf(id);
    if (token == 0)
        return;
    forget(token);
    Q_EMIT closed(token, closeReason(reason));
}

void FreedesktopNotifier::callService(const QString &method, const QVariantList &arguments,
                                      std::function<void(const QDBusPendingCall &)> done)
{
    // Qt 6.4 answers a call on a connection that is not connected with a null QDBusPendingCall,
    // whose watcher never finishes.
    if (!m_connection.isConnected()) {
        const QDBusError error(QDBusError::Disconnected, tr("There is no D-Bus session bus."));
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error] { done(QDBusPendingCall::fromError(error)); },
            Qt::QueuedConnection);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(Service, Path, Interface, method);
    message.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [done = std::move(done)](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                done(*finished);
            });
}

void FreedesktopNotifier::probe()
{
    const quint64 generation = ++m_probeGeneration;
    callService(u"GetCapabilities"_s, {},
                [this, generation](const QDBusPendingCall &call) { onProbed(call, generation); });
}

void FreedesktopNotifier::onProbed(const QDBusPendingCall &call, quint64 generation)
{
    if (generation != m_probeGeneration)
        return;
    const QDBusPendingReply<QStringList> reply = call;
    m_probed = true;
    m_capabilities = reply.isError() ? QStringList() : reply.value();
    setAvailable(!reply.isError());
    Q_EMIT probed();
}

void FreedesktopNotifier::onShown(const QDBusPendingCall &call, quint64 token)
{
    const QDBusPendingReply<quint32> reply = call;
    if (reply.isError()) {
        forget(token);
        const QDBusError error = reply.error();
        Q_EMIT failed(
            token,
            error.message().isEmpty()
                ? tr("The notification service refused the notification (%1).").arg(error.name())
                : error.message());
        return;
    }
    const auto it = m_entries.find(token);
    if (it == m_entries.end())
        return; // forgotten meanwhile: too old, or its server went away
    const quint32 id = reply.value();
    // A notification replaced in place keeps its server id: its older token is done with.
    if (const quint64 older = tokenOf(id); older != 0 && older != token)
        forget(older);
    it->second.serverId = id;
    m_tokens.insert(id, token);
    if (it->second.closeRequested)
        sendClose(id);
}

void FreedesktopNotifier::onOwnerChanged(const QString &oldOwner, const QString &newOwner)
{
    // Whatever server comes next knows nothing of the notifications of the one before. (A server
    // started for our first call, by D-Bus activation, has no predecessor: keep what is on its
    // way to it.)
    std::map<quint64, Entry> gone;
    if (!oldOwner.isEmpty()) {
        gone.swap(m_entries);
        m_tokens.clear();
    }
    if (newOwner.isEmpty()) {
        ++m_probeGeneration; // an answer on its way is stale
        m_probed = true;
        m_capabilities.clear();
        setAvailable(false);
        Q_EMIT probed();
    } else {
        probe();
    }
    for (const auto &[token, entry] : gone) {
        if (entry.serverId != 0)
            Q_EMIT closed(token, CloseReason::Undefined);
    }
}

void FreedesktopNotifier::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

void FreedesktopNotifier::sendClose(quint32 serverId)
{
    // Nothing to wait for: closed() comes with the server's NotificationClosed.
    callService(u"CloseNotification"_s, {serverId}, [](const QDBusPendingCall &call) {
        if (call.isError())
            qCDebug(lcNotify) << "CloseNotification:" << call.error().message();
    });
}

void FreedesktopNotifier::forget(quint64 token)
{
    const auto it = m_entries.find(token);
    if (it == m_entries.end())
        return;
    if (it->second.serverId != 0 && tokenOf(it->second.serverId) == token)
        m_tokens.remove(it->second.serverId);
    m_entries.erase(it);
}
