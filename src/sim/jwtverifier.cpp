#include "jwtverifier.h"

#include <algorithm>
#include <cmath>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace qrssim {

namespace {

constexpr qint64 MaxCertificateFileSize = 1024 * 1024;

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

JwtVerifier::Outcome failure(JwtVerifier::Outcome::Kind kind, QString reason)
{
    return {kind, std::move(reason), {}, {}};
}

/// Strict base64url: only the URL alphabet, no padding, and the canonical encoding (unused bits
/// zero), so that one token has exactly one spelling.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
            (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(options) != text)
        return std::nullopt;
    return std::move(decoded.decoded);
}

const EVP_MD *digestFor(const QString &algorithm)
{
    if (algorithm == "RS256"_L1)
        return EVP_sha256();
    if (algorithm == "RS384"_L1)
        return EVP_sha384();
    if (algorithm == "RS512"_L1)
        return EVP_sha512();
    return nullptr;
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

JwtVerifier::JwtVerifier(std::shared_ptr<evp_pkey_st> key)
    : m_key(std::move(key))
    , m_userIdClaim(u"userId"_s)
    , m_userDirectoryClaim(u"userDirectory"_s)
{ }

std::optional<JwtVerifier> JwtVerifier::fromCertificateFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<JwtVerifier> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"Cannot read the JWT certificate %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > MaxCertificateFileSize)
        return fail(u"The JWT certificate %1 is too large to be a certificate"_s.arg(path));
    const QByteArray pem = file.read(MaxCertificateFileSize + 1);
    if (pem.size() > MaxCertificateFileSize)
        return fail(u"The JWT certificate %1 is too large to be a certificate"_s.arg(path));

    const std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return fail(u"Out of memory reading %1"_s.arg(path));
    const std::unique_ptr<X509, X509Free> certificate(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!certificate) {
        return fail(u"%1 holds no PEM certificate (expected a block starting with "
                    "\"-----BEGIN CERTIFICATE-----\")"_s.arg(path));
    }
    std::shared_ptr<EVP_PKEY> key(X509_get_pubkey(certificate.get()), EVP_PKEY_free);
    ERR_clear_error();
    if (!key)
        return fail(u"The certificate in %1 has no usable public key"_s.arg(path));
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        return fail(u"The certificate in %1 holds no RSA key; JWT virtual proxies accept only "
                    "RS256, RS384 and RS512"_s.arg(path));
    }
    return JwtVerifier(std::move(key));
}

std::optional<QByteArray> JwtVerifier::bearerToken(QByteArrayView authorizationHeaderValue)
{
    const QByteArrayView value = authorizationHeaderValue.trimmed();
    constexpr QByteArrayView scheme = "bearer";
    if (value.size() <= scheme.size() ||
        value.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const char separator = value.at(scheme.size());
    if (separator != ' ' && separator != '\t')
        return std::nullopt;
    const QByteArrayView token = value.sliced(scheme.size()).trimmed();
    if (token.isEmpty() || token.contains(' ') || token.contains('\t'))
        return std::nullopt;
    return token.toByteArray();
}

JwtVerifier::Outcome JwtVerifier::verify(QByteArrayView token, const QDateTime &now) const
{
    using Kind = Outcome::Kind;
    if (token.size() > MaxTokenSize) {
        return failure(Kind::Malformed, u"The token is longer than %1 bytes"_s.arg(MaxTokenSize));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        return failure(Kind::Malformed,
                       u"The token is not a JWT: it must have three parts separated by dots"_s);
    }
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);

    const auto headerBytes = decodeBase64Url(headerPart);
    const auto header = headerBytes ? jsonObject(*headerBytes) : std::nullopt;
    if (!header)
        return failure(Kind::Malformed, u"The token's header is not base64url-encoded JSON"_s);
    const QJsonValue algorithmValue = header->value("alg"_L1);
    if (!algorithmValue.isString())
        return failure(Kind::Malformed, u"The token's header names no algorithm (\"alg\")"_s);
    const QString algorithm = algorithmValue.toString();
    const EVP_MD *digest = digestFor(algorithm);
    if (!digest) {
        return failure(Kind::UnsupportedAlgorithm,
                       u"The token is signed with \"%1\"; only RS256, RS384 and RS512 are "
                       "accepted"_s.arg(algorithm));
    }
    const auto payloadBytes = decodeBase64Url(payloadPart);
    if (!payloadBytes)
        return failure(Kind::Malformed, u"The token's payload is not base64url-encoded"_s);
    const auto signature = decodeBase64Url(signaturePart);
    if (!signature || signature->isEmpty())
        return failure(Kind::Malformed, u"The token's signature is not base64url-encoded"_s);

    // The signature covers the encoded text "header.payload", exactly as sent.
    const QByteArrayView signedText = token.first(secondDot);
    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> context(EVP_MD_CTX_new());
    const bool signatureOk = context &&
        EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, m_key.get()) == 1 &&
        EVP_DigestVerify(
            context.get(), reinterpret_cast<const unsigned char *>(signature->constData()),
            size_t(signature->size()), reinterpret_cast<const unsigned char *>(signedText.data()),
            size_t(signedText.size())) == 1;
    ERR_clear_error();
    if (!signatureOk) {
        return failure(Kind::BadSignature,
                       u"The token's signature does not match the JWT certificate"_s);
    }

    const auto claims = jsonObject(*payloadBytes);
    if (!claims)
        return failure(Kind::Malformed, u"The token's payload is not a JSON object"_s);
    const QJsonValue expiry = claims->value("exp"_L1);
    if (expiry.isUndefined())
        return failure(Kind::MissingClaim, u"The token has no expiry time (\"exp\")"_s);
    if (!expiry.isDouble() || !std::isfinite(expiry.toDouble()))
        return failure(Kind::Malformed, u"The token's \"exp\" is not a number of seconds"_s);
    const double nowSeconds = double(now.toMSecsSinceEpoch()) / 1000.0;
    if (nowSeconds >= expiry.toDouble() + double(m_leeway.count())) {
        // exp is in the past here, so it fits a qint64 unless it is absurdly negative.
        const double seconds = std::max(expiry.toDouble(), -1e12);
        const QDateTime expiredAt =
            QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
        return failure(Kind::Expired,
                       u"The token expired at %1"_s.arg(expiredAt.toString(Qt::ISODate)));
    }

    Outcome outcome {Kind::Valid, {}, {}, {}};
    for (const auto &[name, target] : {std::pair {m_userDirectoryClaim, &outcome.userDirectory},
                                       std::pair {m_userIdClaim, &outcome.userId}}) {
        const QJsonValue value = claims->value(name);
        if (!value.isString() || value.toString().isEmpty()) {
            return failure(Kind::MissingClaim, u"The token has no text claim \"%1\""_s.arg(name));
        }
        *target = value.toString();
    }
    return outcome;
}

} // namespace qrssim
