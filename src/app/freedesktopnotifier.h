#pragma once

#include <functional>
#include <map>
#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <utility>

class QDBusPendingCall;

/// Desktop notifications through the freedesktop notification service
/// (org.freedesktop.Notifications on the session bus: GNOME Shell, KDE Plasma, dunst,
/// xfce4-notifyd, mako…), with actions where the server has them. Every D-Bus call is
/// asynchronous. show() hands back a token of ours at once; the signals speak of tokens, and only
/// of notifications this object showed. A failed Notify comes back as failed(), so the caller can
/// fall back to the tray.
class FreedesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)

public:
    struct Notification
    {
        enum class Urgency { Low, Normal, Critical };

        // Every member has an initializer, so designated initializers may leave any out.
        QString summary {};
        QString body {}; ///< may hold the server's small markup subset where it has "body-markup"
        Urgency urgency = Urgency::Normal;
        /// Key and label of each button; the key "default" is a click on the notification itself.
        QList<std::pair<QString, QString>> actions {};
        QString iconName {}; ///< a themed icon's name or an image file's path
        int timeoutMs = -1; ///< -1: the server decides; 0: until closed
        quint64 replacesToken = 0; ///< a token of an earlier notification to replace in place
    };

    /// Why a notification went away (the spec's reasons).
    enum class CloseReason { Expired = 1, Dismissed = 2, ClosedByCall = 3, Undefined = 4 };
    Q_ENUM(CloseReason)

    /// Talks to the notification service on `connection` (a test hands in a private bus).
    explicit FreedesktopNotifier(const QDBusConnection &connection, QObject *parent = nullptr);
    /// On the session bus.
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    /// A server answered the last GetCapabilities (asked at construction and whenever a server
    /// takes the name); false as soon as the name has no owner any more.
    [[nodiscard]] bool isAvailable() const { return m_available; }
    /// The first look at the server is done, whatever it found.
    [[nodiscard]] bool isProbed() const { return m_probed; }
    /// The server's capabilities ("actions", "body", "body-markup", "persistence"…).
    [[nodiscard]] const QStringList &capabilities() const { return m_capabilities; }
    /// It shows buttons and reports clicks (not every server does: ask before offering any).
    [[nodiscard]] bool supportsActions() const;
    /// It shows the body text, not the summary alone.
    [[nodiscard]] bool supportsBody() const;

    /// Asks the server to show `notification`; returns its token (never 0) at once.
    quint64 show(const Notification &notification);
    /// Asks the server to close a notification of ours (closed() follows when it did).
    void close(quint64 token);

    /// How many notifications are remembered at the most (older ones are forgotten).
    static constexpr qsizetype MaxRemembered = 256;

Q_SIGNALS:
    void availabilityChanged(bool available);
    /// A look at the server ended (at construction, and when a server appeared).
    void probed();
    /// The person clicked a button (or the notification itself: key "default").
    void actionInvoked(quint64 token, const QString &actionKey);
    void closed(quint64 token, FreedesktopNotifier::CloseReason reason);
    /// Notify failed: the notification is not shown.
    void failed(quint64 token, const QString &errorText);

private Q_SLOTS:
    // Slots by name: QDBusConnection::connect has no functor form in Qt 6.4.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Entry
    {
        quint32 serverId = 0; ///< 0 while Notify is on its way
        bool closeRequested = false;
    };

    /// Calls `method` of the service without waiting; `done` gets the reply or the error from the
    /// event loop (never from within this call).
    void callService(const QString &method, const QVariantList &arguments,
                     std::function<void(const QDBusPendingCall &)> done);
    void probe();
    void onProbed(const QDBusPendingCall &call, quint64 generation);
    void onShown(const QDBusPendingCall &call, quint64 token);
    void onOwnerChanged(const QString &oldOwner, const QString &newOwner);
    void setAvailable(bool available);
    void sendClose(quint32 serverId);
    void forget(quint64 token);
    [[nodiscard]] quint64 tokenOf(quint32 serverId) const { return m_tokens.value(serverId); }

    QDBusConnection m_connection;
    bool m_available = false;
    bool m_probed = false;
    quint64 m_probeGeneration = 0; ///< answers to an older probe are stale
    QStringList m_capabilities;
    quint64 m_lastToken = 0;
    std::map<quint64, Entry> m_entries; ///< by token, oldest first
    QHash<quint32, quint64> m_tokens; ///< token by server id
};
