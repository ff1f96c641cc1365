#include "historycsv.h"
#include "historyfilter.h"
#include "historymodel.h"
#include "runstyle.h"
#include "typicaldurations.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

/// Local time in the test's time zone (Europe/Berlin), as the history keeps it: UTC.
QDateTime local(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second)).toUTC();
}

HistoryRecord record(const QString &key, const QDateTime &finishedAt, qint64 durationMs = 1000)
{
    HistoryRecord record;
    record.key = key;
    record.profileName = u"Production"_s;
    record.taskId = u"task-"_s + key;
    record.taskName = u"Task "_s + key;
    record.appName = u"App"_s;
    record.outcome = RunOutcome::Succeeded;
    record.statusName = u"FinishedSuccess"_s;
    record.requestedAt = finishedAt.addMSecs(-durationMs);
    record.startedAt = record.requestedAt;
    record.finishedAt = finishedAt;
    record.durationMs = durationMs;
    return record;
}

QStringList keysOf(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(HistoryModel::KeyRole).toString();
    return keys;
}

} // namespace

/// HistoryModel and HistoryFilter over records made here, the CSV export and TypicalDurations.
class TestHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelShowsRecords();
    void addAppendsOrReplacesByKey();
    void clearEmpties();
    void periods_data();
    void periods();
    void periodsAcrossSummerTime();
    void search_data();
    void search();
    void sortsByRawValues();
    void csvExport();
    void csvWriteFailure();
    void typicalDurations();
    void typicalDurationsKeepTheLastTwenty();

private:
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<HistoryFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestHistoryModel::initTestCase()
{
    // Midnight and week starts are local: one zone (with summer time) for every machine.
    qputenv("TZ", "Europe/Berlin");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistoryModel::init()
{
    m_model = std::make_unique<HistoryModel>();
    m_filter = std::make_unique<HistoryFilter>();
    m_filter->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestHistoryModel::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_filter.reset();
    m_model.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistoryModel::modelShowsRecords()
{
    HistoryRecord failed = record(u"b"_s, local(2024, 1, 10, 12, 0), 125'000);
    failed.outcome = RunOutcome::Failed;
    failed.statusName = u"FinishedFail"_s;
    failed.message = u"Field not found"_s;
    m_model->setRecords({record(u"a"_s, local(2024, 1, 9, 12, 0)), failed});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(m_model->rowOf(u"b"_s), 1);
    QCOMPARE(m_model->record(1).message, u"Field not found"_s);

    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(1, column).data(role);
    };
    QCOMPARE(cell(HistoryModel::Task).toString(), u"Task b"_s);
    QCOMPARE(cell(HistoryModel::Outcome).toString(), u"Failed"_s);
    QVERIFY(cell(HistoryModel::Outcome, Qt::ToolTipRole).toString().contains(u"FinishedFail"_s));
    QCOMPARE(cell(HistoryModel::Outcome, Qt::ForegroundRole).value<QColor>(),
             RunStyle::colour(RunOutcome::Failed));
    QCOMPARE(cell(HistoryModel::Outcome, Qt::DecorationRole).value<QIcon>().cacheKey(),
             RunStyle::outcomeIcon(RunOutcome::Failed).cacheKey());
    QCOMPARE(cell(HistoryModel::Duration).toString(), u"2 min 05 s"_s);
    QCOMPARE(cell(HistoryModel::Duration, HistoryModel::RawValueRole).toLongLong(), 125'000);
    QCOMPARE(cell(HistoryModel::Finished, HistoryModel::RawValueRole).toDateTime(),
             local(2024, 1, 10, 12, 0));
    QCOMPARE(cell(HistoryModel::Message).toString(), u"Field not found"_s);
    QCOMPARE(cell(HistoryModel::Message, HistoryModel::KeyRole).toString(), u"b"_s);
    QCOMPARE(m_model->headerData(HistoryModel::Finished, Qt::Horizontal).toString(), u"Finished"_s);
    // Newest first through the filter.
    QCOMPARE(keysOf(*m_filter), (QStringList {u"b"_s, u"a"_s}));
}

void TestHistoryModel::addAppendsOrReplacesByKey()
{
    m_model->setRecords({record(u"a"_s, local(2024, 1, 9, 12, 0))});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->add(record(u"b"_s, local(2024, 1, 10, 12, 0)));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(u"b"_s), 1);
    QCOMPARE(keysOf(*m_filter), (QStringList {u"b"_s, u"a"_s}));

    HistoryRecord again = record(u"a"_s, local(2024, 1, 11, 12, 0));
    again.message = u"recorded again"_s;
    m_model->add(again);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->record(0).message, u"recorded again"_s);
    QCOMPARE(keysOf(*m_filter), (QStringList {u"a"_s, u"b"_s})); // re-sorted
    QCOMPARE(reset.size(), 0);
}

void TestHistoryModel::clearEmpties()
{
    m_model->setRecords({record(u"a"_s, local(2024, 1, 9, 12, 0))});
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(u"a"_s), -1);
    QCOMPARE(m_filter->rowCount(), 0);
    m_model->add(record(u"a"_s, local(2024, 1, 9, 12, 0)));
    QCOMPARE(m_filter->rowCount(), 1);
}

void TestHistoryModel::periods_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<HistoryFilter::Period>("period");
    QTest::addColumn<QStringList>("expected"); // newest first

    const QLocale monday(QLocale::English, QLocale::UnitedKingdom);
    const QLocale sunday(QLocale::English, QLocale::UnitedStates);
    // Wednesday 10 January 2024, half an hour after midnight.
    const QDateTime wednesday = local(2024, 1, 10, 0, 30);
    using P = HistoryFilter::Period;
    QTest::newRow("today") << monday << wednesday << P::Today << QStringList {u"midnight"_s};
    QTest::newRow("this week from Monday")
        << monday << wednesday << P::ThisWeek
        << QStringList {u"midnight"_s, u"tuesday"_s, u"monday"_s};
    QTest::newRow("this week from Sunday")
        << sunday << wednesday << P::ThisWeek
        << QStringList {u"midnight"_s, u"tuesday"_s, u"monday"_s, u"sunday"_s};
    QTest::newRow("all") << monday << wednesday << P::All
                         << QStringList {u"midnight"_s, u"tuesday"_s,  u"monday"_s,
                                         u"sunday"_s,   u"saturday"_s, u"december"_s};
    // Records finished after "now" (a server clock ahead of ours) are shown.
    QTest::newRow("Monday, first thing") << monday << local(2024, 1, 8, 0, 0) << P::ThisWeek
                                         << QStringList {u"midnight"_s, u"tuesday"_s, u"monday"_s};
    QTest::newRow("Sunday, last thing")
        << monday << local(2024, 1, 7, 23, 59, 59) << P::ThisWeek
        << QStringList {u"midnight"_s, u"tuesday"_s, u"monday"_s, u"sunday"_s, u"saturday"_s};
    QTest::newRow("Sunday, last thing, today")
        << monday << local(2024, 1, 7, 23, 59, 59) << P::Today
        << QStringList {u"midnight"_s, u"tuesday"_s, u"monday"_s, u"sunday"_s};
}

void TestHistoryModel::periods()
{
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, now);
    QFETCH(HistoryFilter::Period, period);
    QFETCH(QStringList, expected);

    QLocale::setDefault(locale);
    m_model->setRecords({
        record(u"december"_s, local(2023, 12, 1, 12, 0)),
        record(u"saturday"_s, local(2024, 1, 6, 23, 59, 59)),
        record(u"sunday"_s, local(2024, 1, 7, 23, 59, 59)),
        record(u"monday"_s, local(2024, 1, 8, 0, 0)),
        record(u"tuesday"_s, local(2024, 1, 9, 23, 59, 59)),
        record(u"midnight"_s, local(2024, 1, 10, 0, 0)),
    });
    m_filter->setNow(now);
    m_filter->setPeriod(period);
    QCOMPARE(keysOf(*m_filter), expected);
}

void TestHistoryModel::periodsAcrossSummerTime()
{
    // Summer time starts on Sunday 31 March 2024 (02:00 becomes 03:00): that day has 23 hours.
    m_model->setRecords({record(u"saturday"_s, local(2024, 3, 30, 23, 59, 59)),
                         record(u"sunday"_s, local(2024, 3, 31, 0, 0)),
                         record(u"monday"_s, local(2024, 4, 1, 0, 0))});
    m_filter->setNow(local(2024, 3, 31, 23, 30));
    m_filter->setPeriod(HistoryFilter::Period::Today);
    QCOMPARE(keysOf(*m_filter), (QStringList {u"monday"_s, u"sunday"_s}));
    m_filter->setNow(local(2024, 4, 1, 0, 30));
    QCOMPARE(keysOf(*m_filter), QStringList {u"monday"_s});
    m_filter->setPeriod(HistoryFilter::Period::ThisWeek);
    QCOMPARE(keysOf(*m_filter), QStringList {u"monday"_s});
    m_filter->setNow(local(2024, 3, 31, 3, 0));
    QCOMPARE(keysOf(*m_filter), (QStringList {u"monday"_s, u"sunday"_s, u"saturday"_s}));
}

void TestHistoryModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // newest first

    QTest::newRow("nothing") << u""_s << QStringList {u"c"_s, u"b"_s, u"a"_s};
    QTest::newRow("spaces") << u"   "_s << QStringList {u"c"_s, u"b"_s, u"a"_s};
    QTest::newRow("task, any case") << u"SALES"_s << QStringList {u"b"_s, u"a"_s};
    QTest::newRow("two words") << u"sales  staging"_s << QStringList {u"b"_s};
    QTest::newRow("words in any order") << u"staging sales"_s << QStringList {u"b"_s};
    QTest::newRow("app") << u"finance"_s << QStringList {u"c"_s};
    QTest::newRow("message") << u"not found"_s << QStringList {u"a"_s};
    QTest::newRow("status name") << u"finishedfail"_s << QStringList {u"a"_s};
    QTest::newRow("outcome word") << u"failed"_s << QStringList {u"a"_s};
    QTest::newRow("no match") << u"sales nowhere"_s << QStringList {};
}

void TestHistoryModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    HistoryRecord a = record(u"a"_s, local(2024, 1, 8, 12, 0));
    a.taskName = u"Reload Sales"_s;
    a.outcome = RunOutcome::Failed;
    a.statusName = u"FinishedFail"_s;
    a.message = u"Field 'Amount' not found"_s;
    HistoryRecord b = record(u"b"_s, local(2024, 1, 9, 12, 0));
    b.taskName = u"Sales extract"_s;
    b.profileName = u"Staging"_s;
    HistoryRecord c = record(u"c"_s, local(2024, 1, 10, 12, 0));
    c.appName = u"Finance"_s;
    m_model->setRecords({a, b, c});
    m_filter->setSearchText(text);
    QCOMPARE(keysOf(*m_filter), expected);
    // A record added later is searched too.
    HistoryRecord d = b;
    d.key = u"d"_s;
    d.finishedAt = local(2024, 1, 11, 12, 0);
    m_model->add(d);
    QCOMPARE(keysOf(*m_filter).contains(u"d"_s), expected.contains(u"b"_s));
}

void TestHistoryModel::sortsByRawValues()
{
    m_model->setRecords({record(u"long"_s, local(2024, 1, 8, 12, 0), 3'600'000),
                         record(u"short"_s, local(2024, 1, 9, 12, 0), 900),
                         record(u"medium"_s, local(2024, 1, 10, 12, 0), 61'000)});
    QCOMPARE(keysOf(*m_filter), (QStringList {u"medium"_s, u"short"_s, u"long"_s}));
    m_filter->sort(HistoryModel::Duration, Qt::AscendingOrder);
    QCOMPARE(keysOf(*m_filter), (QStringList {u"short"_s, u"medium"_s, u"long"_s}));
    m_filter->sort(HistoryModel::Duration, Qt::DescendingOrder);
    QCOMPARE(keysOf(*m_filter), (QStringList {u"long"_s, u"medium"_s, u"short"_s}));
    m_model->add(record(u"longest"_s, local(2024, 1, 11, 12, 0), 7'200'000));
    QCOMPARE(keysOf(*m_filter), (QStringList {u"longest"_s, u"long"_s, u"medium"_s, u"short"_s}));
    m_filter->sort(HistoryModel::Finished, Qt::AscendingOrder);
    QCOMPARE(keysOf(*m_filter), (QStringList {u"long"_s, u"short"_s, u"medium"_s, u"longest"_s}));
}

void TestHistoryModel::csvExport()
{
    HistoryRecord formula = record(u"a"_s, local(2024, 1, 9, 8, 5, 7), 125'300);
    formula.taskName = u"=HYPERLINK(\"http://x\")"_s;
    formula.appName = u"@risk"_s;
    formula.profileName = u"+Prod"_s;
    formula.outcome = RunOutcome::Failed;
    formula.message = u"-1 rows, \"Amount\" missing"_s;
    HistoryRecord plain = record(u"b"_s, local(2024, 7, 10, 18, 0), 2000);
    plain.taskName = u"Reload Sales – Nord"_s;
    plain.message = u"\tline one\r\nline two"_s;
    HistoryRecord hidden = record(u"c"_s, local(2024, 7, 11, 9, 0));
    hidden.profileName = u"Staging"_s;
    m_model->setRecords({formula, plain, hidden});
    m_filter->setSearchText(u"prod"_s); // the export is what the view shows

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(HistoryCsv::write(buffer, *m_filter, &error));
    const QByteArray expected =
        "\xef\xbb\xbf" // UTF-8's byte order mark, for Excel
        "Finished,Task,App,Profile,Outcome,Duration,Message\r\n"
        "2024-07-10T18:00:00+02:00,Reload Sales \xe2\x80\x93 Nord,App,Production,Succeeded,2,"
        "\"'\tline one\r\nline two\"\r\n"
        "2024-01-09T08:05:07+01:00,\"'=HYPERLINK(\"\"http://x\"\")\",'@risk,'+Prod,Failed,125.3,"
        "\"'-1 rows, \"\"Amount\"\" missing\"\r\n";
    QCOMPARE(buffer.data(), expected);
}

void TestHistoryModel::csvWriteFailure()
{
    m_model->setRecords({record(u"a"_s, local(2024, 1, 9, 8, 5))});
    QBuffer closed;
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!HistoryCsv::write(closed, *m_filter, &error));
    QVERIFY(!error.isEmpty());
}

void TestHistoryModel::typicalDurations()
{
    TypicalDurations typical;
    const QString key = TypicalDurations::keyOf(u"Production"_s, u"ABC"_s);
    QCOMPARE(key, TypicalDurations::keyOf(u"Production"_s, u"abc"_s));
    QVERIFY(key != TypicalDurations::keyOf(u"Staging"_s, u"abc"_s));
    QCOMPARE(typical.typicalMs(key), std::nullopt);
    typical.add(key, 10'000, RunOutcome::Succeeded);
    typical.add(key, 1'000'000, RunOutcome::Failed); // only successes count
    typical.add(key, 30'000, RunOutcome::Succeeded);
    typical.add(key, 5, RunOutcome::Aborted);
    QCOMPARE(typical.typicalMs(key), std::nullopt); // two runs are not enough
    typical.add(key, 20'000, RunOutcome::Succeeded);
    QCOMPARE(typical.typicalMs(key), 20'000);
    typical.add(key, 100'000, RunOutcome::Succeeded);
    QCOMPARE(typical.typicalMs(key), 25'000); // even: between the middle two

    QList<HistoryRecord> records;
    for (qint64 ms : {4000, 1000, 3000}) {
        records << record(u"r%1"_s.arg(ms), local(2024, 1, 9, 8, 5), ms);
        records.last().taskId = u"T"_s;
    }
    typical.addAll(records);
    QCOMPARE(typical.typicalMs(TypicalDurations::keyOf(u"Production"_s, u"t"_s)), 3000);
    QCOMPARE(typical.typicalMs(key), 25'000);
}

void TestHistoryModel::typicalDurationsKeepTheLastTwenty()
{
    TypicalDurations typical;
    const QString key = TypicalDurations::keyOf(u"P"_s, u"t"_s);
    for (int i = 0; i < 25; ++i)
        typical.add(key, 1000, RunOutcome::Succeeded);
    for (int i = 0; i < 10; ++i)
        typical.add(key, 5000, RunOutcome::Succeeded);
    QCOMPARE(typical.typicalMs(key), 3000); // ten of each among the last twenty
    for (int i = 0; i < 10; ++i)
        typical.add(key, 5000, RunOutcome::Succeeded);
    QCOMPARE(typical.typicalMs(key), 5000); // the 1000s have left the window
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
