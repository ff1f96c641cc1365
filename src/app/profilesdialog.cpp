#include "profilesdialog.h"

#include "profileeditor.h"
#include "profilestore.h"
#include "ui_profilesdialog.h"

using namespace Qt::StringLiterals;

ProfilesDialog::ProfilesDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_editor(new ProfileEditor(this))
{
    m_ui->setupUi(this);
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
    const QStringList errors =
        m_editing.isEmpty() ? m_store.add(profile) : m_store.update(m_editing, profile);
    if (!errors.isEmpty()) {
        m_ui->profileErrorLabel->setText(errors.join(u'\n'));
        m_ui->profileErrorLabel->show();
        return false;
    }
    m_ui->profileErrorLabel->hide();
    reloadList(profile.name);
    return true;
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
    m_store.remove(item->text());
    reloadList({});
    if (m_store.profiles().isEmpty())
        addProfile();
}
