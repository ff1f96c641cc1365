#include "qrsjson.h"
#include "runjournal.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestRunJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void survivesARestart();
    void keepsWhereARunCameFrom();
    void replacesBySessionAndForgets();
    void writesChangesTogether();
    void ignoresEntriesWithoutSession();
    void dropsEntriesThatFailTheCheck_data();
    void dropsEntriesThatFailTheCheck();
    void neverRecordsWhatCouldNotBeFollowed_data();
    void neverRecordsWhatCouldNotBeFollowed();
    void collapsesDuplicates();
    void prunesEntriesOfMissingProfiles();

private:
    static JournalEntry entry(const QString &profile, const QString &session);
    /// INI lines of journal entry `index`.
    static QByteArray entryLines(int index, const QByteArray &profile, const QByteArray &session,
                                 const QByteArray &taskId, const QByteArray &requestedAt);
    void writeFile(const QByteArray &content) const;
    [[nodiscard]] QStringList copiesAside() const;
    QTemporaryDir m_dir;
    QString m_file;
};

namespace {
const QString S1 = u"0d9ab6c1-1111-4000-8000-000000000001"_s;
const QString S2 = u"0d9ab6c1-2222-4000-8000-000000000002"_s;
const QString S3 = u"0d9ab6c1-3333-4000-8000-000000000003"_s;
const QByteArray Task = "4c0b6f1e-0000-4000-8000-000000000001";
const QByteArray When = "2026-11-28T12:00:00.250Z";
} // namespace

QByteArray TestRunJournal::entryLines(int index, const QByteArray &profile,
                                      const QByteArray &session, const QByteArray &taskId,
                                      const QByteArray &requestedAt)
{
    const QByteArray n = QByteArray::number(index) + "\\";
    return n + "profile=" + profile + "\n" + n + "taskId=" + taskId + "\n" + n +
        "taskName=Reload Sales\n" + n + "sessionId=" + session + "\n" + n +
        "requestedAt=" + requestedAt + "\n";
}

void TestRunJournal::writeFile(const QByteArray &content) const
{
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QStringList TestRunJournal::copiesAside() const
{
    const QFileInfo info(m_file);
    return info.dir().entryList({info.fileName() + u".damaged-*"_s}, QDir::Files);
}

JournalEntry TestRunJournal::entry(const QString &profile, const QString &session)
{
    return {profile, u"4c0b6f1e-0000-4000-8000-000000000001"_s, u"Reload Sales"_s, session,
            QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC)};
}

void TestRunJournal::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(u"journal%1.ini"_s.arg(++counter));
}

void TestRunJournal::survivesARestart()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RunJournal journal(settings);
        journal.record(entry(u"Production"_s, S1));
        journal.record(entry(u"Test"_s, S2));
    }
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"journal/version"_s).toInt(), RunJournal::FormatVersion);
    RunJournal journal(settings);
    QCOMPARE(journal.entries().size(), 2);
    QCOMPARE(journal.entries().at(0), entry(u"Production"_s, S1));
    QCOMPARE(journal.entriesOf(u"Test"_s), QList<JournalEntry> {entry(u"Test"_s, S2)});
}

void TestRunJournal::keepsWhereARunCameFrom()
{
    JournalEntry triggered = entry(u"Production"_s, S1);
    triggered.origin = RunOrigin::Triggered;
    triggered.taskType = ReloadTask::Type::ExternalProgram;
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RunJournal journal(settings);
        journal.record(triggered);
    }
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RunJournal journal(settings);
        QCOMPARE(journal.entries(), QList<JournalEntry> {triggered});
    }
    // A journal written before origins were kept: its runs were followed, of reload tasks.
    writeFile("[journal]\nversion=1\nsize=1\n" +
              entryLines(1, "Production", S1.toLatin1(), "4c0bd2a6-1111-4000-8000-0000000000aa",
                         "2026-11-28T10:00:00.000Z"));
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    QCOMPARE(journal.entries().size(), 1);
    QCOMPARE(journal.entries().constFirst().origin, RunOrigin::Followed);
    QCOMPARE(journal.entries().constFirst().taskType, ReloadTask::Type::Reload);
}

void TestRunJournal::replacesBySessionAndForgets()
{
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    journal.record(entry(u"Production"_s, S1));
    JournalEntry renamed = entry(u"Production"_s, S1);
    renamed.taskName = u"Reload Sales (renamed)"_s;
    journal.record(renamed);
    QCOMPARE(journal.entries(), QList<JournalEntry> {renamed});
    journal.record(entry(u"Test"_s, S2));
    QVERIFY(journal.forget(S1));
    QVERIFY(!journal.forget(S1));
    journal.forgetProfile(u"Test"_s);
    QVERIFY(journal.entries().isEmpty());
    RunJournal reread(settings);
    QVERIFY(reread.entries().isEmpty());
}

void TestRunJournal::writesChangesTogether()
{
    // 1,000 runs starting together are one write, SaveDelay later, not 1,000 rewrites.
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    const auto fileText = [this] {
        QFile file(m_file);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QList<QString> sessions;
    for (int i = 0; i < 1000; ++i) {
        sessions.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        journal.record(entry(u"Production"_s, sessions.constLast()));
    }
    QVERIFY(!fileText().contains(sessions.constFirst().toLatin1()));
    QTRY_VERIFY_WITH_TIMEOUT(fileText().contains(sessions.constLast().toLatin1()),
                             int(RunJournal::SaveDelay.count()) + 1000);
    QVERIFY(fileText().contains("size=1000"));

    for (const QString &session : std::as_const(sessions).mid(0, 999))
        QVERIFY(journal.forget(session));
    QVERIFY(fileText().contains(sessions.constFirst().toLatin1()));
    journal.flush(); // at once, as at the app's end
    QVERIFY(!fileText().contains(sessions.constFirst().toLatin1()));
    QVERIFY(fileText().contains("size=1\n"));
    QCOMPARE(journal.entries(), QList<JournalEntry> {entry(u"Production"_s, sessions.constLast())});
}

void TestRunJournal::ignoresEntriesWithoutSession()
{
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    journal.record(entry(u"Production"_s, QString()));
    QVERIFY(journal.entries().isEmpty());
}

void TestRunJournal::dropsEntriesThatFailTheCheck_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QByteArray>("session");
    QTest::addColumn<QByteArray>("taskId");
    QTest::addColumn<QByteArray>("requestedAt");
    QTest::addColumn<QString>("reason");
    QTest::newRow("filter text in the session id")
        << QByteArray("Production") << QByteArray("x or executionid ne 1") << Task << When
        << u"session id is not a guid"_s;
    QTest::newRow("guid with filter text after it")
        << QByteArray("Production") << QByteArray(S2.toLatin1() + " or ExecutionId ne 1") << Task
        << When << u"session id is not a guid"_s;
    QTest::newRow("no session id") << QByteArray("Production") << QByteArray() << Task << When
                                   << u"session id is not a guid"_s;
    QTest::newRow("task id not a guid")
        << QByteArray("Production") << S2.toLatin1() << QByteArray("Reload Sales") << When
        << u"task id is not a guid"_s;
    QTest::newRow("bad date") << QByteArray("Production") << S2.toLatin1() << Task
                              << QByteArray("yesterday") << u"start time is not a date"_s;
    QTest::newRow("impossible date")
        << QByteArray("Production") << S2.toLatin1() << Task << QByteArray("2026-02-30T12:00:00Z")
        << u"start time is not a date"_s;
    QTest::newRow("no profile") << QByteArray() << S2.toLatin1() << Task << When
                                << u"without a profile"_s;
    QTest::newRow("a list, not text") << QByteArray("Production") << QByteArray("a, b") << Task
                                      << When << u"values that could not be read"_s;
}

void TestRunJournal::dropsEntriesThatFailTheCheck()
{
    QFETCH(QByteArray, profile);
    QFETCH(QByteArray, session);
    QFETCH(QByteArray, taskId);
    QFETCH(QByteArray, requestedAt);
    QFETCH(QString, reason);
    const QByteArray content = "[journal]\n" +
        entryLines(1, "Production", S1.toLatin1(), Task, When) +
        entryLines(2, profile, session, taskId, requestedAt) + "size=2\nversion=1\n";
    writeFile(content);
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RunJournal journal(settings);
        QCOMPARE(journal.entries(), QList<JournalEntry> {entry(u"Production"_s, S1)});
        for (const JournalEntry &kept : journal.entries())
            QVERIFY(QrsJson::isGuid(kept.sessionId)); // only guids reach a QRS filter
        QVERIFY(journal.isDamaged());
        const QString report = journal.problems().join(u'\n');
        QVERIFY2(report.contains(u"1 run(s) in flight"_s), qPrintable(report));
        QVERIFY2(report.contains(reason), qPrintable(report));
        QVERIFY2(report.contains(QDir::toNativeSeparators(m_file)), qPrintable(report));
        QVERIFY2(report.contains(u"saved as"_s), qPrintable(report));
    }
    // Dropped from the file, after a copy of it was kept.
    const QStringList copies = copiesAside();
    QCOMPARE(copies.size(), 1);
    QFile copy(QFileInfo(m_file).dir().filePath(copies.constFirst()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), content);
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"journal/size"_s).toInt(), 1);
    RunJournal reread(settings);
    QCOMPARE(reread.entries().size(), 1);
    QVERIFY(!reread.isDamaged());
}

void TestRunJournal::neverRecordsWhatCouldNotBeFollowed_data()
{
    QTest::addColumn<JournalEntry>("recorded");
    JournalEntry injected = entry(u"Production"_s, u"x or executionid ne 1"_s);
    QTest::newRow("filter text") << injected;
    JournalEntry noTask = entry(u"Production"_s, S1);
    noTask.taskId.clear();
    QTest::newRow("no task id") << noTask;
    JournalEntry noDate = entry(u"Production"_s, S1);
    noDate.requestedAt = {};
    QTest::newRow("no date") << noDate;
    QTest::newRow("no profile") << entry(QString(), S1);
}

void TestRunJournal::neverRecordsWhatCouldNotBeFollowed()
{
    QFETCH(JournalEntry, recorded);
    QVERIFY(!RunJournal::checkEntry(recorded).isEmpty());
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    journal.record(recorded);
    QVERIFY(journal.entries().isEmpty());
    QVERIFY(!settings.contains(u"journal/1/sessionId"_s));
}

void TestRunJournal::collapsesDuplicates()
{
    // The same session twice (once in braces and capitals), and a third entry.
    const QByteArray upper = "{" + S1.toUpper().toLatin1() + "}";
    writeFile("[journal]\n" + entryLines(1, "Production", S1.toLatin1(), Task, When) +
              entryLines(2, "Production", upper, Task, When) +
              entryLines(3, "Test", S2.toLatin1(), Task, When) + "size=3\nversion=1\n");
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RunJournal journal(settings);
        QCOMPARE(journal.entries(),
                 (QList<JournalEntry> {entry(u"Production"_s, S1), entry(u"Test"_s, S2)}));
        QVERIFY(!journal.isDamaged()); // nothing unreadable: no warning, no copy
        QVERIFY(copiesAside().isEmpty());
        QVERIFY(journal.forget(QString::fromLatin1(upper))); // ids are compared in one form
        QCOMPARE(journal.entries(), QList<JournalEntry> {entry(u"Test"_s, S2)});
    }
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"journal/size"_s).toInt(), 1);
}

void TestRunJournal::prunesEntriesOfMissingProfiles()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RunJournal journal(settings);
        journal.record(entry(u"Production"_s, S1));
        journal.record(entry(u"Deleted"_s, S2));
        journal.record(entry(u"Test"_s, S3));
        QCOMPARE(journal.prune({u"Production"_s, u"Test"_s}), 1);
        QCOMPARE(journal.prune({u"Production"_s, u"Test"_s}), 0);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    QCOMPARE(journal.entries(),
             (QList<JournalEntry> {entry(u"Production"_s, S1), entry(u"Test"_s, S3)}));
}

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
