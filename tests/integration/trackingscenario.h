#pragma once

#include "qlikerror.h"

#include <QSignalSpy>
#include <QString>

/// The tasks of tests/integration/data/tracking.json that the QlikService tests run, by id.
namespace TrackingScenario {
inline const QString File = QStringLiteral(QTR_INTEGRATION_DATA_DIR "/tracking.json");
inline const QString QuickSuccess = QStringLiteral("10000000-0000-4000-8000-000000000001");
inline const QString QuickFailure = QStringLiteral("10000000-0000-4000-8000-000000000002");
inline const QString LongOne = QStringLiteral("10000000-0000-4000-8000-00000000000a");

/// The error of the last QlikService::requestFailed a spy caught.
inline QlikError errorOf(const QSignalSpy &spy)
{
    return spy.constLast().at(2).value<QlikError>();
}
} // namespace TrackingScenario
