#include "ui/admin/AuditLogPage.h"

#include "models/AuditLogModel.h"
#include "models/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

// What the admin most often looks for; each an exact action or a whole family ("order.").
struct ActionChoice {
    const char *action;
    const char *label;
};
constexpr ActionChoice kActionChoices[] = {
    {"auth.", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Logins and logouts")},
    {"auth.login_failed", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Refused logins")},
    {"order.", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Anything on orders")},
    {"order.take", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Orders taken")},
    {"order.cancel", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Orders cancelled")},
    {"order.approve", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Payouts approved")},
    {"order.requisites_read", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Payout details viewed")},
    {"operator.", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Operator accounts")},
    {"customer.", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Customers blocked or unblocked")},
    {"feature_flag.set", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Feature flags switched")},
    {"risk_limit.set", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Limits set")},
    {"settings.update", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Settings changed")},
    {"rate.update", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Rates changed")},
    {"wallet.", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogPage", "Wallets")},
};

constexpr const char *kEntityChoices[] = {"order",    "operator", "customer", "ticket",  "feature_flag", "limit",
                                          "settings", "rate",     "wallet",   "session", "checklist",    "proof"};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AuditLogPage::AuditLogPage(OversightService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new AuditLogModel(service, this))
    , m_banner(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify the chain now"), this))
    , m_actor(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_entityId(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("Fro&m"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(tr("&Show"), this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_banner->setObjectName(QStringLiteral("auditChainBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; "
                                           "padding: 8px; border-radius: 3px; }"));
    m_banner->hide();
    m_chain->setObjectName(QStringLiteral("auditChainLabel"));
    m_chain->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));

    m_actor->setObjectName(QStringLiteral("auditActorComboBox"));
    m_actor->addItem(tr("Anyone"), QVariant());
    m_entity->setObjectName(QStringLiteral("auditEntityComboBox"));
    m_entity->addItem(tr("Anything"), QString());
    for (const char *entity : kEntityChoices)
        m_entity->addItem(AuditLogModel::entity(entity), QString::fromLatin1(entity));
    m_entityId->setObjectName(QStringLiteral("auditEntityIdLineEdit"));
    m_entityId->setPlaceholderText(tr("number or key"));
    m_entityId->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->addItem(tr("Any action"), QString());
    for (const auto &choice : kActionChoices)
        m_action->addItem(tr(choice.label), QString::fromLatin1(choice.action));
    const QDate today = QDate::currentDate();
    for (auto *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_useFrom->setObjectName(QStringLiteral("auditFromCheckBox"));
    m_from->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_from->setDate(today.addDays(-7));
    m_useTo->setObjectName(QStringLiteral("auditToCheckBox"));
    m_to->setObjectName(QStringLiteral("auditToDateEdit"));
    m_to->setDate(today);
    m_apply->setObjectName(QStringLiteral("applyAuditFilterButton"));
    m_apply->setDefault(true);

    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(AuditLogModel::When, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::Who, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::What, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::Object, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("auditDetailBrowser"));
    m_detail->setOpenLinks(false);

    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &AuditLogPage::applyFilter);
    connect(m_entityId, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        m_verify->setEnabled(false);
        m_chain->setText(tr("Verifying the chain…"));
        m_service->verifyAudit();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::showSelected);
    connect(m_model, &AuditLogModel::pageLoaded, this, &AuditLogPage::showChain);
    connect(m_model, &AuditLogModel::pageLoaded, this, &AuditLogPage::showSelected);
    connect(m_service, &OversightService::auditVerified, this, &AuditLogPage::showVerdict);
    connect(m_service, &OversightService::operatorsLoaded, this, [this](const proto::OperatorList &list) {
        const QVariant kept = m_actor->currentData();
        while (m_actor->count() > 1)
            m_actor->removeItem(1);
        for (const auto &account : list.items)
            m_actor->addItem(QString::fromStdString(account.username), QVariant::fromValue<qlonglong>(account.id));
        const int index = m_actor->findData(kept);
        m_actor->setCurrentIndex(index >= 0 ? index : 0);
    });
    connect(m_service, &OversightService::failed, this, [this](OversightService::Action action, const ApiError &error) {
        switch (action) {
        case OversightService::Action::LoadAudit:
            emit message(tr("Loading the audit log failed: %1").arg(DisplayText::error(error)));
            break;
        case OversightService::Action::VerifyAudit:
            m_verify->setEnabled(true);
            m_chain->setText(tr("The chain could not be verified: %1").arg(DisplayText::error(error)));
            break;
        case OversightService::Action::LoadOperators:
            emit message(tr("Loading the operators failed: %1").arg(DisplayText::error(error)));
            break;
        default:
            break;
        }
    });

    auto *filters = new QHBoxLayout;
    auto *who = new QLabel(tr("W&ho"), this);
    who->setBuddy(m_actor);
    auto *what = new QLabel(tr("Act&ion"), this);
    what->setBuddy(m_action);
    auto *concerning = new QLabel(tr("Conc&erning"), this);
    concerning->setBuddy(m_entity);
    filters->addWidget(who);
    filters->addWidget(m_actor);
    filters->addWidget(what);
    filters->addWidget(m_action);
    filters->addWidget(concerning);
    filters->addWidget(m_entity);
    filters->addWidget(m_entityId);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(m_apply);
    filters->addStretch();

    auto *chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chain, 1);
    chainRow->addWidget(m_verify);

    // The entry's details beside the list: every line of them stays in view however long the list.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_detail->setMinimumWidth(300);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(chainRow);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    showSelected();
}

void AuditLogPage::reload()
{
    m_service->loadOperators();
    applyFilter();
    m_verify->setEnabled(false);
    m_service->verifyAudit();
}

AuditFilter AuditLogPage::currentFilter() const
{
    AuditFilter filter;
    if (m_actor->currentData().isValid())
        filter.operatorId = m_actor->currentData().toLongLong();
    filter.entity = m_entity->currentData().toString();
    filter.entityId = m_entityId->text().trimmed();
    filter.action = m_action->currentData().toString();
    if (m_useFrom->isChecked())
        filter.from = m_from->date().startOfDay();
    if (m_useTo->isChecked())
        filter.to = m_to->date().addDays(1).startOfDay(); // the whole last day
    return filter;
}

void AuditLogPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void AuditLogPage::showChain()
{
    if (m_verdict && !m_verdict->ok)
        return; // the banner and its text stay until a verification says otherwise
    const auto &chain = m_model->chain();
    QString text = m_verdict ? tr("Chain verified intact up to entry %1 at %2.")
                                   .arg(m_verdict->lastVerifiedSeq.value_or(0))
                                   .arg(DisplayText::dateTime(m_verdict->verifiedAt))
                             : tr("The chain has not been verified yet.");
    if (chain.pendingRows > 0)
        text += QLatin1Char(' ') + tr("%n entry(s) waiting to be sealed (normal for a few seconds).", nullptr,
                                      static_cast<int>(chain.pendingRows));
    m_chain->setText(text);
}

void AuditLogPage::showVerdict(const proto::AuditVerification &verdict)
{
    m_verdict = verdict;
    m_verify->setEnabled(true);
    if (verdict.ok) {
        m_banner->hide();
        showChain();
        return;
    }
    m_banner->setText(tr("THE AUDIT LOG HAS BEEN TAMPERED WITH: the hash chain breaks at entry %1. Entries were "
                         "changed, removed or reordered in the database. Keep the database as it is and "
                         "investigate before trusting this log.")
                          .arg(verdict.brokenSeq.value_or(0)));
    m_banner->show();
    m_chain->setText(tr("Chain broken at entry %1; intact up to entry %2 (checked %3).")
                         .arg(verdict.brokenSeq.value_or(0))
                         .arg(verdict.lastVerifiedSeq.value_or(0))
                         .arg(DisplayText::dateTime(verdict.verifiedAt)));
}

void AuditLogPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setHtml(escaped(m_model->rowCount() == 0 && m_model->complete()
                                      ? tr("Nothing in the audit log matches these filters.")
                                      : tr("Select an entry to see its details.")));
        return;
    }
    const auto &record = m_model->at(current.row());
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(escaped(name), escaped(value));
    };
    QString html = QStringLiteral("<table>");
    QString entry = QString::number(record.seq);
    if (!record.sealed)
        entry += QLatin1Char(' ') + tr("(not sealed yet)");
    html += row(tr("Entry"), entry);
    html += row(tr("When"), DisplayText::dateTime(record.at));
    html += row(tr("Who"), AuditLogModel::who(record));
    html += row(tr("What"), AuditLogModel::action(record.action));
    html += row(tr("Concerning"), AuditLogModel::object(record));
    html += row(tr("Reason"), record.reason ? QString::fromStdString(*record.reason) : tr("none given"));
    html += row(tr("IP address"), record.ip ? QString::fromStdString(*record.ip) : tr("not recorded"));
    html += row(tr("Workstation"),
                record.workstationId ? QString::fromStdString(*record.workstationId) : tr("not recorded"));
    if (record.userAgent && !record.userAgent->empty())
        html += row(tr("Program"), QString::fromStdString(*record.userAgent));
    const QStringList changes = AuditLogModel::changes(record.details);
    if (!changes.isEmpty()) {
        html += row(tr("Details"), changes.front());
        for (int i = 1; i < changes.size(); ++i)
            html += row(QString(), changes[i]);
    }
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

} // namespace p2pdesk::workstation
