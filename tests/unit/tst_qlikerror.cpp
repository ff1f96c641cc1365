#include "qlikerror.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QlikError::Category)

class TestQlikError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryName_data();
    void categoryName();
    void namesAreDistinct();
    void defaults();
};

void TestQlikError::categoryName_data()
{
    QTest::addColumn<QlikError::Category>("category");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("transient");

    using C = QlikError::Category;
    QTest::newRow("Unauthenticated") << C::Unauthenticated << u"Unauthenticated"_s << false;
    QTest::newRow("Forbidden") << C::Forbidden << u"Forbidden"_s << false;
    QTest::newRow("NotFound") << C::NotFound << u"NotFound"_s << false;
    QTest::newRow("Ambiguous") << C::Ambiguous << u"Ambiguous"_s << false;
    QTest::newRow("NotStarted") << C::NotStarted << u"NotStarted"_s << false;
    QTest::newRow("BadRequest") << C::BadRequest << u"BadRequest"_s << false;
    QTest::newRow("Transient") << C::Transient << u"Transient"_s << true;
    QTest::newRow("Server") << C::Server << u"Server"_s << false;
    QTest::newRow("Protocol") << C::Protocol << u"Protocol"_s << false;
    QTest::newRow("Tls") << C::Tls << u"Tls"_s << false;
}

void TestQlikError::categoryName()
{
    QFETCH(QlikError::Category, category);
    QFETCH(QString, name);
    QFETCH(bool, transient);

    QCOMPARE(QlikError::categoryName(category), name);
    QlikError error;
    error.category = category;
    QCOMPARE(error.isTransient(), transient);
}

void TestQlikError::namesAreDistinct()
{
    QSet<QString> names;
    for (int i = 0; i <= int(QlikError::Category::Tls); ++i)
        names.insert(QlikError::categoryName(QlikError::Category(i)));
    QCOMPARE(names.size(), int(QlikError::Category::Tls) + 1);
}

void TestQlikError::defaults()
{
    const QlikError error;
    QCOMPARE(error.category, QlikError::Category::Protocol);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(error.message.isEmpty());
}

QTEST_APPLESS_MAIN(TestQlikError)
#include "tst_qlikerror.moc"
