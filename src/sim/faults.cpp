#include "faults.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

constexpr std::pair<BodyFault::Mode, QLatin1StringView> kModes[] = {
    {BodyFault::Mode::None, "none"_L1},       {BodyFault::Mode::Huge, "huge"_L1},
    {BodyFault::Mode::Endless, "endless"_L1}, {BodyFault::Mode::Trickle, "trickle"_L1},
    {BodyFault::Mode::Cut, "cut"_L1},         {BodyFault::Mode::Stall, "stall"_L1},
};

/// A number >= minimum into *target when present; false when present and not such a number.
bool readNumber(const QJsonObject &object, QLatin1StringView key, int minimum, int *target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > 2147483647.0)
        return false;
    *target = value.toInt();
    return true;
}

} // namespace

int BodyFault::limitMs() const
{
    if (maxMs > 0)
        return maxMs;
    return mode == Mode::Endless ? 120'000 : 300'000;
}

QString BodyFault::modeName(Mode mode)
{
    for (const auto &[value, name] : kModes) {
        if (value == mode)
            return name;
    }
    return u"none"_s;
}

bool BodyFault::parseMode(const QString &name, Mode *mode)
{
    if (name.isEmpty()) {
        *mode = Mode::None;
        return true;
    }
    for (const auto &[value, text] : kModes) {
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            *mode = value;
            return true;
        }
    }
    return false;
}

bool BodyFault::fromJson(const QJsonValue &value, BodyFault *fault)
{
    BodyFault next;
    if (value.isNull()) { // "body": null switches it off
        *fault = next;
        return true;
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const QJsonValue mode = object.value("mode"_L1);
    const QJsonValue route = object.value("route"_L1);
    if ((!mode.isUndefined() && !mode.isString()) || (!route.isUndefined() && !route.isString()))
        return false;
    if (!parseMode(mode.toString(), &next.mode))
        return false;
    next.route = route.toString();
    if (!readNumber(object, "every"_L1, 1, &next.every) ||
        !readNumber(object, "sizeMb"_L1, 1, &next.sizeMb) ||
        !readNumber(object, "trickleMs"_L1, 1, &next.trickleMs) ||
        !readNumber(object, "cutAfter"_L1, 0, &next.cutAfter) ||
        !readNumber(object, "maxMs"_L1, 0, &next.maxMs))
        return false;
    if (next.sizeMb > 4096) // the Content-Length stays a sane number
        return false;
    *fault = next;
    return true;
}

QJsonObject BodyFault::toJson() const
{
    return {{u"mode"_s, mode == Mode::None ? QString() : modeName(mode)},
            {u"route"_s, route},
            {u"every"_s, every},
            {u"sizeMb"_s, sizeMb},
            {u"trickleMs"_s, trickleMs},
            {u"cutAfter"_s, cutAfter},
            {u"maxMs"_s, maxMs}};
}

bool Faults::update(const QJsonObject &object)
{
    Faults next = *this;
    const std::pair<QLatin1StringView, int *> keys[] = {
        {"failEvery"_L1, &next.failEvery},
        {"latencyMs"_L1, &next.latencyMs},
        {"dropEvery"_L1, &next.dropEvery},
        {"resetAfterStart"_L1, &next.resetAfterStart}};
    for (const auto &[key, target] : keys) {
        if (!readNumber(object, key, 0, target))
            return false;
    }
    if (object.contains("body"_L1) && !BodyFault::fromJson(object.value("body"_L1), &next.body))
        return false;
    next.polls = 0;
    next.requests = 0;
    next.starts = 0;
    next.bodyMatches = 0;
    *this = next;
    return true;
}

QJsonObject Faults::toJson() const
{
    return {{u"failEvery"_s, failEvery},
            {u"latencyMs"_s, latencyMs},
            {u"dropEvery"_s, dropEvery},
            {u"resetAfterStart"_s, resetAfterStart},
            {u"body"_s, body.toJson()}};
}

bool Faults::countAndCheckBodyFault(const QString &qrsPath)
{
    if (body.mode == BodyFault::Mode::None || !qrsPath.contains(body.route, Qt::CaseInsensitive))
        return false;
    return hits(body.every, bodyMatches);
}

} // namespace qrssim
