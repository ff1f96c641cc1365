#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// What one run of a command-line program printed and how it ended.
struct CliResult
{
    int exitCode = -1; ///< -2 when it crashed; -1 when it did not finish in time
    QString out;
    QString err;
    [[nodiscard]] QString all() const { return out + err; }
};

/// Runs `program` with `arguments` to its end (killed after `timeoutMs`).
[[nodiscard]] CliResult
runCli(const QString &program, const QStringList &arguments, int timeoutMs = 30000,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
