#include "profilesdialog.h"

#include "profileeditor.h"
#include "profilesecrets.h"
#include "profilestore.h"
#include "ui_profilesdialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

ProfilesDialog::ProfilesDialog(ProfileStore &store, ProfileSecrets &secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_editor(new ProfileEditor(this))
{
    m_ui->setupUi(this);
    m_editor->setSecrets(&m_secrets);
    m_editor->setObjectName(u"profileEditor"_s);
    m_ui->editorContainer->addWidget(m_editor);
    m_ui->editorContainer->addStretch(1);
    m_ui->profileErrorLabel->hide();
    // On selection, not on the current row: the list takes a current row when it merely gets
    // the focus, and that must not replace a new profile being typed.
    connect(m_ui->profilesList, &QListWidget::itemSelectionChanged, this,
            &ProfilesDialog::showSelected);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this,
            &ProfilesDialog::removeSelected);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    reloadList(m_store.activeProfileName());
    if (m_store.profiles().isEmpty())
        addProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::addProfile()
{
    m_ui->profilesList->blockSignals(true);
    m_ui->profilesList->clearSelection();
    m_ui->profilesList->setCurrentRow(-1);
    m_ui->profilesList->blockSignals(false);
    m_editing.clear();
    ConnectionProfile profile;
    profile.name = tr("New profile");
    m_editor->setProfile(profile);
    m_ui->profileErrorLabel->hide();
    m_ui->removeProfileButton->setEnabled(false);
}

bool ProfilesDialog::saveProfile()
{
    const ConnectionProfile profile = m_editor->profile();
    const std::optional<QString> secret = m_editor->typedSecret();
    const QString previous = m_editing;
    const QStringList errors =
        m_editing.isEmpty() ? m_store.add(profile) : m_store.update(m_editing, profile);
    if (!errors.isEmpty()) {
        m_ui->profileErrorLabel->setText(errors.join(u'\n'));
        m_ui->profileErrorLabel->show();
        return false;
    }
    m_ui->profileErrorLabel->hide();
    const bool renamed = !previous.isEmpty() && previous != profile.name;
    const bool replaced = profile.needsSecret() && secret;
    if (renamed && replaced)
        m_secrets.remove(previous); // the new one goes under the new name, below
    else if (renamed)
        m_secrets.rename(previous, profile.name);
    if (!profile.needsSecret() || profile.askSecretEachTime)
        m_secrets.remove(profile.name); // nothing of it stays in the keychain
    if (replaced)
        keepSecret(profile, *secret);
    reloadList(profile.name);
    return true;
}

void ProfilesDialog::keepSecret(const ConnectionProfile &profile, const QString &secret)
{
    if (profile.askSecretEachTime) {
        m_secrets.keepForNow(profile.name, secret);
        Q_EMIT secretChanged(profile.name);
        return;
    }
    m_editor->showSecretState(tr("Storing in the keychain…"));
    QPointer<ProfilesDialog> self(this);
    m_secrets.store(
        profile.name, secret, [self, profile, secret](const SecretStore::Outcome &done) {
            if (!self)
                return;
            if (done.status == SecretStore::Status::Done) {
                self->m_editor->showSecretState(tr("Stored in the system keychain."));
                Q_EMIT self->secretChanged(profile.name);
                return;
            }
            // Never a plaintext file: the person chooses between being asked and nothing.
            QMessageBox question(QMessageBox::Warning, tr("The secret cannot be stored"),
                                 tr("%1\n\nThe password or token of %2 can be asked each time the "
                                    "app connects instead (it is then kept in memory only while "
                                    "the app runs).")
                                     .arg(done.message, profile.name),
                                 QMessageBox::Cancel, self);
            question.setObjectName(u"keychainQuestion"_s);
            QPushButton *ask = question.addButton(tr("&Ask each time"), QMessageBox::AcceptRole);
            question.exec();
            if (!self)
                return;
            if (question.clickedButton() != ask) {
                self->m_editor->showSecretState(tr("Not stored: %1").arg(done.message));
                return;
            }
            ConnectionProfile asking = profile;
            asking.askSecretEachTime = true;
            (void)self->m_store.update(profile.name, asking);
            self->m_secrets.keepForNow(profile.name, secret);
            self->m_editor->setProfile(asking);
            Q_EMIT self->secretChanged(profile.name);
        });
}

void ProfilesDialog::reloadList(const QString &select)
{
    m_ui->profilesList->blockSignals(true);
    m_ui->profilesList->clear();
    m_ui->profilesList->addItems(m_store.names());
    m_ui->profilesList->blockSignals(false);
    const QList<QListWidgetItem *> matches =
        m_ui->profilesList->findItems(select, Qt::MatchExactly);
    if (!matches.isEmpty())
        m_ui->profilesList->setCurrentItem(matches.constFirst());
    else if (m_ui->profilesList->count() > 0)
        m_ui->profilesList->setCurrentRow(0);
    showSelected();
}

QListWidgetItem *ProfilesDialog::selectedItem() const
{
    return m_ui->profilesList->selectedItems().value(0);
}

void ProfilesDialog::showSelected()
{
    QListWidgetItem *item = selectedItem();
    m_ui->removeProfileButton->setEnabled(item != nullptr);
    if (!item)
        return;
    const auto profile = m_store.profile(item->text());
    if (!profile)
        return;
    m_editing = profile->name;
    m_editor->setProfile(*profile);
    m_ui->profileErrorLabel->hide();
}

void ProfilesDialog::removeSelected()
{
    QListWidgetItem *item = selectedItem();
    if (!item)
        return;
    m_secrets.remove(item->text());
    m_store.remove(item->text());
    reloadList({});
    if (m_store.profiles().isEmpty())
        addProfile();
}
