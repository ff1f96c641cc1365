#include "taskref.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTaskRef final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUserInput_data();
    void fromUserInput();
    void describe_data();
    void describe();
    void explicitConstructors();
};

void TestTaskRef::fromUserInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("isId");
    QTest::addColumn<QString>("text");

    const QString id = u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s;
    QTest::newRow("name") << u"Reload Sales"_s << false << u"Reload Sales"_s;
    QTest::newRow("name trimmed") << u"  Reload Sales \t\n"_s << false << u"Reload Sales"_s;
    QTest::newRow("name with quotes and symbols")
        << u"It's #1 & more"_s << false << u"It's #1 & more"_s;
    QTest::newRow("id") << id << true << id;
    QTest::newRow("id upper case") << id.toUpper() << true << id;
    QTest::newRow("id in braces") << u"{"_s + id.toUpper() + u"}"_s << true << id;
    QTest::newRow("id with spaces") << u"  "_s + id + u" "_s << true << id;
    QTest::newRow("zero guid is an id") << u"00000000-0000-0000-0000-000000000000"_s << true
                                        << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("one brace is a name") << u"{"_s + id << false << u"{"_s + id;
    QTest::newRow("too short is a name") << id.chopped(1) << false << id.chopped(1);
    QTest::newRow("not hex is a name") << u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2g"_s << false
                                       << u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2g"_s;
    QTest::newRow("no dashes is a name")
        << u"4c0b5e6a1f2d4e3c9a8b7d6e5f4a3b2c"_s << false << u"4c0b5e6a1f2d4e3c9a8b7d6e5f4a3b2c"_s;
    QTest::newRow("empty") << QString() << false << QString();
}

void TestTaskRef::fromUserInput()
{
    QFETCH(QString, input);
    QFETCH(bool, isId);
    QFETCH(QString, text);

    const TaskRef ref = TaskRef::fromUserInput(input);
    QCOMPARE(ref.isId(), isId);
    QCOMPARE(ref.text(), text);
}

void TestTaskRef::describe_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("description");
    QTest::newRow("name") << u"Reload Sales"_s << u"task 'Reload Sales'"_s;
    QTest::newRow("id") << u"{4C0B5E6A-1F2D-4E3C-9A8B-7D6E5F4A3B2C}"_s
                        << u"task 4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s;
}

void TestTaskRef::describe()
{
    QFETCH(QString, input);
    QFETCH(QString, description);
    QCOMPARE(TaskRef::fromUserInput(input).describe(), description);
}

void TestTaskRef::explicitConstructors()
{
    const TaskRef name = TaskRef::byName(u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s);
    QVERIFY(!name.isId()); // the caller said it is a name
    QCOMPARE(name.describe(), u"task '4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c'"_s);

    const TaskRef id = TaskRef::byId(u"4C0B5E6A-1F2D-4E3C-9A8B-7D6E5F4A3B2C"_s);
    QVERIFY(id.isId());
    QCOMPARE(id.text(), u"4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c"_s);
    QCOMPARE(id, TaskRef::fromUserInput(u" 4c0b5e6a-1f2d-4e3c-9a8b-7d6e5f4a3b2c "_s));
    QVERIFY(id != name);
}

QTEST_APPLESS_MAIN(TestTaskRef)
#include "tst_taskref.moc"
