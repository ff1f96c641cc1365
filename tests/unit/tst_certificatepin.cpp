#include "certificatepin.h"

#include <QSslCertificate>
#include <QtTest>

using namespace Qt::StringLiterals;

/// The forms a pinned fingerprint may be written in, and how a certificate is matched and shown.
class TestCertificatePin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void matchesOnlyItsCertificate();
};

namespace {

const QString Digest = u"3f1a0c9e5b7d2e4f6a8b0c1d2e3f405162738495a6b7c8d9eaf0b1c2d3e4f5a6"_s;

} // namespace

void TestCertificatePin::normalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a SHA-256 digest
    QTest::newRow("lower case") << Digest << Digest;
    QTest::newRow("upper case") << Digest.toUpper() << Digest;
    QString colons;
    for (qsizetype i = 0; i < Digest.size(); i += 2)
        colons += (i > 0 ? u":"_s : QString()) + Digest.mid(i, 2).toUpper();
    QTest::newRow("colons, as browsers show it") << colons << Digest;
    QTest::newRow("spaces") << colons.replace(u':', u' ') << Digest;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("SHA-1 length") << Digest.left(40) << QString();
    QTest::newRow("one digit more") << Digest + u'0' << QString();
    QTest::newRow("not hex") << QString(Digest).replace(0, 1, u'g') << QString();
    QTest::newRow("dashes") << QString(Digest).insert(2, u'-') << QString();
}

void TestCertificatePin::normalises()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CertificatePin::normalised(text).value_or(QString()), expected);
}

void TestCertificatePin::matchesOnlyItsCertificate()
{
    const auto server =
        QSslCertificate::fromPath(QStringLiteral(QTR_TEST_DATA_DIR "/tls/server.pem"));
    const auto other = QSslCertificate::fromPath(QStringLiteral(QTR_TEST_DATA_DIR "/tls/ca.pem"));
    QCOMPARE(server.size(), 1);
    QCOMPARE(other.size(), 1);
    const QString fingerprint = CertificatePin::fingerprint(server.constFirst());
    QCOMPARE(fingerprint.size(), 32 * 3 - 1); // "AB:CD:…"
    const CertificatePin pin(*CertificatePin::normalised(fingerprint));
    QVERIFY(pin.isSet());
    QVERIFY(pin.matches(server.constFirst()));
    QVERIFY(!pin.matches(other.constFirst()));
    QVERIFY(!pin.matches(QSslCertificate()));
    QCOMPARE(pin.displayed(), fingerprint);
    QVERIFY(!CertificatePin().isSet());
    QVERIFY(!CertificatePin().matches(server.constFirst()));
}

QTEST_GUILESS_MAIN(TestCertificatePin)
#include "tst_certificatepin.moc"
