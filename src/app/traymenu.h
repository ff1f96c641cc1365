#pragma once

#include "runannouncement.h"

#include <QList>
#include <QMenu>

class Workspace;

/// The tray icon's menu: the runs in flight and the last few finished ones (a click shows the
/// run), Run task…, pause or resume polling, the window, Quit. Its run entries are made when the
/// menu is about to show (or on rebuild()), so following runs costs the menu nothing.
class TrayMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayMenu)

public:
    static constexpr int MaxRunningShown = 10;
    static constexpr int RecentShown = 5;

    explicit TrayMenu(Workspace &workspace, QWidget *parent = nullptr);
    ~TrayMenu() override;

    /// The finished runs to list, newest first (at most RecentShown are shown).
    void setRecent(const QList<RunAnnouncement::Entry> &recent) { m_recent = recent; }
    /// Makes the menu's entries anew from the workspace's runs.
    void rebuild();

Q_SIGNALS:
    void showRunRequested(ProfileSession *session, RunId id);
    void showWindowRequested();
    void runTaskRequested();
    void quitRequested();

private:
    void addSection(const QString &title);
    void addRun(const RunAnnouncement::Entry &entry, const Run &run);

    Workspace &m_workspace;
    QList<RunAnnouncement::Entry> m_recent;
};
