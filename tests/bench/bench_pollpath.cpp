#include "appfixture.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "qrsrunserver.h"
#include "runjournal.h"
#include "runtracker.h"

#include <ctime>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// CPU time of the calling thread (the GUI thread here), in milliseconds.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString taskId(int index)
{
    return u"b0000000-0000-4000-8000-%1"_s.arg(index, 12, 10, QLatin1Char('0'));
}

/// A scenario of `count` tasks over 50 apps, each running for `durationMs` after 100 ms pending.
QByteArray scenario(int count, int durationMs)
{
    QJsonArray apps;
    for (int i = 0; i < 50; ++i)
        apps.append(QJsonObject {{u"name"_s, u"Bench App %1"_s.arg(i)}});
    QJsonArray tasks;
    for (int i = 0; i < count; ++i) {
        tasks.append(QJsonObject {{u"id"_s, taskId(i)},
                                  {u"name"_s, u"Bench %1"_s.arg(i, 5, 10, QLatin1Char('0'))},
                                  {u"app"_s, u"Bench App %1"_s.arg(i % 50)},
                                  {u"pendingMs"_s, 100},
                                  {u"triggeredMs"_s, 50},
                                  {u"queuedMs"_s, 50},
                                  {u"durationMs"_s, durationMs}});
    }
    return QJsonDocument(QJsonObject {{u"apps"_s, apps}, {u"tasks"_s, tasks}}).toJson();
}

} // namespace

/// The desktop app's real per-poll path at scale: qrs-sim runs thousands of tasks, the app
/// (Workspace with its journal on disk, MainWindow with the runs table behind its sorting proxy,
/// offscreen) follows them, and each measured poll goes from the request through the answer's
/// parsing, the tracker, the journal, the model and the proxy. Not part of ctest: run by hand,
///   build/tests/bench_pollpath [-iterations N]
/// Besides QBENCHMARK's wall time per poll, each benchmark prints the GUI thread's CPU time per
/// poll, which is what the window cannot spend on anything else.
class BenchPollPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyPoll_data();
    void steadyPoll();
    void runsEndingInOnePoll_data();
    void runsEndingInOnePoll();
    void journalWrite_data();
    void journalWrite();

private:
    /// The app over a sim with `count` tasks, all started together on the server and followed
    /// by the app (as after a restart) with polling left to the benchmark.
    bool setUpApp(int count, int durationMs);
    void pollOnce();
    /// Polls until every run has a result (the first dated answer tells the repository's clock,
    /// and from then on one request asks for every change); false after 20 polls.
    bool pollUntilEveryRunHasAResult();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    RunTracker *m_tracker = nullptr;
};

bool BenchPollPath::setUpApp(int count, int durationMs)
{
    m_window.reset();
    m_app.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(u"scenario.json"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(scenario(count, durationMs)) < 0)
        return false;
    out.close();
    SimProcess::Options options;
    options.scenarioFile = file;
    m_app = std::make_unique<AppFixture>();
    QString error;
    if (!m_app->setUp(&error, options)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_app->workspace());
    m_window->resize(1200, 700);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    ProfileSession *session = m_app->activeSession();
    if (!session)
        return false;
    m_tracker = &session->tracker();
    m_tracker->setPollInterval(24h); // the benchmark polls

    QJsonArray ids;
    for (int i = 0; i < count; ++i)
        ids.append(taskId(i));
    m_app->sim().qrs("POST", u"/task/start/many"_s, {}, QJsonDocument(ids).toJson());
    const QJsonArray sessions = m_app->sim().qrs("GET", u"/executionsession/full"_s).array();
    if (sessions.size() != count) {
        qWarning("the sim has %lld live sessions, not %d", qlonglong(sessions.size()), count);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : sessions) {
        const QJsonObject object = value.toObject();
        const QJsonObject taskObject = object.value(u"reloadTask"_s).toObject();
        ReloadTask task;
        task.id = taskObject.value(u"id"_s).toString();
        task.name = taskObject.value(u"name"_s).toString();
        m_tracker->follow(task, object.value(u"id"_s).toString(), now);
    }
    return true;
}

void BenchPollPath::pollOnce()
{
    QSignalSpy ended(m_tracker, &RunTracker::pollEnded);
    m_tracker->pollNow();
    QVERIFY(ended.wait(120'000));
}

bool BenchPollPath::pollUntilEveryRunHasAResult()
{
    const QList<RunId> ids = m_tracker->runIds();
    for (int poll = 0; poll < 20; ++poll) {
        pollOnce();
        if (std::all_of(ids.cbegin(), ids.cend(),
                        [this](RunId id) { return !m_tracker->run(id)->results.isEmpty(); }))
            return true;
        QTest::qWait(100);
    }
    return false;
}

void BenchPollPath::steadyPoll_data()
{
    QTest::addColumn<int>("runs");
    QTest::newRow("1,000 runs") << 1000;
    QTest::newRow("10,000 runs") << 10000;
}

void BenchPollPath::steadyPoll()
{
    // Every run is Started for an hour: a poll finds them all as they were (the repository
    // advances their duration), which is what an app following many runs does all day.
    QFETCH(int, runs);
    QVERIFY(setUpApp(runs, 3'600'000));
    QTest::qWait(400); // all Started by now
    QVERIFY(pollUntilEveryRunHasAResult());
    // The overlap kept for late writes ends an overlap after the last change.
    QTest::qWait(QrsRunServer::ChangesOverlap.count() + 200);
    pollOnce();
    int polls = 0;
    double cpu = 0;
    QBENCHMARK
    {
        const double before = threadCpuMs();
        pollOnce();
        cpu += threadCpuMs() - before;
        ++polls;
    }
    qInfo("%d live runs: GUI thread CPU per poll %.1f ms (%d polls)", runs, cpu / polls, polls);
}

void BenchPollPath::runsEndingInOnePoll_data()
{
    QTest::addColumn<int>("runs");
    QTest::newRow("1,000 runs") << 1000;
}

void BenchPollPath::runsEndingInOnePoll()
{
    // Every run ends within the same second; one poll sees them all end, and the journal (on
    // disk, in the settings file) lets go of them.
    QFETCH(int, runs);
    QVERIFY(setUpApp(runs, 3000));
    QVERIFY(pollUntilEveryRunHasAResult());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->sim().qrs("GET", u"/executionsession/count"_s).object().value(u"value"_s).toInt() ==
            0,
        30'000);
    QSignalSpy finished(m_tracker, &RunTracker::runFinished);
    double cpu = 0;
    double pollCpu = 0;
    QBENCHMARK_ONCE
    {
        const double before = threadCpuMs();
        pollOnce();
        QCoreApplication::processEvents(); // whatever the poll left for the event loop
        pollCpu = threadCpuMs() - before;
        // The journal lets go of them in one write, RunJournal::SaveDelay later.
        QTest::qWait(int(RunJournal::SaveDelay.count()) + 300);
        cpu = threadCpuMs() - before;
    }
    QCOMPARE(finished.size(), runs);
    qInfo("%d runs ending in one poll: GUI thread CPU %.1f ms for the poll, %.1f ms with the "
          "journal written",
          runs, pollCpu, cpu);
}

void BenchPollPath::journalWrite_data()
{
    QTest::addColumn<int>("runs");
    QTest::newRow("1,000 runs") << 1000;
    QTest::newRow("10,000 runs") << 10000;
}

void BenchPollPath::journalWrite()
{
    // One batched write of the journal (what its timer does after runs start or end), with this
    // many runs in flight, into a settings file on disk.
    QFETCH(int, runs);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"app.ini"_s), QSettings::IniFormat);
    RunJournal journal(settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < runs; ++i)
        journal.record({u"Production"_s, taskId(i), u"Bench %1"_s.arg(i),
                        QUuid::createUuid().toString(QUuid::WithoutBraces), now});
    journal.flush();
    int round = 0;
    QBENCHMARK
    {
        journal.record({u"Production"_s, taskId(0), u"Bench 0 (%1)"_s.arg(++round),
                        journal.entries().constFirst().sessionId, now});
        journal.flush();
    }
}

QTEST_MAIN(BenchPollPath)
#include "bench_pollpath.moc"
