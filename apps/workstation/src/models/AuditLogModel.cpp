#include "models/AuditLogModel.h"

#include "models/DisplayText.h"
#include "models/FeatureFlagModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <string_view>
#include <utility>

namespace p2pdesk::workstation {

namespace {

constexpr const char *kContext = "p2pdesk::workstation::AuditLogModel";

// The actions syncd writes, in words. An action missing here reads "<thing>: <verb>" (see action()).
constexpr std::pair<std::string_view, const char *> kActions[] = {
    {"auth.login", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Logged in")},
    {"auth.login_failed", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Login refused")},
    {"auth.logout", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Logged out")},
    {"operator.create", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Operator created")},
    {"operator.deactivate", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Operator deactivated")},
    {"operator.duty", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "On duty changed")},
    {"operator.reset_password", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Password reset")},
    {"operator.reset_2fa", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Two-factor reset")},
    {"operator.set_roles", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Roles changed")},
    {"order.create", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order created")},
    {"order.take", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order taken")},
    {"order.release", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order released")},
    {"order.await_crypto", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payment instructions sent")},
    {"order.mark_sent", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Marked as sent")},
    {"order.attach_proof", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Proof attached")},
    {"order.reject_proof", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Proof rejected")},
    {"order.verify", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payment verified")},
    {"order.start_payout", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payout started")},
    {"order.mark_paid", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Paid out")},
    {"order.complete", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order completed")},
    {"order.cancel", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order cancelled")},
    {"order.dispute", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Dispute opened")},
    {"order.resolve_dispute", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Dispute resolved")},
    {"order.back", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order sent back")},
    {"order.transition", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order status changed")},
    {"order.approve", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payout approved")},
    {"order.approval_reject", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payout approval refused")},
    {"order.checklist", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Checklist item ticked")},
    {"order.requisites_read", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payout details viewed")},
    {"order.requote_offer", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "New rate offered")},
    {"order.requote_accept", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "New rate accepted")},
    {"order.requote_keep", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Old rate kept")},
    {"order.risk_flag_raise", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Risk flag raised")},
    {"order.risk_flag_clear", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Risk flag cleared")},
    {"risk_flag.raise", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Risk flag raised")},
    {"proof.add", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Proof added")},
    {"annotation.add", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Proof marked up")},
    {"rate.update", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Rate changed")},
    {"wallet.create", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Wallet added")},
    {"wallet.activate", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Wallet activated")},
    {"wallet.deactivate", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Wallet deactivated")},
    {"settings.update", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Settings changed")},
    {"checklist.update", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Checklist changed")},
    {"risk_limit.set", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Limit set")},
    {"feature_flag.set", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Feature flag switched")},
    {"canned_reply.create", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Canned reply added")},
    {"canned_reply.update", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Canned reply changed")},
    {"customer.block", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Customer blocked")},
    {"customer.unblock", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Customer unblocked")},
    {"ticket.assign", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Ticket assigned")},
    {"ticket.priority", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Ticket priority changed")},
    {"ticket.close", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Ticket closed")},
    {"ticket.reopen", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Ticket reopened")},
    {"ticket.read", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Ticket read")},
    {"ticket.reply", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Reply sent")},
    {"ticket.note", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Private note added")},
    {"ticket.customer_message", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Customer wrote")},
    {"ticket.customer_edit", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Customer edited a message")},
};

constexpr std::pair<std::string_view, const char *> kEntities[] = {
    {"order", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Order")},
    {"operator", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Operator")},
    {"session", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Session")},
    {"customer", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Customer")},
    {"ticket", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Ticket")},
    {"canned_reply", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Canned reply")},
    {"proof", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Proof")},
    {"annotation", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Proof mark-up")},
    {"rate", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Rate")},
    {"wallet", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Wallet")},
    {"settings", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Settings")},
    {"checklist", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Checklist")},
    {"limit", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Limit")},
    {"risk_flag", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Risk flag")},
    {"feature_flag", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Feature flag")},
    {"payout_account", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Payout account")},
    {"approval", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Approval")},
};

constexpr std::pair<std::string_view, const char *> kFields[] = {
    {"enabled", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Switched on")},
    {"active", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Active")},
    {"threshold", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Threshold")},
    {"action", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Action")},
    {"rule", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Rule")},
    {"fiat_currency", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Currency")},
    {"roles", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Roles")},
    {"from", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "From")},
    {"to", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "To")},
    {"on_duty", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "On duty")},
    {"final_rate", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Final rate")},
    {"username", QT_TRANSLATE_NOOP("p2pdesk::workstation::AuditLogModel", "Login")},
};

template<std::size_t N>
const char *lookup(const std::pair<std::string_view, const char *> (&table)[N], std::string_view key)
{
    for (const auto &[name, text] : table) {
        if (name == key)
            return text;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// "reset_2fa" → "reset 2fa": the last resort for a name this build does not know.
QString spelled(std::string_view name)
{
    QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString valueText(const proto::Json &value)
{
    if (value.is_null())
        return AuditLogModel::tr("—");
    if (value.is_boolean())
        return value.get<bool>() ? AuditLogModel::tr("yes") : AuditLogModel::tr("no");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_array()) {
        QStringList items;
        for (const auto &item : value)
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    return QString::fromStdString(value.dump());
}

} // namespace

AuditLogModel::AuditLogModel(OversightService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(m_service, &OversightService::auditLoaded, this, &AuditLogModel::onLoaded);
    connect(m_service, &OversightService::failed, this, [this](OversightService::Action action, const ApiError &) {
        if (action == OversightService::Action::LoadAudit)
            m_loading = false; // the next scroll asks again
    });
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::who(const proto::AuditRecord &record)
{
    if (record.actorOperator)
        return QString::fromStdString(record.actorOperator->username);
    const auto &actor = record.actor;
    if (actor == "system")
        return tr("System");
    if (actor.rfind("customer:", 0) == 0)
        return tr("Customer #%1").arg(QString::fromStdString(actor.substr(9)));
    if (actor.rfind("operator:", 0) == 0)
        return tr("Operator #%1").arg(QString::fromStdString(actor.substr(9)));
    if (actor == "anonymous")
        return tr("Not logged in");
    return QString::fromStdString(actor);
}

QString AuditLogModel::action(const std::string &action)
{
    if (const char *text = lookup(kActions, action))
        return translated(text);
    const auto dot = action.find('.');
    if (dot == std::string::npos)
        return spelled(action);
    return tr("%1: %2").arg(entity(action.substr(0, dot)), spelled(std::string_view(action).substr(dot + 1)));
}

QString AuditLogModel::entity(const std::string &entity)
{
    if (const char *text = lookup(kEntities, entity))
        return translated(text);
    return spelled(entity);
}

QString AuditLogModel::object(const proto::AuditRecord &record)
{
    const QString thing = entity(record.entity);
    if (!record.entityId || record.entityId->empty())
        return thing;
    if (record.entity == "feature_flag") {
        proto::FeatureFlagDto flag;
        flag.key = *record.entityId;
        return tr("%1: %2").arg(thing, FeatureFlagModel::name(flag));
    }
    return tr("%1 #%2").arg(thing, QString::fromStdString(*record.entityId));
}

QStringList AuditLogModel::changes(const proto::Json &details)
{
    QStringList lines;
    if (!details.is_object())
        return lines;
    const proto::Json old = details.contains("old") && details["old"].is_object() ? details["old"] : proto::Json();
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (it.key() == "old")
            continue;
        const char *field = lookup(kFields, it.key());
        const QString name = field ? translated(field) : spelled(it.key());
        if (old.is_object() && old.contains(it.key()))
            lines << tr("%1: %2 → %3").arg(name, valueText(old[it.key()]), valueText(it.value()));
        else
            lines << tr("%1: %2").arg(name, valueText(it.value()));
    }
    if (details.contains("old") && details["old"].is_null())
        lines << tr("(created: there was no earlier value)");
    return lines;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::AuditRecord &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return DisplayText::dateTime(item.at);
        case Who:
            return who(item);
        case What:
            return action(item.action);
        case Object:
            return object(item);
        case Reason:
            return item.reason ? QString::fromStdString(*item.reason).simplified() : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Reason && item.reason)
            return QString::fromStdString(*item.reason);
        return {};
    case SeqRole:
        return static_cast<qlonglong>(item.seq);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Object:
        return tr("Concerning");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_complete && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    m_service->loadAudit(m_filter, m_next);
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_items.clear();
    m_next.reset();
    m_complete = false;
    m_started = true;
    m_loading = true;
    endResetModel();
    m_service->loadAudit(m_filter, std::nullopt);
}

void AuditLogModel::onLoaded(const AuditFilter &filter, std::optional<std::int64_t> beforeSeq,
                             const proto::AuditPage &page)
{
    if (!(filter == m_filter) || beforeSeq != m_next)
        return; // an answer to a filter or page the admin has left
    m_loading = false;
    m_chain = page.chain;
    m_next = page.nextBeforeSeq;
    m_complete = !page.nextBeforeSeq;
    if (!page.items.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
        m_items.insert(m_items.end(), page.items.begin(), page.items.end());
        endInsertRows();
    }
    emit pageLoaded();
}

} // namespace p2pdesk::workstation
