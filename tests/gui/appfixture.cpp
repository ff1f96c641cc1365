#include "appfixture.h"

#include "appidentity.h"
#include "secretstore.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

bool AppFixture::setUp(QString *error, SimProcess::Options simOptions,
                       const QString &keychainSecret)
{
    m_sim = std::make_unique<SimProcess>(std::move(simOptions));
    if (!m_sim->start()) {
        *error = m_sim->errorString();
        return false;
    }
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    m_settingsFile =
        std::make_unique<QSettings>(m_dir.filePath(u"app.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settingsFile);
    ConnectionProfile profile = m_sim->profile();
    profile.name = u"Simulator"_s;
    if (const QStringList problems = m_profiles->add(profile); !problems.isEmpty()) {
        *error = problems.join(u' ');
        return false;
    }
    m_profiles->setActiveProfileName(profile.name);
    if (!keychainSecret.isEmpty()) {
        SecretStore keychain(AppIdentity::ApplicationName);
        std::optional<SecretStore::Outcome> stored;
        keychain.write(profile.name, keychainSecret,
                       [&stored](const SecretStore::Outcome &outcome) { stored = outcome; });
        if (!QTest::qWaitFor([&] { return stored.has_value(); }, 30000) ||
            stored->status != SecretStore::Status::Done) {
            *error = u"the keychain did not store the secret: "_s +
                (stored ? stored->message : u"no answer"_s);
            return false;
        }
    }
    m_settings = std::make_unique<AppSettings>(*m_settingsFile);
    m_settings->setPollIntervalSeconds(1);
    m_journal = std::make_unique<RunJournal>(*m_settingsFile);
    m_workspace = std::make_unique<Workspace>(*m_profiles, *m_settings, m_journal.get(),
                                              QList<DemoServer *>());
    m_history = std::make_unique<RunHistory>(historyPath());
    m_workspace->setHistory(m_history.get());
    m_history->load();
    return true;
}

QString AppFixture::historyPath() const
{
    return m_dir.filePath(u"history.sqlite"_s);
}

QByteArray AppFixture::settingsFileContent() const
{
    m_settingsFile->sync();
    QFile file(m_settingsFile->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
