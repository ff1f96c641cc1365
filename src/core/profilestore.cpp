#include "profilestore.h"

#include "certificatepin.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString GroupKey = u"profiles"_s;
const QString VersionKey = u"profiles/version"_s;
const QString ActiveKey = u"profiles/active"_s;
constexpr qint64 DefaultTimeoutMs = 30000;
} // namespace

ProfileStore::ProfileStore(QSettings &settings, QObject *parent)
    : ProfileStore(settings, Access::ReadWrite, parent)
{ }

ProfileStore::ProfileStore(QSettings &settings, Access access, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_access(access)
{
    load();
}

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::names() const
{
    QStringList result;
    result.reserve(m_profiles.size());
    for (const ConnectionProfile &profile : m_profiles)
        result.append(profile.name);
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

QStringList ProfileStore::add(const ConnectionProfile &profile)
{
    const QStringList errors = check(profile, {});
    if (!errors.isEmpty())
        return errors;
    if (const QString refused = cannotWrite(); !refused.isEmpty())
        return {refused};
    m_profiles.append(profile);
    save();
    Q_EMIT changed();
    return {};
}

QStringList ProfileStore::update(const QString &name, const ConnectionProfile &profile)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return {QCoreApplication::translate("ProfileStore", "There is no profile called \"%1\".")
                    .arg(name)};
    const QStringList errors = check(profile, name);
    if (!errors.isEmpty())
        return errors;
    if (const QString refused = cannotWrite(); !refused.isEmpty())
        return {refused};
    m_profiles[index] = profile;
    const bool renamedActive = (m_active == name && profile.name != name);
    if (renamedActive)
        m_active = profile.name;
    save();
    Q_EMIT changed();
    if (renamedActive)
        Q_EMIT activeProfileChanged(m_active);
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0 || !cannotWrite().isEmpty())
        return false;
    m_profiles.removeAt(index);
    const bool wasActive = (m_active == name);
    if (wasActive)
        m_active.clear();
    save();
    Q_EMIT changed();
    if (wasActive)
        Q_EMIT activeProfileChanged(m_active);
    return true;
}

void ProfileStore::setActiveProfileName(const QString &name)
{
    if (m_active == name)
        return;
    m_active = name;
    if (cannotWrite().isEmpty()) {
        m_settings.setValue(ActiveKey, m_active);
        m_settings.sync();
    }
    Q_EMIT activeProfileChanged(m_active);
}

QStringList ProfileStore::check(const ConnectionProfile &profile, const QString &replacing) const
{
    QStringList errors;
    if (profile.name.trimmed().isEmpty())
        errors.append(QCoreApplication::translate("ProfileStore", "The profile needs a name."));
    else if (profile.name != replacing && contains(profile.name))
        errors.append(
            QCoreApplication::translate("ProfileStore", "A profile called \"%1\" exists already.")
                .arg(profile.name));
    for (const QString &error : profile.validationErrors()) {
        if (!errors.contains(error))
            errors.append(error);
    }
    return errors;
}

void ProfileStore::load()
{
    m_profiles.clear();
    if (const QString problem = SettingsCheck::fileProblem(m_settings); !problem.isEmpty())
        m_problems.add(problem);
    // Version 1 is the only format so far; a newer file is read as far as its keys are known.
    // The numbered entries are read whatever `size` says: a file cut short or edited by hand
    // must not hide the profiles it still holds.
    const SettingsCheck::ArrayEntries entries =
        SettingsCheck::arrayEntries(m_settings, GroupKey, tr("profiles"));
    if (!entries.problem.isEmpty())
        m_problems.add(entries.problem);
    for (int index : entries.indices)
        readProfile(index);

    const QVariant active = m_settings.value(ActiveKey);
    if (const auto name = SettingsCheck::toText(active))
        m_active = *name;
    else if (active.isValid() || m_settings.contains(ActiveKey))
        m_problems.add(tr("The active profile in %1 is %2, which is not a profile name.")
                           .arg(QDir::toNativeSeparators(m_settings.fileName()),
                                SettingsCheck::shown(active)));

    // Nothing has been written yet: keep the file as it is before anything can be.
    if (m_access == Access::ReadWrite && !m_problems.isEmpty())
        m_problems.readyToWrite(m_settings);
}

void ProfileStore::readProfile(int index)
{
    const QString prefix = GroupKey + u'/' + QString::number(index) + u'/';
    const QString file = QDir::toNativeSeparators(m_settings.fileName());
    QStringList missing;
    QStringList wrong;
    const auto text = [&](const QString &key, bool required) -> QString {
        if (!m_settings.contains(prefix + key)) {
            if (required)
                missing.append(u"“"_s + key + u"”"_s);
            return {};
        }
        const QVariant value = m_settings.value(prefix + key);
        if (const auto result = SettingsCheck::toText(value))
            return *result;
        wrong.append(tr("“%1” is %2, which is not text").arg(key, SettingsCheck::shown(value)));
        return {};
    };

    ConnectionProfile profile;
    profile.name = text(u"name"_s, false);
    if (!wrong.isEmpty()) {
        m_problems.add(tr("Profile %1 in %2 could not be read: its name is %3, which is not text.")
                           .arg(index)
                           .arg(file, SettingsCheck::shown(m_settings.value(prefix + u"name"_s))));
        return;
    }
    if (profile.name.trimmed().isEmpty()) {
        m_problems.add(
            tr("Profile %1 in %2 could not be read: it has no name.").arg(index).arg(file));
        return;
    }
    if (indexOf(profile.name) >= 0) {
        m_problems.add(tr("Profile %1 in %2 could not be read: an earlier profile is also called "
                          "“%3”.")
                           .arg(index)
                           .arg(file, profile.name));
        return;
    }
    const QString url = text(u"url"_s, true);
    profile.serverUrl = QUrl(url);
    if (!url.isEmpty() && !profile.serverUrl.isValid())
        wrong.append(tr("“url” is %1, which is not a web address").arg(SettingsCheck::shown(url)));
    const QString signIn = text(u"signIn"_s, false);
    if (const auto method = ConnectionProfile::signInFromKey(signIn))
        profile.signIn = *method;
    else if (!signIn.isEmpty())
        wrong.append(tr("“signIn” is %1, which is not header, certificate, windows, jwt, "
                        "cloud-api-key or cloud-oauth")
                         .arg(SettingsCheck::shown(signIn)));
    using SignIn = ConnectionProfile::SignIn;
    profile.virtualProxyPrefix = text(u"prefix"_s, false);
    profile.userHeaderName = text(u"header"_s, profile.signIn == SignIn::Header);
    profile.userId =
        text(u"user"_s, profile.signIn == SignIn::Header || profile.signIn == SignIn::Certificate);
    profile.userDirectory = text(u"userDirectory"_s, profile.signIn == SignIn::Certificate);
    profile.clientCertificateFile = text(u"clientCertificate"_s, false);
    profile.clientKeyFile = text(u"clientKey"_s, false);
    profile.caCertificateFile = text(u"caFile"_s, false);
    // A damaged pin is kept as it is: the profile then fails its validation instead of trusting
    // whatever a certificate authority vouches for.
    const QString pin = text(u"pinSha256"_s, false);
    profile.pinnedSha256 = CertificatePin::normalised(pin).value_or(pin);

    // A yes/no that is not clearly one keeps its safe default, and is reported: verification
    // stays on, the keychain stays in use.
    const auto flag = [&](const QString &key, bool &field, const QString &otherwise) {
        if (!m_settings.contains(prefix + key))
            return;
        const QVariant value = m_settings.value(prefix + key);
        if (const auto set = SettingsCheck::toBool(value))
            field = *set;
        else
            wrong.append(tr("“%1” is %2, which is neither true nor false, so %3")
                             .arg(key, SettingsCheck::shown(value), otherwise));
    };
    flag(u"ignoreCertificateErrors"_s, profile.ignoreCertificateErrors,
         tr("certificates are verified"));
    flag(u"askEachTime"_s, profile.askSecretEachTime, tr("the keychain is used"));
    flag(u"watchServer"_s, profile.watchServer, tr("the server is not watched"));
    profile.watchNotifyFilter = m_settings.value(prefix + u"watchNotifyFilter"_s).toStringList();
    const QString timeoutKey = prefix + u"timeoutMs"_s;
    qint64 timeoutMs = DefaultTimeoutMs;
    if (m_settings.contains(timeoutKey)) {
        const QVariant value = m_settings.value(timeoutKey);
        const auto number = SettingsCheck::toInteger(value);
        if (number && *number > 0)
            timeoutMs = *number;
        else
            wrong.append(tr("“timeoutMs” is %1, which is not a number of milliseconds, so %2 s "
                            "are used")
                             .arg(SettingsCheck::shown(value))
                             .arg(DefaultTimeoutMs / 1000));
    }
    profile.requestTimeout = std::chrono::milliseconds(timeoutMs);
    m_profiles.append(profile);

    if (!missing.isEmpty())
        wrong.prepend(tr("%1 missing").arg(missing.join(u", "_s)));
    if (!wrong.isEmpty())
        m_problems.add(tr("Profile %1 (“%2”) in %3 was read in part: %4.")
                           .arg(index)
                           .arg(profile.name, file, wrong.join(u"; "_s)));
}

QString ProfileStore::cannotWrite()
{
    if (m_access == Access::ReadOnly)
        return tr("The profiles are open read-only here.");
    if (!m_problems.readyToWrite(m_settings))
        return tr("%1 could not be read in full and no copy of it could be kept, so nothing is "
                  "written to it.")
            .arg(QDir::toNativeSeparators(m_settings.fileName()));
    return {};
}

bool ProfileStore::save()
{
    if (!cannotWrite().isEmpty())
        return false;
    m_settings.remove(GroupKey);
    m_settings.beginWriteArray(GroupKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"name"_s, profile.name);
        m_settings.setValue(u"signIn"_s, ConnectionProfile::signInKey(profile.signIn));
        m_settings.setValue(u"url"_s, profile.serverUrl.toString());
        m_settings.setValue(u"prefix"_s, profile.virtualProxyPrefix);
        m_settings.setValue(u"header"_s, profile.userHeaderName);
        m_settings.setValue(u"user"_s, profile.userId);
        m_settings.setValue(u"userDirectory"_s, profile.userDirectory);
        m_settings.setValue(u"clientCertificate"_s, profile.clientCertificateFile);
        m_settings.setValue(u"clientKey"_s, profile.clientKeyFile);
        m_settings.setValue(u"askEachTime"_s, profile.askSecretEachTime);
        m_settings.setValue(u"caFile"_s, profile.caCertificateFile);
        m_settings.setValue(u"pinSha256"_s, profile.pinnedSha256);
        m_settings.setValue(u"ignoreCertificateErrors"_s, profile.ignoreCertificateErrors);
        m_settings.setValue(u"timeoutMs"_s, qint64(profile.requestTimeout.count()));
        m_settings.setValue(u"watchServer"_s, profile.watchServer);
        m_settings.setValue(u"watchNotifyFilter"_s, profile.watchNotifyFilter);
    }
    m_settings.endArray();
    m_settings.setValue(VersionKey, FormatVersion);
    m_settings.setValue(ActiveKey, m_active);
    m_settings.sync();
    return true;
}

qsizetype ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}
