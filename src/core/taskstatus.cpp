#include "taskstatus.h"

#include "cloud/cloudtypes.h"

#include <array>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct StatusText
{
    const char *name; ///< the repository's enum name, never translated
    const char *words; ///< for people, translated in the "TaskStatus" context
};

// Indexed by TaskStatus::Code (0..14).
constexpr std::array<StatusText, 15> statusTexts {{
    {"NeverStarted", QT_TRANSLATE_NOOP("TaskStatus", "Never started")},
    {"Triggered", QT_TRANSLATE_NOOP("TaskStatus", "Triggered")},
    {"Started", QT_TRANSLATE_NOOP("TaskStatus", "Running")},
    {"Queued", QT_TRANSLATE_NOOP("TaskStatus", "Queued")},
    {"AbortInitiated", QT_TRANSLATE_NOOP("TaskStatus", "Stop requested")},
    {"Aborting", QT_TRANSLATE_NOOP("TaskStatus", "Stopping")},
    {"Aborted", QT_TRANSLATE_NOOP("TaskStatus", "Stopped")},
    {"FinishedSuccess", QT_TRANSLATE_NOOP("TaskStatus", "Finished successfully")},
    {"FinishedFail", QT_TRANSLATE_NOOP("TaskStatus", "Failed")},
    {"Skipped", QT_TRANSLATE_NOOP("TaskStatus", "Skipped")},
    {"Retry", QT_TRANSLATE_NOOP("TaskStatus", "Failed, retrying")},
    {"Error", QT_TRANSLATE_NOOP("TaskStatus", "Error")},
    {"Reset", QT_TRANSLATE_NOOP("TaskStatus", "Reset")},
    {"DistributionQueue", QT_TRANSLATE_NOOP("TaskStatus", "Waiting for distribution")},
    {"DistributionRunning", QT_TRANSLATE_NOOP("TaskStatus", "Distributing")},
}};

} // namespace

TaskStatus TaskStatus::cloud(CloudReloadStatus status)
{
    TaskStatus cloudStatus(static_cast<int>(status));
    cloudStatus.m_server = Server::Cloud;
    return cloudStatus;
}

bool TaskStatus::isKnown() const
{
    if (m_server == Server::Cloud)
        return static_cast<CloudReloadStatus>(m_code) != CloudReloadStatus::Unknown;
    return m_code >= 0 && m_code < static_cast<int>(statusTexts.size());
}

QString TaskStatus::name() const
{
    if (m_server == Server::Cloud)
        return isKnown() ? wireName(static_cast<CloudReloadStatus>(m_code)) : u"UNKNOWN"_s;
    if (!isKnown())
        return u"Unknown(%1)"_s.arg(m_code);
    return QLatin1StringView(statusTexts[static_cast<std::size_t>(m_code)].name).toString();
}

QString TaskStatus::displayName() const
{
    if (m_server == Server::Cloud)
        return ::displayName(static_cast<CloudReloadStatus>(m_code));
    if (!isKnown())
        return QCoreApplication::translate("TaskStatus", "Unknown status %1").arg(m_code);
    return QCoreApplication::translate("TaskStatus",
                                       statusTexts[static_cast<std::size_t>(m_code)].words);
}

TaskStatus::Outcome TaskStatus::outcome() const
{
    if (m_server == Server::Cloud) {
        switch (static_cast<CloudReloadStatus>(m_code)) {
        case CloudReloadStatus::Succeeded:
            return Outcome::Success;
        case CloudReloadStatus::Failed:
        case CloudReloadStatus::ExceededLimit:
            return Outcome::Failed;
        case CloudReloadStatus::Canceled:
            return Outcome::Aborted;
        case CloudReloadStatus::Queued:
        case CloudReloadStatus::Reloading:
        case CloudReloadStatus::Canceling:
        case CloudReloadStatus::Unknown:
            break;
        }
        return Outcome::Running;
    }
    switch (m_code) {
    case Aborted:
        return Outcome::Aborted;
    case FinishedSuccess:
        return Outcome::Success;
    case FinishedFail:
    case Error:
    case Reset:
        return Outcome::Failed;
    case Skipped:
        return Outcome::Skipped;
    default:
        // NeverStarted..Aborting, Retry (another attempt follows), the distribution states and
        // every number we do not know: not final.
        return Outcome::Running;
    }
}
