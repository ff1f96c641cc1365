#pragma once

#include "cloudauth.h"
#include "cloudreloads.h"
#include "cloudscenario.h"
#include "httpmessage.h"

#include <QJsonObject>
#include <QString>

namespace qrssim {

/// Every JSON shape (and the script log text) the cloud mode answers with, each built here only.
class CloudWire final
{
public:
    struct Style
    {
        /// ⚠ Fields that have no value yet (startTime, endTime, log, errorCode, ...): absent, or
        /// present as "". Which one a real tenant does is not documented.
        bool unsetAsEmpty = false;
    };

    CloudWire(const CloudScenario &scenario, const CloudReloads &reloads, Style style);

    /// `{"errors":[{"code","title","detail"}]}` with that status.
    [[nodiscard]] static HttpReply error(int status, const QString &code, const QString &title,
                                         const QString &detail);
    /// `{"data":[...],"links":{"self":{"href"},"next":{"href"},"prev":{"href"}}}`; an empty
    /// next or prev href leaves that link out.
    [[nodiscard]] static HttpReply page(const QJsonArray &data, const QString &self,
                                        const QString &next, const QString &prev);
    /// ISO 8601 UTC with milliseconds of a sim-clock time.
    [[nodiscard]] QString time(qint64 simMs) const;

    [[nodiscard]] QJsonObject reload(const CloudReload &reload, bool withLog,
                                     const QString &baseUrl) const;
    [[nodiscard]] QJsonObject space(const CloudSpace &space) const;
    /// The item of an app; \a lastSuccessMs is the sim's newest success (-1: none).
    [[nodiscard]] QJsonObject item(const CloudApp &app, qint64 lastSuccessMs,
                                   const QString &baseUrl) const;
    [[nodiscard]] QJsonObject user(const CloudCaller &caller) const;
    [[nodiscard]] QJsonObject token(const QString &accessToken, const QString &scope,
                                    qint64 lifetimeMs, qint64 issuedMs) const;
    /// The script log of a reload that ended: the scenario's lines, the variables it was given
    /// and, for a failure, its error.
    [[nodiscard]] QString scriptLog(const CloudReload &reload) const;

private:
    /// Sets \a key unless \a value is empty (then "" or nothing, as the style says).
    void setOptional(QJsonObject &object, const QString &key, const QString &value) const;

    const CloudScenario &m_scenario;
    const CloudReloads &m_reloads;
    Style m_style;
};

} // namespace qrssim
