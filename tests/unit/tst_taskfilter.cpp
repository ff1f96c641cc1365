#include "taskfilter.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestTaskFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void wrongTerms_data();
    void wrongTerms();
    void describesItsTerms();
};

namespace {
ReloadTask sampleTask()
{
    ReloadTask task;
    task.name = u"Nightly/Reload General Ledger"_s;
    task.appName = u"Finance - General Ledger"_s;
    task.streamName = u"Finance"_s;
    task.tags = {u"Nightly"_s, u"Finance"_s};
    return task;
}
} // namespace

void TestTaskFilter::matches_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<bool>("expected");
    QTest::newRow("no terms") << QStringList() << true;
    QTest::newRow("name with a star over a slash") << QStringList {u"task=nightly*"_s} << true;
    QTest::newRow("whole name only") << QStringList {u"task=Nightly"_s} << false;
    QTest::newRow("question mark") << QStringList {u"stream=Financ?"_s} << true;
    QTest::newRow("one tag of several") << QStringList {u"tag=finance"_s} << true;
    QTest::newRow("no such tag") << QStringList {u"tag=Sales"_s} << false;
    QTest::newRow("alternatives of a field")
        << QStringList {u"tag=Sales"_s, u"tag=Nightly"_s} << true;
    QTest::newRow("fields must all hold")
        << QStringList {u"tag=Nightly"_s, u"stream=Sales"_s} << false;
    QTest::newRow("app") << QStringList {u"app=*Ledger"_s} << true;
    QTest::newRow("regex characters are themselves")
        << QStringList {u"task=Nightly.Reload*"_s} << false;
    QTest::newRow("spaces around") << QStringList {u" stream = Finance "_s} << true;
}

void TestTaskFilter::matches()
{
    QFETCH(QStringList, terms);
    QFETCH(bool, expected);
    QString error;
    const auto filter = TaskFilter::parse(terms, &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->matches(sampleTask()), expected);
}

void TestTaskFilter::wrongTerms_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("message");
    QTest::newRow("no field") << u"Nightly*"_s << u"is not FIELD=PATTERN"_s;
    QTest::newRow("unknown field") << u"owner=me"_s << u"is not FIELD=PATTERN"_s;
    QTest::newRow("empty pattern") << u"tag="_s << u"the pattern is empty"_s;
}

void TestTaskFilter::wrongTerms()
{
    QFETCH(QString, term);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!TaskFilter::parse({term}, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestTaskFilter::describesItsTerms()
{
    QString error;
    const auto filter = TaskFilter::parse({u"TAG=Nightly"_s, u"task=Reload *"_s}, &error);
    QVERIFY(filter);
    QCOMPARE(filter->describe(), u"tag=Nightly, task=Reload *"_s);
}

QTEST_GUILESS_MAIN(TestTaskFilter)
#include "tst_taskfilter.moc"
