#include "qrstypes.h"

bool ExecutionResult::showsTheSameAs(const ExecutionResult &other) const
{
    // Everything but the two fields that move without anything to see (copies share the lists).
    ExecutionResult alike = *this;
    alike.durationMs = other.durationMs;
    alike.modifiedDate = other.modifiedDate;
    return alike == other;
}
