// The run history at the scale of years of runs: 100,000 records written through RunHistory,
// then the app's start-up path over them and the History view's filters.
// Not part of ctest: run by hand, from a Release (or RelWithDebInfo) build,
//   cmake --build build --target bench_historyload && build/tests/bench_historyload
// Writing the records is timed once and printed; QBENCHMARK reports the rest (searchText and
// periodThisWeek each filter and then show everything again).
#include "appsettings.h"
#include "historyfilter.h"
#include "historymodel.h"
#include "historyview.h"
#include "profilestore.h"
#include "runhistory.h"
#include "workspace.h"

#include <memory>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int recordCount = 100'000;

/// A year of runs of 300 tasks over 3 profiles, a few of them failed; about one record in five
/// has "sales" in its task or app name.
QList<HistoryRecord> yearOfRuns(const QDateTime &now)
{
    static const QStringList profiles = {u"Production"_s, u"Staging"_s, u"Test"_s};
    static const QStringList subjects = {u"Finance"_s,   u"HR"_s,     u"Logistics"_s, u"Sales"_s,
                                         u"Marketing"_s, u"Supply"_s, u"Budget"_s,    u"Payroll"_s,
                                         u"Inventory"_s, u"Support"_s};
    QList<HistoryRecord> records;
    records.reserve(recordCount);
    const qint64 span = 365LL * 24 * 3600 * 1000;
    for (int i = 0; i < recordCount; ++i) {
        const int task = (i * 7919) % 300;
        HistoryRecord record;
        record.key = u"%1-0000-4000-8000-%2"_s.arg(i, 8, 16, QLatin1Char('0'))
                         .arg(task, 12, 16, QLatin1Char('0'));
        record.profileName = profiles.at(task % profiles.size());
        record.taskId = u"b0000000-0000-4000-8000-%1"_s.arg(task, 12, 10, QLatin1Char('0'));
        record.taskName = u"Reload %1 %2"_s.arg(subjects.at(task % subjects.size()))
                              .arg(task, 3, 10, QLatin1Char('0'));
        record.appName = u"%1 dashboard"_s.arg(subjects.at((task / 10) % subjects.size()));
        const bool failed = i % 17 == 0;
        record.outcome = failed ? RunOutcome::Failed : RunOutcome::Succeeded;
        record.statusName = failed ? u"FinishedFail"_s : u"FinishedSuccess"_s;
        record.finishedAt = now.addMSecs(-span + span / recordCount * i);
        record.durationMs = 20'000 + (qint64(i) * 104'729) % 600'000;
        record.startedAt = record.finishedAt.addMSecs(-record.durationMs);
        record.requestedAt = record.startedAt.addMSecs(-1500);
        if (failed)
            record.message = u"Error: Field 'Amount' not found in table Orders_%1"_s.arg(task);
        records.append(record);
    }
    return records;
}

QList<HistoryRecord> loadAll(RunHistory &history)
{
    QList<HistoryRecord> result;
    QEventLoop loop;
    QObject::connect(&history, &RunHistory::loaded, &loop,
                     [&](const QList<HistoryRecord> &records) {
                         result = records;
                         loop.quit();
                     });
    history.load();
    loop.exec();
    return result;
}

/// The history read into a model behind a filter, as the History view has it.
struct LoadedView
{
    explicit LoadedView(const QString &path)
        : history(path)
    {
        model.setRecords(loadAll(history));
        filter.setSourceModel(&model);
    }

    RunHistory history;
    HistoryModel model;
    HistoryFilter filter;
};

} // namespace

class BenchHistoryLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    /// RunHistory made and loaded into the Workspace (typical durations) and the History tab
    /// (HistoryModel, HistoryFilter sorted newest first): what the app does at start-up.
    void startUp();
    void searchText();
    void periodThisWeek();

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(u"history.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir; ///< made by initTestCase (not when listing functions)
};

void BenchHistoryLoad::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QList<HistoryRecord> records = yearOfRuns(QDateTime::currentDateTimeUtc());
    QElapsedTimer timer;
    timer.start();
    {
        RunHistory history(path());
        for (const HistoryRecord &record : records)
            history.append(record);
        history.flush();
        QVERIFY(history.problems().isEmpty());
    }
    qInfo("Writing %d records (append, flush, close): %lld ms", recordCount, timer.elapsed());
}

void BenchHistoryLoad::startUp()
{
    // What main() builds, without the network: the workspace learns the typical durations and
    // the History tab shows the records.
    QTemporaryDir settingsDir;
    QSettings settingsFile(settingsDir.filePath(u"app.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settingsFile);
    AppSettings settings(settingsFile);
    settings.setHistoryRetentionDays(0);
    qint64 loadMs = 0;
    qint64 guiMs = 0;
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        Workspace workspace(profiles, settings, nullptr, {});
        HistoryView view(workspace);
        RunHistory history(path());
        QElapsedTimer onGuiThread; // connected first: starts before the workspace gets them
        connect(&history, &RunHistory::loaded, this, [&] { onGuiThread.start(); });
        workspace.setHistory(&history);
        history.load();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), recordCount, 20000);
        loadMs = timer.elapsed();
        guiMs = onGuiThread.elapsed();
        QVERIFY(view.filter()->rowCount() > 0); // this week's, newest first
        QVERIFY(view.filter()->index(0, 0).data(HistoryModel::RawValueRole).toDateTime() >
                view.filter()->index(1, 0).data(HistoryModel::RawValueRole).toDateTime());
        QVERIFY(workspace.typicalDurationMs(u"Production"_s,
                                            u"b0000000-0000-4000-8000-000000000000"_s));
    }
    qInfo("Last start-up: records shown after %lld ms, of which %lld ms on the GUI thread "
          "(typical durations, model, sorted and filtered view)",
          loadMs, guiMs);
}

void BenchHistoryLoad::searchText()
{
    LoadedView view(path());
    HistoryFilter &filter = view.filter;
    QCOMPARE(filter.rowCount(), recordCount);
    QElapsedTimer timer;
    timer.start();
    filter.setSearchText(u"sales"_s); // makes every row's search text
    const int found = filter.rowCount();
    qInfo("First search (makes the search texts): %lld ms, %d rows found", timer.elapsed(), found);
    QVERIFY(found > 0 && found < recordCount / 4);
    filter.setSearchText({});
    QBENCHMARK
    {
        filter.setSearchText(u"sales"_s);
        QCOMPARE(filter.rowCount(), found);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), recordCount);
    }
}

void BenchHistoryLoad::periodThisWeek()
{
    LoadedView view(path());
    HistoryFilter &filter = view.filter;
    QCOMPARE(filter.rowCount(), recordCount);
    QBENCHMARK
    {
        filter.setPeriod(HistoryFilter::Period::ThisWeek);
        QVERIFY(filter.rowCount() < recordCount / 50);
        filter.setPeriod(HistoryFilter::Period::All);
        QCOMPARE(filter.rowCount(), recordCount);
    }
}

QTEST_MAIN(BenchHistoryLoad)
#include "bench_historyload.moc"
