#include "faults.h"

using namespace Qt::StringLiterals;

namespace qrssim {

bool Faults::update(const QJsonObject &object)
{
    Faults next = *this;
    const std::pair<QLatin1StringView, int *> keys[] = {{"failEvery"_L1, &next.failEvery},
                                                        {"latencyMs"_L1, &next.latencyMs},
                                                        {"dropEvery"_L1, &next.dropEvery}};
    for (const auto &[key, target] : keys) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isDouble() || value.toDouble() < 0)
            return false;
        *target = value.toInt();
    }
    next.polls = 0;
    next.requests = 0;
    *this = next;
    return true;
}

QJsonObject Faults::toJson() const
{
    return {{u"failEvery"_s, failEvery}, {u"latencyMs"_s, latencyMs}, {u"dropEvery"_s, dropEvery}};
}

} // namespace qrssim
