#pragma once

#include "connectionprofile.h"
#include "settingscheck.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;

/// The connection profiles people keep, as a versioned QSettings array (`profiles/size`,
/// `profiles/1/name`, ..., `profiles/version`), plus the name of the active one.
/// Holds nothing secret: header-authenticated profiles have no secret to keep.
///
/// Reading is strict and keeps what it can: a profile that cannot be read is left out and said
/// so in problems(), a value that is not understood falls back to the safe default (certificate
/// verification on). A read-write store copies a damaged file aside before it writes anything
/// (see SettingsCheck::keepAside) and writes nothing when no copy could be made.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static constexpr int FormatVersion = 1;

    enum class Access {
        ReadWrite, ///< the app's store: keeps a damaged file aside at once
        ReadOnly, ///< another reader (the CLI): reports problems, never touches the file
    };

    /// Reads the profiles from `settings`, which must outlive the store.
    explicit ProfileStore(QSettings &settings, QObject *parent = nullptr);
    ProfileStore(QSettings &settings, Access access, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// Whether anything about the profiles could not be read when they were loaded.
    [[nodiscard]] bool isDamaged() const { return !m_problems.isEmpty(); }
    /// What could not be read, in sentences for people, then what became of the file (the copy
    /// kept aside); empty when everything was read.
    [[nodiscard]] QStringList problems() const { return m_problems.sentences(); }
    /// The copy of the damaged file (`<file>.damaged-<yyyyMMdd-HHmmss>`); empty when none.
    [[nodiscard]] QString damagedCopyPath() const { return m_problems.copyPath(); }

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
    void readProfile(int index);
    /// Why nothing may be written now (read-only, or damaged without a copy); empty if it may.
    [[nodiscard]] QString cannotWrite();
    bool save();
    qsizetype indexOf(const QString &name) const;

    QSettings &m_settings;
    const Access m_access;
    SettingsProblems m_problems;
    QList<ConnectionProfile> m_profiles;
    QString m_active;
};
