#include "appfixture.h"

using namespace Qt::StringLiterals;

bool AppFixture::setUp(QString *error, SimProcess::Options simOptions)
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
    m_settings = std::make_unique<AppSettings>(*m_settingsFile);
    m_settings->setPollIntervalSeconds(1);
    m_journal = std::make_unique<RunJournal>(*m_settingsFile);
    m_workspace = std::make_unique<Workspace>(*m_profiles, *m_settings, m_journal.get(), nullptr);
    return true;
}
