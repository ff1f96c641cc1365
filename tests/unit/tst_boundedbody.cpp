// BoundedBody: what an answer may hold while it is read.
#include "boundedbody.h"

#include <QTest>

class TestBoundedBody final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatPassesTheLimit();
    void announcedLengthIsCheckedBeforeReading();
    void announcedLengthIsAllTheRoomTaken();
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

void TestBoundedBody::announcedLengthIsAllTheRoomTaken()
{
    // A small answer that says its length does not take the room of the largest one allowed
    // (32 MB for a poll): thousands of starts and polls would each map that much.
    const AnswerLimits limits = AnswerLimits::of(AnswerKind::Poll);
    BoundedBody announced(limits);
    QVERIFY(announced.accepts(1000));
    announced.expect(1000);
    QVERIFY(announced.append(QByteArray(600, 'a')));
    QVERIFY(announced.append(QByteArray(400, 'b')));
    const QByteArray body = announced.take();
    QCOMPARE(body.size(), 1000);
    QVERIFY2(body.capacity() < 64 * 1024, qPrintable(QString::number(body.capacity())));

    BoundedBody unannounced(limits); // chunked: all the limit allows, at once
    QVERIFY(unannounced.append(QByteArray(600, 'a')));
    QVERIFY(unannounced.take().capacity() >= limits.maxBytes);
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
