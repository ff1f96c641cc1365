// FreedesktopNotifier against NotificationServerStandIn on a private D-Bus session bus: what a
// Notify carries, the tokens of actions and closes, and the server coming and going.
#include "freedesktopnotifier.h"
#include "notificationbus.h"

#include <memory>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Notification = FreedesktopNotifier::Notification;
using CloseReason = FreedesktopNotifier::CloseReason;

class TestFreedesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void availabilityFollowsTheServer();
    void capabilitiesOfAServerAlreadyThere_data();
    void capabilitiesOfAServerAlreadyThere();
    void notifyCarriesTheNotification_data();
    void notifyCarriesTheNotification();
    void replacesAnEarlierNotification();
    void actionOfOurNotificationGivesItsToken();
    void actionOfAForeignNotificationIsIgnored();
    void closedGivesTheReasonAndForgets_data();
    void closedGivesTheReasonAndForgets();
    void closeSendsCloseNotification_data();
    void closeSendsCloseNotification();
    void refusedNotifyFails_data();
    void refusedNotifyFails();
    void serverGoingAwayClosesOurNotifications();
    void remembersTheNewestOnly();
    void withoutABus();

private:
    /// The notifier of the test, on the private bus (or `connection`), and spies on its signals.
    void startNotifier(const QDBusConnection &connection);
    void startNotifier() { startNotifier(m_bus->connection(u"app"_s)); }
    /// Registers the stand-in, then starts the notifier; false if the stand-in could not register.
    [[nodiscard]] bool startWithServer();
    /// Shows `notification` and waits for the stand-in to get it; its server id, 0 on timeout.
    uint show(const Notification &notification, quint64 *token = nullptr);
    uint show(const QString &summary, quint64 *token = nullptr)
    {
        return show(Notification {.summary = summary}, token);
    }
    /// Clicks the notification `id` and waits for the notifier to report it (so its Notify
    /// reply is in, or a signal sent before has been handled); the token reported, 0 if none.
    quint64 click(uint id, const QString &key = u"default"_s);
    [[nodiscard]] quint64 tokenAt(const QSignalSpy &spy, qsizetype index) const
    {
        return spy.at(index).at(0).toULongLong();
    }

    std::unique_ptr<PrivateSessionBus> m_bus;
    std::unique_ptr<NotificationServerStandIn> m_server;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
    std::unique_ptr<QSignalSpy> m_actions;
    std::unique_ptr<QSignalSpy> m_closed;
    std::unique_ptr<QSignalSpy> m_failed;
};

void TestFreedesktopNotifier::initTestCase()
{
    if (PrivateSessionBus::executable().isEmpty())
        QSKIP("dbus-daemon is not installed (Debian: apt-get install dbus-daemon)");
    QGuiApplication::setApplicationDisplayName(u"Qlik Task Runner"_s);
    QGuiApplication::setDesktopFileName(u"io.github.qlik_task_runner.QlikTaskRunner"_s);
}

void TestFreedesktopNotifier::init()
{
    m_bus = std::make_unique<PrivateSessionBus>();
    QVERIFY2(m_bus->isRunning(), qPrintable(m_bus->errorString()));
    m_server = std::make_unique<NotificationServerStandIn>(*m_bus);
}

void TestFreedesktopNotifier::cleanup()
{
    m_actions.reset();
    m_closed.reset();
    m_failed.reset();
    m_notifier.reset();
    m_server.reset();
    m_bus.reset();
}

void TestFreedesktopNotifier::startNotifier(const QDBusConnection &connection)
{
    m_notifier = std::make_unique<FreedesktopNotifier>(connection);
    m_actions = std::make_unique<QSignalSpy>(m_notifier.get(), &FreedesktopNotifier::actionInvoked);
    m_closed = std::make_unique<QSignalSpy>(m_notifier.get(), &FreedesktopNotifier::closed);
    m_failed = std::make_unique<QSignalSpy>(m_notifier.get(), &FreedesktopNotifier::failed);
}

bool TestFreedesktopNotifier::startWithServer()
{
    if (!m_server->registerService())
        return false;
    startNotifier();
    return true;
}

uint TestFreedesktopNotifier::show(const Notification &notification, quint64 *token)
{
    const qsizetype before = m_server->notifyCalls().size();
    const quint64 shown = m_notifier->show(notification);
    if (token)
        *token = shown;
    if (!QTest::qWaitFor([&] { return m_server->notifyCalls().size() > before; }))
        return 0;
    return m_server->notifyCalls().constLast().id;
}

quint64 TestFreedesktopNotifier::click(uint id, const QString &key)
{
    const qsizetype before = m_actions->count();
    m_server->invokeAction(id, key);
    if (!QTest::qWaitFor([&] { return m_actions->count() > before; }))
        return 0;
    return tokenAt(*m_actions, before);
}

void TestFreedesktopNotifier::availabilityFollowsTheServer()
{
    startNotifier();
    QSignalSpy availability(m_notifier.get(), &FreedesktopNotifier::availabilityChanged);
    QVERIFY(!m_notifier->isProbed());
    QTRY_VERIFY(m_notifier->isProbed());
    QVERIFY(!m_notifier->isAvailable());
    QVERIFY(!m_notifier->supportsActions());
    QCOMPARE(availability.count(), 0);

    QVERIFY(m_server->registerService());
    QTRY_VERIFY(m_notifier->isAvailable());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.at(0).at(0).toBool(), true);
    QCOMPARE(m_notifier->capabilities(), QStringList({u"actions"_s, u"body"_s}));
    QVERIFY(m_notifier->supportsActions());

    // The server came after the notifier: its signals still reach it.
    quint64 token = 0;
    QCOMPARE(show(u"Reload Sales succeeded"_s, &token), 1u);
    QCOMPARE(click(1), token);

    m_server->unregisterService();
    QTRY_VERIFY(!m_notifier->isAvailable());
    QCOMPARE(availability.count(), 2);
    QCOMPARE(availability.at(1).at(0).toBool(), false);
    QVERIFY(m_notifier->capabilities().isEmpty());
    QVERIFY(!m_notifier->supportsActions());
}

void TestFreedesktopNotifier::capabilitiesOfAServerAlreadyThere_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<bool>("actions");
    QTest::addColumn<bool>("body");

    QTest::newRow("actions and body") << QStringList {u"actions"_s, u"body"_s} << true << true;
    QTest::newRow("body, no actions") << QStringList {u"body"_s, u"body-markup"_s} << false << true;
    QTest::newRow("summary only") << QStringList {u"persistence"_s} << false << false;
}

void TestFreedesktopNotifier::capabilitiesOfAServerAlreadyThere()
{
    QFETCH(QStringList, capabilities);
    QFETCH(bool, actions);
    QFETCH(bool, body);

    m_server->setCapabilities(capabilities);
    QVERIFY(startWithServer());
    QSignalSpy probed(m_notifier.get(), &FreedesktopNotifier::probed);
    QVERIFY(probed.wait(10'000));
    QVERIFY(m_notifier->isAvailable());
    QCOMPARE(m_notifier->capabilities(), capabilities);
    QCOMPARE(m_notifier->supportsActions(), actions);
    QCOMPARE(m_notifier->supportsBody(), body);
}

void TestFreedesktopNotifier::notifyCarriesTheNotification_data()
{
    QTest::addColumn<Notification::Urgency>("urgency");
    QTest::addColumn<uchar>("byte");

    QTest::newRow("low") << Notification::Urgency::Low << uchar(0);
    QTest::newRow("normal") << Notification::Urgency::Normal << uchar(1);
    QTest::newRow("critical") << Notification::Urgency::Critical << uchar(2);
}

void TestFreedesktopNotifier::notifyCarriesTheNotification()
{
    QFETCH(Notification::Urgency, urgency);
    QFETCH(uchar, byte);

    QVERIFY(startWithServer());
    const Notification notification {
        .summary = u"Reload Budget failed"_s,
        .body = u"Production · Failed · 2 min 05 s"_s,
        .urgency = urgency,
        .actions = {{u"default"_s, u"Show"_s}, {u"rerun"_s, u"Run again"_s}},
        .iconName = u"dialog-error"_s,
        .timeoutMs = 8000,
    };
    QVERIFY(show(notification) != 0);

    const NotificationServerStandIn::NotifyCall call = m_server->notifyCalls().constFirst();
    QCOMPARE(call.appName, u"Qlik Task Runner"_s);
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.appIcon, u"dialog-error"_s);
    QCOMPARE(call.summary, notification.summary);
    QCOMPARE(call.body, notification.body);
    QCOMPARE(call.actions, QStringList({u"default"_s, u"Show"_s, u"rerun"_s, u"Run again"_s}));
    QCOMPARE(call.expireTimeout, 8000);
    // What Qt DBus hands the server: a{sv} values unwrapped, the urgency a byte.
    QCOMPARE(call.hints.keys(), QStringList({u"desktop-entry"_s, u"urgency"_s}));
    QCOMPARE(call.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(call.hints.value(u"urgency"_s).value<uchar>(), byte);
    QCOMPARE(call.hints.value(u"desktop-entry"_s).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(),
             u"io.github.qlik_task_runner.QlikTaskRunner"_s);
}

void TestFreedesktopNotifier::replacesAnEarlierNotification()
{
    QVERIFY(startWithServer());
    quint64 first = 0;
    const uint id = show(u"1 task running"_s, &first);
    QCOMPARE(click(id), first);

    quint64 second = 0;
    QCOMPARE(show({.summary = u"2 tasks running"_s, .replacesToken = first}, &second), id);
    QCOMPARE(m_server->notifyCalls().constLast().replacesId, id);
    QCOMPARE(click(id), second);
    m_server->dismiss(id);
    QTRY_COMPARE(m_closed->count(), 1);
    QCOMPARE(tokenAt(*m_closed, 0), second);
}

void TestFreedesktopNotifier::actionOfOurNotificationGivesItsToken()
{
    QVERIFY(startWithServer());
    quint64 first = 0;
    quint64 second = 0;
    const Notification notification {.summary = u"Reload Sales succeeded"_s,
                                     .actions = {{u"default"_s, u"Show"_s}}};
    const uint firstId = show(notification, &first);
    const uint secondId = show(notification, &second);
    QVERIFY(firstId != 0 && secondId != 0 && first != second);

    m_server->invokeAction(secondId, u"default"_s);
    m_server->invokeAction(firstId, u"rerun"_s);
    QTRY_COMPARE(m_actions->count(), 2);
    QCOMPARE(m_actions->at(0), QVariantList({second, u"default"_s}));
    QCOMPARE(m_actions->at(1), QVariantList({first, u"rerun"_s}));
}

void TestFreedesktopNotifier::actionOfAForeignNotificationIsIgnored()
{
    QVERIFY(startWithServer());
    quint64 token = 0;
    const uint id = show(u"Reload Sales succeeded"_s, &token);
    QVERIFY(id != 0);

    // Another app's notification (the signals are broadcast); ours after it shows they arrived.
    m_server->invokeAction(id + 40, u"default"_s);
    m_server->dismiss(id + 40);
    QCOMPARE(click(id), token);
    QCOMPARE(m_actions->count(), 1);
    QCOMPARE(m_closed->count(), 0);
}

void TestFreedesktopNotifier::closedGivesTheReasonAndForgets_data()
{
    QTest::addColumn<uint>("reason");
    QTest::addColumn<CloseReason>("expected");

    QTest::newRow("expired") << 1u << CloseReason::Expired;
    QTest::newRow("dismissed") << 2u << CloseReason::Dismissed;
    QTest::newRow("closed by a call") << 3u << CloseReason::ClosedByCall;
    QTest::newRow("undefined") << 4u << CloseReason::Undefined;
    QTest::newRow("not in the spec") << 9u << CloseReason::Undefined;
}

void TestFreedesktopNotifier::closedGivesTheReasonAndForgets()
{
    QFETCH(uint, reason);
    QFETCH(CloseReason, expected);

    QVERIFY(startWithServer());
    quint64 token = 0;
    const uint id = show(u"Reload Sales succeeded"_s, &token);
    QVERIFY(id != 0);

    m_server->dismiss(id, reason);
    QTRY_COMPARE(m_closed->count(), 1);
    QCOMPARE(tokenAt(*m_closed, 0), token);
    QCOMPARE(m_closed->at(0).at(1).value<CloseReason>(), expected);

    // Forgotten: a late action or close for that id is nobody's (the next one shows it arrived).
    m_server->invokeAction(id, u"default"_s);
    m_server->dismiss(id);
    quint64 next = 0;
    QCOMPARE(click(show(u"Reload Budget failed"_s, &next)), next);
    QCOMPARE(m_actions->count(), 1);
    QCOMPARE(m_closed->count(), 1);
}

void TestFreedesktopNotifier::closeSendsCloseNotification_data()
{
    QTest::addColumn<bool>("beforeTheReply");

    QTest::newRow("before Notify answered") << true;
    QTest::newRow("after Notify answered") << false;
}

void TestFreedesktopNotifier::closeSendsCloseNotification()
{
    QFETCH(bool, beforeTheReply);

    QVERIFY(startWithServer());
    QCOMPARE(show(u"Reload Sales succeeded"_s), 1u);
    quint64 token = m_notifier->show({u"Reload Budget failed"_s});
    if (!beforeTheReply) {
        QTRY_COMPARE(m_server->notifyCalls().size(), 2);
        QCOMPARE(click(2), token);
    }
    m_notifier->close(token);
    QTRY_COMPARE(m_server->closeCalls(), QList<uint>({2u}));
    QTRY_COMPARE(m_closed->count(), 1);
    QCOMPARE(tokenAt(*m_closed, 0), token);
    QCOMPARE(m_closed->at(0).at(1).value<CloseReason>(), CloseReason::ClosedByCall);

    m_notifier->close(token); // forgotten: nothing is sent
    m_notifier->close(token + 100); // never shown
    QCOMPARE(show(u"Reload Costs succeeded"_s), 3u);
    QCOMPARE(m_server->closeCalls(), QList<uint>({2u}));
}

void TestFreedesktopNotifier::refusedNotifyFails_data()
{
    QTest::addColumn<bool>("serverThere");
    QTest::addColumn<QString>("errorText");

    QTest::newRow("server refuses") << true << u"Too many notifications"_s;
    QTest::newRow("no server") << false << QString();
}

void TestFreedesktopNotifier::refusedNotifyFails()
{
    QFETCH(bool, serverThere);
    QFETCH(QString, errorText);

    if (serverThere) {
        m_server->setNotifyError(
            u"org.freedesktop.Notifications.Error.ExcessNotificationGeneration"_s, errorText);
        QVERIFY(m_server->registerService());
    }
    startNotifier();
    const quint64 token = m_notifier->show({u"Reload Sales succeeded"_s});
    QCOMPARE(m_failed->count(), 0); // never from within show()
    QTRY_COMPARE(m_failed->count(), 1);
    QCOMPARE(tokenAt(*m_failed, 0), token);
    const QString text = m_failed->at(0).at(1).toString();
    QVERIFY2(errorText.isEmpty() ? !text.isEmpty() : text == errorText, qPrintable(text));
    QCOMPARE(m_closed->count(), 0);
}

void TestFreedesktopNotifier::serverGoingAwayClosesOurNotifications()
{
    QVERIFY(startWithServer());
    quint64 token = 0;
    const uint id = show(u"Reload Sales succeeded"_s, &token);
    QCOMPARE(click(id), token);

    m_server->unregisterService();
    QTRY_COMPARE(m_closed->count(), 1);
    QCOMPARE(tokenAt(*m_closed, 0), token);
    QCOMPARE(m_closed->at(0).at(1).value<CloseReason>(), CloseReason::Undefined);
    QVERIFY(!m_notifier->isAvailable());

    // The next server counts from 1 again: its id 1 is not the old token.
    m_server = std::make_unique<NotificationServerStandIn>(*m_bus);
    QVERIFY(m_server->registerService());
    QTRY_VERIFY(m_notifier->isAvailable());
    m_server->invokeAction(id, u"default"_s);
    quint64 fresh = 0;
    QCOMPARE(click(show(u"Reload Budget failed"_s, &fresh)), fresh);
    QCOMPARE(m_actions->count(), 2);
}

void TestFreedesktopNotifier::remembersTheNewestOnly()
{
    QVERIFY(startWithServer());
    constexpr int Shown = FreedesktopNotifier::MaxRemembered + 44;
    QList<quint64> tokens;
    for (int i = 0; i < Shown; ++i)
        tokens << m_notifier->show({u"Reload %1 succeeded"_s.arg(i)});
    QTRY_COMPARE(m_server->notifyCalls().size(), Shown);

    m_server->invokeAction(44, u"default"_s); // the 44th: forgotten
    QCOMPARE(click(45), tokens.at(44)); // the oldest remembered
    QCOMPARE(click(Shown), tokens.constLast());
    QCOMPARE(m_actions->count(), 2);
}

void TestFreedesktopNotifier::withoutABus()
{
    // As in a session without D-Bus: nothing is available, and every show() fails, later.
    const QString name = u"nowhere"_s;
    startNotifier(QDBusConnection::connectToBus(u"unix:path=/nonexistent/bus"_s, name));
    QTRY_VERIFY(m_notifier->isProbed());
    QVERIFY(!m_notifier->isAvailable());
    const quint64 token = m_notifier->show({u"Reload Sales succeeded"_s});
    QCOMPARE(m_failed->count(), 0);
    QTRY_COMPARE(m_failed->count(), 1);
    QCOMPARE(tokenAt(*m_failed, 0), token);
    cleanup();
    QDBusConnection::disconnectFromBus(name);
}

QTEST_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"
