#include "ui/admin/FeatureFlagsPage.h"

#include "models/DisplayText.h"
#include "models/FeatureFlagModel.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"

#include "p2pdesk/proto/Changes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

FeatureFlagsPage::FeatureFlagsPage(OversightService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new FeatureFlagModel(this))
    , m_table(new QTableView(this))
    , m_meaning(new QLabel(this))
    , m_toggle(new QPushButton(tr("&Switch on…"), this))
{
    setObjectName(QStringLiteral("featureFlagsPage"));
    m_table->setObjectName(QStringLiteral("featureFlagsTableView"));
    m_table->setModel(m_model);
    configureAdminTable(m_table);
    fitColumnsToContents(m_table);
    m_meaning->setObjectName(QStringLiteral("featureFlagMeaningLabel"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setObjectName(QStringLiteral("toggleFeatureFlagButton"));
    m_toggle->setEnabled(false);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeatureFlagsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeatureFlagsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FeatureFlagsPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, &FeatureFlagsPage::toggleSelected);
    connect(m_toggle, &QPushButton::clicked, this, &FeatureFlagsPage::toggleSelected);
    connect(m_service, &OversightService::flagsLoaded, this, [this](const proto::FeatureFlagList &list) {
        // Keep the admin's selection across a reload another admin's switch caused.
        const QModelIndex current = m_table->currentIndex();
        const std::string key = current.isValid() ? m_model->at(current.row()).key : std::string();
        m_model->setList(list);
        const int row = key.empty() ? -1 : m_model->rowOf(key);
        if (row >= 0)
            m_table->selectRow(row);
    });
    connect(m_service, &OversightService::flagSaved, this, [this](const proto::FeatureFlagDto &flag) {
        m_model->update(flag);
        emit message(flag.enabled ? tr("Switched on: %1.").arg(FeatureFlagModel::name(flag))
                                  : tr("Switched off: %1.").arg(FeatureFlagModel::name(flag)));
    });
    connect(m_service, &OversightService::failed, this, [this](OversightService::Action action, const ApiError &error) {
        if (action == OversightService::Action::LoadFlags)
            emit message(tr("Loading the feature flags failed: %1").arg(DisplayText::error(error)));
        else if (action == OversightService::Action::SetFlag)
            emit message(tr("The switch was not changed: %1").arg(DisplayText::error(error)));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_meaning);
    layout->addLayout(buttons);
    showSelected();
}

void FeatureFlagsPage::reload()
{
    m_service->loadFlags();
}

void FeatureFlagsPage::onChangeEvent(const QString &kind)
{
    if (kind == QLatin1String(proto::change_kind::kFlagsUpdated.data(), proto::change_kind::kFlagsUpdated.size()))
        reload();
}

void FeatureFlagsPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_toggle->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_toggle->setText(tr("&Switch on…"));
        m_meaning->setText(tr("Select a switch to see what it does."));
        return;
    }
    const auto &flag = m_model->at(current.row());
    m_toggle->setText(flag.enabled ? tr("&Switch off…") : tr("&Switch on…"));
    m_meaning->setText(tr("%1: %2").arg(FeatureFlagModel::name(flag), FeatureFlagModel::meaning(flag)));
}

void FeatureFlagsPage::toggleSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto flag = m_model->at(current.row());
    const bool enable = !flag.enabled;
    const QString name = FeatureFlagModel::name(flag);
    const auto reason =
        m_prompts->reason(this, enable ? tr("Switch on: %1").arg(name) : tr("Switch off: %1").arg(name));
    if (!reason)
        return;
    m_service->setFlag(QString::fromStdString(flag.key), enable, *reason);
}

} // namespace p2pdesk::workstation
