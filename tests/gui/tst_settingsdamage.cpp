#include "appsettings.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "profilestore.h"
#include "runjournal.h"
#include "workspace.h"

#include <memory>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

/// The app (MainWindow over a Workspace, as main() builds it) on a damaged settings file: the
/// person is told what could not be read, and nothing is chosen or dropped in its place.
class TestSettingsDamage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void damagedFileIsToldAndTheActiveProfileKept_data();
    void damagedFileIsToldAndTheActiveProfileKept();
    void readableFileShowsNoWarning();

private:
    /// What main() builds, over m_file.
    struct App
    {
        explicit App(const QString &file)
            : settingsFile(file, QSettings::IniFormat)
            , profiles(settingsFile)
            , settings(settingsFile)
            , journal(settingsFile)
            , demo(QStringLiteral(QRS_SIM_EXECUTABLE))
            , workspace(profiles, settings, &journal, {&demo})
            , window(workspace)
        { }
        QSettings settingsFile;
        ProfileStore profiles;
        AppSettings settings;
        RunJournal journal;
        DemoServer demo;
        Workspace workspace;
        MainWindow window;
    };
    static QByteArray profileLines(int index, const QByteArray &name);
    static QByteArray journalLines(const QByteArray &profile);
    void writeFile(const QByteArray &content) const;

    QTemporaryDir m_dir;
    QString m_file;
};

QByteArray TestSettingsDamage::profileLines(int index, const QByteArray &name)
{
    const QByteArray n = QByteArray::number(index) + "\\";
    // Port 9 of the loopback refuses at once: nothing here should connect anyway.
    return n + "name=" + name + "\n" + n + "url=http://127.0.0.1:9\n" + n + "prefix=opcon\n" + n +
        "header=opcon-usr\n" + n + "user=svc_reload\n" + n + "ignoreCertificateErrors=false\n" + n +
        "timeoutMs=30000\n";
}

QByteArray TestSettingsDamage::journalLines(const QByteArray &profile)
{
    return "[journal]\n1\\profile=" + profile +
        "\n1\\taskId=4c0b6f1e-0000-4000-8000-000000000001\n1\\taskName=Reload Sales\n"
        "1\\sessionId=0d9ab6c1-1111-4000-8000-000000000001\n"
        "1\\requestedAt=2026-11-28T12:00:00.250Z\nsize=1\nversion=1\n";
}

void TestSettingsDamage::writeFile(const QByteArray &content) const
{
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void TestSettingsDamage::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(u"app%1.ini"_s.arg(++counter));
}

void TestSettingsDamage::damagedFileIsToldAndTheActiveProfileKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("reported");

    // The active profile's name line is damaged: the other profile must not take its place.
    QTest::newRow("active profile unreadable")
        << QByteArray("[profiles]\n" + profileLines(1, "Production") +
                      profileLines(2, "Staging").replace("2\\name=", "2\\nme ") +
                      "active=Staging\nsize=2\nversion=1\n" + journalLines("Staging"))
        << u"Staging"_s << u"Profile 2 in "_s;
    // No profile can be read: the demo must not take the saved one's place.
    QTest::newRow("no profile readable")
        << QByteArray("[profiles]\n" + profileLines(1, "Production, EMEA") +
                      "active=Production\nsize=abc\nversion=1\n" + journalLines("Production"))
        << u"Production"_s << u"“abc”"_s;
}

void TestSettingsDamage::damagedFileIsToldAndTheActiveProfileKept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, active);
    QFETCH(QString, reported);
    writeFile(content);
    {
        App app(m_file);
        QVERIFY(app.demo.isAvailable());
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = app.window.findChild<QMessageBox *>(u"settingsProblemsBox"_s)));
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        const QString text = box->text();
        QVERIFY2(text.contains(reported), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(m_file)), qPrintable(text));
        QVERIFY2(text.contains(u"saved as "_s + QDir::toNativeSeparators(m_file) + u".damaged-"_s),
                 qPrintable(text));
        QVERIFY(!app.window.statusBar()->currentMessage().isEmpty());

        // Nothing chosen in the saved profile's place, not even the demo.
        QCOMPARE(app.workspace.activeProfileName(), active);
        QCOMPARE(app.workspace.activeSession(), nullptr);
        QVERIFY(!app.demo.isStarting());
        auto *combo = app.window.findChild<QComboBox *>(u"profileCombo"_s);
        QVERIFY(combo);
        QVERIFY(combo->currentText() != Workspace::demoProfileName());
        // The run in flight of the profile that could not be read is still journaled.
        QCOMPARE(app.journal.entriesOf(active).size(), 1);

        box->accept();
        app.window.close(); // writes the window's state, as quitting does
        app.settingsFile.sync();
    }
    QSettings reread(m_file, QSettings::IniFormat);
    QCOMPARE(reread.value(u"profiles/active"_s).toString(), active);
    QCOMPARE(reread.value(u"journal/size"_s).toInt(), 1);
    QCOMPARE(reread.value(u"journal/1/profile"_s).toString(), active);
    const QFileInfo info(m_file);
    const QStringList copies =
        info.dir().entryList({info.fileName() + u".damaged-*"_s}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QFile copy(info.dir().filePath(copies.constFirst()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), content);
}

void TestSettingsDamage::readableFileShowsNoWarning()
{
    writeFile("[profiles]\n" + profileLines(1, "Production") + profileLines(2, "Staging") +
              "active=Staging\nsize=2\nversion=1\n");
    App app(m_file);
    app.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));
    QTest::qWait(100);
    QCOMPARE(app.window.findChild<QMessageBox *>(u"settingsProblemsBox"_s), nullptr);
    QVERIFY(app.workspace.settingsProblems().isEmpty());
    QCOMPARE(app.workspace.activeProfileName(), u"Staging"_s);
    QVERIFY(app.workspace.activeSession());
    const QFileInfo info(m_file);
    QVERIFY(info.dir().entryList({info.fileName() + u".damaged-*"_s}, QDir::Files).isEmpty());
}

QTEST_MAIN(TestSettingsDamage)
#include "tst_settingsdamage.moc"
