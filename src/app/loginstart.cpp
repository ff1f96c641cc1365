#include "loginstart.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace LoginStart {

bool isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
        u"/autostart/"_s + QGuiApplication::desktopFileName() + u".desktop"_s;
}

bool isEnabled()
{
    return isSupported() && QFileInfo::exists(entryPath());
}

QString quotedForExec(const QString &argument)
{
    static const QString reserved = uR"( "'\><~|&;$*?#()`)"_s;
    if (std::none_of(argument.begin(), argument.end(),
                     [](QChar c) { return reserved.contains(c) || c.isSpace(); }))
        return argument;
    QString quoted = u"\""_s;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    // The Exec key is itself an escaped string: every backslash is written twice.
    quoted.replace(u"\\"_s, u"\\\\"_s);
    return quoted + u'"';
}

QString setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("LoginStart", "%1 could not be removed.")
                .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).path()))
        return QCoreApplication::translate("LoginStart", "The folder of %1 could not be made.")
            .arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QCoreApplication::translate("LoginStart", "%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    const QString entry =
        u"[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Qlik Task Runner\n"
        "Comment=%1\n"
        "Exec=%2\n"
        "Icon=%3\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"_s.arg(
            QCoreApplication::translate("LoginStart", "Start Qlik Sense tasks and watch them run"),
            quotedForExec(QCoreApplication::applicationFilePath()),
            QGuiApplication::desktopFileName());
    file.write(entry.toUtf8());
    if (!file.commit())
        return QCoreApplication::translate("LoginStart", "%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace LoginStart
