#include "ui/admin/LimitsPage.h"

#include "models/DisplayText.h"
#include "models/RiskLimitModel.h"
#include "ui/admin/AdminTables.h"
#include "ui/admin/LimitEditDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>
#include <string>
#include <utility>

namespace p2pdesk::workstation {

LimitsPage::LimitsPage(AdminService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new RiskLimitModel(this))
    , m_table(new QTableView(this))
    , m_meaning(new QLabel(this))
    , m_new(new QPushButton(tr("&New limit…"), this))
    , m_edit(new QPushButton(tr("&Edit limit…"), this))
{
    setObjectName(QStringLiteral("limitsPage"));
    m_table->setObjectName(QStringLiteral("limitsTableView"));
    m_table->setModel(m_model);
    configureAdminTable(m_table);
    fitColumnsToContents(m_table);
    m_meaning->setObjectName(QStringLiteral("limitMeaningLabel"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setObjectName(QStringLiteral("newLimitButton"));
    m_edit->setObjectName(QStringLiteral("editLimitButton"));
    m_edit->setEnabled(false);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LimitsPage::showMeaning);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LimitsPage::showMeaning);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditor(true); });
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_service, &AdminService::limitsLoaded, this, [this](const proto::RiskLimitList &list) {
        // A reload (another admin's change arriving) keeps the limit that was selected.
        std::optional<std::pair<std::string, std::optional<std::string>>> selected;
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            selected.emplace(m_model->at(current.row()).rule, m_model->at(current.row()).fiatCurrency);
        m_model->setList(list);
        if (selected) {
            if (const int row = m_model->rowOf(selected->first, selected->second); row >= 0)
                m_table->selectRow(row);
        }
    });
    connect(m_service, &AdminService::limitSaved, this, [this](const proto::RiskLimitDto &limit) {
        m_model->upsert(limit);
        const int row = m_model->rowOf(limit.rule, limit.fiatCurrency);
        if (row >= 0)
            m_table->selectRow(row);
        emit message(limit.active
                         ? tr("Limit saved: %1.").arg(DisplayText::riskRule(limit.rule))
                         : tr("Limit switched off: %1; its default applies.").arg(DisplayText::riskRule(limit.rule)));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_meaning);
    layout->addLayout(buttons);
    showMeaning();
}

void LimitsPage::reload()
{
    m_service->loadLimits();
}

void LimitsPage::showMeaning()
{
    const QModelIndex current = m_table->currentIndex();
    m_edit->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_meaning->setText(m_model->rowCount() == 0
                               ? tr("No limit is set: every rule runs with its default, and the rules that are "
                                    "off by default stay off. Amount rules need a limit per currency.")
                               : tr("Select a limit to see what its rule watches."));
        return;
    }
    const auto &limit = m_model->at(current.row());
    m_meaning->setText(tr("%1: %2").arg(DisplayText::riskRule(limit.rule), DisplayText::riskRuleMeaning(limit.rule)));
}

void LimitsPage::openEditor(bool forSelected)
{
    if (m_model->rules().empty())
        return emit message(tr("The rules have not loaded yet; try again in a moment."));
    std::string rule = m_model->rules().front().rule;
    std::optional<std::string> fiat;
    const QModelIndex current = m_table->currentIndex();
    if (forSelected && current.isValid()) {
        rule = m_model->at(current.row()).rule;
        fiat = m_model->at(current.row()).fiatCurrency;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new LimitEditDialog(m_model, rule, fiat, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog.data()] {
        QString problem;
        if (const auto request = dialog->request(&problem))
            m_service->saveLimit(*request);
    });
    m_dialog->open();
}

} // namespace p2pdesk::workstation
