#include "reloadquery.h"

#include "cloudwire.h"

#include <algorithm>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

/// A boolean query parameter: \a fallback when absent; nullopt when not true or false.
std::optional<bool> boolParameter(const SimRequest &request, const QString &key, bool fallback)
{
    const auto text = request.queryValue(key);
    if (!text)
        return fallback;
    if (*text == "true"_L1 || *text == "false"_L1)
        return *text == "true"_L1;
    return std::nullopt;
}

/// A SCIM filter (values in double quotes, JSON escapes) in SimFilter's syntax (single quotes);
/// nullopt with *error for an unterminated string or an operator other than eq.
std::optional<QString> fromScim(const QString &scim, QString *error)
{
    static const QStringList otherOperators {u"ne"_s, u"co"_s, u"sw"_s, u"ew"_s, u"pr"_s,
                                             u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s, u"not"_s};
    QString converted;
    qsizetype i = 0;
    while (i < scim.size()) {
        if (scim.at(i) == u'"') {
            QString value;
            bool closed = false;
            for (++i; i < scim.size() && !closed; ++i) {
                if (scim.at(i) == u'\\' && i + 1 < scim.size())
                    value += scim.at(++i);
                else if (scim.at(i) == u'"')
                    closed = true;
                else
                    value += scim.at(i);
            }
            if (!closed) {
                *error = u"Invalid filter: unterminated string value"_s;
                return std::nullopt;
            }
            converted += u'\'' + value.replace(u'\'', u"''"_s) + u'\'';
            continue;
        }
        qsizetype end = i;
        while (end < scim.size() && (scim.at(end).isLetterOrNumber() || scim.at(end) == u'_'))
            ++end;
        const QString word = scim.mid(i, std::max<qsizetype>(1, end - i));
        if (otherOperators.contains(word, Qt::CaseInsensitive)) {
            *error = u"Invalid filter: operator \"%1\" is not supported (only eq)"_s.arg(word);
            return std::nullopt;
        }
        converted += word;
        i += word.size();
    }
    return converted;
}

/// What a sort field compares for a reload, then its creation order; unset times sort first.
QString sortKey(const CloudReload &reload, const QString &field)
{
    const auto number = [](qint64 value) {
        return u"%1"_s.arg(value + 1, 16, 10, QChar(u'0'));
    };
    const QString value = field == "status"_L1 ? cloudStatusName(reload.status)
        : field == "startTime"_L1              ? number(reload.startMs)
        : field == "endTime"_L1                ? number(reload.endMs)
                                               : number(reload.creationMs);
    return value + u'/' + number(reload.sequence);
}

HttpReply badRequest(const QString &code, const QString &detail)
{
    return CloudWire::error(400, code, u"Bad Request"_s, detail);
}

} // namespace

std::optional<ReloadQuery> ReloadQuery::parse(const SimRequest &request, Rules rules,
                                              HttpReply *error)
{
    ReloadQuery query;
    query.m_appId = request.queryValue(u"appId"_s);
    if (!query.m_appId && !rules.admin) {
        *error = badRequest(u"RELOADS-002"_s, u"appId is required unless you are a tenant admin"_s);
        return std::nullopt;
    }
    const auto withLog = boolParameter(request, u"log"_s, rules.logByDefault);
    const auto partial = boolParameter(request, u"partial"_s, false);
    if (!withLog || !partial) {
        *error = badRequest(u"RELOADS-002"_s, u"log and partial are true or false"_s);
        return std::nullopt;
    }
    query.m_withLog = *withLog;
    if (request.queryValue(u"partial"_s))
        query.m_partial = *partial;
    const QString sort = request.queryValue(u"sort"_s).value_or(u"-creationTime"_s);
    query.m_descending = sort.startsWith(u'-');
    query.m_sortField = sort.startsWith(u'-') || sort.startsWith(u'+') ? sort.mid(1) : sort;
    static const QStringList sortFields {u"creationTime"_s, u"status"_s, u"startTime"_s,
                                         u"endTime"_s};
    if (!sortFields.contains(query.m_sortField)) {
        *error = badRequest(u"RELOADS-002"_s,
                            u"sort is [+|-]creationTime, status, startTime or endTime"_s);
        return std::nullopt;
    }
    QStringList fields {u"status"_s, u"partial"_s, u"type"_s};
    if (rules.filterIds)
        fields.append(u"id"_s);
    QString why;
    const auto text = fromScim(request.queryValue(u"filter"_s).value_or(QString()), &why);
    auto filter = text ? SimFilter::parse(*text, fields, &why) : std::nullopt;
    if (!filter) {
        *error = badRequest(u"RELOADS-003"_s, why);
        return std::nullopt;
    }
    query.m_filter = std::move(*filter);
    return query;
}

QList<CloudReload> ReloadQuery::select(const QList<CloudReload> &reloads) const
{
    QList<std::pair<QString, CloudReload>> matching; // sort key, reload
    for (const CloudReload &reload : reloads) {
        const bool match = m_filter.matches([&](const QString &field) -> QString {
            if (field == "status"_L1)
                return cloudStatusName(reload.status);
            if (field == "partial"_L1)
                return reload.partial ? u"true"_s : u"false"_s;
            if (field == "type"_L1)
                return u"external"_s;
            return reload.id;
        });
        if (match && (!m_appId || reload.appId.compare(*m_appId, Qt::CaseInsensitive) == 0) &&
            (!m_partial || reload.partial == *m_partial))
            matching.append({sortKey(reload, m_sortField), reload});
    }
    std::sort(matching.begin(), matching.end(), [this](const auto &a, const auto &b) {
        return m_descending ? b.first < a.first : a.first < b.first;
    });
    QList<CloudReload> selected;
    for (auto &entry : matching)
        selected.append(std::move(entry.second));
    return selected;
}

} // namespace qrssim
