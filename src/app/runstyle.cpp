#include "runstyle.h"

#include "appearance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {

QIcon cachedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return *it;
}

/// An eye, drawn at `size` pixels in the grey of runs nobody here started.
QPixmap eye(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    const QColor grey(0x6b, 0x6b, 0x6b);
    QPainterPath outline;
    outline.moveTo(1, 8);
    outline.quadTo(8, 0.5, 15, 8);
    outline.quadTo(8, 15.5, 1, 8);
    painter.setPen(QPen(grey, 1.4));
    painter.setBrush(Qt::white);
    painter.drawPath(outline);
    painter.setPen(Qt::NoPen);
    painter.setBrush(grey);
    painter.drawEllipse(QPointF(8, 8), 3, 3);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(9, 7), 0.9, 0.9);
    return pixmap;
}
} // namespace

namespace RunStyle {

QString statusText(const Run &run)
{
    switch (run.phase) {
    case RunPhase::Submitting:
        return QCoreApplication::translate("RunStyle", "Starting");
    case RunPhase::NotSubmitted:
        return QCoreApplication::translate("RunStyle", "Not started");
    case RunPhase::Pending:
        if (!run.status())
            return QCoreApplication::translate("RunStyle", "Pending");
        break;
    case RunPhase::Lost:
        return QCoreApplication::translate("RunStyle", "Lost");
    case RunPhase::Running:
    case RunPhase::Finished:
        break;
    }
    if (const auto status = run.status())
        return status->displayName();
    return QCoreApplication::translate("RunStyle", "Pending");
}

QString outcomeText(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::InProgress:
        return QCoreApplication::translate("RunStyle", "running");
    case RunOutcome::Succeeded:
        return QCoreApplication::translate("RunStyle", "succeeded");
    case RunOutcome::Failed:
        return QCoreApplication::translate("RunStyle", "failed");
    case RunOutcome::Aborted:
        return QCoreApplication::translate("RunStyle", "aborted");
    case RunOutcome::Skipped:
        return QCoreApplication::translate("RunStyle", "skipped");
    case RunOutcome::NotSubmitted:
        return QCoreApplication::translate("RunStyle", "not started");
    case RunOutcome::Lost:
        return QCoreApplication::translate("RunStyle", "lost");
    }
    return {};
}

QIcon outcomeIcon(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::InProgress:
        return cachedIcon(u"status-running"_s);
    case RunOutcome::Succeeded:
        return cachedIcon(u"status-success"_s);
    case RunOutcome::Failed:
    case RunOutcome::NotSubmitted:
        return cachedIcon(u"status-failed"_s);
    case RunOutcome::Aborted:
        return cachedIcon(u"status-aborted"_s);
    case RunOutcome::Skipped:
        return cachedIcon(u"status-skipped"_s);
    case RunOutcome::Lost:
        return cachedIcon(u"status-lost"_s);
    }
    return {};
}

QIcon icon(const Run &run)
{
    if (run.phase == RunPhase::Submitting || run.phase == RunPhase::Pending)
        return cachedIcon(u"status-pending"_s);
    return outcomeIcon(run.outcome());
}

QIcon statusIcon(const TaskStatus &status)
{
    switch (status.outcome()) {
    case TaskStatus::Outcome::Running:
        return cachedIcon(u"status-running"_s);
    case TaskStatus::Outcome::Success:
        return cachedIcon(u"status-success"_s);
    case TaskStatus::Outcome::Failed:
        return cachedIcon(u"status-failed"_s);
    case TaskStatus::Outcome::Aborted:
        return cachedIcon(u"status-aborted"_s);
    case TaskStatus::Outcome::Skipped:
        return cachedIcon(u"status-skipped"_s);
    }
    return {};
}

QColor colour(RunOutcome outcome)
{
    // Each colour reads at a contrast of at least 4.5:1 (WCAG AA) on the base of light and of
    // dark palettes; the icon and the words tell the same without colour.
    const bool dark = Appearance::isDark(QPalette());
    switch (outcome) {
    case RunOutcome::InProgress:
        return dark ? QColor(0x6c, 0xb4, 0xf5) : QColor(0x1f, 0x6f, 0xb5);
    case RunOutcome::Succeeded:
        return dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1e, 0x7e, 0x34);
    case RunOutcome::Failed:
    case RunOutcome::NotSubmitted:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case RunOutcome::Aborted:
        return dark ? QColor(0xf0, 0xa0, 0x4b) : QColor(0xa8, 0x58, 0x00);
    case RunOutcome::Skipped:
    case RunOutcome::Lost:
        return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

QString linkText(ChainFollower::Link::State state)
{
    // A link that started has the row of its run instead.
    return state == ChainFollower::Link::State::WillNotStart
        ? QCoreApplication::translate("RunStyle", "Will not start")
        : QCoreApplication::translate("RunStyle", "Waiting for its trigger");
}

QIcon linkIcon(ChainFollower::Link::State state)
{
    return state == ChainFollower::Link::State::WillNotStart ? outcomeIcon(RunOutcome::Skipped)
                                                             : cachedIcon(u"status-pending"_s);
}

QColor linkColour(ChainFollower::Link::State state)
{
    return colour(state == ChainFollower::Link::State::WillNotStart ? RunOutcome::Skipped
                                                                    : RunOutcome::InProgress);
}

QIcon seenOnServerIcon()
{
    static const QIcon icon = [] {
        QIcon drawn;
        for (const int size : {16, 24, 32, 48})
            drawn.addPixmap(eye(size));
        return drawn;
    }();
    return icon;
}

QString shortMoment(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    if (!local.isValid())
        return {};
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace RunStyle
