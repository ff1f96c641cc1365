// RateLimitGate on a clock of the test's own: moved by hand, never slept on.
#include "cloud/ratelimitgate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Tier = RateLimitGate::Tier;

class TestRateLimitGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tiers();
    void retryAfter_data();
    void retryAfter();
    void sendsAtOnceWithinBudget();
    void writeBurstIsPacedToItsMinute();
    void fiveMinuteWindowIsKept();
    void tiersAreCountedApart();
    void heldUntilRetryAfterThenResentFirst();
    void laterRetryAfterExtendsTheHold();
    void httpDateRetryAfter();
    void inFlightAreCapped();

private:
    /// Submits a request that counts itself in m_sent under `name` when it goes.
    void submit(Tier tier, const QString &name);
    void advance(std::chrono::milliseconds by);

    std::unique_ptr<RateLimitGate> m_gate;
    QDateTime m_now;
    QStringList m_sent;
};

void TestRateLimitGate::init()
{
    m_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    m_sent.clear();
    m_gate = std::make_unique<RateLimitGate>();
    m_gate->setClock([this] { return m_now; });
    m_gate->setMaxInFlight(0);
}

void TestRateLimitGate::submit(Tier tier, const QString &name)
{
    m_gate->submit(tier, [this, name] { m_sent.append(name); });
}

void TestRateLimitGate::advance(std::chrono::milliseconds by)
{
    m_now = m_now.addMSecs(by.count());
    m_gate->recheck();
}

void TestRateLimitGate::tiers()
{
    QCOMPARE(RateLimitGate::tierOf(true, u"/api/v1/reloads"), Tier::Read);
    QCOMPARE(RateLimitGate::tierOf(false, u"/api/v1/reloads"), Tier::ReloadStart);
    QCOMPARE(RateLimitGate::tierOf(false, u"/api/v1/reloads/abc/actions/cancel"), Tier::Write);
    QCOMPARE(RateLimitGate::tierOf(true, u"/api/v1/items"), Tier::Read);
}

void TestRateLimitGate::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: unreadable

    QTest::newRow("seconds") << "120"_ba << qint64(120'000);
    QTest::newRow("spaces") << " 5 "_ba << qint64(5000);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("a day at most") << "99999999999"_ba << qint64(24 * 3600 * 1000);
    QTest::newRow("http-date ahead") << "Wed, 01 May 2024 12:00:30 GMT"_ba << qint64(30'000);
    QTest::newRow("http-date passed") << "Wed, 01 May 2024 11:59:00 GMT"_ba << qint64(0);
    QTest::newRow("empty") << ""_ba << qint64(-1);
    QTest::newRow("words") << "soon"_ba << qint64(-1);
    QTest::newRow("negative") << "-5"_ba << qint64(-1);
    QTest::newRow("fraction") << "1.5"_ba << qint64(-1);
}

void TestRateLimitGate::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const auto wait = RateLimitGate::parseRetryAfter(header, m_now);
    if (expectedMs < 0) {
        QVERIFY(!wait.has_value());
        return;
    }
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), expectedMs);
}

void TestRateLimitGate::sendsAtOnceWithinBudget()
{
    QSignalSpy held(m_gate.get(), &RateLimitGate::held);
    for (int i = 0; i < 50; ++i)
        submit(Tier::ReloadStart, u"start %1"_s.arg(i));
    QCOMPARE(m_sent.size(), 50);
    QCOMPARE(m_sent.constFirst(), u"start 0"_s);
    QCOMPARE(held.size(), 0);
    submit(Tier::ReloadStart, u"start 50"_s);
    QCOMPARE(m_sent.size(), 50);
    QCOMPARE(held.size(), 1);
    QVERIFY2(held.constFirst().at(1).toString().contains(u"at most 50 reloads are started"_s),
             qPrintable(held.constFirst().at(1).toString()));
}

void TestRateLimitGate::writeBurstIsPacedToItsMinute()
{
    QSignalSpy held(m_gate.get(), &RateLimitGate::held);
    for (int i = 0; i < 120; ++i)
        submit(Tier::Write, u"write %1"_s.arg(i));
    QCOMPARE(m_sent.size(), 100);
    QCOMPARE(m_gate->waiting(), 20);
    QVERIFY(m_gate->isHeld());
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.constFirst().at(0).toBool(), true);

    advance(59'999ms);
    QCOMPARE(m_sent.size(), 100);
    advance(1ms); // a minute after the first hundred
    QCOMPARE(m_sent.size(), 120);
    QCOMPARE(m_sent.constLast(), u"write 119"_s);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held.constLast().at(0).toBool(), false);
    QVERIFY(!m_gate->isHeld());
}

void TestRateLimitGate::fiveMinuteWindowIsKept()
{
    // Every request goes when it may: over any five minutes at most five times the rate.
    m_gate->setLimit(Tier::Write, 10);
    for (int i = 0; i < 200; ++i)
        submit(Tier::Write, u"write %1"_s.arg(i));
    QList<int> sentAt; // total sent after each 30 s
    for (int step = 0; step < 20; ++step) {
        sentAt.append(int(m_sent.size()));
        advance(30s);
    }
    for (int step = 10; step < sentAt.size(); ++step)
        QVERIFY2(sentAt.at(step) - sentAt.at(step - 10) <= 50, qPrintable(QString::number(step)));
    QCOMPARE(sentAt.at(0), 10);
    QCOMPARE(m_sent.size(), 110); // 10 at once, then 10 each minute of the ten
}

void TestRateLimitGate::tiersAreCountedApart()
{
    m_gate->setLimit(Tier::ReloadStart, 2);
    for (int i = 0; i < 3; ++i)
        submit(Tier::ReloadStart, u"start %1"_s.arg(i));
    submit(Tier::Read, u"read"_s);
    submit(Tier::Write, u"write"_s);
    QCOMPARE(m_sent, (QStringList {u"start 0"_s, u"start 1"_s, u"read"_s, u"write"_s}));
    advance(1min);
    QCOMPARE(m_sent.constLast(), u"start 2"_s);
}

void TestRateLimitGate::heldUntilRetryAfterThenResentFirst()
{
    m_gate->setMaxInFlight(6);
    QSignalSpy held(m_gate.get(), &RateLimitGate::held);
    submit(Tier::Read, u"a"_s);
    QCOMPARE(m_sent, QStringList {u"a"_s});
    // a is answered 429, Retry-After 2 s: everything waits, whatever its tier.
    m_gate->rateLimited(Tier::Read, "2", [this] { m_sent.append(u"a again"_s); });
    QCOMPARE(m_gate->inFlight(), 0);
    submit(Tier::Write, u"b"_s);
    submit(Tier::Read, u"c"_s);
    QCOMPARE(m_sent.size(), 1);
    QVERIFY(m_gate->isHeld());
    QCOMPARE(m_gate->heldUntil(), m_now.addSecs(2));
    QCOMPARE(held.size(), 1);
    QVERIFY2(held.constFirst().at(1).toString().contains(u"429"_s),
             qPrintable(held.constFirst().at(1).toString()));

    advance(1999ms);
    QCOMPARE(m_sent.size(), 1);
    advance(1ms);
    QCOMPARE(m_sent, (QStringList {u"a"_s, u"a again"_s, u"b"_s, u"c"_s}));
    QCOMPARE(held.constLast().at(0).toBool(), false);
}

void TestRateLimitGate::laterRetryAfterExtendsTheHold()
{
    submit(Tier::Read, u"a"_s);
    submit(Tier::Read, u"b"_s);
    m_gate->rateLimited(Tier::Read, "5", [this] { m_sent.append(u"a again"_s); });
    m_gate->rateLimited(Tier::Read, "1", [this] { m_sent.append(u"b again"_s); });
    advance(4s); // the shorter one does not shorten the hold
    QCOMPARE(m_sent.size(), 2);
    advance(1s);
    QCOMPARE(m_sent.size(), 4);
}

void TestRateLimitGate::httpDateRetryAfter()
{
    submit(Tier::Write, u"a"_s);
    m_gate->rateLimited(Tier::Write, "Wed, 01 May 2024 12:01:00 GMT",
                        [this] { m_sent.append(u"a again"_s); });
    advance(59s);
    QCOMPARE(m_sent.size(), 1);
    advance(1s);
    QCOMPARE(m_sent.size(), 2);

    // Unreadable: the default wait.
    m_gate->rateLimited(Tier::Write, "whenever", [this] { m_sent.append(u"a third time"_s); });
    advance(RateLimitGate::DefaultRetryAfter - 1ms);
    QCOMPARE(m_sent.size(), 2);
    advance(1ms);
    QCOMPARE(m_sent.size(), 3);
}

void TestRateLimitGate::inFlightAreCapped()
{
    m_gate->setMaxInFlight(2);
    for (int i = 0; i < 5; ++i)
        submit(Tier::Read, u"read %1"_s.arg(i));
    QCOMPARE(m_sent.size(), 2);
    QVERIFY(!m_gate->isHeld()); // waiting for answers is no rate limit
    m_gate->release();
    QCOMPARE(m_sent.size(), 3);
    m_gate->release();
    m_gate->release();
    QCOMPARE(m_sent.size(), 5);
    QCOMPARE(m_gate->inFlight(), 2);
}

QTEST_GUILESS_MAIN(TestRateLimitGate)
#include "tst_ratelimitgate.moc"
