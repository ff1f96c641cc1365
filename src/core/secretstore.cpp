#include "secretstore.h"

#include <algorithm>
#include <iterator>
#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

SecretStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    using Status = SecretStore::Status;
    const auto said = [&job](const char *text) {
        return QCoreApplication::translate("SecretStore", text).arg(job.errorString());
    };
    switch (job.error()) {
    case QKeychain::NoError:
        return {Status::Done, {}, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Status::Unavailable,
                {},
                said("No keychain service runs on this desktop (%1), so nothing can be stored in "
                     "it.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Status::Failed, {}, said("The keychain refused access (%1).")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Without a session bus, or with one but no Secret Service on it, QtKeychain says
    // OtherError: its text (libsecret's, GDBus's) names D-Bus, the bus it could not reach, or
    // the service that is missing.
    const QString text = job.errorString();
    static const QLatin1StringView unreachable[] = {"D-Bus"_L1,
                                                    "dbus-launch"_L1,
                                                    "Could not connect"_L1,
                                                    "autolaunch"_L1,
                                                    "org.freedesktop.secrets"_L1,
                                                    "ServiceUnknown"_L1};
    if (std::any_of(
            std::begin(unreachable), std::end(unreachable),
            [&text](QLatin1StringView sign) { return text.contains(sign, Qt::CaseInsensitive); }))
        return {Status::Unavailable,
                {},
                said("No keychain service runs on this desktop (%1), so nothing can be stored in "
                     "it.")};
    return {Status::Failed, {}, said("The keychain failed: %1")};
}

/// Starts `job` and hands its outcome to `done` once it finished.
void run(QKeychain::Job *job, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            SecretStore::Outcome outcome = outcomeOf(*finished);
            if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(finished);
                read && outcome.status == SecretStore::Status::Done)
                outcome.secret = read->textData();
            done(outcome);
        });
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::keyOf(const QString &profileName)
{
    return u"profile:"_s + profileName;
}

void SecretStore::read(const QString &profileName, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyOf(profileName));
    run(job, std::move(done));
}

void SecretStore::write(const QString &profileName, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyOf(profileName));
    job->setTextData(secret);
    run(job, std::move(done));
}

void SecretStore::remove(const QString &profileName, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyOf(profileName));
    run(job, [done = std::move(done)](const Outcome &outcome) {
        done(outcome.status == Status::NotFound ? Outcome {Status::Done, {}, {}} : outcome);
    });
}

void SecretStore::rename(const QString &from, const QString &to, Callback done)
{
    if (from == to)
        return read(from, [done = std::move(done)](const Outcome &outcome) {
            done({outcome.status, {}, outcome.message});
        });
    read(from, [this, from, to, done = std::move(done)](const Outcome &found) {
        if (found.status != Status::Done)
            return done({found.status, {}, found.message});
        write(to, found.secret, [this, from, done](const Outcome &written) {
            if (written.status != Status::Done)
                return done(written);
            remove(from, done);
        });
    });
}
