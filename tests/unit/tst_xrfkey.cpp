#include "xrfkey.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestXrfkey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedKeyIsValid();
    void keysAreDistinct();
    void charactersAreRoughlyUniform();
    void isValid_data();
    void isValid();
};

namespace {
const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
}

void TestXrfkey::generatedKeyIsValid()
{
    for (int i = 0; i < 100; ++i) {
        const QString key = Xrfkey::generate();
        QCOMPARE(key.size(), Xrfkey::Length);
        QCOMPARE(Xrfkey::Length, 16);
        for (QChar c : key)
            QVERIFY2(alphabet.contains(c), qPrintable(key));
        QVERIFY(Xrfkey::isValid(key));
    }
}

void TestXrfkey::keysAreDistinct()
{
    constexpr int count = 10'000;
    QSet<QString> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i)
        keys.insert(Xrfkey::generate());
    QCOMPARE(keys.size(), count);
}

void TestXrfkey::charactersAreRoughlyUniform()
{
    constexpr int keyCount = 10'000;
    QHash<QChar, int> counts;
    for (int i = 0; i < keyCount; ++i) {
        for (QChar c : Xrfkey::generate())
            ++counts[c];
    }
    // Every character of the alphabet shows up, and nothing else does.
    QCOMPARE(counts.size(), int(alphabet.size()));

    // Pearson's chi-squared with 61 degrees of freedom: the 1e-6 tail starts near 126, so a
    // fair generator fails this about once in a million runs; a modulo-biased or
    // digit-heavy one fails it every time.
    const double expected = double(keyCount) * Xrfkey::Length / alphabet.size();
    double chiSquared = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double difference = it.value() - expected;
        chiSquared += difference * difference / expected;
        QVERIFY2(it.value() > expected * 0.85 && it.value() < expected * 1.15,
                 qPrintable(u"%1 seen %2 times, expected about %3"_s.arg(it.key())
                                .arg(it.value())
                                .arg(expected)));
    }
    QVERIFY2(chiSquared < 130, qPrintable(u"chi squared %1"_s.arg(chiSquared)));
}

void TestXrfkey::isValid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << u"ABCDEFGHijklmn01"_s << true;
    QTest::newRow("digits only") << u"0123456789012345"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("15 characters") << u"ABCDEFGHijklmn0"_s << false;
    QTest::newRow("17 characters") << u"ABCDEFGHijklmn012"_s << false;
    QTest::newRow("dash") << u"ABCDEFGH-jklmn01"_s << false;
    QTest::newRow("underscore") << u"ABCDEFGH_jklmn01"_s << false;
    QTest::newRow("space") << u"ABCDEFGH jklmn01"_s << false;
    QTest::newRow("non-ascii letter") << u"ABCDEFGHéjklmn01"_s << false;
    QTest::newRow("fullwidth digit") << u"ABCDEFGH\uFF11jklmn01"_s << false;
}

void TestXrfkey::isValid()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(Xrfkey::isValid(key), valid);
}

QTEST_APPLESS_MAIN(TestXrfkey)
#include "tst_xrfkey.moc"
