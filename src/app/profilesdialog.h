#pragma once

#include "connectionprofile.h"

#include <memory>
#include <QDialog>

class ProfileEditor;
class ProfileSecrets;
class QListWidgetItem;
class ProfileStore;

namespace Ui {
class ProfilesDialog;
}

/// Add, edit and delete connection profiles; the fields are a ProfileEditor. A profile's secret
/// goes to the keychain (or, where none runs and the person agrees, is asked each time); renaming
/// or deleting a profile moves or deletes its secret.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    ProfilesDialog(ProfileStore &store, ProfileSecrets &secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    [[nodiscard]] ProfileEditor *editor() const { return m_editor; }
    /// Starts a new, unsaved profile in the editor.
    void addProfile();
    /// Stores the profile in the editor; returns false (and says why) when it is not valid.
    bool saveProfile();

Q_SIGNALS:
    /// The profile's secret was replaced: sessions made with the old one should be made anew.
    void secretChanged(const QString &profileName);

private:
    /// Keeps `secret` for the saved `profile` where the profile says; when no keychain runs,
    /// asks whether to ask each time instead.
    void keepSecret(const ConnectionProfile &profile, const QString &secret);
    void reloadList(const QString &select);
    [[nodiscard]] QListWidgetItem *selectedItem() const;
    void showSelected();
    void removeSelected();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore &m_store;
    ProfileSecrets &m_secrets;
    ProfileEditor *m_editor = nullptr;
    QString m_editing; ///< stored name of the profile in the editor; empty for a new one
};
