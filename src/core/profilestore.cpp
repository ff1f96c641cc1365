#include "profilestore.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString GroupKey = u"profiles"_s;
const QString VersionKey = u"profiles/version"_s;
const QString ActiveKey = u"profiles/active"_s;
} // namespace

ProfileStore::ProfileStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
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
    if (index < 0)
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
    m_settings.setValue(ActiveKey, m_active);
    m_settings.sync();
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
    // Version 1 is the only format so far; a newer file is read as far as its keys are known.
    const int size = m_settings.beginReadArray(GroupKey);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings.value(u"name"_s).toString();
        profile.serverUrl = QUrl(m_settings.value(u"url"_s).toString());
        profile.virtualProxyPrefix = m_settings.value(u"prefix"_s).toString();
        profile.userHeaderName = m_settings.value(u"header"_s).toString();
        profile.userId = m_settings.value(u"user"_s).toString();
        profile.caCertificateFile = m_settings.value(u"caFile"_s).toString();
        profile.ignoreCertificateErrors =
            m_settings.value(u"ignoreCertificateErrors"_s, false).toBool();
        const qint64 timeoutMs = m_settings.value(u"timeoutMs"_s, 30000).toLongLong();
        profile.requestTimeout = std::chrono::milliseconds(timeoutMs > 0 ? timeoutMs : 30000);
        if (!profile.name.isEmpty() && indexOf(profile.name) < 0)
            m_profiles.append(profile);
    }
    m_settings.endArray();
    m_active = m_settings.value(ActiveKey).toString();
}

void ProfileStore::save()
{
    m_settings.remove(GroupKey);
    m_settings.beginWriteArray(GroupKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"name"_s, profile.name);
        m_settings.setValue(u"url"_s, profile.serverUrl.toString());
        m_settings.setValue(u"prefix"_s, profile.virtualProxyPrefix);
        m_settings.setValue(u"header"_s, profile.userHeaderName);
        m_settings.setValue(u"user"_s, profile.userId);
        m_settings.setValue(u"caFile"_s, profile.caCertificateFile);
        m_settings.setValue(u"ignoreCertificateErrors"_s, profile.ignoreCertificateErrors);
        m_settings.setValue(u"timeoutMs"_s, qint64(profile.requestTimeout.count()));
    }
    m_settings.endArray();
    m_settings.setValue(VersionKey, FormatVersion);
    m_settings.setValue(ActiveKey, m_active);
    m_settings.sync();
}

qsizetype ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}
