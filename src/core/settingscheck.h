#pragma once

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

/// Strict reading of a settings file that a person may have edited or a crash may have cut
/// short: values count only when they are unmistakable, and anything else is a problem said in
/// words. A damaged file is copied aside (`<file>.damaged-<yyyyMMdd-HHmmss>`) before anything is
/// written over it, because QSettings rewrites the whole file from what it understood.
namespace SettingsCheck {
/// `true`/`false`/`1`/`0` in any case (spaces around ignored) or a stored bool; nothing otherwise.
/// Callers fall back to the safe value and report the problem.
[[nodiscard]] std::optional<bool> toBool(const QVariant &value);
/// A whole number written with digits (an optional sign) or stored as one; nothing otherwise.
[[nodiscard]] std::optional<qint64> toInteger(const QVariant &value);
/// One piece of text (not a list, not an unreadable `@Variant`); nothing otherwise.
[[nodiscard]] std::optional<QString> toText(const QVariant &value);
/// The value as it is written, shortened, for messages.
[[nodiscard]] QString shown(const QVariant &value);

/// What is wrong with the file as a whole, in words (not readable, lines that are not settings);
/// empty when it parsed. Parses every section first: QSettings parses sections lazily.
[[nodiscard]] QString fileProblem(QSettings &settings);

/// The entries of a QSettings array (`group/1/...`, `group/size`) as they are stored: the
/// numbered sub-groups that exist, in order, whatever `size` says.
struct ArrayEntries
{
    QList<int> indices; ///< 1-based, ascending
    QString problem; ///< words for a `size` that is not a number or disagrees; empty if fine
};
/// `what` names the entries in the problem text ("profiles", "runs in flight").
[[nodiscard]] ArrayEntries arrayEntries(QSettings &settings, const QString &group,
                                        const QString &what);

/// `<file>.damaged-<yyyyMMdd-HHmmss>` (local time).
[[nodiscard]] QString asideFileName(const QString &file, const QDateTime &when);
/// Copies the settings file next to itself under asideFileName() (a copy identical to the file
/// made before is reused). The file stays in place: QSettings keeps what it could read and
/// writes it back there. Returns the copy's path; empty, with `*error` set, when none was made.
[[nodiscard]] QString keepAside(const QSettings &settings, QString *error);
} // namespace SettingsCheck

/// What one reader of a settings file could not read, and whether it may write to the file:
/// only when nothing was wrong or a copy of the damaged file is kept.
class SettingsProblems final
{
public:
    void add(const QString &sentence);
    [[nodiscard]] bool isEmpty() const { return m_problems.isEmpty(); }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }
    /// Keeps the damaged file aside once (SettingsCheck::keepAside); true when a copy exists or
    /// nothing was wrong, i.e. when writing to the file cannot lose anything unseen.
    bool readyToWrite(const QSettings &settings);
    /// Whether readyToWrite() would return true without trying again: nothing was wrong, or
    /// the copy is there.
    [[nodiscard]] bool mayWrite() const;
    [[nodiscard]] const QString &copyPath() const { return m_copy; }
    /// The problems, then what became of the file; empty when nothing was wrong.
    [[nodiscard]] QStringList sentences() const;

private:
    QStringList m_problems;
    QString m_file;
    QString m_copy;
    QString m_copyError;
};
