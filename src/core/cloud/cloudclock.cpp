#include "cloudclock.h"

#include <QElapsedTimer>

CloudClock steadyUtcClock()
{
    return [] {
        // One start for every clock made: they all tell the same time.
        static const QDateTime start = QDateTime::currentDateTimeUtc();
        static const QElapsedTimer elapsed = [] {
            QElapsedTimer timer;
            timer.start();
            return timer;
        }();
        return start.addMSecs(elapsed.elapsed());
    };
}
