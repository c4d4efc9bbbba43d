#include "ui/admin/SupportSettingsPage.h"

#include "models/DisplayText.h"
#include "ui/admin/AdminPrompts.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace p2pdesk::workstation {

namespace {

// syncd's range for both response times: a minute to a week.
constexpr int kMaxMinutes = 7 * 24 * 60;

} // namespace

SupportSettingsPage::SupportSettingsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_firstResponse(new QSpinBox(this))
    , m_nextResponse(new QSpinBox(this))
    , m_opsAlerts(new QCheckBox(tr("Send alerts to the o&ps chat"), this))
    , m_hint(new QLabel(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    setObjectName(QStringLiteral("supportSettingsPage"));
    for (QSpinBox *box : {m_firstResponse, m_nextResponse}) {
        box->setRange(1, kMaxMinutes);
        box->setSuffix(tr(" min"));
        box->setAccelerated(true);
        connect(box, &QSpinBox::valueChanged, this, &SupportSettingsPage::updateButtons);
    }
    m_firstResponse->setObjectName(QStringLiteral("firstResponseSpinBox"));
    m_firstResponse->setToolTip(tr("A new ticket's first answer is due this many minutes after the customer wrote."));
    m_nextResponse->setObjectName(QStringLiteral("nextResponseSpinBox"));
    m_nextResponse->setToolTip(
        tr("Once answered, the next answer is due this many minutes after the customer writes again."));
    m_opsAlerts->setObjectName(QStringLiteral("opsAlertsCheckBox"));
    m_opsAlerts->setToolTip(tr("Unassigned orders, payouts waiting for approval, disputes, large payouts and failing "
                               "server jobs are posted to the desk's Telegram group."));
    connect(m_opsAlerts, &QCheckBox::toggled, this, &SupportSettingsPage::updateButtons);
    m_hint->setObjectName(QStringLiteral("supportHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("The tickets inbox counts down to these deadlines; an answer that is late shows as overdue. "
                       "Ops chat alerts need the server's Telegram ops chat to be configured."));
    m_revert->setObjectName(QStringLiteral("revertSupportButton"));
    m_save->setObjectName(QStringLiteral("saveSupportButton"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_saved)
            showSettings(*m_saved);
    });
    connect(m_save, &QPushButton::clicked, this, &SupportSettingsPage::save);
    connect(m_service, &AdminService::settingsLoaded, this, &SupportSettingsPage::showSettings);
    connect(m_service, &AdminService::settingsUpdated, this, [this](const proto::Settings &settings) {
        const bool ours = std::exchange(m_saving, false);
        showSettings(settings);
        if (ours)
            emit message(tr("Support settings saved."));
    });
    connect(m_service, &AdminService::failed, this, [this](AdminService::Action action) {
        if (action == AdminService::Action::UpdateSettings)
            m_saving = false;
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&First answer due within:"), m_firstResponse);
    form->addRow(tr("&Next answer due within:"), m_nextResponse);
    form->addRow(QString(), m_opsAlerts);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addLayout(buttons);
    updateButtons();
}

void SupportSettingsPage::reload()
{
    m_service->loadSettings();
}

void SupportSettingsPage::showSettings(const proto::Settings &settings)
{
    // A value being edited (differing from what was loaded) stays; the others take the new value.
    const std::optional<proto::Settings> before = std::exchange(m_saved, settings);
    const QSignalBlocker first(m_firstResponse), next(m_nextResponse), alerts(m_opsAlerts);
    if (!before || m_firstResponse->value() == before->ticketFirstResponseMinutes.value_or(15))
        m_firstResponse->setValue(static_cast<int>(settings.ticketFirstResponseMinutes.value_or(15)));
    if (!before || m_nextResponse->value() == before->ticketNextResponseMinutes.value_or(60))
        m_nextResponse->setValue(static_cast<int>(settings.ticketNextResponseMinutes.value_or(60)));
    if (!before || m_opsAlerts->isChecked() == before->opsAlertsEnabled.value_or(true))
        m_opsAlerts->setChecked(settings.opsAlertsEnabled.value_or(true));
    updateButtons();
}

void SupportSettingsPage::updateButtons()
{
    const bool dirty = m_saved && (m_firstResponse->value() != m_saved->ticketFirstResponseMinutes.value_or(15) ||
                                   m_nextResponse->value() != m_saved->ticketNextResponseMinutes.value_or(60) ||
                                   m_opsAlerts->isChecked() != m_saved->opsAlertsEnabled.value_or(true));
    for (QWidget *widget : {static_cast<QWidget *>(m_firstResponse), static_cast<QWidget *>(m_nextResponse),
                            static_cast<QWidget *>(m_opsAlerts)})
        widget->setEnabled(m_saved.has_value());
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void SupportSettingsPage::save()
{
    if (!m_saved || !m_save->isEnabled())
        return;
    const auto reason = m_prompts->reason(this, tr("Change the support settings"));
    if (!reason)
        return;
    proto::SettingsUpdateRequest request;
    request.settings = *m_saved;
    request.settings.ticketFirstResponseMinutes = m_firstResponse->value();
    request.settings.ticketNextResponseMinutes = m_nextResponse->value();
    request.settings.opsAlertsEnabled = m_opsAlerts->isChecked();
    request.reason = reason->toStdString();
    // Sent only when changed, so PAID_OUT's deadline (the same value) is not rounded to hours.
    request.settings.autoCompleteHours.reset();
    m_saving = true;
    m_service->updateSettings(request);
}

} // namespace p2pdesk::workstation
