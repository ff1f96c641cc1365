#pragma once

#include "connectionprofile.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;

/// The connection profiles people keep, as a versioned QSettings array (`profiles/size`,
/// `profiles/1/name`, ..., `profiles/version`), plus the name of the active one.
/// Holds nothing secret: header-authenticated profiles have no secret to keep.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static constexpr int FormatVersion = 1;

    /// Reads the profiles from `settings`, which must outlive the store.
    explicit ProfileStore(QSettings &settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] bool contains(const QString &name) const;
    [[nodiscard]] std::optional<ConnectionProfile> profile(const QString &name) const;

    /// Adds a profile. Returns what is wrong with it (empty on success, nothing stored otherwise).
    [[nodiscard]] QStringList add(const ConnectionProfile &profile);
    /// Replaces the profile called `name` (which may be renamed). Same return as add().
    [[nodiscard]] QStringList update(const QString &name, const ConnectionProfile &profile);
    bool remove(const QString &name);

    /// Name of the profile new runs go to; empty when none is chosen.
    [[nodiscard]] QString activeProfileName() const { return m_active; }
    void setActiveProfileName(const QString &name);

Q_SIGNALS:
    /// A profile was added, changed or removed.
    void changed();
    void activeProfileChanged(const QString &name);

private:
    [[nodiscard]] QStringList check(const ConnectionProfile &profile,
                                    const QString &replacing) const;
    void load();
    void save();
    qsizetype indexOf(const QString &name) const;

    QSettings &m_settings;
    QList<ConnectionProfile> m_profiles;
    QString m_active;
};
