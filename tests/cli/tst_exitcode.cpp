#include "exitcode.h"

#include <csignal>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExitCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forOutcome_data();
    void forOutcome();
    void forRun_data();
    void forRun();
    void combine_data();
    void combine();
    void helpListsEveryCode();
    void forSignal_data();
    void forSignal();
};

void TestExitCode::forOutcome_data()
{
    QTest::addColumn<RunOutcome>("outcome");
    QTest::addColumn<int>("code");
    QTest::newRow("succeeded") << RunOutcome::Succeeded << 0;
    QTest::newRow("failed") << RunOutcome::Failed << 1;
    QTest::newRow("aborted") << RunOutcome::Aborted << 3;
    QTest::newRow("skipped") << RunOutcome::Skipped << 4;
    QTest::newRow("in progress counts as timed out") << RunOutcome::InProgress << 5;
    QTest::newRow("lost") << RunOutcome::Lost << 6;
    QTest::newRow("not submitted") << RunOutcome::NotSubmitted << 100;
}

void TestExitCode::forOutcome()
{
    QFETCH(RunOutcome, outcome);
    QFETCH(int, code);
    QCOMPARE(ExitCode::forOutcome(outcome), code);
}

void TestExitCode::forRun_data()
{
    QTest::addColumn<RunOutcome>("outcome");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("code");
    QTest::newRow("success in time") << RunOutcome::Succeeded << false << 0;
    QTest::newRow("failed in time") << RunOutcome::Failed << false << 1;
    QTest::newRow("aborted by someone else") << RunOutcome::Aborted << false << 3;
    QTest::newRow("stopped after timeout") << RunOutcome::Aborted << true << 5;
    QTest::newRow("still running at timeout") << RunOutcome::InProgress << true << 5;
    QTest::newRow("failed after timeout") << RunOutcome::Failed << true << 5;
    QTest::newRow("lost beats timeout") << RunOutcome::Lost << true << 6;
    QTest::newRow("not submitted beats timeout") << RunOutcome::NotSubmitted << true << 100;
}

void TestExitCode::forRun()
{
    QFETCH(RunOutcome, outcome);
    QFETCH(bool, timedOut);
    QFETCH(int, code);
    QCOMPARE(ExitCode::forRun(outcome, timedOut), code);
}

void TestExitCode::combine_data()
{
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<int>("combined");
    QTest::newRow("all success") << QList<int> {0, 0, 0} << 0;
    QTest::newRow("one failed") << QList<int> {0, 1, 0} << 1;
    QTest::newRow("skipped beats failed") << QList<int> {1, 4} << 4;
    QTest::newRow("not submitted wins") << QList<int> {6, 100, 3} << 100;
    QTest::newRow("timeout beats aborted") << QList<int> {3, 5} << 5;
}

void TestExitCode::combine()
{
    QFETCH(QList<int>, codes);
    QFETCH(int, combined);
    int result = ExitCode::Success;
    for (const int code : std::as_const(codes))
        result = ExitCode::combine(result, code);
    QCOMPARE(result, combined);
}

void TestExitCode::helpListsEveryCode()
{
    const QString help = ExitCode::helpTable();
    for (const int code : {0, 1, 2, 3, 4, 5, 6, 100, 130, 143}) {
        const QString row = QStringLiteral("  %1  ").arg(code, 3);
        QVERIFY2(help.contains(row), qPrintable(row));
    }
}

void TestExitCode::forSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGINT") << int(SIGINT) << int(ExitCode::Interrupted) << u"SIGINT"_s;
    QTest::newRow("SIGTERM") << int(SIGTERM) << int(ExitCode::Terminated) << u"SIGTERM"_s;
}

void TestExitCode::forSignal()
{
    QFETCH(int, signalNumber);
    QFETCH(int, code);
    QFETCH(QString, name);
    QCOMPARE(ExitCode::forSignal(signalNumber), code);
    QCOMPARE(ExitCode::signalName(signalNumber), name);
    // The shell's convention, which schedulers know: 128 + the signal number.
    QCOMPARE(code, 128 + signalNumber);
}

QTEST_GUILESS_MAIN(TestExitCode)
#include "tst_exitcode.moc"
