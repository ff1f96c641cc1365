#pragma once

#include "result.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

class QJsonValue;

/// The status of a Qlik Cloud reload as the Reloads API names it (`QUEUED` … `EXCEEDED_LIMIT`);
/// a name the client does not know reads as Unknown, which is never final.
enum class CloudReloadStatus {
    Queued,
    Reloading,
    Canceling,
    Succeeded,
    Failed,
    Canceled,
    ExceededLimit,
    Unknown,
};

/// The status a wire name stands for ("SUCCEEDED" → Succeeded); Unknown for any other name.
[[nodiscard]] CloudReloadStatus cloudReloadStatus(QStringView wireName);
/// "QUEUED", "EXCEEDED_LIMIT", …; empty for Unknown.
[[nodiscard]] QString wireName(CloudReloadStatus status);
/// Succeeded, Failed, Canceled and ExceededLimit.
[[nodiscard]] bool isFinal(CloudReloadStatus status);
/// Words for people, translated: "Reloading", "Exceeded its limit".
[[nodiscard]] QString displayName(CloudReloadStatus status);

/// Who the API key or OAuth client acts as (`GET /api/v1/users/me`).
struct CloudUser
{
    QString id;
    QString name;
    QString tenantId;
};

/// A space of the tenant (`GET /api/v1/spaces`).
struct CloudSpace
{
    QString id;
    QString name;
    QString type; ///< "shared", "managed", "data"; empty when not said
};

/// An app as the items API lists it (`GET /api/v1/items?resourceType=app`).
struct CloudApp
{
    QString id; ///< the app's own id (the item's resourceId): what reloads name
    QString itemId; ///< the item's id
    QString name;
    QString spaceId; ///< empty: the owner's personal space
    QString spaceName; ///< from the spaces API; empty for a personal space or one not listed
    QString ownerId;
    QDateTime lastReloadTime; ///< UTC; invalid when never reloaded or not said
};

/// One reload (`/api/v1/reloads`). Times are UTC and invalid until they happen.
struct CloudReload
{
    QString id;
    QString appId;
    CloudReloadStatus status = CloudReloadStatus::Unknown;
    QString statusName; ///< the server's own name of the status, as sent: "RELOADING"
    bool partial = false;
    QString type; ///< "hub", "external" (the API), "chronos" (scheduled), …
    QString errorCode;
    QString errorMessage;
    QDateTime creationTime;
    QDateTime startTime;
    QDateTime endTime;
    std::optional<QString> log; ///< the script log's text when the answer held it

    [[nodiscard]] bool isFinal() const { return ::isFinal(status); }
    /// The status in words; an unknown one says the server's name: "Unknown status 'PAUSED'".
    [[nodiscard]] QString displayStatus() const;
};

/// One `{"code","title","detail"}` of Qlik Cloud's `{"errors":[…]}` answers.
struct CloudApiError
{
    QString code; ///< "RELOADS-004", "HTTP-429"
    QString title;
    QString detail;
};

/// Parsers for the Qlik Cloud REST wire format. Every field the client uses is checked: a
/// required one missing, empty or of the wrong type, an optional one of the wrong type or a time
/// that is not ISO 8601 makes the whole answer an error naming the field (`data[3].status`);
/// null reads as absent, unknown fields are ignored. They never crash on hostile input.
namespace CloudJson {

/// A page of a list: `{"data":[…],"links":{"next":{"href":…}}}`.
struct Page
{
    QList<QJsonValue> data;
    QString next; ///< `links.next.href` as sent (absolute or relative); empty on the last page
};

[[nodiscard]] Result<Page> parsePage(const QByteArray &body);
[[nodiscard]] Result<CloudUser> parseUser(const QByteArray &body);
[[nodiscard]] Result<CloudReload> parseReload(const QByteArray &body);
/// One element of a page's data; `where` names it in errors ("data[3]").
[[nodiscard]] Result<CloudReload> parseReload(const QJsonValue &value, const QString &where);
[[nodiscard]] Result<CloudSpace> parseSpace(const QJsonValue &value, const QString &where);
/// An item of the items API; nullopt (no error) for an item that is not an app.
[[nodiscard]] Result<std::optional<CloudApp>> parseAppItem(const QJsonValue &value,
                                                           const QString &where);
/// The errors of a refusal; empty when the body is not that shape.
[[nodiscard]] QList<CloudApiError> parseErrors(const QByteArray &body);

} // namespace CloudJson

Q_DECLARE_METATYPE(CloudUser)
Q_DECLARE_METATYPE(CloudApp)
Q_DECLARE_METATYPE(CloudReload)
