#include "bearertoken.h"

#include "textformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace BearerToken {

std::optional<QDateTime> expiry(const QString &token)
{
    const QStringList parts = token.trimmed().split(u'.');
    if (parts.size() != 3 || parts.at(1).size() > 16 * 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    const QJsonValue exp = QJsonDocument::fromJson(*decoded).object().value(u"exp");
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

QString expiryWarning(const QString &token, const QDateTime &now)
{
    return expiryWarning(expiry(token), now);
}

QString expiryWarning(const std::optional<QDateTime> &expires, const QDateTime &now)
{
    if (!expires)
        return {};
    const QString when = QLocale().toString(expires->toLocalTime(), QLocale::ShortFormat);
    const qint64 left = now.secsTo(*expires);
    if (left <= 0)
        return QCoreApplication::translate("BearerToken",
                                           "The token expired on %1: the proxy will refuse it. "
                                           "Get a new one.")
            .arg(when);
    if (left <= WarnAheadSeconds)
        return QCoreApplication::translate("BearerToken",
                                           "The token expires on %1 (in %2): runs that go on "
                                           "longer lose their sign-in then.")
            .arg(when, TextFormat::duration(left * 1000));
    return {};
}

} // namespace BearerToken
