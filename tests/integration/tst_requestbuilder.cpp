// The one place requests are built: keys, headers, encoding, TLS and redirect policy.
#include "requestbuilder.h"
#include "xrfkey.h"

#include <QSet>
#include <QSslKey>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestRequestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyInQueryAndHeaderMatchAndChange();
    void prefixUserHeaderAndPolicy();
    void filterValuesArePercentEncoded();
    void tlsConfiguration();
    void eachSignInSendsItsOwnHeaders();

private:
    static ConnectionProfile profile()
    {
        ConnectionProfile p;
        p.serverUrl = QUrl(u"https://qlik.acme.com"_s);
        p.virtualProxyPrefix = u"opcon"_s;
        p.userHeaderName = u"opcon-usr"_s;
        p.userId = u"ACME\\svc"_s;
        return p;
    }
};

void TestRequestBuilder::keyInQueryAndHeaderMatchAndChange()
{
    const QrsRequestBuilder builder(profile());
    QSet<QString> keys;
    for (int i = 0; i < 100; ++i) {
        const QNetworkRequest request = builder.build(u"/about"_s);
        const QString inQuery = QUrlQuery(request.url()).queryItemValue(u"xrfkey"_s);
        QCOMPARE(QString::fromLatin1(request.rawHeader("X-Qlik-Xrfkey")), inQuery);
        QVERIFY(Xrfkey::isValid(inQuery));
        keys.insert(inQuery);
    }
    QCOMPARE(keys.size(), 100);
}

void TestRequestBuilder::prefixUserHeaderAndPolicy()
{
    const QNetworkRequest request = QrsRequestBuilder(profile()).build(u"/task/full"_s);
    QCOMPARE(request.url().path(), u"/opcon/qrs/task/full"_s);
    QCOMPARE(request.url().host(), u"qlik.acme.com"_s);
    QCOMPARE(request.rawHeader("opcon-usr"), QByteArray("ACME\\svc"));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.transferTimeout(), 30000);

    // A segment encoded by the caller is sent as it is, not encoded twice.
    const QString ticket = QString::fromLatin1(QUrl::toPercentEncoding(u"a/b c+d"_s));
    const QNetworkRequest download =
        QrsRequestBuilder(profile()).build(u"/download/reloadtask/"_s + ticket + u"/x.log"_s);
    QCOMPARE(download.url().path(QUrl::FullyEncoded),
             u"/opcon/qrs/download/reloadtask/a%2Fb%20c%2Bd/x.log"_s);

    ConnectionProfile noPrefix = profile();
    noPrefix.virtualProxyPrefix.clear();
    QCOMPARE(QrsRequestBuilder(noPrefix).build(u"/about"_s).url().path(), u"/qrs/about"_s);
}

void TestRequestBuilder::filterValuesArePercentEncoded()
{
    const QString filter = u"name eq 'Sales & Marketing ''Q1'' #1 + Ü'"_s;
    const QNetworkRequest request =
        QrsRequestBuilder(profile()).build(u"/reloadtask/full"_s, {{u"filter"_s, filter}});
    const QByteArray encoded = request.url().toEncoded();
    const QByteArray query = encoded.mid(encoded.indexOf('?') + 1);
    QCOMPARE(query.count('&'), 1); // only the separator between xrfkey and filter
    QVERIFY(!query.contains('#'));
    QVERIFY(!query.contains('+'));
    QVERIFY(!query.contains('\''));
    QVERIFY2(query.contains("%26") && query.contains("%23") && query.contains("%2B") &&
                 query.contains("%27") && query.contains("%C3%9C"),
             query.constData());
    QCOMPARE(QUrlQuery(request.url()).queryItemValue(u"filter"_s, QUrl::FullyDecoded), filter);
}

void TestRequestBuilder::tlsConfiguration()
{
    ConnectionProfile withCa = profile();
    withCa.caCertificateFile = QStringLiteral(QTR_TEST_DATA_DIR "/tls/ca.pem");
    const QrsRequestBuilder trusting(withCa);
    QVERIFY(!trusting.setupError());
    const QSslConfiguration ssl = trusting.build(u"/about"_s).sslConfiguration();
    QCOMPARE(ssl.peerVerifyMode(), QSslSocket::AutoVerifyPeer);
    QVERIFY(ssl.caCertificates().size() >
            QSslConfiguration::defaultConfiguration().caCertificates().size());

    ConnectionProfile missing = profile();
    missing.caCertificateFile = u"/nonexistent/ca.pem"_s;
    const std::optional<QlikError> unusable = QrsRequestBuilder(missing).setupError();
    QVERIFY(unusable);
    QCOMPARE(unusable->category, QlikError::Category::Tls);
    QVERIFY(unusable->message.contains(u"/nonexistent/ca.pem"_s));

    ConnectionProfile insecure = profile();
    insecure.ignoreCertificateErrors = true;
    QCOMPARE(QrsRequestBuilder(insecure).build(u"/about"_s).sslConfiguration().peerVerifyMode(),
             QSslSocket::VerifyNone);
}

void TestRequestBuilder::eachSignInSendsItsOwnHeaders()
{
    ConnectionProfile certificate = profile();
    certificate.signIn = ConnectionProfile::SignIn::Certificate;
    certificate.userDirectory = u"ACME Ünit"_s;
    certificate.userId = u"svc;reload=1"_s;
    certificate.clientCertificateFile = QStringLiteral(QTR_AUTH_DATA_DIR "/client.pem");
    certificate.clientKeyFile = QStringLiteral(QTR_AUTH_DATA_DIR "/client_key.pem");
    const QrsRequestBuilder repository(certificate);
    QVERIFY(!repository.setupError());
    const QNetworkRequest direct = repository.build(u"/about"_s);
    // Straight to the repository: port 4242, no virtual proxy, the user in X-Qlik-User with both
    // values percent-encoded (a ';' or '=' in them would otherwise end the field).
    QCOMPARE(direct.url().port(), 4242);
    QCOMPARE(direct.url().path(), u"/qrs/about"_s);
    QCOMPARE(direct.rawHeader("X-Qlik-User"),
             QByteArray("UserDirectory=ACME%20%C3%9Cnit; UserId=svc%3Breload%3D1"));
    QVERIFY(!direct.hasRawHeader("opcon-usr"));
    QVERIFY(!direct.sslConfiguration().localCertificate().isNull());
    QVERIFY(!direct.sslConfiguration().privateKey().isNull());

    ConnectionProfile jwt = profile();
    jwt.signIn = ConnectionProfile::SignIn::Jwt;
    const QNetworkRequest bearer = QrsRequestBuilder(jwt, u" eyJ.token.sig\n"_s).build(u"/about"_s);
    QCOMPARE(bearer.rawHeader("Authorization"), QByteArray("Bearer eyJ.token.sig"));
    QVERIFY(!bearer.hasRawHeader("opcon-usr"));

    ConnectionProfile windows = profile();
    windows.signIn = ConnectionProfile::SignIn::Windows;
    const QNetworkRequest ntlm = QrsRequestBuilder(windows, u"pw"_s).build(u"/about"_s);
    // The proxy offers Windows sign-in only to a user agent its pattern ("Windows") matches.
    QVERIFY(ntlm.header(QNetworkRequest::UserAgentHeader).toString().contains(u"Windows"_s));
    QVERIFY(!ntlm.hasRawHeader("Authorization"));
    QVERIFY(!ntlm.hasRawHeader("opcon-usr"));

    ConnectionProfile missing = certificate;
    missing.clientKeyFile = QStringLiteral(QTR_AUTH_DATA_DIR "/nonexistent_key.pem");
    const std::optional<QlikError> unusable = QrsRequestBuilder(missing).setupError();
    QVERIFY(unusable);
    QCOMPARE(unusable->category, QlikError::Category::SignIn);
    QVERIFY2(unusable->message.contains(u"nonexistent_key.pem"_s), qPrintable(unusable->message));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
