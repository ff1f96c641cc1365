#include "cliprocess.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

/// `qlik-task --follow-chain` and `qlik-task watch`, the built program against qrs-sim.
class TestQlikTaskChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followChainWaitsForEveryRunAndTheWorstWins();
    void followChainJsonTellsWhatTriggeredEachRun();
    void withoutFollowChainOnlyTheTaskCounts();
    void watchPrintsScheduledRunsUntilTheTimeout();
    void watchFailFastExitsAtTheFirstFailure();
    void watchFilterKeepsOtherTasksOut();
    void watchSinceShowsEarlierRuns();
    void watchOfAServerThatCannotTellChangesEnds();
    void usageErrors_data();
    void usageErrors();

private:
    /// Connection options for a sim (plain HTTP, header sign-in).
    [[nodiscard]] static QStringList server(const SimProcess &sim);
    [[nodiscard]] static CliResult run(const QStringList &arguments);
    /// JSON objects printed on stdout, one per line.
    [[nodiscard]] static QList<QJsonObject> jsonLines(const QString &out);

    std::unique_ptr<SimProcess> m_chains;
    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_scheduled;
};

void TestQlikTaskChain::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(QLIK_TASK_EXECUTABLE)), QLIK_TASK_EXECUTABLE);
    SimProcess::Options chains;
    chains.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    m_chains = std::make_unique<SimProcess>(chains);
    QVERIFY2(m_chains->start(), qPrintable(m_chains->errorString()));

    // A server whose scheduler starts two tasks by itself, one of which fails.
    QVERIFY(m_dir.isValid());
    QFile scenario(m_dir.filePath(u"scheduled.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"apps": [{"name": "Nightly App", "stream": "Ops"}],
        "streams": [{"name": "Ops"}],
        "tasks": [
          {"name": "Scheduled ok", "app": "Nightly App", "tags": ["Nightly"],
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 150,
           "schedule": {"everyMs": 600, "firstAtMs": 100}},
          {"name": "Scheduled failing", "app": "Nightly App", "outcome": "FinishedFail",
           "errorMessage": "Error: Field 'X' not found",
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 150,
           "schedule": {"everyMs": 1500, "firstAtMs": 1200}}]})");
    scenario.close();
    SimProcess::Options scheduled;
    scheduled.scenarioFile = scenario.fileName();
    m_scheduled = std::make_unique<SimProcess>(scheduled);
    QVERIFY2(m_scheduled->start(), qPrintable(m_scheduled->errorString()));
}

QStringList TestQlikTaskChain::server(const SimProcess &sim)
{
    return {u"--server"_s,     sim.serverUrl().toString(), u"--user"_s,
            u"ACME\\tester"_s, u"--poll-interval"_s,       u"0.2"_s};
}

CliResult TestQlikTaskChain::run(const QStringList &arguments)
{
    return runCli(QStringLiteral(QLIK_TASK_EXECUTABLE), arguments, 30000);
}

QList<QJsonObject> TestQlikTaskChain::jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

void TestQlikTaskChain::followChainWaitsForEveryRunAndTheWorstWins()
{
    const CliResult result =
        run(server(*m_chains) << u"--task"_s << u"Chain 1 - Extract"_s << u"--follow-chain"_s);
    // Finance failed: the chain's code is a failed run's, although the task itself succeeded.
    QCOMPARE(result.exitCode, 1);
    const QString out = result.out;
    QVERIFY2(out.contains(u"started task 'Chain 1 - Extract'"_s), qPrintable(result.all()));
    QVERIFY2(out.contains(u"'Chain 2 - Transform' (task id c4a10000-0000-4000-8000-000000000002) "
                          "started by trigger 'After extract' when 'Chain 1 - Extract' ended"_s),
             qPrintable(out));
    for (const QString &ended : {u"task 'Chain 3 - Sales' ended FinishedSuccess"_s,
                                 u"task 'Chain - Alert on failure' ended FinishedSuccess"_s})
        QVERIFY2(out.contains(ended), qPrintable(out));
    QVERIFY2(result.all().contains(u"task 'Chain 3 - Finance' ended FinishedFail"_s),
             qPrintable(result.all()));
    QVERIFY2(out.contains(u"task 'Chain 4 - Board pack' will not start after 'Chain 3 - Sales'"_s),
             qPrintable(out));
    QVERIFY2(out.contains(u"task 'Chain - Disabled task' will not start"_s), qPrintable(out));
    QVERIFY2(out.contains(u"5 run"_s), qPrintable(out));
}

void TestQlikTaskChain::followChainJsonTellsWhatTriggeredEachRun()
{
    const CliResult result = run(server(*m_chains) << u"--task"_s << u"Chain 1 - Extract"_s
                                                   << u"--follow-chain"_s << u"--json"_s);
    QCOMPARE(result.exitCode, 1);
    const QList<QJsonObject> runs = jsonLines(result.out);
    QCOMPARE(runs.size(), 5);
    QHash<QString, QJsonObject> byName;
    for (const QJsonObject &run : runs)
        byName.insert(run[u"taskName"_s].toString(), run);
    QCOMPARE(byName[u"Chain 1 - Extract"_s][u"origin"_s].toString(), u"started"_s);
    const QJsonObject alert = byName[u"Chain - Alert on failure"_s];
    QCOMPARE(alert[u"origin"_s].toString(), u"triggered"_s);
    QCOMPARE(alert[u"triggeredBy"_s][u"taskName"_s].toString(), u"Chain 3 - Finance"_s);
    QCOMPARE(alert[u"triggeredBy"_s][u"trigger"_s].toString(), u"Finance failed"_s);
    QCOMPARE(alert[u"triggeredBy"_s][u"sessionId"_s].toString(),
             byName[u"Chain 3 - Finance"_s][u"sessionId"_s].toString());
    QCOMPARE(byName[u"Chain 3 - Finance"_s][u"exitCode"_s].toInt(), 1);
}

void TestQlikTaskChain::withoutFollowChainOnlyTheTaskCounts()
{
    const CliResult result = run(server(*m_chains) << u"--task"_s << u"Chain 1 - Extract"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.all().contains(u"Chain 2 - Transform"_s), qPrintable(result.all()));
    QVERIFY2(result.out.contains(u"1 run"_s), qPrintable(result.out));
}

void TestQlikTaskChain::watchPrintsScheduledRunsUntilTheTimeout()
{
    const CliResult result =
        run(server(*m_scheduled) << u"watch"_s << u"--timeout"_s << u"4"_s << u"--json"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"watching every run on"_s), qPrintable(result.err));
    int ok = 0;
    int failing = 0;
    for (const QJsonObject &run : jsonLines(result.out)) {
        QCOMPARE(run[u"origin"_s].toString(), u"seen"_s);
        const QString name = run[u"taskName"_s].toString();
        if (name == u"Scheduled ok"_s) {
            ++ok;
            QCOMPARE(run[u"outcome"_s].toString(), u"Succeeded"_s);
        } else {
            QCOMPARE(name, u"Scheduled failing"_s);
            ++failing;
            QCOMPARE(run[u"exitCode"_s].toInt(), 1);
        }
    }
    // Started every 600 ms and every 1.5 s by the sim's scheduler, nobody asked for them.
    QVERIFY2(ok >= 3, qPrintable(result.out));
    QVERIFY2(failing >= 1, qPrintable(result.out));
}

void TestQlikTaskChain::watchFailFastExitsAtTheFirstFailure()
{
    const CliResult result =
        run(server(*m_scheduled) << u"watch"_s << u"--fail-fast"_s << u"--timeout"_s << u"20"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"task 'Scheduled failing' ended FinishedFail"_s),
             qPrintable(result.all()));
    QVERIFY2(!result.all().contains(u"--timeout passed"_s), qPrintable(result.all()));
}

void TestQlikTaskChain::watchFilterKeepsOtherTasksOut()
{
    const CliResult result =
        run(server(*m_scheduled) << u"watch"_s << u"--fail-fast"_s << u"--filter"_s
                                 << u"task=scheduled?OK"_s << u"--filter"_s << u"stream=Ops"_s
                                 << u"--timeout"_s << u"3"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"task 'Scheduled ok' ended FinishedSuccess"_s),
             qPrintable(result.all()));
    QVERIFY2(!result.out.contains(u"Scheduled failing"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"tasks matching task=scheduled?OK, stream=Ops"_s),
             qPrintable(result.out));
}

void TestQlikTaskChain::watchSinceShowsEarlierRuns()
{
    // A chain that ended before the watch began: --since brings its runs back.
    QCOMPARE(run(server(*m_chains) << u"--task"_s << u"Chain - Stoppable"_s).exitCode, 0);
    const CliResult result = run(server(*m_chains) << u"watch"_s << u"--since"_s << u"10m"_s
                                                   << u"--timeout"_s << u"1.5"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"task 'Chain - Stoppable' ended FinishedSuccess"_s),
             qPrintable(result.all()));
    const CliResult now = run(server(*m_chains) << u"watch"_s << u"--timeout"_s << u"1"_s);
    QCOMPARE(now.exitCode, 0);
    QVERIFY2(!now.out.contains(u"Chain - Stoppable"_s), qPrintable(now.out));
}

void TestQlikTaskChain::watchOfAServerThatCannotTellChangesEnds()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    options.extraArgs = {u"--modified-date"_s, u"unfilterable"_s};
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const CliResult result = run(server(sim) << u"watch"_s << u"--timeout"_s << u"20"_s);
    QCOMPARE(result.exitCode, 100);
    QVERIFY2(result.err.contains(u"Watching stopped: the server can no longer be asked"_s),
             qPrintable(result.all()));
}

void TestQlikTaskChain::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("watch with a task")
        << QStringList {u"watch"_s, u"--task"_s, u"X"_s} << u"watch starts nothing: --task"_s;
    QTest::newRow("bad since") << QStringList {u"watch"_s, u"--since"_s, u"soon"_s}
                               << u"--since: 'soon' is not a duration"_s;
    QTest::newRow("bad filter") << QStringList {u"watch"_s, u"--filter"_s, u"owner=me"_s}
                                << u"--filter: 'owner=me' is not FIELD=PATTERN"_s;
    QTest::newRow("since without watch") << QStringList {u"--task"_s, u"X"_s, u"--since"_s, u"5m"_s}
                                         << u"--since is for 'qlik-task watch'"_s;
    QTest::newRow("follow-chain without waiting")
        << QStringList {u"--task"_s, u"X"_s, u"--follow-chain"_s, u"--no-wait"_s}
        << u"--follow-chain cannot be combined with --no-wait"_s;
}

void TestQlikTaskChain::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = run(server(*m_chains) + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestQlikTaskChain)
#include "tst_qliktaskchain.moc"
