#pragma once

#include <memory>
#include <QDialog>

class ProfileEditor;
class QListWidgetItem;
class ProfileStore;

namespace Ui {
class ProfilesDialog;
}

/// Add, edit and delete connection profiles; the fields are a ProfileEditor.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(ProfileStore &store, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    [[nodiscard]] ProfileEditor *editor() const { return m_editor; }
    /// Starts a new, unsaved profile in the editor.
    void addProfile();
    /// Stores the profile in the editor; returns false (and says why) when it is not valid.
    bool saveProfile();

private:
    void reloadList(const QString &select);
    [[nodiscard]] QListWidgetItem *selectedItem() const;
    void showSelected();
    void removeSelected();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore &m_store;
    ProfileEditor *m_editor = nullptr;
    QString m_editing; ///< stored name of the profile in the editor; empty for a new one
};
