#include "settingsdialog.h"

#include "appsettings.h"
#include "localization.h"
#include "loginstart.h"
#include "ui_settingsdialog.h"

#include <QMessageBox>
#include <QSystemTrayIcon>

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->pollIntervalSpin->setRange(AppSettings::MinPollIntervalSeconds,
                                     AppSettings::MaxPollIntervalSeconds);
    m_ui->keepRunsSpin->setRange(AppSettings::MinFinishedRunsToKeep,
                                 AppSettings::MaxFinishedRunsToKeep);
    m_ui->pollIntervalSpin->setValue(settings.pollIntervalSeconds());
    m_ui->keepRunsSpin->setValue(settings.finishedRunsToKeep());
    m_ui->historyRetentionSpin->setRange(0, AppSettings::MaxHistoryRetentionDays);
    m_ui->historyRetentionSpin->setValue(settings.historyRetentionDays());
    m_ui->historyRetentionSpin->setToolTip(
        tr("Finished runs older than this leave the history; 0 keeps them for ever."));
    m_ui->notifyCombo->addItem(tr("Every finished run"), int(AppSettings::NotifyPolicy::EveryRun));
    m_ui->notifyCombo->addItem(tr("Failed runs only"), int(AppSettings::NotifyPolicy::Failures));
    m_ui->notifyCombo->addItem(tr("Nothing"), int(AppSettings::NotifyPolicy::Never));
    m_ui->notifyCombo->setCurrentIndex(m_ui->notifyCombo->findData(int(settings.notifyPolicy())));
    m_ui->notifyCombo->setToolTip(tr("Which finished runs a desktop notification tells about. "
                                     "Runs that end together make one notification."));
    m_ui->closeToTrayCheckBox->setChecked(settings.value(AppSettings::Key::CloseToTray).toBool());
    m_ui->closeToTrayCheckBox->setVisible(QSystemTrayIcon::isSystemTrayAvailable());
    m_ui->startAtLoginCheckBox->setVisible(LoginStart::isSupported());
    m_ui->startAtLoginCheckBox->setChecked(LoginStart::isEnabled());
    m_ui->startAtLoginCheckBox->setToolTip(
        tr("Starts the app when you log in to this desktop (a freedesktop autostart entry: %1).")
            .arg(LoginStart::entryPath()));
    m_ui->pollIntervalSpin->setToolTip(
        tr("How often running tasks are checked; applies at once to every profile."));
    m_ui->languageCombo->addItem(tr("As the system"), QString());
    for (const QString &code : Localization::languages())
        m_ui->languageCombo->addItem(Localization::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings.language()));
    m_ui->languageRestartLabel->hide();
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->languageRestartLabel->setVisible(m_ui->languageCombo->currentData().toString() !=
                                               m_settings.language());
    });
    m_ui->colorSchemeCombo->addItem(tr("As the system"), int(AppSettings::ColorScheme::System));
    m_ui->colorSchemeCombo->addItem(tr("Light"), int(AppSettings::ColorScheme::Light));
    m_ui->colorSchemeCombo->addItem(tr("Dark"), int(AppSettings::ColorScheme::Dark));
    m_ui->colorSchemeCombo->setCurrentIndex(
        m_ui->colorSchemeCombo->findData(int(settings.colorScheme())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setPollIntervalSeconds(m_ui->pollIntervalSpin->value());
    m_settings.setFinishedRunsToKeep(m_ui->keepRunsSpin->value());
    m_settings.setHistoryRetentionDays(m_ui->historyRetentionSpin->value());
    m_settings.setNotifyPolicy(AppSettings::NotifyPolicy(m_ui->notifyCombo->currentData().toInt()));
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setColorScheme(
        AppSettings::ColorScheme(m_ui->colorSchemeCombo->currentData().toInt()));
    if (!m_ui->closeToTrayCheckBox->isHidden())
        m_settings.setValue(AppSettings::Key::CloseToTray, m_ui->closeToTrayCheckBox->isChecked());
    const bool atLogin = m_ui->startAtLoginCheckBox->isChecked();
    if (LoginStart::isSupported() && atLogin != LoginStart::isEnabled()) {
        if (const QString problem = LoginStart::setEnabled(atLogin); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Start at login"), problem);
            return;
        }
    }
    QDialog::accept();
}
