#include "cloudreply.h"

#include "cloudtypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

/// The texts of this file, translated in the context "CloudReply".
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(CloudReply)
};

/// At most this much of each field of a server's error is shown.
constexpr qsizetype MaxFieldLength = 300;
/// At most this many of a server's errors are shown.
constexpr qsizetype MaxErrorsShown = 3;

QString shortened(const QString &text)
{
    return text.size() <= MaxFieldLength ? text : text.left(MaxFieldLength) + u'…';
}

QString oneError(const CloudApiError &error)
{
    const QString title = shortened(error.title);
    const QString detail = shortened(error.detail);
    QString text = title;
    if (!detail.isEmpty() && detail != title)
        text = title.isEmpty() ? detail : title + u" — "_s + detail;
    if (error.code.isEmpty())
        return text;
    const QString code = shortened(error.code);
    return text.isEmpty() ? code : text + u" ("_s + code + u')';
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

/// A page for people where the API answers: said so by its type, or by its first byte where
/// JSON was expected.
bool looksLikeHtml(const QrsReply::Answer &answer, const QByteArray &body, QrsReply::Expect expect)
{
    return answer.contentType.contains("text/html"_L1, Qt::CaseInsensitive) ||
        (expect == QrsReply::Expect::Json && body.trimmed().startsWith('<'));
}

/// Why a 4xx or 5xx was given: the server's errors, or its status and own words.
QString reasonOf(const QrsReply::Answer &answer, const QByteArray &body)
{
    if (const QString errors = CloudReply::errorsText(body); !errors.isEmpty())
        return errors;
    const QString text = QrsReply::serverText(body, answer.url);
    return text.isEmpty() ? Text::tr("HTTP %1").arg(answer.httpStatus)
                          : Text::tr("HTTP %1, %2").arg(answer.httpStatus).arg(text);
}

QlikError httpError(const QrsReply::Answer &answer, const QByteArray &body,
                    const CloudReply::Context &context)
{
    using Category = QlikError::Category;
    const int status = answer.httpStatus;
    const QString reason = reasonOf(answer, body);
    switch (status) {
    case 401:
        return {Category::Unauthenticated, status,
                Text::tr("Qlik Cloud did not accept the sign-in for %1: %2.")
                        .arg(context.what, reason) +
                    (context.signInHint.isEmpty() ? QString() : u' ' + context.signInHint)};
    case 429:
        return {Category::Transient, status,
                Text::tr("Qlik Cloud's rate limit kept refusing %1: %2").arg(context.what, reason)};
    case 502:
    case 503:
    case 504:
        return {Category::Transient, status,
                Text::tr("Qlik Cloud is unavailable for now and did not carry out %1: %2")
                    .arg(context.what, reason)};
    default:
        break;
    }
    if (status >= 500)
        return {Category::Server, status,
                Text::tr("Qlik Cloud failed to carry out %1: %2").arg(context.what, reason)};
    const Category category = status == 403 ? Category::Forbidden
        : status == 404                     ? Category::NotFound
                                            : Category::BadRequest;
    return {category, status, Text::tr("Qlik Cloud refused %1: %2").arg(context.what, reason)};
}

} // namespace

namespace CloudReply {

QString errorsText(const QByteArray &body)
{
    const QList<CloudApiError> errors = CloudJson::parseErrors(body);
    QStringList parts;
    for (const CloudApiError &error : errors.first(std::min(errors.size(), MaxErrorsShown)))
        parts.append(oneError(error));
    if (errors.size() > MaxErrorsShown)
        parts.append(u"…"_s);
    return parts.join(u"; "_s);
}

std::optional<QlikError> check(const QrsReply::Answer &answer, const QByteArray &body,
                               QrsReply::Expect expect, const Context &context)
{
    using Category = QlikError::Category;
    if (auto error = QrsReply::transportError(answer, context.requestTimeout))
        return error;
    const int status = answer.httpStatus;
    if (status >= 300 && status < 400)
        return QlikError {
            Category::Unauthenticated, status,
            Text::tr("%1 sent %2 on to %3 (HTTP %4) instead of answering: the URL may not be the "
                     "tenant's, or a sign-in page is in the way. Use the tenant's own address, "
                     "like https://TENANT.REGION.qlikcloud.com.")
                .arg(hostOf(answer.url), context.what,
                     answer.locationPath.isEmpty() ? Text::tr("another page") : answer.locationPath)
                .arg(status)};
    if (status >= 400)
        return httpError(answer, body, context);
    if (status < 200)
        return QlikError {Category::Protocol, status,
                          Text::tr("%1 answered %2 with the unexpected HTTP status %3.")
                              .arg(hostOf(answer.url), context.what)
                              .arg(status)};
    if (looksLikeHtml(answer, body, expect))
        return QlikError {
            Category::Unauthenticated, status,
            Text::tr("%1 answered %2 with an HTML page (a sign-in page?), not as Qlik Cloud's API "
                     "answers: use the tenant's own address, like "
                     "https://TENANT.REGION.qlikcloud.com, and check that no proxy answers in its "
                     "place.")
                .arg(hostOf(answer.url), context.what)};
    return std::nullopt;
}

QlikError unreadable(const QString &what, const QString &why)
{
    return {QlikError::Category::Protocol, 0,
            Text::tr("Qlik Cloud's answer to %1 could not be read: %2").arg(what, why)};
}

} // namespace CloudReply
