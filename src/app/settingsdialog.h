#pragma once

#include <memory>
#include <QDialog>

class AppSettings;

namespace Ui {
class SettingsDialog;
}

/// Poll interval, finished runs kept in the table and in the history, notifications, the tray,
/// starting at login, language and appearance; applied when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
};
