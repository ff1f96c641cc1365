#include "historyview.h"

#include "historycsv.h"
#include "historymodel.h"
#include "ui_historyview.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

HistoryView::HistoryView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_workspace(workspace)
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->historyView->setModel(m_filter);
    m_ui->historyView->sortByColumn(HistoryModel::Finished, Qt::DescendingOrder);
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->resizeSection(HistoryModel::Finished, 140);
    header->resizeSection(HistoryModel::Task, 220);
    header->resizeSection(HistoryModel::App, 200);
    header->resizeSection(HistoryModel::Profile, 120);
    header->resizeSection(HistoryModel::Outcome, 130);
    header->resizeSection(HistoryModel::Duration, 90);
    m_ui->historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_ui->historyPeriodCombo->addItem(tr("Today"), int(HistoryFilter::Period::Today));
    m_ui->historyPeriodCombo->addItem(tr("This week"), int(HistoryFilter::Period::ThisWeek));
    m_ui->historyPeriodCombo->addItem(tr("All runs"), int(HistoryFilter::Period::All));
    m_ui->historyPeriodCombo->setCurrentIndex(int(HistoryFilter::Period::ThisWeek));
    m_filter->setPeriod(HistoryFilter::Period::ThisWeek);
    connect(m_ui->historyPeriodCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPeriod(HistoryFilter::Period(m_ui->historyPeriodCombo->currentData().toInt()));
    });
    connect(m_ui->historySearchEdit, &QLineEdit::textChanged, m_filter,
            &HistoryFilter::setSearchText);
    connect(m_ui->exportHistoryButton, &QPushButton::clicked, this, &HistoryView::chooseExportFile);
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, &HistoryView::askToClear);
    connect(m_ui->historyView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT runActivated(index.data(HistoryModel::KeyRole).toString());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateCount);

    connect(&workspace, &Workspace::historyLoaded, m_model, &HistoryModel::setRecords);
    connect(&workspace, &Workspace::runArchived, m_model, &HistoryModel::add);
    connect(&workspace, &Workspace::historyCleared, m_model, &HistoryModel::clear);
    updateCount();
}

HistoryView::~HistoryView() = default;

void HistoryView::setPeriod(HistoryFilter::Period period)
{
    m_ui->historyPeriodCombo->setCurrentIndex(m_ui->historyPeriodCombo->findData(int(period)));
}

QString HistoryView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    QString error;
    if (!HistoryCsv::write(file, *m_filter, &error))
        return error;
    if (!file.commit())
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void HistoryView::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        u"/qlik-task-runs-"_s + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsv(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export the history"), problem);
}

void HistoryView::askToClear()
{
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Clear the history"),
        tr("Delete all %n run(s) from the history? Expected end times start again from the "
           "runs that end from now on.",
           nullptr, m_model->rowCount()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(u"clearHistoryQuestion"_s);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            m_workspace.clearHistory();
    });
    question->open();
}

void HistoryView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_ui->historyCountLabel->setText(
        shown == all ? tr("%n run(s) in the history", nullptr, all)
                     : tr("%1 of %n run(s) in the history", nullptr, all).arg(shown));
}
