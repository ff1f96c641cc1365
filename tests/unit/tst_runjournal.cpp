#include "runjournal.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestRunJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void survivesARestart();
    void replacesBySessionAndForgets();
    void ignoresEntriesWithoutSession();

private:
    static JournalEntry entry(const QString &profile, const QString &session);
    QTemporaryDir m_dir;
    QString m_file;
};

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
        journal.record(entry(u"Production"_s, u"s1"_s));
        journal.record(entry(u"Test"_s, u"s2"_s));
    }
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"journal/version"_s).toInt(), RunJournal::FormatVersion);
    RunJournal journal(settings);
    QCOMPARE(journal.entries().size(), 2);
    QCOMPARE(journal.entries().at(0), entry(u"Production"_s, u"s1"_s));
    QCOMPARE(journal.entriesOf(u"Test"_s), QList<JournalEntry> {entry(u"Test"_s, u"s2"_s)});
}

void TestRunJournal::replacesBySessionAndForgets()
{
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    journal.record(entry(u"Production"_s, u"s1"_s));
    JournalEntry renamed = entry(u"Production"_s, u"s1"_s);
    renamed.taskName = u"Reload Sales (renamed)"_s;
    journal.record(renamed);
    QCOMPARE(journal.entries(), QList<JournalEntry> {renamed});
    journal.record(entry(u"Test"_s, u"s2"_s));
    QVERIFY(journal.forget(u"s1"_s));
    QVERIFY(!journal.forget(u"s1"_s));
    journal.forgetProfile(u"Test"_s);
    QVERIFY(journal.entries().isEmpty());
    RunJournal reread(settings);
    QVERIFY(reread.entries().isEmpty());
}

void TestRunJournal::ignoresEntriesWithoutSession()
{
    QSettings settings(m_file, QSettings::IniFormat);
    RunJournal journal(settings);
    journal.record(entry(u"Production"_s, QString()));
    QVERIFY(journal.entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
