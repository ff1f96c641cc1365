#include "qrsfilter.h"

#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
/// `field eq v1 or field eq v2 ...` chunked by QrsFilter::anyOf(); the expressions, checked
/// against the chunks' first/count bookkeeping.
QStringList anyOfGuids(QStringView field, const QStringList &guids, int maxEncodedLength)
{
    QStringList terms;
    for (const QString &guid : guids)
        terms.append(QrsFilter::equalsGuid(field, guid));
    QStringList expressions;
    qsizetype next = 0;
    for (const QrsFilter::Chunk &chunk : QrsFilter::anyOf(terms, maxEncodedLength)) {
        if (chunk.first != next ||
            chunk.expression != terms.mid(chunk.first, chunk.count).join(u" or "_s))
            return {u"chunk bookkeeping is wrong"_s};
        next += chunk.count;
        expressions.append(chunk.expression);
    }
    return expressions;
}
} // namespace

class TestQrsFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoted_data();
    void quoted();
    void compare_data();
    void compare();
    void equalsGuid();
    void anyOfGuidsEmpty();
    void anyOfGuidsSingle();
    void anyOfGuidsChunking_data();
    void anyOfGuidsChunking();
    void twoHundredGuidsFitInFiveChunks();
    void termLongerThanLimitGoesAlone();
};

namespace {

QStringList makeGuids(int count)
{
    QStringList guids;
    for (int i = 0; i < count; ++i)
        guids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return guids;
}

qsizetype encodedLength(const QString &text)
{
    return QUrl::toPercentEncoding(text).size();
}

} // namespace

void TestQrsFilter::quoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Reload Sales"_s << u"'Reload Sales'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("apostrophe") << u"It's"_s << u"'It''s'"_s;
    QTest::newRow("two apostrophes") << u"''"_s << u"''''''"_s;
    QTest::newRow("apostrophe at ends") << u"'x'"_s << u"'''x'''"_s;
    QTest::newRow("url specials untouched") << u"A&B #1 100%"_s << u"'A&B #1 100%'"_s;
    QTest::newRow("double quote untouched") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
    QTest::newRow("unicode") << u"Umsätze Ü"_s << u"'Umsätze Ü'"_s;
}

void TestQrsFilter::quoted()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(QrsFilter::quoted(value), expected);
}

void TestQrsFilter::compare_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("eq") << u"name"_s << u"eq"_s << u"Reload Sales"_s << u"name eq 'Reload Sales'"_s;
    QTest::newRow("so with quote") << u"name"_s << u"so"_s << u"It's"_s << u"name so 'It''s'"_s;
    QTest::newRow("sw with specials")
        << u"app.name"_s << u"sw"_s << u"A&B#"_s << u"app.name sw 'A&B#'"_s;
    QTest::newRow("injection stays inside quotes")
        << u"name"_s << u"eq"_s << u"x' or name ne 'y"_s << u"name eq 'x'' or name ne ''y'"_s;
}

void TestQrsFilter::compare()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(QrsFilter::compare(field, op, value), expected);
}

void TestQrsFilter::equalsGuid()
{
    QCOMPARE(QrsFilter::equalsGuid(u"ExecutionId", u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"),
             u"ExecutionId eq 4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s);
    QCOMPARE(QrsFilter::equalsGuid(u"ExecutionId", u"{4C0B5E6A-1F2D-4E3C-9A8B-7D6E5F4A3B2C}"),
             u"ExecutionId eq 4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s);
    // Not a guid (a damaged journal, a hostile answer): quoted, so it cannot add terms.
    QCOMPARE(QrsFilter::equalsGuid(u"ExecutionId", u"x or executionid ne 1"),
             u"ExecutionId eq 'x or executionid ne 1'"_s);
    QCOMPARE(QrsFilter::equalsGuid(u"ExecutionId", u"x' or id ne 'y"),
             u"ExecutionId eq 'x'' or id ne ''y'"_s);
}

void TestQrsFilter::anyOfGuidsEmpty()
{
    QVERIFY(anyOfGuids(u"ExecutionId", {}, 3000).isEmpty());
}

void TestQrsFilter::anyOfGuidsSingle()
{
    const QString guid = u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s;
    QCOMPARE(anyOfGuids(u"ExecutionId", {guid}, 3000), QStringList {u"ExecutionId eq "_s + guid});
}

void TestQrsFilter::anyOfGuidsChunking_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::newRow("2 guids, room for both") << 2 << 3000;
    QTest::newRow("3 guids, room for one each") << 3 << 60;
    QTest::newRow("4 guids, one short of two per chunk") << 4 << 2 * 55 + 8 - 1;
    QTest::newRow("4 guids, exactly two per chunk") << 4 << 2 * 55 + 8;
    QTest::newRow("47 guids, exactly one chunk") << 47 << 47 * 55 + 46 * 8;
    QTest::newRow("48 guids, one over") << 48 << 47 * 55 + 46 * 8;
    QTest::newRow("200 guids, limit 500") << 200 << 500;
    QTest::newRow("200 guids, limit 3000") << 200 << 3000;
    QTest::newRow("1000 guids, limit 8000") << 1000 << 8000;
    QTest::newRow("limit below one term") << 20 << 10;
    QTest::newRow("limit zero") << 5 << 0;
}

void TestQrsFilter::anyOfGuidsChunking()
{
    QFETCH(int, count);
    QFETCH(int, limit);

    const QStringList guids = makeGuids(count);
    const QStringList chunks = anyOfGuids(u"ExecutionId", guids, limit);
    QVERIFY(!chunks.isEmpty());
    // "ExecutionId eq <guid>" is 55 characters percent-encoded, " or " is 8.
    const int perChunk = limit < 55 ? 1 : 1 + (limit - 55) / 63;
    QCOMPARE(chunks.size(), (count + perChunk - 1) / perChunk);

    QStringList seen;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QStringList terms = chunks.at(i).split(u" or "_s);
        QVERIFY(!terms.isEmpty());
        // Within the limit, unless one term alone is already longer.
        QVERIFY2(encodedLength(chunks.at(i)) <= limit || terms.size() == 1,
                 qPrintable(u"chunk %1 is %2 long"_s.arg(i).arg(encodedLength(chunks.at(i)))));
        for (const QString &term : terms) {
            QVERIFY2(term.startsWith(u"ExecutionId eq "_s), qPrintable(term));
            seen.append(term.mid(15));
        }
        // Greedy: the first term of the next chunk would not have fitted into this one.
        if (i + 1 < chunks.size()) {
            const QString firstOfNext = chunks.at(i + 1).split(u" or "_s).constFirst();
            QVERIFY(encodedLength(chunks.at(i) + u" or "_s + firstOfNext) > limit);
        }
    }
    // Every guid in exactly one chunk, in the order given.
    QCOMPARE(seen, guids);
}

void TestQrsFilter::twoHundredGuidsFitInFiveChunks()
{
    const QStringList guids = makeGuids(200);
    const QStringList chunks = anyOfGuids(u"ExecutionId", guids, 3000);
    QVERIFY2(chunks.size() <= 5, qPrintable(QString::number(chunks.size())));
    QVERIFY(chunks.size() >= 4); // 200 * 63 encoded characters cannot fit into fewer
    QSet<QString> unique;
    for (const QString &chunk : chunks) {
        QVERIFY(encodedLength(chunk) <= 3000);
        for (const QString &term : chunk.split(u" or "_s))
            unique.insert(term);
    }
    QCOMPARE(unique.size(), 200);
}

void TestQrsFilter::termLongerThanLimitGoesAlone()
{
    const QString longValue(200, u'a');
    const QStringList values {u"a"_s, longValue, u"b"_s};
    const QStringList chunks = anyOfGuids(u"Id", values, 50);
    QCOMPARE(chunks,
             (QStringList {u"Id eq 'a'"_s, u"Id eq '"_s + longValue + u"'"_s, u"Id eq 'b'"_s}));
}

QTEST_APPLESS_MAIN(TestQrsFilter)
#include "tst_qrsfilter.moc"
