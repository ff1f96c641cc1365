#pragma once

#include "cloudauth.h"
#include "cloudreloads.h"
#include "cloudscenario.h"
#include "cloudwire.h"
#include "faults.h"
#include "httpmessage.h"
#include "ratelimiter.h"

#include <functional>
#include <QStringList>

namespace qrssim {

/// A Qlik Cloud tenant's REST API (qrs-sim --cloud): OAuth tokens, bearer sign-in, rate limits,
/// users/me, spaces, items and the reloads API with their script logs. Synchronous: one request
/// in, one reply out. Owns the cloud scenario and everything that runs on it.
class CloudRoutes final
{
    Q_DISABLE_COPY_MOVE(CloudRoutes)

public:
    struct Settings
    {
        CloudAuth::Settings auth;
        RateLimiter::Settings limits;
        int maxConcurrentReloads = 4; ///< per tenant; the others wait QUEUED
        CloudWire::Style wire;
        /// ⚠ `id eq "..."` in a reloads filter: the real API documents status, partial and type
        /// only; off answers 400 for an id filter.
        bool filterIds = true;
        /// ⚠ The reloads list without `log=`: with the log (qlik.dev says so in one place) or
        /// without (it says "set log=true to include" in another).
        bool logByDefault = true;
        /// ⚠ A successful cancel: 202 {"status":"CANCELING"} or 204 without a body.
        int cancelStatus = 202;
    };

    /// \a clock is the sim's clock (and time scale); \a faults the ones injected into the sim.
    CloudRoutes(CloudScenario scenario, Settings settings, const Executions &clock, Faults &faults);

    [[nodiscard]] HttpReply handle(const SimRequest &request);
    /// The /__sim/cloud/... control endpoints.
    [[nodiscard]] HttpReply control(const SimRequest &request);
    /// Every reload, rate count and forced refusal is forgotten (POST /__sim/forget).
    void forget();

private:
    [[nodiscard]] HttpReply dispatch(const SimRequest &request, const CloudCaller &caller);
    [[nodiscard]] HttpReply oauthToken(const SimRequest &request);
    [[nodiscard]] HttpReply spaces(const SimRequest &request);
    [[nodiscard]] HttpReply items(const SimRequest &request);
    [[nodiscard]] HttpReply createReload(const SimRequest &request, const CloudCaller &caller);
    [[nodiscard]] HttpReply listReloads(const SimRequest &request, const CloudCaller &caller);
    [[nodiscard]] HttpReply reload(const SimRequest &request, const QString &id);
    [[nodiscard]] HttpReply cancel(const QString &id);
    [[nodiscard]] HttpReply scriptLog(const QString &appId, const QString &reloadId);

    /// The answer to a list request: the page of \a keys (the ids of the whole filtered, sorted
    /// list) that the request's limit, next and prev ask for, as CloudWire::page with the element
    /// at each index built by \a element; a 400 (code \a errorCode) when they are bad.
    [[nodiscard]] static HttpReply listAnswer(const SimRequest &request, const QStringList &keys,
                                              const QString &errorCode,
                                              const std::function<QJsonObject(qsizetype)> &element);

    CloudScenario m_scenario;
    Settings m_settings;
    Faults &m_faults;
    CloudReloads m_reloads;
    CloudAuth m_auth;
    RateLimiter m_limiter;
    CloudWire m_wire;
};

} // namespace qrssim
