// The built qlik-task-runner as processes: a second start hands its request to the first (one
// instance), `--run` starts tasks in the running instance or in a new one, and an app killed in
// the middle of a run follows it again at the next start and keeps it in the history once.
#include "profilestore.h"
#include "simprocess.h"
#include "singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondStartRunsItsTasksInTheFirst();
    void runStartsANewInstanceWhenNoneRuns();
    void killedAppFollowsItsRunAgainAndKeepsItOnce();

private:
    /// Starts the app on the test's settings file with `arguments`.
    void startApp(QProcess &process, const QStringList &arguments = {});
    /// Waits until the app in `process` talks to the sim (it then listens for later starts).
    bool waitUntilUp(QProcess &process);
    /// The execution session of the journal's first entry, as on disk; empty when none.
    [[nodiscard]] QString journaledSession() const;
    /// How many records of the session the app's history file holds, as on disk.
    [[nodiscard]] int archivedCount(const QString &sessionId) const;
    void kill(QProcess &process);

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    QString m_settings;
    QProcess m_first;
};

void TestSingleInstance::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestSingleInstance::init()
{
    static int counter = 0;
    m_settings = m_dir.filePath(u"app%1.ini"_s.arg(++counter)); // an instance of its own
    QSettings settings(m_settings, QSettings::IniFormat);
    ProfileStore store(settings);
    ConnectionProfile profile = m_sim->profile();
    profile.name = u"Simulator"_s;
    QCOMPARE(store.add(profile), QStringList());
    store.setActiveProfileName(profile.name);
    QVERIFY(m_sim->clearRequestLog());
}

void TestSingleInstance::cleanup()
{
    if (m_first.state() != QProcess::NotRunning) {
        m_first.kill();
        m_first.waitForFinished(5000);
    }
}

void TestSingleInstance::startApp(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(QLIK_TASK_RUNNER_EXECUTABLE),
                  QStringList {u"--settings"_s, m_settings} + arguments);
}

bool TestSingleInstance::waitUntilUp(QProcess &process)
{
    return process.waitForStarted(10000) &&
        QTest::qWaitFor([this] { return m_sim->requestCount(u"GET"_s, u"/about"_s) > 0; }, 20000);
}

void TestSingleInstance::secondStartRunsItsTasksInTheFirst()
{
    startApp(m_first);
    QVERIFY(waitUntilUp(m_first));

    // A plain second start (the double-click again) only raises the first, and ends.
    QProcess again;
    startApp(again);
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 0);

    // With --run the task starts in the first instance.
    QProcess launcher;
    startApp(launcher, {u"--profile"_s, u"Simulator"_s, u"--run"_s, u"Fast Success"_s});
    QVERIFY(launcher.waitForFinished(10000));
    QCOMPARE(launcher.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1, 10000);
    QCOMPARE(m_first.state(), QProcess::Running);
    QCOMPARE(SingleInstance(m_settings).handOver({}), true); // still the one instance
}

void TestSingleInstance::runStartsANewInstanceWhenNoneRuns()
{
    QVERIFY(!SingleInstance(m_settings).handOver({}, 200)); // none runs
    startApp(m_first, {u"--run"_s, u"Fast Success"_s, u"--run"_s, u"Fast Fail"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 2, 20000);
    QCOMPARE(m_first.state(), QProcess::Running); // it is the instance now
    QVERIFY(SingleInstance(m_settings).handOver({}));
}

QString TestSingleInstance::journaledSession() const
{
    QSettings settings(m_settings, QSettings::IniFormat);
    return settings.value(u"journal/1/sessionId"_s).toString();
}

int TestSingleInstance::archivedCount(const QString &sessionId) const
{
    const QString file =
        QFileInfo(m_settings)
            .dir()
            .filePath(QFileInfo(m_settings).completeBaseName() + u"-history.sqlite"_s);
    if (!QFileInfo::exists(file))
        return 0;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT COUNT(*) FROM runs WHERE key = ?"_s);
            query.addBindValue(sessionId);
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return count;
}

void TestSingleInstance::kill(QProcess &process)
{
    process.kill(); // SIGKILL: nothing is written on the way out
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
}

void TestSingleInstance::killedAppFollowsItsRunAgainAndKeepsItOnce()
{
    startApp(m_first, {u"--run"_s, u"Eight Seconds"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1, 20000);
    QString sessionId;
    QTRY_VERIFY_WITH_TIMEOUT(!(sessionId = journaledSession()).isEmpty(), 10000);
    kill(m_first);
    QCOMPARE(archivedCount(sessionId), 0);

    // The next start follows the run (no second start of the task) to its end, and moves it
    // from the journal to the history.
    QVERIFY(m_sim->clearRequestLog());
    startApp(m_first);
    QTRY_COMPARE_WITH_TIMEOUT(archivedCount(sessionId), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(journaledSession().isEmpty(), 10000);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 0);

    // Killed again and started once more: nothing to follow, and the run is still kept once.
    kill(m_first);
    QVERIFY(m_sim->clearRequestLog());
    startApp(m_first);
    QVERIFY(waitUntilUp(m_first));
    QCOMPARE(archivedCount(sessionId), 1);
    QVERIFY(journaledSession().isEmpty());
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s), 0);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
