#pragma once

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace qrssim {

/// The status of a Qlik Cloud reload; the last four are final.
enum class CloudStatus { Queued, Reloading, Canceling, Succeeded, Failed, Canceled, ExceededLimit };

/// "QUEUED", "EXCEEDED_LIMIT", ...
[[nodiscard]] QString cloudStatusName(CloudStatus status);
[[nodiscard]] std::optional<CloudStatus> cloudStatusFromName(const QString &name);
[[nodiscard]] inline bool isFinal(CloudStatus status)
{
    return status >= CloudStatus::Succeeded;
}

struct CloudTenant
{
    QString id;
    QString name;
    QString userId; ///< the user an API key belongs to
    QString userName;
};

struct CloudSpace
{
    QString id; ///< 24 hex digits, like a real space id
    QString name;
    QString type; ///< shared, managed or personal
};

/// One app and how its reloads behave. Timings are unscaled milliseconds.
struct CloudApp
{
    QString id; ///< the app (resource) id: a guid without braces
    QString itemId; ///< its id in the items API: 24 hex digits
    QString name;
    QString spaceId; ///< empty: in its owner's personal space
    QString ownerId;
    QString ownerName;
    qint64 durationMs = 2000;
    qint64 cancelMs = 500;
    CloudStatus outcome = CloudStatus::Succeeded;
    QString errorCode;
    QString errorMessage;
    QStringList scriptLog;
    QDateTime lastReloadTime; ///< invalid: never reloaded before the sim started
};

/// The tenant, spaces and apps a simulated Qlik Cloud tenant holds, read from JSON (see README.md).
class CloudScenario final
{
public:
    /// Parses and validates; on failure returns nullopt and a reason in *error.
    [[nodiscard]] static std::optional<CloudScenario> fromJson(const QByteArray &json,
                                                               QString *error);
    /// Reads a file; errors name the file.
    [[nodiscard]] static std::optional<CloudScenario> fromFile(const QString &fileName,
                                                               QString *error);

    [[nodiscard]] const CloudTenant &tenant() const { return m_tenant; }
    [[nodiscard]] const QList<CloudSpace> &spaces() const { return m_spaces; }
    [[nodiscard]] const QList<CloudApp> &apps() const { return m_apps; }
    [[nodiscard]] const CloudApp *app(const QString &id) const;

    /// A stable 24-hex-digit id (like Qlik Cloud's object ids) for "<kind>:<key>".
    [[nodiscard]] static QString objectId(const QString &kind, const QString &key);

private:
    bool parseTenant(const QJsonObject &root, QString *error);
    bool parseSpaces(const QJsonObject &root, QString *error);
    bool parseApps(const QJsonObject &root, QString *error);
    bool parseApp(const QJsonObject &object, const QString &where, CloudApp *app,
                  QString *error) const;

    CloudTenant m_tenant;
    QList<CloudSpace> m_spaces;
    QList<CloudApp> m_apps;
};

} // namespace qrssim
