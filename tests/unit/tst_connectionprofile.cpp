#include "connectionprofile.h"

#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodProfileIsValid_data();
    void goodProfileIsValid();
    void validationError_data();
    void validationError();
    void everyProblemIsReported();
    void readableCaFileIsAccepted();
    void caDirectoryIsRefused();
    void qrsBaseUrl_data();
    void qrsBaseUrl();
    void describe_data();
    void describe();
    void eachSignInAsksForItsOwnFields();
};

namespace {

ConnectionProfile goodProfile()
{
    ConnectionProfile profile;
    profile.name = u"Production"_s;
    profile.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    profile.virtualProxyPrefix = u"opcon"_s;
    profile.userHeaderName = u"opcon-usr"_s;
    profile.userId = u"ACME\\svc_reload"_s;
    return profile;
}

/// Sets one field of the profile from its text form (the data rows name fields by their name).
void setField(ConnectionProfile &profile, const QString &field, const QString &value)
{
    if (field == u"name"_s)
        profile.name = value;
    else if (field == u"serverUrl"_s)
        profile.serverUrl = QUrl(value);
    else if (field == u"prefix"_s)
        profile.virtualProxyPrefix = value;
    else if (field == u"header"_s)
        profile.userHeaderName = value;
    else if (field == u"userId"_s)
        profile.userId = value;
    else if (field == u"caFile"_s)
        profile.caCertificateFile = value;
    else if (field == u"timeoutMs"_s)
        profile.requestTimeout = std::chrono::milliseconds(value.toLongLong());
    else
        QFAIL(qPrintable(u"unknown field "_s + field));
}

} // namespace

void TestConnectionProfile::goodProfileIsValid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("as is") << u"name"_s << u"Production"_s;
    QTest::newRow("http") << u"serverUrl"_s << u"http://qlik.acme.com"_s;
    QTest::newRow("trailing slash") << u"serverUrl"_s << u"https://qlik.acme.com/"_s;
    QTest::newRow("port") << u"serverUrl"_s << u"https://qlik.acme.com:8443"_s;
    QTest::newRow("upper case scheme") << u"serverUrl"_s << u"HTTPS://qlik.acme.com"_s;
    QTest::newRow("ip address") << u"serverUrl"_s << u"https://10.0.0.5"_s;
    QTest::newRow("no prefix") << u"prefix"_s << QString();
    QTest::newRow("prefix digits dash underscore") << u"prefix"_s << u"hdr-2_x"_s;
    QTest::newRow("header with token chars") << u"header"_s << u"hdr.usr_1~"_s;
    QTest::newRow("header upper case") << u"header"_s << u"OPCON-USR"_s;
    QTest::newRow("header like x-qlik but not it") << u"header"_s << u"X-Qlikusr"_s;
    QTest::newRow("user email") << u"userId"_s << u"svc@acme.com"_s;
    QTest::newRow("user with space") << u"userId"_s << u"ACME\\svc reload"_s;
    QTest::newRow("empty name") << u"name"_s << QString();
    QTest::newRow("timeout 1 ms") << u"timeoutMs"_s << u"1"_s;
}

void TestConnectionProfile::goodProfileIsValid()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ConnectionProfile profile = goodProfile();
    setField(profile, field, value);
    QCOMPARE(profile.validationErrors(), QStringList());
    QVERIFY(profile.isValid());
}

void TestConnectionProfile::validationError_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty url") << u"serverUrl"_s << QString() << u"Server URL is empty"_s;
    QTest::newRow("invalid url") << u"serverUrl"_s << u"https://qlik acme.com"_s
                                 << u"Server URL is not a valid URL"_s;
    QTest::newRow("no scheme") << u"serverUrl"_s << u"qlik.acme.com"_s
                               << u"Server URL must start with https://"_s;
    QTest::newRow("ftp") << u"serverUrl"_s << u"ftp://qlik.acme.com"_s
                         << u"ftp is not supported: use https://"_s;
    QTest::newRow("file") << u"serverUrl"_s << u"file:///etc/passwd"_s
                          << u"file is not supported: use https://"_s;
    QTest::newRow("no host") << u"serverUrl"_s << u"https://"_s << u"Server URL has no host name"_s;
    QTest::newRow("path") << u"serverUrl"_s << u"https://qlik.acme.com/opcon"_s
                          << u"Server URL must not have a path (/opcon): put the virtual proxy "
                             "prefix into the prefix field"_s;
    QTest::newRow("qrs path") << u"serverUrl"_s << u"https://qlik.acme.com/opcon/qrs/"_s
                              << u"Server URL must not have a path (/opcon/qrs/): put the "
                                 "virtual proxy prefix into the prefix field"_s;
    QTest::newRow("query") << u"serverUrl"_s << u"https://qlik.acme.com/?xrfkey=abc"_s
                           << u"Server URL must not have a query or a fragment (nothing after "
                              "'?' or '#')"_s;
    QTest::newRow("fragment") << u"serverUrl"_s << u"https://qlik.acme.com#x"_s
                              << u"Server URL must not have a query or a fragment (nothing "
                                 "after '?' or '#')"_s;
    QTest::newRow("user info") << u"serverUrl"_s << u"https://svc:secret@qlik.acme.com"_s
                               << u"Server URL must not contain a user name or password: put "
                                  "the user into the user id field"_s;
    QTest::newRow("url line break")
        << u"serverUrl"_s << u"https://qlik.acme.com\r\nX-A: b"_s << u"Server URL"_s;

    QTest::newRow("prefix slashes") << u"prefix"_s << u"/opcon/"_s
                                    << u"Virtual proxy prefix must not contain '/': write "
                                       "'opcon', not '/opcon/'"_s;
    QTest::newRow("prefix inner slash")
        << u"prefix"_s << u"op/con"_s << u"Virtual proxy prefix must not contain '/'"_s;
    QTest::newRow("prefix upper case")
        << u"prefix"_s << u"OpCon"_s << u"Virtual proxy prefix must be lower case: 'opcon'"_s;
    QTest::newRow("prefix space") << u"prefix"_s << u"op con"_s
                                  << u"Virtual proxy prefix may only contain lower case "
                                     "letters, digits, '-' and '_'"_s;
    QTest::newRow("prefix umlaut") << u"prefix"_s << u"prüfung"_s
                                   << u"Virtual proxy prefix may only contain lower case "
                                      "letters, digits, '-' and '_'"_s;
    QTest::newRow("prefix query") << u"prefix"_s << u"opcon?x=1"_s
                                  << u"Virtual proxy prefix may only contain"_s;
    QTest::newRow("prefix line break")
        << u"prefix"_s << u"opcon\n"_s << u"Virtual proxy prefix must not contain line breaks"_s;

    QTest::newRow("header empty") << u"header"_s << QString()
                                  << u"User header name is empty: enter the header name set on "
                                     "the virtual proxy"_s;
    QTest::newRow("header space") << u"header"_s << u"opcon usr"_s
                                  << u"User header name must not contain spaces"_s;
    QTest::newRow("header tab") << u"header"_s << u"opcon\tusr"_s
                                << u"User header name must not contain spaces"_s;
    QTest::newRow("header colon") << u"header"_s << u"opcon:usr"_s
                                  << u"User header name must not contain ':'"_s;
    QTest::newRow("header slash") << u"header"_s << u"opcon/usr"_s
                                  << u"User header name must not contain '/'"_s;
    QTest::newRow("header non-ascii")
        << u"header"_s << u"usé"_s << u"User header name must not contain 'é'"_s;
    QTest::newRow("header X-Qlik-User") << u"header"_s << u"X-Qlik-User"_s
                                        << u"User header name X-Qlik-User is reserved by Qlik "
                                           "Sense: use the header name set on the virtual proxy"_s;
    QTest::newRow("header x-qlik-security")
        << u"header"_s << u"x-qlik-security"_s << u"x-qlik-security is reserved by Qlik Sense"_s;
    QTest::newRow("header X-QLIK-XRFKEY")
        << u"header"_s << u"X-QLIK-XRFKEY"_s << u"X-QLIK-XRFKEY is reserved"_s;
    QTest::newRow("header injection") << u"header"_s << u"opcon-usr\r\nX-Qlik-User"_s
                                      << u"User header name must not contain line breaks"_s;

    QTest::newRow("user empty") << u"userId"_s << QString() << u"User id is empty"_s;
    QTest::newRow("user blank") << u"userId"_s << u"   "_s << u"User id is empty"_s;
    QTest::newRow("user non-ascii") << u"userId"_s << u"ACME\\jürgen"_s
                                    << u"User id must use US-ASCII characters only (it is sent "
                                       "in an HTTP header)"_s;
    QTest::newRow("user injection") << u"userId"_s << u"svc\r\nX-Qlik-User: sa_repository"_s
                                    << u"User id must not contain line breaks"_s;
    QTest::newRow("user lone LF") << u"userId"_s << u"svc\nx"_s
                                  << u"User id must not contain line breaks"_s;
    QTest::newRow("user NUL") << u"userId"_s << u"svc\0x"_s
                              << u"User id must not contain control characters"_s;

    QTest::newRow("name line break")
        << u"name"_s << u"Prod\r"_s << u"Profile name must not contain line breaks"_s;
    QTest::newRow("ca missing") << u"caFile"_s << u"/nonexistent/acme-root.pem"_s
                                << u"CA certificate file /nonexistent/acme-root.pem cannot be "
                                   "read"_s;
    QTest::newRow("ca line break") << u"caFile"_s << u"/tmp/a\nb.pem"_s
                                   << u"CA certificate file name must not contain line breaks"_s;
    QTest::newRow("timeout zero") << u"timeoutMs"_s << u"0"_s
                                  << u"Request timeout must be greater than zero"_s;
    QTest::newRow("timeout negative")
        << u"timeoutMs"_s << u"-5"_s << u"Request timeout must be greater than zero"_s;
}

void TestConnectionProfile::validationError()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);

    ConnectionProfile profile = goodProfile();
    setField(profile, field, value);
    const QStringList errors = profile.validationErrors();
    QVERIFY(!profile.isValid());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(message), qPrintable(errors.constFirst()));
}

void TestConnectionProfile::everyProblemIsReported()
{
    ConnectionProfile profile;
    profile.serverUrl = QUrl(u"ftp://qlik.acme.com"_s);
    profile.virtualProxyPrefix = u"/opcon"_s;
    profile.userHeaderName = u"X-Qlik-User"_s;
    profile.userId.clear();
    profile.caCertificateFile = u"/nonexistent.pem"_s;
    profile.requestTimeout = 0ms;
    QCOMPARE(profile.validationErrors().size(), 6);
}

void TestConnectionProfile::readableCaFileIsAccepted()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    ConnectionProfile profile = goodProfile();
    profile.caCertificateFile = file.fileName();
    QCOMPARE(profile.validationErrors(), QStringList());
}

void TestConnectionProfile::caDirectoryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionProfile profile = goodProfile();
    profile.caCertificateFile = dir.path();
    QCOMPARE(profile.validationErrors(),
             QStringList {u"CA certificate file %1 cannot be read"_s.arg(dir.path())});
}

void TestConnectionProfile::qrsBaseUrl_data()
{
    QTest::addColumn<QString>("serverUrl");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix") << u"https://qlik.acme.com"_s << u"opcon"_s
                            << u"https://qlik.acme.com/opcon/qrs"_s;
    QTest::newRow("no prefix") << u"https://qlik.acme.com"_s << QString()
                               << u"https://qlik.acme.com/qrs"_s;
    QTest::newRow("trailing slash")
        << u"https://qlik.acme.com/"_s << u"hdr"_s << u"https://qlik.acme.com/hdr/qrs"_s;
    QTest::newRow("port") << u"http://localhost:8080"_s << u"opcon"_s
                          << u"http://localhost:8080/opcon/qrs"_s;
    QTest::newRow("repository port")
        << u"https://qlik.acme.com:4242"_s << QString() << u"https://qlik.acme.com:4242/qrs"_s;
    QTest::newRow("host case") << u"HTTPS://Qlik.ACME.com"_s << u"opcon"_s
                               << u"https://qlik.acme.com/opcon/qrs"_s;
    QTest::newRow("no host") << u"qlik.acme.com"_s << u"opcon"_s << QString();
}

void TestConnectionProfile::qrsBaseUrl()
{
    QFETCH(QString, serverUrl);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    ConnectionProfile profile = goodProfile();
    profile.serverUrl = QUrl(serverUrl);
    profile.virtualProxyPrefix = prefix;
    QCOMPARE(profile.qrsBaseUrl().toString(), expected);
    QVERIFY(!profile.qrsBaseUrl().toString().endsWith(u'/'));
}

void TestConnectionProfile::describe_data()
{
    QTest::addColumn<QString>("serverUrl");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix") << u"https://qlik.acme.com"_s << u"opcon"_s
                            << u"https://qlik.acme.com/opcon (header opcon-usr, user "
                               "ACME\\svc_reload)"_s;
    QTest::newRow("no prefix") << u"https://qlik.acme.com:8443/"_s << QString()
                               << u"https://qlik.acme.com:8443 (header opcon-usr, user "
                                  "ACME\\svc_reload)"_s;
    QTest::newRow("user info and query left out")
        << u"https://svc:secret@qlik.acme.com/?xrfkey=abcdefghijklmnop"_s << u"opcon"_s
        << u"https://qlik.acme.com/opcon (header opcon-usr, user ACME\\svc_reload)"_s;
}

void TestConnectionProfile::describe()
{
    QFETCH(QString, serverUrl);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    ConnectionProfile profile = goodProfile();
    profile.serverUrl = QUrl(serverUrl);
    profile.virtualProxyPrefix = prefix;
    QCOMPARE(profile.describe(), expected);
}

void TestConnectionProfile::eachSignInAsksForItsOwnFields()
{
    using SignIn = ConnectionProfile::SignIn;
    ConnectionProfile certificate = goodProfile();
    certificate.signIn = SignIn::Certificate;
    certificate.userHeaderName.clear();
    const QString errors = certificate.validationErrors().join(u'\n');
    for (const QString &expected :
         {u"not through a virtual proxy: leave the prefix empty"_s, u"User directory is empty"_s,
          u"No client certificate is chosen"_s})
        QVERIFY2(errors.contains(expected), qPrintable(errors));
    QVERIFY2(!errors.contains(u"header"_s, Qt::CaseInsensitive), qPrintable(errors));

    certificate.virtualProxyPrefix.clear();
    certificate.userDirectory = u"INTERNAL"_s;
    certificate.clientCertificateFile = QStringLiteral(QTR_AUTH_DATA_DIR "/client.pfx");
    QVERIFY2(certificate.isValid(), qPrintable(certificate.validationErrors().join(u'\n')));
    QVERIFY(certificate.needsSecret()); // the PFX's password
    certificate.serverUrl = QUrl(u"http://qlik.acme.com"_s);
    QVERIFY(certificate.validationErrors().join(u'\n').contains(u"needs https://"_s));
    certificate.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    QCOMPARE(certificate.qrsBaseUrl(), QUrl(u"https://qlik.acme.com:4242/qrs"_s));
    QCOMPARE(certificate.describe(),
             u"https://qlik.acme.com:4242 (client certificate, user INTERNAL\\ACME\\svc_reload)"_s);
    certificate.serverUrl = QUrl(u"https://qlik.acme.com:14242"_s);
    QCOMPARE(certificate.qrsBaseUrl(), QUrl(u"https://qlik.acme.com:14242/qrs"_s));

    ConnectionProfile jwt = goodProfile();
    jwt.signIn = SignIn::Jwt;
    jwt.virtualProxyPrefix = u"jwt"_s;
    jwt.userHeaderName.clear();
    jwt.userId.clear();
    QVERIFY2(jwt.isValid(), qPrintable(jwt.validationErrors().join(u'\n')));
    QVERIFY(jwt.needsSecret());
    QCOMPARE(jwt.qrsBaseUrl(), QUrl(u"https://qlik.acme.com/jwt/qrs"_s));

    ConnectionProfile windows = jwt;
    windows.signIn = SignIn::Windows;
    windows.virtualProxyPrefix.clear();
#ifndef Q_OS_WIN
    QVERIFY(windows.validationErrors().join(u'\n').contains(u"DOMAIN\\user"_s));
#endif
    windows.userId = u"ACME\\tester"_s;
    QVERIFY2(windows.isValid(), qPrintable(windows.validationErrors().join(u'\n')));
    QCOMPARE(windows.qrsBaseUrl(), QUrl(u"https://qlik.acme.com/qrs"_s));

    // A Qlik Cloud tenant: no proxy, certificates always verified, the OAuth client's id.
    ConnectionProfile tenant;
    tenant.name = u"Tenant"_s;
    tenant.serverUrl = QUrl(u"https://acme.eu.qlikcloud.com"_s);
    tenant.signIn = SignIn::CloudApiKey;
    QVERIFY2(tenant.isValid(), qPrintable(tenant.validationErrors().join(u'\n')));
    QVERIFY(tenant.isCloud());
    QVERIFY(tenant.needsSecret()); // the API key
    QCOMPARE(tenant.describe(), u"https://acme.eu.qlikcloud.com (Qlik Cloud, API key)"_s);
    tenant.virtualProxyPrefix = u"opcon"_s;
    tenant.ignoreCertificateErrors = true;
    const QString cloudErrors = tenant.validationErrors().join(u'\n');
    QVERIFY2(cloudErrors.contains(u"has no virtual proxy"_s), qPrintable(cloudErrors));
    QVERIFY2(cloudErrors.contains(u"always verified"_s), qPrintable(cloudErrors));
    tenant.virtualProxyPrefix.clear();
    tenant.ignoreCertificateErrors = false;
    tenant.signIn = SignIn::CloudOAuth;
    QVERIFY(tenant.validationErrors().join(u'\n').contains(u"OAuth client id is empty"_s));
    tenant.userId = u"runner 1"_s;
    QVERIFY(tenant.validationErrors().join(u'\n').contains(u"without spaces"_s));
    tenant.userId = u"runner"_s;
    QVERIFY2(tenant.isValid(), qPrintable(tenant.validationErrors().join(u'\n')));
    QCOMPARE(tenant.describe(),
             u"https://acme.eu.qlikcloud.com (Qlik Cloud, OAuth client runner)"_s);
    QVERIFY(!goodProfile().isCloud());

    for (const SignIn method : {SignIn::Header, SignIn::Certificate, SignIn::Windows, SignIn::Jwt,
                                SignIn::CloudApiKey, SignIn::CloudOAuth})
        QCOMPARE(ConnectionProfile::signInFromKey(ConnectionProfile::signInKey(method)), method);
    QCOMPARE(ConnectionProfile::signInFromKey(u"JWT"), SignIn::Jwt);
    QVERIFY(!ConnectionProfile::signInFromKey(u"kerberos"));
}

QTEST_APPLESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
