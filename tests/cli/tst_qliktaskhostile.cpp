// The built qlik-task as a process against a qrs-sim that misbehaves on purpose: a start whose
// connection is reset after the server carried it out, endless answers at every stage, answers
// that trickle. The start reaches the server once, memory stays bounded, time too.
#include "simprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString output;
    qint64 peakKb = 0; ///< the largest VmHWM read from /proc while it ran
    qint64 elapsedMs = 0;
};

qint64 peakKbOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

} // namespace

class TestQlikTaskHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startIsSentOnceWhenItsConnectionIsReset();
    void endlessAnswersKeepMemoryBounded_data();
    void endlessAnswersKeepMemoryBounded();
    void tricklingServerEndsAtTheTimeout();

private:
    [[nodiscard]] Outcome run(const QStringList &extra, int timeoutMs = 60000);

    std::unique_ptr<SimProcess> m_sim;
    qint64 m_idlePeakKb = 0;
};

void TestQlikTaskHostile::initTestCase()
{
    SimProcess::Options options;
    options.tls = true;
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    // What a plain run of a failing task (script log included) takes, for comparison.
    const Outcome plain = run({u"--task"_s, u"Fast Fail"_s});
    QCOMPARE(plain.exitCode, 1);
    m_idlePeakKb = plain.peakKb;
    qInfo("qlik-task peak RSS on a plain run: %lld kB", m_idlePeakKb);
    QVERIFY(m_idlePeakKb > 0);
}

void TestQlikTaskHostile::init()
{
    QVERIFY(m_sim->setFaults(QJsonObject {{u"body"_s, QJsonObject {{u"mode"_s, u"none"_s}}},
                                          {u"resetAfterStart"_s, 0}}));
    QVERIFY(m_sim->clearRequestLog());
}

Outcome TestQlikTaskHostile::run(const QStringList &extra, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  QStringList {u"--server"_s, m_sim->serverUrl().toString(), u"--user"_s,
                               u"ACME\\tester"_s, u"--ca-cert"_s,
                               SimProcess::dataDir() + u"/tls/ca.pem"_s, u"--poll-interval"_s,
                               u"0.2"_s} +
                      extra);
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    if (!process.waitForStarted(5000))
        return outcome;
    const qint64 pid = process.processId();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        outcome.peakKb = std::max(outcome.peakKb, peakKbOf(pid));
        process.waitForFinished(20);
    }
    outcome.elapsedMs = clock.elapsed();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    outcome.output = QString::fromUtf8(process.readAll());
    return outcome;
}

void TestQlikTaskHostile::startIsSentOnceWhenItsConnectionIsReset()
{
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 1}}));
    const Outcome outcome = run({u"--task"_s, u"Fast Success"_s, u"--task"_s, u"Medium Task"_s});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 2);
    QVERIFY2(!outcome.output.contains(u"not submitted"_s), qPrintable(outcome.output));
    QCOMPARE(outcome.output.count(u"the repository shows the run it started"_s), 2);
}

void TestQlikTaskHostile::endlessAnswersKeepMemoryBounded_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("look-up") << u"reloadtask/full"_s << 100 << u"exceeded 32 MB"_s;
    QTest::newRow("start") << u"/start/synchronous"_s << 1 << u"FinishedFail"_s;
    QTest::newRow("poll") << u"executionresult"_s << 6 << u"exceeded 32 MB"_s;
    QTest::newRow("script log ticket") << u"scriptlogfile"_s << 1 << u"exceeded 1 MB"_s;
    QTest::newRow("script log") << u"download/"_s << 1 << u"exceeded 256 MB"_s;
}

void TestQlikTaskHostile::endlessAnswersKeepMemoryBounded()
{
    QFETCH(QString, route);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QVERIFY(m_sim->setFaults(
        QJsonObject {{u"body"_s, QJsonObject {{u"mode"_s, u"endless"_s}, {u"route"_s, route}}}}));
    const Outcome outcome =
        run({u"--task"_s, u"Fast Fail"_s, u"--unreachable-grace"_s, u"3"_s}, 90000);
    QVERIFY2(outcome.exitCode == exitCode, qPrintable(outcome.output));
    QVERIFY2(outcome.output.contains(says), qPrintable(outcome.output));
    const qint64 aboveIdleKb = outcome.peakKb - m_idlePeakKb;
    qInfo("peak RSS %lld kB, %lld kB above a plain run", outcome.peakKb, aboveIdleKb);
    QVERIFY2(aboveIdleKb < 64 * 1024, qPrintable(u"%1 kB"_s.arg(aboveIdleKb)));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s),
             route == u"reloadtask/full"_s ? 0 : 1);
}

void TestQlikTaskHostile::tricklingServerEndsAtTheTimeout()
{
    // One byte every 300 ms on every answer: no silence timeout ever fires; --timeout does.
    QVERIFY(m_sim->setFaults(
        QJsonObject {{u"body"_s, QJsonObject {{u"mode"_s, u"trickle"_s}, {u"trickleMs"_s, 300}}}}));
    const Outcome outcome = run({u"--task"_s, u"Fast Success"_s, u"--timeout"_s, u"3"_s});
    QVERIFY2(outcome.exitCode == 5, qPrintable(outcome.output));
    QVERIFY2(outcome.elapsedMs < 5000, qPrintable(u"%1 ms"_s.arg(outcome.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestQlikTaskHostile)
#include "tst_qliktaskhostile.moc"
