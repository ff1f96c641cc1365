#pragma once

#include "run.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

class ProfileSession;

/// What one desktop notification says about the runs that ended together (in one poll): a
/// summary that names task and outcome, a body with profile, status, duration and the first line
/// of what went wrong, and how urgent it is. Several runs make one announcement, not one each.
struct RunAnnouncement
{
    Q_DECLARE_TR_FUNCTIONS(RunAnnouncement)

public:
    enum class Urgency { Low, Normal, Critical };

    struct Entry
    {
        QPointer<ProfileSession> session;
        RunId id = 0;
    };

    QList<Entry> runs; ///< in the order they ended
    Entry lead; ///< what "Show details" shows: the first failure, else the first run
    QString title;
    QString text;
    Urgency urgency = Urgency::Normal;
    int failures = 0; ///< runs that failed, were lost or were not started

    /// The words for these runs (at least one, each still held by its session's tracker).
    [[nodiscard]] static RunAnnouncement of(const QList<Entry> &runs);
    /// "Reload Sales succeeded", "Reload Budget failed".
    [[nodiscard]] static QString titleOf(const Run &run);
    /// "Production · Finished successfully · 2 min 05 s", and the run's error or its last
    /// error or warning message on a second line, if it has one.
    [[nodiscard]] static QString textOf(const Run &run, const QString &profile);
    /// Failed, Lost and NotSubmitted: what "notify about failed runs only" tells about.
    [[nodiscard]] static bool isFailure(RunOutcome outcome);
};
