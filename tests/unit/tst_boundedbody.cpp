// BoundedBody: what an answer may hold while it is read.
#include "boundedbody.h"

#include <QTest>

class TestBoundedBody final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatPassesTheLimit();
    void announcedLengthIsCheckedBeforeReading();
    void logKeepsItsLastPart();
    void logStopsAtTheReadCeiling();
};

void TestBoundedBody::refusesWhatPassesTheLimit()
{
    BoundedBody body({10, false, 0, 2});
    QVERIFY(body.append("12345"));
    QVERIFY(body.append("67890"));
    QVERIFY(!body.append("x")); // 11 bytes would pass 10
    QCOMPARE(body.received(), 10);
    QCOMPARE(body.limit(), 10);
    QCOMPARE(body.take(), QByteArray("1234567890"));
}

void TestBoundedBody::announcedLengthIsCheckedBeforeReading()
{
    const BoundedBody body(AnswerLimits::of(AnswerKind::Poll));
    QVERIFY(body.accepts(32 * AnswerLimits::MiB));
    QVERIFY(!body.accepts(32 * AnswerLimits::MiB + 1));
}

void TestBoundedBody::logKeepsItsLastPart()
{
    BoundedBody body({4, true, 100, 4});
    for (const char *chunk : {"abc", "def", "ghi", "jk"})
        QVERIFY(body.append(chunk));
    QCOMPARE(body.received(), 11);
    QCOMPARE(body.take(), QByteArray("hijk"));
}

void TestBoundedBody::logStopsAtTheReadCeiling()
{
    BoundedBody body({4, true, 8, 4});
    QVERIFY(body.append("12345678"));
    QVERIFY(!body.append("9"));
    QCOMPARE(body.limit(), 8);
    QCOMPARE(body.take(), QByteArray("5678"));
}

QTEST_GUILESS_MAIN(TestBoundedBody)
#include "tst_boundedbody.moc"
