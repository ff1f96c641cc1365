// The app as main() builds it with both demos (the simulator as a repository and as a Qlik Cloud
// tenant): runs of a repository task and of a Qlik Cloud app, started from their profiles, live
// in one runs table, each with its server's own status words, and stop works on either.
#include "appsettings.h"
#include "cloud/cloudtypes.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "profilestore.h"
#include "runjournal.h"
#include "runsmodel.h"
#include "taskbrowserdialog.h"
#include "tasksmodel.h"
#include "workspace.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCloudBesideRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothKindsOfRunInOneTable();

private:
    /// The row of the run of `task` of `profile` in the table; -1 when there is none.
    static int rowOf(const RunsModel &model, const QString &profile, const QString &task);
    /// Activates the demo of that name and waits until it is connected.
    static ProfileSession *connect(Workspace &workspace, const QString &name);
};

int TestCloudBesideRepository::rowOf(const RunsModel &model, const QString &profile,
                                     const QString &task)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, RunsModel::Profile).data().toString() == profile &&
            model.index(row, RunsModel::Task).data().toString() == task)
            return row;
    }
    return -1;
}

ProfileSession *TestCloudBesideRepository::connect(Workspace &workspace, const QString &name)
{
    workspace.setActiveProfile(name);
    const bool connected = QTest::qWaitFor(
        [&] {
            const ProfileSession *session = workspace.activeSession();
            return session && session->name() == name &&
                session->state() == ProfileSession::State::Connected;
        },
        20000);
    return connected ? workspace.activeSession() : nullptr;
}

void TestCloudBesideRepository::bothKindsOfRunInOneTable()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(file);
    AppSettings settings(file);
    RunJournal journal(file);
    DemoServer repository(QStringLiteral(QRS_SIM_EXECUTABLE));
    DemoServer tenant(QStringLiteral(QRS_SIM_EXECUTABLE), DemoServer::cloudArguments());
    QVERIFY(tenant.isCloud());
    QVERIFY(!repository.isCloud());
    Workspace workspace(profiles, settings, &journal, {&repository, &tenant});
    MainWindow window(workspace);
    QCOMPARE(workspace.profileNames(),
             QStringList({Workspace::demoProfileName(), Workspace::cloudDemoProfileName()}));

    ProfileSession *cloud = connect(workspace, Workspace::cloudDemoProfileName());
    QVERIFY(cloud);
    QVERIFY2(cloud->stateText().contains(u"Qlik Cloud tenant"_s), qPrintable(cloud->stateText()));
    cloud->tracker().setPollInterval(std::chrono::milliseconds(200));
    {
        // Its browser lists the tenant's apps with their spaces, and none of a task's columns.
        TaskBrowserDialog browser(*cloud);
        auto *view = browser.findChild<QTableView *>(u"tasksView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 13, 10000);
        QCOMPARE(view->model()->headerData(TasksModel::Name, Qt::Horizontal).toString(),
                 TasksModel::tr("App"));
        QCOMPARE(view->model()->headerData(TasksModel::Stream, Qt::Horizontal).toString(),
                 TasksModel::tr("Space"));
        for (const TasksModel::Column column : TasksModel::repositoryOnlyColumns())
            QVERIFY(view->isColumnHidden(column));
        QVERIFY(!view->isColumnHidden(TasksModel::LastRun));
    }
    // The tenant holds requests back for a moment: the status bar's words say so, then not.
    QStringList stateTexts;
    QObject::connect(cloud, &ProfileSession::stateChanged, cloud,
                     [&] { stateTexts.append(cloud->stateText()); });
    QNetworkAccessManager network;
    QUrl control = tenant.url();
    control.setPath(u"/__sim/cloud/ratelimit"_s);
    QNetworkRequest request(control);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request, R"({"retryAfter":1,"count":1})");
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();
    cloud->tracker().startAll(
        {TaskRef::byName(u"Personal Sandbox"_s), TaskRef::byName(u"Data Warehouse Extract"_s)});
    ProfileSession *qrs = connect(workspace, Workspace::demoProfileName());
    QVERIFY(qrs);
    qrs->tracker().setPollInterval(std::chrono::milliseconds(200));
    qrs->tracker().start(TaskRef::byName(u"Extract Data Warehouse"_s));

    const RunsModel &model = *window.runsModel();
    const QString cloudName = Workspace::cloudDemoProfileName();
    const QString qrsName = Workspace::demoProfileName();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(model, cloudName, u"Personal Sandbox"_s) >= 0 &&
            model.index(rowOf(model, cloudName, u"Personal Sandbox"_s), RunsModel::Status)
                    .data()
                    .toString() == TaskStatus::cloud(CloudReloadStatus::Succeeded).displayName(),
        20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(model, qrsName, u"Extract Data Warehouse"_s) >= 0 &&
            model.index(rowOf(model, qrsName, u"Extract Data Warehouse"_s), RunsModel::Status)
                    .data()
                    .toString() == TaskStatus(TaskStatus::FinishedSuccess).displayName(),
        30000);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY2(stateTexts.join(u'\n').contains(u"Held back by the tenant's rate limit"_s),
             qPrintable(stateTexts.join(u'\n')));
    QVERIFY2(stateTexts.constLast().contains(u"connected, Qlik Cloud tenant"_s),
             qPrintable(stateTexts.join(u'\n')));
    // The long reload goes on; stopped from the table's model, it ends CANCELED.
    const int longRow = rowOf(model, cloudName, u"Data Warehouse Extract"_s);
    QVERIFY(longRow >= 0);
    const RunsModel::RunKey key = model.keyAt(model.index(longRow, 0));
    QTRY_COMPARE_WITH_TIMEOUT(key.tracker->run(key.id)->phase, RunPhase::Running, 10000);
    key.tracker->stop(key.id);
    QTRY_COMPARE_WITH_TIMEOUT(key.tracker->run(key.id)->outcome(), RunOutcome::Aborted, 15000);
    QCOMPARE(key.tracker->run(key.id)->status()->name(), u"CANCELED"_s);
    QCOMPARE(model.index(rowOf(model, cloudName, u"Data Warehouse Extract"_s), RunsModel::App)
                 .data()
                 .toString(),
             u"Data Warehouse Extract"_s);
}

QTEST_MAIN(TestCloudBesideRepository)
#include "tst_cloudbesiderepository.moc"
