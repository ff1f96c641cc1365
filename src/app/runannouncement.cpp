#include "runannouncement.h"

#include "profilesession.h"
#include "runstyle.h"
#include "runtracker.h"
#include "textformat.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxMessageLength = 200;
constexpr int MaxListedRuns = 5;

/// Why the run did not simply succeed: its error, else the newest attempt's last error or
/// warning. Empty for a clean run (its last information message would be noise).
QString problem(const Run &run)
{
    if (run.error)
        return run.error->message;
    const ExecutionResult *latest = run.latest();
    if (!latest)
        return {};
    for (auto it = latest->details.crbegin(); it != latest->details.crend(); ++it) {
        if (it->type != ExecutionDetail::Type::Information)
            return it->message;
    }
    return {};
}

const Run *runOf(const RunAnnouncement::Entry &entry)
{
    return entry.session ? entry.session->tracker().run(entry.id) : nullptr;
}
} // namespace

bool RunAnnouncement::isFailure(RunOutcome outcome)
{
    return outcome == RunOutcome::Failed || outcome == RunOutcome::Lost ||
        outcome == RunOutcome::NotSubmitted;
}

QString RunAnnouncement::titleOf(const Run &run)
{
    //: %1 is the task's name, %2 how it ended: "succeeded", "failed", "aborted"...
    return tr("%1 %2").arg(run.displayName(), RunStyle::outcomeText(run.outcome()));
}

QString RunAnnouncement::textOf(const Run &run, const QString &profile)
{
    //: profile · status · duration
    QString text = tr("%1 · %2 · %3")
                       .arg(profile, RunStyle::statusText(run),
                            TextFormat::duration(run.elapsedMs(QDateTime::currentDateTimeUtc())));
    QString message = problem(run).simplified();
    if (message.size() > MaxMessageLength)
        message = message.left(MaxMessageLength - 1) + u'…';
    if (!message.isEmpty())
        text += u'\n' + message;
    return text;
}

RunAnnouncement RunAnnouncement::of(const QList<Entry> &entries)
{
    RunAnnouncement announcement;
    bool anyAborted = false;
    for (const Entry &entry : entries) {
        const Run *run = runOf(entry);
        if (!run)
            continue;
        announcement.runs.append(entry);
        const RunOutcome outcome = run->outcome();
        if (isFailure(outcome)) {
            if (announcement.failures++ == 0)
                announcement.lead = entry;
        }
        anyAborted = anyAborted || outcome == RunOutcome::Aborted;
    }
    if (announcement.runs.isEmpty())
        return announcement;
    if (announcement.failures == 0)
        announcement.lead = announcement.runs.constFirst();
    announcement.urgency = announcement.failures > 0 ? Urgency::Critical : Urgency::Normal;

    if (announcement.runs.size() == 1) {
        const Run &run = *runOf(announcement.lead);
        announcement.title = titleOf(run);
        announcement.text = textOf(run, announcement.lead.session->name());
        return announcement;
    }
    const int count = int(announcement.runs.size());
    if (announcement.failures > 0)
        announcement.title =
            tr("%n task(s) finished, %1 failed", nullptr, count).arg(announcement.failures);
    else if (anyAborted)
        announcement.title = tr("%n task(s) finished", nullptr, count);
    else
        announcement.title = tr("%n task(s) finished successfully", nullptr, count);
    // Failures first, as they matter most; then the others in the order they ended.
    QList<Entry> listed;
    for (const Entry &entry : std::as_const(announcement.runs)) {
        if (isFailure(runOf(entry)->outcome()))
            listed.append(entry);
    }
    for (const Entry &entry : std::as_const(announcement.runs)) {
        if (!isFailure(runOf(entry)->outcome()))
            listed.append(entry);
    }
    QStringList lines;
    for (const Entry &entry : listed.first(std::min<qsizetype>(listed.size(), MaxListedRuns))) {
        const Run &run = *runOf(entry);
        //: one line per run of a grouped notification: task, outcome, profile
        lines << tr("%1: %2 · %3")
                     .arg(run.displayName(), RunStyle::outcomeText(run.outcome()),
                          entry.session->name());
    }
    if (listed.size() > MaxListedRuns)
        lines << tr("and %n more", nullptr, int(listed.size() - MaxListedRuns));
    announcement.text = lines.join(u'\n');
    return announcement;
}
