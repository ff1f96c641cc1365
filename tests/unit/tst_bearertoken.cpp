#include "bearertoken.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBearerToken final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheExpiry();
    void warnsWhenPastOrNear_data();
    void warnsWhenPastOrNear();

private:
    /// An unsigned token with this payload (the proxy checks signatures; this code reads only).
    static QString token(const QByteArray &payload)
    {
        const auto part = [](const QByteArray &json) {
            return QString::fromLatin1(
                json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        return part(R"({"alg":"RS256","typ":"JWT"})") + u'.' + part(payload) + u".c2ln";
    }
};

void TestBearerToken::readsTheExpiry()
{
    QCOMPARE(BearerToken::expiry(token(R"({"userId":"u","exp":1900000000})")),
             QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    QCOMPARE(BearerToken::expiry(u" "_s + token(R"({"exp":1900000000})") + u"\n"_s),
             QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    QVERIFY(!BearerToken::expiry(token(R"({"userId":"u"})")));
    QVERIFY(!BearerToken::expiry(token(R"({"exp":"tomorrow"})")));
    QVERIFY(!BearerToken::expiry(u"not.a-token"_s));
    QVERIFY(!BearerToken::expiry(u"a.b"_s));
    QVERIFY(!BearerToken::expiry(u"a.!!!.c"_s));
}

void TestBearerToken::warnsWhenPastOrNear_data()
{
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<QString>("warning");
    QTest::newRow("expired an hour ago") << qint64(-3600) << u"expired on"_s;
    QTest::newRow("expires now") << qint64(0) << u"expired on"_s;
    QTest::newRow("expires in two hours") << qint64(7200) << u"(in 2 h"_s;
    QTest::newRow("expires in two days") << qint64(2 * 24 * 3600) << QString();
}

void TestBearerToken::warnsWhenPastOrNear()
{
    QFETCH(qint64, expiresIn);
    QFETCH(QString, warning);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QString text =
        token(QByteArray(R"({"exp":)") + QByteArray::number(1800000000 + expiresIn) + '}');
    const QString said = BearerToken::expiryWarning(text, now);
    if (warning.isEmpty())
        QCOMPARE(said, QString());
    else
        QVERIFY2(said.contains(warning), qPrintable(said));
    QVERIFY(!said.contains(text)); // never the token itself
}

QTEST_GUILESS_MAIN(TestBearerToken)
#include "tst_bearertoken.moc"
