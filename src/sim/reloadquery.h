#pragma once

#include "cloudreloads.h"
#include "httpmessage.h"
#include "simfilter.h"

#include <optional>
#include <QList>
#include <QString>

namespace qrssim {

/// The query of GET /api/v1/reloads (appId, filter, partial, log, sort): which reloads, in which
/// order, with or without their logs. `filter` is SCIM (`status eq "QUEUED" or partial eq true`,
/// only `eq`), read by SimFilter once its double-quoted values are turned into QRS quoting.
class ReloadQuery final
{
public:
    struct Rules
    {
        bool admin = false; ///< the caller may leave appId out
        bool filterIds = true; ///< `id eq "..."` is allowed in the filter
        bool logByDefault = true; ///< without log=, the log is included
    };

    /// Parses the request's query; nullopt with a 400 (RELOADS-002, RELOADS-003) in *error.
    [[nodiscard]] static std::optional<ReloadQuery> parse(const SimRequest &request, Rules rules,
                                                          HttpReply *error);

    /// The reloads the query selects, in its order.
    [[nodiscard]] QList<CloudReload> select(const QList<CloudReload> &reloads) const;
    [[nodiscard]] bool withLog() const { return m_withLog; }

private:
    ReloadQuery() = default;

    std::optional<QString> m_appId;
    std::optional<bool> m_partial;
    bool m_withLog = true;
    QString m_sortField;
    bool m_descending = true;
    SimFilter m_filter;
};

} // namespace qrssim
