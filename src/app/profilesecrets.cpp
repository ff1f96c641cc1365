#include "profilesecrets.h"

#include <QTimer>

ProfileSecrets::ProfileSecrets(const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_store(keychainService)
{ }

ProfileSecrets::~ProfileSecrets() = default;

void ProfileSecrets::obtain(const ConnectionProfile &profile, Done done)
{
    // Decided later, not now: a rename or a secret typed in the same breath as the profile's
    // change reaches memory first.
    QTimer::singleShot(0, this, [this, profile, done] {
        if (const auto secret = known(profile.name))
            return done(secret);
        if (profile.askSecretEachTime)
            return ask(profile, tr("This profile keeps its secret nowhere: it is asked each time."),
                       done);
        m_store.read(profile.name, [this, profile, done](const SecretStore::Outcome &outcome) {
            switch (outcome.status) {
            case SecretStore::Status::Done:
                m_known.insert(profile.name, outcome.secret);
                return done(outcome.secret);
            case SecretStore::Status::NotFound:
                return ask(profile, tr("The keychain holds no secret for this profile."), done);
            case SecretStore::Status::Unavailable:
            case SecretStore::Status::Failed:
                return ask(profile, outcome.message, done);
            }
        });
    });
}

void ProfileSecrets::ask(const ConnectionProfile &profile, const QString &why, const Done &done)
{
    const std::optional<QString> secret = m_prompt ? m_prompt(profile, why) : std::nullopt;
    if (secret)
        m_known.insert(profile.name, *secret);
    done(secret);
}

void ProfileSecrets::store(const QString &profileName, const QString &secret,
                           SecretStore::Callback done)
{
    m_store.write(profileName, secret,
                  [this, profileName, secret, done](const SecretStore::Outcome &outcome) {
                      if (outcome.status == SecretStore::Status::Done)
                          m_known.insert(profileName, secret);
                      done(outcome);
                  });
}

void ProfileSecrets::keepForNow(const QString &profileName, const QString &secret)
{
    m_known.insert(profileName, secret);
}

std::optional<QString> ProfileSecrets::known(const QString &profileName) const
{
    const auto found = m_known.constFind(profileName);
    if (found == m_known.cend())
        return std::nullopt;
    return *found;
}

void ProfileSecrets::readStored(const QString &profileName, SecretStore::Callback done)
{
    m_store.read(profileName, std::move(done));
}

void ProfileSecrets::rename(const QString &from, const QString &to)
{
    if (const auto secret = known(from)) {
        m_known.remove(from);
        m_known.insert(to, *secret);
    }
    m_store.rename(from, to, [](const SecretStore::Outcome &) {});
}

void ProfileSecrets::remove(const QString &profileName)
{
    m_known.remove(profileName);
    m_store.remove(profileName, [](const SecretStore::Outcome &) {});
}
