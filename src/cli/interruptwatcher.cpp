#include "interruptwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>

namespace {

constexpr int WatchedSignals[] = {SIGINT, SIGTERM};

/// The write end of the pipe of the one active watcher; -1 when there is none.
volatile sig_atomic_t writeFd = -1;
struct sigaction previousActions[std::size(WatchedSignals)];

extern "C" void onSignal(int signalNumber)
{
    const int savedErrno = errno; // the interrupted code may be looking at errno
    const auto byte = static_cast<unsigned char>(signalNumber);
    const int fd = writeFd;
    if (fd >= 0) {
        const ssize_t written = ::write(fd, &byte, 1);
        Q_UNUSED(written) // a full pipe already holds a wake-up
    }
    errno = savedErrno;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    int fds[2];
    if (writeFd >= 0 || ::pipe(fds) != 0)
        return;
    for (const int fd : fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_readFd = fds[0];
    m_writeFd = fds[1];
    writeFd = m_writeFd;
    m_notifier = std::make_unique<QSocketNotifier>(m_readFd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptWatcher::readPipe);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(WatchedSignals); ++i)
        ::sigaction(WatchedSignals[i], &action, &previousActions[i]);
    m_active = true;
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_active)
        return;
    for (std::size_t i = 0; i < std::size(WatchedSignals); ++i)
        ::sigaction(WatchedSignals[i], &previousActions[i], nullptr);
    writeFd = -1;
    m_notifier.reset();
    ::close(m_readFd);
    ::close(m_writeFd);
}

void InterruptWatcher::readPipe()
{
    unsigned char buffer[16];
    for (;;) {
        const ssize_t count = ::read(m_readFd, buffer, sizeof buffer);
        if (count <= 0)
            break; // EAGAIN: drained
        for (ssize_t i = 0; i < count; ++i)
            Q_EMIT interrupted(int(buffer[i]));
    }
}

#elif defined(Q_OS_WIN)
#include <atomic>
#include <csignal>
#include <qt_windows.h>

namespace {

/// The one active watcher; the console's handler runs on a thread of its own.
std::atomic<InterruptWatcher *> activeWatcher = nullptr;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    InterruptWatcher *watcher = activeWatcher.load();
    if (!watcher)
        return FALSE;
    // Ctrl+C is an interrupt; Ctrl+Break, closing the console, logoff and shutdown ask to end.
    const int signalNumber = event == CTRL_C_EVENT ? SIGINT : SIGTERM;
    QMetaObject::invokeMethod(
        watcher, [watcher, signalNumber] { Q_EMIT watcher->interrupted(signalNumber); },
        Qt::QueuedConnection);
    // Windows ends the process when this returns from a close, logoff or shutdown event: the
    // event loop gets the time the system allows (5 s) to report the runs and exit by itself.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        ::Sleep(4500);
    return TRUE;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    InterruptWatcher *none = nullptr;
    if (!activeWatcher.compare_exchange_strong(none, this))
        return;
    if (!::SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        activeWatcher = nullptr;
        return;
    }
    m_active = true;
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_active)
        return;
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    activeWatcher = nullptr;
}

#else // neither POSIX signals nor a Windows console: stay inactive

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{ }

InterruptWatcher::~InterruptWatcher() = default;

#endif
