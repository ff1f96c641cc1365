#include "workspace.h"

#include "appidentity.h"
#include "appsettings.h"
#include "demoserver.h"
#include "profilesession.h"
#include "profilestore.h"
#include "runhistory.h"
#include "runjournal.h"
#include "runtracker.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

/// Equal but for the watch settings, which a session takes on without being made anew.
bool sameButWatch(ConnectionProfile a, const ConnectionProfile &b)
{
    a.watchServer = b.watchServer;
    a.watchNotifyFilter = b.watchNotifyFilter;
    return a == b;
}

} // namespace

Workspace::Workspace(ProfileStore &profiles, AppSettings &settings, RunJournal *journal,
                     const QList<DemoServer *> &demos, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(AppIdentity::ApplicationName)
    , m_settings(settings)
    , m_journal(journal)
    , m_demos(demos)
{
    connect(&m_profiles, &ProfileStore::changed, this, &Workspace::onProfilesChanged);
    connect(&m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::PollIntervalSeconds)
            applyPollInterval();
        else if (key == AppSettings::Key::FinishedRunsToKeep)
            pruneFinished();
        else if (key == AppSettings::Key::HistoryRetentionDays && m_history)
            m_history->setRetentionDays(m_settings.historyRetentionDays());
    });
    for (DemoServer *demo : std::as_const(m_demos)) {
        connect(demo, &DemoServer::ready, this, [this, demo] {
            m_demoErrors.remove(demo);
            if (m_profiles.activeProfileName() == demoName(*demo))
                setActiveProfile(demoName(*demo));
        });
        connect(demo, &DemoServer::failed, this, [this, demo](const QString &reason) {
            m_demoErrors.insert(demo, reason);
            Q_EMIT activeStateChanged();
        });
    }
    restoreJournal();
    const QString active = m_profiles.activeProfileName();
    if (profileNames().contains(active)) {
        setActiveProfile(active);
    } else if (!m_profiles.isDamaged() && !profileNames().isEmpty()) {
        // While the profiles could not all be read, the saved choice may be one that could not:
        // it stays saved, and nothing is chosen in its place (the person is told and chooses).
        setActiveProfile(profileNames().constFirst());
    }
}

Workspace::~Workspace()
{
    const QList<ProfileSession *> sessions = m_sessions;
    m_sessions.clear();
    qDeleteAll(sessions);
}

QString Workspace::demoProfileName()
{
    return tr("Demo (simulator)");
}

QString Workspace::cloudDemoProfileName()
{
    return tr("Qlik Cloud demo (simulator)");
}

QString Workspace::demoName(const DemoServer &demo)
{
    return demo.isCloud() ? cloudDemoProfileName() : demoProfileName();
}

QStringList Workspace::profileNames() const
{
    QStringList names = m_profiles.names();
    if (offersDemo()) {
        for (const DemoServer *demo : m_demos) {
            if (demo->isAvailable())
                names.append(demoName(*demo));
        }
    }
    return names;
}

bool Workspace::offersDemo() const
{
    const bool available = std::any_of(m_demos.cbegin(), m_demos.cend(),
                                       [](const DemoServer *demo) { return demo->isAvailable(); });
    if (!available)
        return false;
    const QString active = m_profiles.activeProfileName();
    return m_demoOffered || m_profiles.profiles().isEmpty() || active == demoProfileName() ||
        active == cloudDemoProfileName();
}

DemoServer *Workspace::offeredDemo(const QString &name) const
{
    if (!offersDemo())
        return nullptr;
    const auto found = std::find_if(m_demos.cbegin(), m_demos.cend(), [&](const DemoServer *demo) {
        return demo->isAvailable() && demoName(*demo) == name;
    });
    return found == m_demos.cend() ? nullptr : *found;
}

void Workspace::setDemoOffered(bool offered)
{
    if (m_demoOffered == offered)
        return;
    m_demoOffered = offered;
    Q_EMIT profileNamesChanged();
}

QString Workspace::activeProfileName() const
{
    return m_profiles.activeProfileName();
}

void Workspace::setActiveProfile(const QString &name)
{
    m_profiles.setActiveProfileName(name);
    ProfileSession *session = nullptr;
    if (DemoServer *demo = offeredDemo(name)) {
        if (demo->isReady()) {
            session = sessionFor(name);
            if (!session)
                session = createSessionWith(
                    demoProfile(*demo), true,
                    demo->isCloud() ? QLatin1StringView(DemoServer::CloudApiKey) : QString());
        } else {
            demo->start();
        }
    } else if (const auto profile = m_profiles.profile(name)) {
        session = sessionFor(name);
        if (!session)
            session = createSession(*profile, false);
    }
    if (session == m_active) {
        Q_EMIT activeStateChanged();
        startWaitingTasks();
        return;
    }
    if (m_active)
        disconnect(m_active, &ProfileSession::stateChanged, this, &Workspace::activeStateChanged);
    m_active = session;
    if (m_active) {
        connect(m_active, &ProfileSession::stateChanged, this, &Workspace::activeStateChanged);
        m_active->checkConnection();
    }
    Q_EMIT activeSessionChanged(m_active);
    Q_EMIT activeStateChanged();
    startWaitingTasks();
}

QString Workspace::startOn(const QString &profileName, const QList<TaskRef> &tasks)
{
    const QString name = profileName.isEmpty() ? activeProfileName() : profileName;
    if (!profileNames().contains(name))
        return name.isEmpty()
            ? tr("No profile is chosen to start %n task(s) on.", nullptr, int(tasks.size()))
            : tr("There is no profile called “%1”; profiles: %2.")
                  .arg(name, profileNames().join(u", "_s));
    m_waitingTasks[name] += tasks;
    if (name == activeProfileName() && m_active)
        startWaitingTasks();
    else
        setActiveProfile(name);
    return {};
}

void Workspace::startWaitingTasks()
{
    if (!m_active || !m_waitingTasks.contains(m_active->name()))
        return;
    m_active->tracker().startAll(m_waitingTasks.take(m_active->name()));
}

QString Workspace::activeStateText() const
{
    if (m_active)
        return m_active->stateText();
    if (const DemoServer *demo = offeredDemo(activeProfileName()))
        return m_demoErrors.value(demo, tr("Starting the demo simulator…"));
    if (m_awaitingSecret.contains(activeProfileName()))
        return tr("Getting the secret of %1 from the keychain…").arg(activeProfileName());
    if (m_withoutSecret.contains(activeProfileName()))
        return tr("%1 is not connected: its password or token was not given. Choose the profile "
                  "again to give it.")
            .arg(activeProfileName());
    if (profileNames().isEmpty())
        return tr("No profile yet: add one under Profiles.");
    return tr("No active profile: choose one in the toolbar.");
}

QStringList Workspace::settingsProblems() const
{
    QStringList problems = m_profiles.problems();
    problems += m_settings.problems();
    if (m_journal)
        problems += m_journal->problems();
    problems.removeDuplicates(); // the readers of one file find its damage alike
    return problems;
}

ProfileSession *Workspace::sessionOf(const RunTracker *tracker) const
{
    for (ProfileSession *session : m_sessions) {
        if (&session->tracker() == tracker)
            return session;
    }
    return nullptr;
}

bool Workspace::startOnActive(const TaskRef &task)
{
    if (!m_active)
        return false;
    m_active->tracker().start(task);
    return true;
}

void Workspace::removeFinishedRuns()
{
    const QList<ProfileSession *> sessions = m_sessions;
    for (ProfileSession *session : sessions) {
        RunTracker &tracker = session->tracker();
        const QList<RunId> ids = tracker.runIds();
        for (RunId id : ids) {
            const Run *run = tracker.run(id);
            if (run && run->isFinished())
                tracker.remove(id);
        }
    }
    m_finishedOrder.removeIf([](const FinishedRun &entry) {
        return !entry.session || !entry.session->tracker().run(entry.id);
    });
}

int Workspace::runningCount() const
{
    return m_runningCount;
}

ProfileSession *Workspace::sessionFor(const QString &name) const
{
    for (ProfileSession *session : m_sessions) {
        if (session->name() == name && !m_retired.contains(session))
            return session;
    }
    return nullptr;
}

ProfileSession *Workspace::createSession(const ConnectionProfile &profile, bool isDemo)
{
    if (isDemo || !profile.needsSecret())
        return createSessionWith(profile, isDemo, {});
    if (m_awaitingSecret.contains(profile.name))
        return nullptr;
    m_awaitingSecret.insert(profile.name);
    m_withoutSecret.remove(profile.name);
    m_secrets.obtain(profile, [this, profile](std::optional<QString> secret) {
        m_awaitingSecret.remove(profile.name);
        if (m_profiles.profile(profile.name) != profile || sessionFor(profile.name))
            return; // changed or made meanwhile
        if (!secret)
            m_withoutSecret.insert(profile.name);
        else
            createSessionWith(profile, false, *secret);
        if (activeProfileName() == profile.name)
            setActiveProfile(profile.name);
    });
    return nullptr;
}

void Workspace::renewSession(const QString &profileName)
{
    if (ProfileSession *session = sessionFor(profileName)) {
        if (session == m_active) {
            disconnect(m_active, &ProfileSession::stateChanged, this,
                       &Workspace::activeStateChanged);
            m_active = nullptr;
        }
        retire(session);
    }
    m_withoutSecret.remove(profileName);
    if (activeProfileName() == profileName)
        setActiveProfile(profileName);
}

ProfileSession *Workspace::createSessionWith(const ConnectionProfile &profile, bool isDemo,
                                             const QString &secret)
{
    auto *session = new ProfileSession(profile, isDemo, secret);
    m_sessions.append(session);
    attach(session);
    Q_EMIT sessionAdded(session);
    if (m_journal && !isDemo) {
        for (const JournalEntry &entry : m_journal->entriesOf(profile.name)) {
            ReloadTask task;
            task.id = entry.taskId;
            task.name = entry.taskName;
            task.type = entry.taskType;
            // A run started here has its chain followed again.
            session->tracker().follow(task, entry.sessionId, entry.requestedAt, entry.origin);
        }
    }
    return session;
}

void Workspace::attach(ProfileSession *session)
{
    RunTracker &tracker = session->tracker();
    tracker.setPollInterval(std::chrono::seconds(m_settings.pollIntervalSeconds()));
    tracker.setPaused(m_pollingPaused);
    connect(&tracker, &RunTracker::runAdded, this, [this, session](RunId id) {
        ++m_runningCount;
        Q_EMIT runningCountChanged(m_runningCount);
        onRunUpdated(session, id);
    });
    connect(&tracker, &RunTracker::runResumed, this, [this] {
        ++m_runningCount; // runUpdated() follows and journals it again
        Q_EMIT runningCountChanged(m_runningCount);
    });
    connect(&tracker, &RunTracker::runUpdated, this,
            [this, session](RunId id) { onRunUpdated(session, id); });
    connect(&tracker, &RunTracker::runFinished, this,
            [this, session](RunId id) { onRunFinished(session, id); });
    connect(&tracker, &RunTracker::runRemoved, this, [this, session] {
        if (m_retired.contains(session) && session->tracker().runIds().isEmpty())
            retire(session);
    });
}

void Workspace::retire(ProfileSession *session)
{
    if (!m_retired.contains(session))
        m_retired.append(session);
    if (!session->tracker().runIds().isEmpty())
        return; // keeps following its runs; goes when the last one is removed
    m_retired.removeAll(session);
    Q_EMIT sessionAboutToBeRemoved(session);
    m_sessions.removeAll(session);
    session->deleteLater();
}

QString Workspace::setActiveWatching(bool watching)
{
    if (!m_active)
        return tr("No profile is active.");
    ConnectionProfile profile = m_active->profile();
    profile.watchServer = watching;
    if (!m_active->isDemo() && m_profiles.contains(profile.name)) {
        if (const QStringList problems = m_profiles.update(profile.name, profile);
            !problems.isEmpty())
            return problems.join(u' ');
    } else {
        m_active->applyWatch(profile);
    }
    return m_active->watch().isWatching() == watching ? QString() : m_active->watch().problem();
}

void Workspace::onProfilesChanged()
{
    // A changed or deleted profile gets a new session; the old one keeps its runs until they
    // are removed, so nothing in flight is dropped.
    const QList<ProfileSession *> sessions = m_sessions;
    bool activeAffected = false;
    for (ProfileSession *session : sessions) {
        if (session->isDemo() || m_retired.contains(session))
            continue;
        const auto stored = m_profiles.profile(session->name());
        if (stored && *stored == session->profile())
            continue;
        if (stored && sameButWatch(*stored, session->profile())) {
            // Watching or not needs no new session: its runs stay where they are.
            session->applyWatch(*stored);
            continue;
        }
        if (session == m_active) {
            disconnect(m_active, &ProfileSession::stateChanged, this,
                       &Workspace::activeStateChanged);
            m_active = nullptr;
            activeAffected = true;
        }
        if (!stored && m_journal)
            m_journal->forgetProfile(session->name());
        retire(session);
    }
    Q_EMIT profileNamesChanged();
    if (activeAffected || !m_active) {
        QString name = m_profiles.activeProfileName();
        if (!profileNames().contains(name))
            name = profileNames().value(0);
        setActiveProfile(name);
    }
}

void Workspace::onRunUpdated(ProfileSession *session, RunId id)
{
    if (!m_journal || session->isDemo())
        return;
    const Run *run = session->tracker().run(id);
    if (!run || run->isFinished() || run->sessionId.isEmpty())
        return;
    JournalEntry entry;
    entry.profileName = session->name();
    entry.taskId = run->task.id;
    entry.taskName = run->task.name;
    entry.sessionId = run->sessionId;
    entry.requestedAt = run->requestedAt;
    entry.origin = run->origin;
    entry.taskType = run->task.type;
    m_journal->record(entry);
}

void Workspace::onRunFinished(ProfileSession *session, RunId id)
{
    m_runningCount = qMax(0, m_runningCount - 1);
    const Run *run = session->tracker().run(id);
    if (run) {
        const HistoryRecord record =
            HistoryRecord::fromRun(*run, session->name(), QDateTime::currentDateTimeUtc());
        m_typical.add(TypicalDurations::keyOf(record.profileName, record.taskId), record.durationMs,
                      record.outcome);
        if (m_history && m_history->isAvailable()) {
            m_history->append(record); // leaves the journal once written (see setHistory)
            if (!m_historyLoaded)
                m_archivedBeforeLoad.append(record);
        } else if (m_journal && !run->sessionId.isEmpty()) {
            m_journal->forget(run->sessionId);
        }
        Q_EMIT runArchived(record);
    }
    m_finishedOrder.append({session, id});
    // The run's end first, then the count: a failure is told before "nothing runs".
    Q_EMIT runFinished(session, id);
    Q_EMIT runningCountChanged(m_runningCount);
    pruneFinished();
}

void Workspace::pruneFinished()
{
    m_finishedOrder.removeIf([](const FinishedRun &entry) {
        return !entry.session || !entry.session->tracker().run(entry.id);
    });
    const int keep = m_settings.finishedRunsToKeep();
    while (m_finishedOrder.size() > keep) {
        const FinishedRun oldest = m_finishedOrder.takeFirst();
        if (oldest.session)
            oldest.session->tracker().remove(oldest.id);
    }
}

void Workspace::setHistory(RunHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (!m_history)
        return;
    m_history->setRetentionDays(m_settings.historyRetentionDays());
    connect(m_history, &RunHistory::written, this, [this](const QStringList &keys) {
        if (!m_journal)
            return;
        for (const QString &key : keys)
            m_journal->forget(key); // a key that is not a session id is in no journal
    });
    connect(m_history, &RunHistory::loaded, this, &Workspace::onHistoryLoaded);
}

void Workspace::onHistoryLoaded(QList<HistoryRecord> records)
{
    // Runs that ended before the history was read may or may not be in what was read.
    QSet<QString> archived;
    for (const HistoryRecord &record : std::as_const(m_archivedBeforeLoad))
        archived.insert(record.key);
    if (!archived.isEmpty()) {
        for (const HistoryRecord &record : std::as_const(records))
            archived.remove(record.key);
        for (const HistoryRecord &record : std::as_const(m_archivedBeforeLoad)) {
            if (archived.contains(record.key))
                records.append(record);
        }
    }
    m_archivedBeforeLoad.clear();
    m_historyLoaded = true;
    m_typical.clear();
    m_typical.addAll(records);
    Q_EMIT historyLoaded(records);
}

void Workspace::clearHistory()
{
    if (m_history)
        m_history->clear();
    m_archivedBeforeLoad.clear();
    m_typical.clear();
    Q_EMIT historyCleared();
}

std::optional<qint64> Workspace::typicalDurationMs(const QString &profileName,
                                                   const QString &taskId) const
{
    return m_typical.typicalMs(TypicalDurations::keyOf(profileName, taskId));
}

RunId Workspace::runAgain(ProfileSession *session, RunId id)
{
    const Run *run = session->tracker().run(id);
    if (!run)
        return 0;
    // A task that was never resolved is asked for again as the person asked for it.
    return run->task.id.isEmpty() ? session->tracker().start(run->requested)
                                  : session->tracker().start(run->task);
}

void Workspace::setPollingPaused(bool paused)
{
    if (paused == m_pollingPaused)
        return;
    m_pollingPaused = paused;
    for (ProfileSession *session : std::as_const(m_sessions))
        session->tracker().setPaused(paused);
    Q_EMIT pollingPausedChanged(paused);
}

void Workspace::applyPollInterval()
{
    const std::chrono::seconds interval(m_settings.pollIntervalSeconds());
    for (ProfileSession *session : std::as_const(m_sessions))
        session->tracker().setPollInterval(interval);
}

void Workspace::restoreJournal()
{
    if (!m_journal)
        return;
    // Runs of deleted profiles go; while the profiles could not all be read, a run whose profile
    // is missing may belong to one of them and stays.
    if (!m_profiles.isDamaged())
        m_journal->prune(m_profiles.names());
    for (const JournalEntry &entry : m_journal->entries()) {
        if (sessionFor(entry.profileName))
            continue;
        if (const auto profile = m_profiles.profile(entry.profileName))
            createSession(*profile, false); // follows the profile's journal entries
    }
}

ConnectionProfile Workspace::demoProfile(const DemoServer &demo)
{
    ConnectionProfile profile;
    profile.name = demoName(demo);
    profile.serverUrl = demo.url();
    if (demo.isCloud()) {
        profile.signIn = ConnectionProfile::SignIn::CloudApiKey;
        return profile;
    }
    profile.virtualProxyPrefix = u"opcon"_s;
    profile.userHeaderName = u"opcon-usr"_s;
    profile.userId = u"DEMO\\admin"_s;
    return profile;
}
