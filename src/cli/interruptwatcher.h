#pragma once

#include <memory>
#include <QObject>

class QSocketNotifier;

/// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (self-pipe: the
/// handler only writes the signal number into a pipe; a QSocketNotifier reads it). On Windows,
/// a console control handler does the same for Ctrl+C (SIGINT) and Ctrl+Break, closing the
/// console, logoff and shutdown (SIGTERM). Catches them from construction until destruction,
/// which puts the previous handlers back. One instance at a time.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    /// Whether the signals are caught (false if not supported or already watched elsewhere).
    [[nodiscard]] bool isActive() const { return m_active; }

Q_SIGNALS:
    /// SIGINT or SIGTERM arrived; once per signal received.
    void interrupted(int signalNumber);

private:
    bool m_active = false;
#ifdef Q_OS_UNIX
    void readPipe();

    int m_readFd = -1;
    int m_writeFd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
#endif
};
