#pragma once

#include "historyfilter.h"
#include "historyrecord.h"

#include <memory>
#include <QWidget>

class HistoryModel;
class Workspace;

namespace Ui {
class HistoryView;
}

/// The History tab: every finished run the history keeps, of today, this week or all time,
/// searchable, exportable to CSV, and cleared on request. Filled from the workspace when the
/// history is read at start-up, then one row per run that ends.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(Workspace &workspace, QWidget *parent = nullptr);
    ~HistoryView() override;

    [[nodiscard]] HistoryModel *model() const { return m_model; }
    [[nodiscard]] HistoryFilter *filter() const { return m_filter; }
    void setPeriod(HistoryFilter::Period period);
    /// Writes the runs shown, as shown, to `path`; empty, or what went wrong in words.
    QString exportCsv(const QString &path);

Q_SIGNALS:
    /// The person opened a run of the history (double click): its key (execution session id).
    void runActivated(const QString &key);

private:
    void chooseExportFile();
    void askToClear();
    void updateCount();

    std::unique_ptr<Ui::HistoryView> m_ui;
    Workspace &m_workspace;
    HistoryModel *m_model = nullptr;
    HistoryFilter *m_filter = nullptr;
};
