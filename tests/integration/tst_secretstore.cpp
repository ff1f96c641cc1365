// SecretStore against the real keychain of this desktop: a Secret Service (gnome-keyring on a
// private session bus, tests/support/with-secret-service.sh), and none at all.
#include "secretstore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesReadsAndRemoves();
    void renameMovesTheSecret();
    void servicesDoNotSeeEachOther();
    void unavailableKeychainIsSaidPlainly();

private:
    /// Runs one call and waits (event loop) for its outcome.
    template<typename Call> static SecretStore::Outcome wait(Call call)
    {
        std::optional<SecretStore::Outcome> outcome;
        call([&outcome](const SecretStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return {SecretStore::Status::Failed, {}, u"no answer in 30 s"_s};
        return *outcome;
    }
    std::unique_ptr<SecretStore> m_store;
};

void TestSecretStore::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "unavailableKeychainIsSaidPlainly") == 0) {
        if (!qEnvironmentVariableIsSet("QTR_TEST_NO_KEYCHAIN"))
            QSKIP("runs as tst_secretstore_unavailable, without a session bus");
    } else if (!qEnvironmentVariableIsSet("QTR_SECRET_SERVICE")) {
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (tests/support/"
              "with-secret-service.sh)");
    }
    // A service name of its own per test: nothing left from another run is seen.
    m_store =
        std::make_unique<SecretStore>(u"qtr-test-"_s + QUuid::createUuid().toString(QUuid::Id128));
}

void TestSecretStore::writesReadsAndRemoves()
{
    const QString secret = u"pässword with spaces; and \"quotes\""_s;
    QCOMPARE(wait([&](auto done) { m_store->read(u"Production"_s, done); }).status,
             SecretStore::Status::NotFound);
    const auto written = wait([&](auto done) { m_store->write(u"Production"_s, secret, done); });
    QVERIFY2(written.status == SecretStore::Status::Done, qPrintable(written.message));
    const auto read = wait([&](auto done) { m_store->read(u"Production"_s, done); });
    QCOMPARE(read.status, SecretStore::Status::Done);
    QCOMPARE(read.secret, secret);
    QCOMPARE(wait([&](auto done) { m_store->remove(u"Production"_s, done); }).status,
             SecretStore::Status::Done);
    QCOMPARE(wait([&](auto done) { m_store->read(u"Production"_s, done); }).status,
             SecretStore::Status::NotFound);
    // Removing what is gone is fine.
    QCOMPARE(wait([&](auto done) { m_store->remove(u"Production"_s, done); }).status,
             SecretStore::Status::Done);
}

void TestSecretStore::renameMovesTheSecret()
{
    QCOMPARE(wait([&](auto done) { m_store->write(u"Old"_s, u"s3cret"_s, done); }).status,
             SecretStore::Status::Done);
    QCOMPARE(wait([&](auto done) { m_store->rename(u"Old"_s, u"New"_s, done); }).status,
             SecretStore::Status::Done);
    QCOMPARE(wait([&](auto done) { m_store->read(u"New"_s, done); }).secret, u"s3cret"_s);
    QCOMPARE(wait([&](auto done) { m_store->read(u"Old"_s, done); }).status,
             SecretStore::Status::NotFound);
    QCOMPARE(wait([&](auto done) { m_store->rename(u"Nothing"_s, u"Else"_s, done); }).status,
             SecretStore::Status::NotFound);
}

void TestSecretStore::servicesDoNotSeeEachOther()
{
    QCOMPARE(wait([&](auto done) { m_store->write(u"Shared name"_s, u"mine"_s, done); }).status,
             SecretStore::Status::Done);
    SecretStore other(u"qtr-test-other-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QCOMPARE(wait([&](auto done) { other.read(u"Shared name"_s, done); }).status,
             SecretStore::Status::NotFound);
}

void TestSecretStore::unavailableKeychainIsSaidPlainly()
{
    const auto read = wait([&](auto done) { m_store->read(u"Production"_s, done); });
    QVERIFY2(read.status == SecretStore::Status::Unavailable, qPrintable(read.message));
    QVERIFY2(read.message.contains(u"No keychain service runs on this desktop"_s),
             qPrintable(read.message));
    const auto written = wait([&](auto done) { m_store->write(u"Production"_s, u"x"_s, done); });
    QCOMPARE(written.status, SecretStore::Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
