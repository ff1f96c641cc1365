#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

/// A D-Bus session bus of the test's own: a dbus-daemon child process with a generated
/// configuration (anyone may own any name, and no service directories, so nothing installed on
/// the machine, such as a real notification daemon, is ever started by activation). The
/// constructor starts it and waits up to 10 s for its address; the destructor closes the
/// connections made with connection() and kills it.
class PrivateSessionBus final
{
    Q_DISABLE_COPY_MOVE(PrivateSessionBus)

public:
    PrivateSessionBus();
    ~PrivateSessionBus();

    /// dbus-daemon's path; empty when it is not installed (a test then skips).
    [[nodiscard]] static QString executable();

    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// "unix:path=/tmp/…/bus,guid=…"; empty when it did not start.
    [[nodiscard]] const QString &address() const { return m_address; }
    /// Why it did not start.
    [[nodiscard]] const QString &errorString() const { return m_error; }
    /// A connection of its own to this bus (its QDBusConnection::name() is `name` with the bus
    /// address after it, so two buses never share a connection).
    [[nodiscard]] QDBusConnection connection(const QString &name);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_address;
    QString m_error;
    QStringList m_connectionNames;
};

class NotificationsObject;

/// A stand-in for a desktop's notification server (org.freedesktop.Notifications at
/// /org/freedesktop/Notifications, spec 1.2) on a connection of its own to a PrivateSessionBus.
/// It records the calls it gets, answers Notify with ids 1, 2, 3… (a replaces_id it still shows
/// keeps its id), and sends ActionInvoked and NotificationClosed when told to.
///
/// What arrives, as Qt DBus 6.4 hands it over: `hints` (a{sv}) as a QVariantMap whose values are
/// the plain values, variants unwrapped: "urgency" (y) is a QVariant of uchar (QMetaType::UChar),
/// "desktop-entry" (s) a QString. `actions` (as) as a flat QStringList key, label, key, label…
class NotificationServerStandIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationServerStandIn)

public:
    struct NotifyCall
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0; ///< what the stand-in answered (0: it answered with an error)
    };

    explicit NotificationServerStandIn(PrivateSessionBus &bus, QObject *parent = nullptr);
    ~NotificationServerStandIn() override;

    /// Takes the name org.freedesktop.Notifications and serves the object; false if it could not.
    [[nodiscard]] bool registerService();
    /// Gives the name up (watchers see it go) and stops serving.
    void unregisterService();
    [[nodiscard]] bool isRegistered() const { return m_registered; }
    [[nodiscard]] QDBusConnection connection() const { return m_connection; }

    /// What GetCapabilities answers; {"actions", "body"} unless set.
    void setCapabilities(const QStringList &capabilities) { m_capabilities = capabilities; }
    [[nodiscard]] const QStringList &capabilities() const { return m_capabilities; }
    /// From now on Notify answers with this D-Bus error (an empty name: it shows again).
    void setNotifyError(const QString &errorName, const QString &message = QString());

    [[nodiscard]] const QList<NotifyCall> &notifyCalls() const { return m_notifyCalls; }
    /// The ids of every CloseNotification call, in order.
    [[nodiscard]] const QList<uint> &closeCalls() const { return m_closeCalls; }
    /// The ids shown and not closed yet.
    [[nodiscard]] const QSet<uint> &shown() const { return m_shown; }

    /// Sends ActionInvoked(id, key), as when the person clicks (key "default": the body).
    void invokeAction(uint id, const QString &key);
    /// Sends NotificationClosed(id, reason): 1 expired, 2 dismissed (the default), 3 closed by
    /// a call, 4 undefined. Any id will do, also one the stand-in never gave (another app's).
    void dismiss(uint id, uint reason = 2);

Q_SIGNALS:
    /// A Notify call arrived (recorded in notifyCalls()).
    void notified();
    /// A CloseNotification call arrived (recorded in closeCalls()).
    void closeRequested(uint id);

private:
    friend class NotificationsObject;
    uint notify(NotifyCall call);
    void closeNotification(uint id);
    void sendSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_connection;
    NotificationsObject *m_object = nullptr;
    bool m_registered = false;
    QStringList m_capabilities {QStringLiteral("actions"), QStringLiteral("body")};
    QString m_notifyErrorName;
    QString m_notifyErrorMessage;
    QList<NotifyCall> m_notifyCalls;
    QList<uint> m_closeCalls;
    QSet<uint> m_shown;
    uint m_lastId = 0;
};
