#include "settingscheck.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
/// Line numbers (1-based) and texts of INI lines that are neither a section, a comment nor a
/// `key=value` pair: what QSettings skips with a FormatError.
QList<std::pair<int, QString>> unreadableLines(const QString &fileName)
{
    QList<std::pair<int, QString>> lines;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#') || line.contains(u'='))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']'))
            continue;
        lines.append({number, line});
    }
    return lines;
}

bool sameContent(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.size() != content.size() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == content;
}
} // namespace

namespace SettingsCheck {

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return std::nullopt;
    const QString text = value.toString().trimmed().toLower();
    if (text == "true"_L1 || text == "1"_L1)
        return true;
    if (text == "false"_L1 || text == "0"_L1)
        return false;
    return std::nullopt;
}

std::optional<qint64> toInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return value.toLongLong();
    case QMetaType::ULongLong: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        return ok && value.toULongLong() <= quint64(std::numeric_limits<qint64>::max())
            ? std::optional<qint64>(number)
            : std::nullopt;
    }
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok, 10);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<QString> toText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        // A list (an unquoted comma in an INI value), binary data or an @Variant Qt could not
        // read: not what the app writes.
        return std::nullopt;
    }
}

QString shown(const QVariant &value)
{
    QString text;
    if (!value.isValid())
        text = QCoreApplication::translate("SettingsCheck", "an unreadable value");
    else if (value.typeId() == QMetaType::QStringList)
        text = value.toStringList().join(u", "_s);
    else
        text = value.toString();
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    if (text.size() > 60)
        text = text.left(57) + u"…"_s;
    return u"“"_s + text + u"”"_s;
}

QString fileProblem(QSettings &settings)
{
    (void)settings.allKeys(); // parses every section, which sets the status
    switch (settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QCoreApplication::translate("SettingsCheck", "%1 could not be opened for reading.")
            .arg(QDir::toNativeSeparators(settings.fileName()));
    case QSettings::FormatError:
        break;
    }
    const auto lines = unreadableLines(settings.fileName());
    if (lines.isEmpty())
        return QCoreApplication::translate(
                   "SettingsCheck",
                   "%1 is not a well-formed settings file: parts of it were "
                   "skipped.")
            .arg(QDir::toNativeSeparators(settings.fileName()));
    // Named without std::min<...>: lupdate's parser loops on that before a comparison.
    const qsizetype namedCount = lines.size() < 3 ? lines.size() : 3;
    QStringList named;
    for (qsizetype i = 0; i != namedCount; ++i)
        named.append(QCoreApplication::translate("SettingsCheck", "line %1 (%2)")
                         .arg(lines.at(i).first)
                         .arg(shown(lines.at(i).second)));
    if (lines.size() != namedCount)
        named.append(QCoreApplication::translate("SettingsCheck", "%n more", nullptr,
                                                 int(lines.size() - namedCount)));
    return QCoreApplication::translate("SettingsCheck",
                                       "%1 is not a well-formed settings file: %n line(s) could "
                                       "not be read and were skipped: %2.",
                                       nullptr, int(lines.size()))
        .arg(QDir::toNativeSeparators(settings.fileName()), named.join(u", "_s));
}

ArrayEntries arrayEntries(QSettings &settings, const QString &group, const QString &what)
{
    ArrayEntries result;
    settings.beginGroup(group);
    const QVariant sizeValue = settings.value(u"size"_s);
    const QStringList children = settings.childGroups();
    settings.endGroup();
    for (const QString &child : children) {
        bool ok = false;
        const int index = child.toInt(&ok, 10);
        if (ok && index > 0 && child == QString::number(index))
            result.indices.append(index);
    }
    std::sort(result.indices.begin(), result.indices.end());
    const QString file = QDir::toNativeSeparators(settings.fileName());
    const auto size = toInteger(sizeValue);
    const int found = int(result.indices.size());
    if (!sizeValue.isValid()) {
        if (found > 0)
            result.problem =
                QCoreApplication::translate("SettingsCheck",
                                            "The list of %1 in %2 has no size: the file "
                                            "may have been cut short. %n entry(s) found "
                                            "were read.",
                                            nullptr, found)
                    .arg(what, file);
    } else if (!size || *size < 0) {
        result.problem =
            QCoreApplication::translate("SettingsCheck",
                                        "The list of %1 in %2 gives its size as %3, which "
                                        "is not a number. %n entry(s) found were read.",
                                        nullptr, found)
                .arg(what, file, shown(sizeValue));
    } else if (*size != found) {
        result.problem =
            QCoreApplication::translate("SettingsCheck",
                                        "The list of %1 in %2 should hold %3 entries but "
                                        "%n were found and read.",
                                        nullptr, found)
                .arg(what, file)
                .arg(*size);
    }
    return result;
}

QString asideFileName(const QString &file, const QDateTime &when)
{
    return file + u".damaged-"_s + when.toString(u"yyyyMMdd-HHmmss"_s);
}

QString keepAside(const QSettings &settings, QString *error)
{
    const QString fileName = settings.fileName();
    QFile file(fileName);
    if (fileName.isEmpty() || !QFileInfo(fileName).isFile()) {
        *error =
            QCoreApplication::translate("SettingsCheck", "it is not a file that can be copied");
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray content = file.readAll();
    file.close();

    const QFileInfo info(fileName);
    const QDir dir = info.absoluteDir();
    const QStringList earlier = dir.entryList({info.fileName() + u".damaged-*"_s}, QDir::Files);
    for (const QString &name : earlier) {
        if (sameContent(dir.filePath(name), content))
            return dir.filePath(name);
    }

    const QString base = asideFileName(fileName, QDateTime::currentDateTime());
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    QFile copy(target);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        copy.write(content) != content.size() || !copy.flush()) {
        *error = copy.errorString();
        copy.close();
        copy.remove();
        return {};
    }
    copy.close();
    return target;
}

} // namespace SettingsCheck

void SettingsProblems::add(const QString &sentence)
{
    if (!m_problems.contains(sentence))
        m_problems.append(sentence);
}

bool SettingsProblems::mayWrite() const
{
    return isEmpty() || (!m_copy.isEmpty() && QFileInfo::exists(m_copy));
}

bool SettingsProblems::readyToWrite(const QSettings &settings)
{
    if (mayWrite())
        return true; // a copy that went missing is made again, from the file as it is now
    m_file = settings.fileName();
    m_copyError.clear();
    m_copy = SettingsCheck::keepAside(settings, &m_copyError);
    return !m_copy.isEmpty();
}

QStringList SettingsProblems::sentences() const
{
    QStringList result = m_problems;
    if (m_problems.isEmpty())
        return result;
    if (!m_copy.isEmpty())
        result.append(
            QCoreApplication::translate("SettingsCheck", "The file as it was is saved as %1.")
                .arg(QDir::toNativeSeparators(m_copy)));
    else if (!m_copyError.isEmpty())
        result.append(QCoreApplication::translate("SettingsCheck",
                                                  "No copy of %1 could be saved (%2), so the "
                                                  "app writes nothing to it.")
                          .arg(QDir::toNativeSeparators(m_file), m_copyError));
    return result;
}
