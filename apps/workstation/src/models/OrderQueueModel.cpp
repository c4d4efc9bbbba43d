#include "models/OrderQueueModel.h"

#include "core/Clock.h"
#include "models/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace p2pdesk::workstation {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString decimalText(const domain::Decimal &value)
{
    return QString::fromStdString(value.toString());
}

bool sameRisk(const std::vector<proto::RiskBrief> &a, const std::vector<proto::RiskBrief> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const proto::RiskBrief &x, const proto::RiskBrief &y) {
        return x.rule == y.rule && x.severity == y.severity;
    });
}

} // namespace

OrderQueueModel::OrderQueueModel(Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : SystemClock::instance())
{
    connect(&m_tickTimer, &QTimer::timeout, this, &OrderQueueModel::tick);
}

int OrderQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 OrderQueueModel::now() const
{
    return m_clock->nowMsecsSinceEpoch();
}

QString OrderQueueModel::statusText(domain::OrderStatus status)
{
    using S = domain::OrderStatus;
    switch (status) {
    case S::New:
        return tr("New");
    case S::Assigned:
        return tr("Assigned");
    case S::AwaitingCrypto:
        return tr("Awaiting crypto");
    case S::UserMarkedSent:
        return tr("Customer marked sent");
    case S::OperatorVerifyProof:
        return tr("Verify proof");
    case S::PaymentVerified:
        return tr("Payment verified");
    case S::ProcessingPayout:
        return tr("Processing payout");
    case S::PaidOut:
        return tr("Paid out");
    case S::Completed:
        return tr("Completed");
    case S::Cancelled:
        return tr("Cancelled");
    case S::Dispute:
        return tr("Dispute");
    }
    return {};
}

QString OrderQueueModel::durationText(qint64 msecs)
{
    const qint64 seconds = std::max<qint64>(0, msecs / 1000);
    if (seconds < 3600) {
        return tr("%1:%2", "minutes:seconds")
            .arg(seconds / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QVariant OrderQueueModel::displayData(const OrderSnapshot &row, int column) const
{
    const proto::OrderSummary &s = row.summary;
    switch (column) {
    case Code:
        return row.code;
    case Age:
        return durationText(now() - row.createdAtMs);
    case Direction: {
        const QString crypto = fromStd(s.asset) + QStringLiteral(" (") + fromStd(s.network) + u')';
        const QString fiat = fromStd(s.fiatCurrency);
        return s.direction == domain::Direction::Sell ? tr("Sell %1 → %2").arg(crypto, fiat)
                                                      : tr("Buy %1 ← %2").arg(crypto, fiat);
    }
    case AmountCrypto:
        return DisplayText::cryptoAmount(s.amountCrypto, s.asset, s.network);
    case AmountFiat:
        return DisplayText::fiatAmount(s.amountFiat, s.fiatCurrency);
    case SuggestedRate:
        return DisplayText::rate(s.suggestedRate, s.fiatCurrency);
    case FinalRate:
        return s.finalRate ? DisplayText::rate(*s.finalRate, s.fiatCurrency) : QString();
    case Customer: // "tg:123" is the search key's spelling; people read "Telegram 123"
        return s.customer.username && !s.customer.username->empty() ? row.customer
                                                                    : tr("Telegram %1").arg(s.customer.telegramId);
    case Holder:
        return row.holder;
    case Status:
        return statusText(s.status);
    case Deadline: {
        if (row.deadlineMs < 0)
            return QString();
        return DisplayText::deadline(row.deadlineMs, now());
    }
    case RiskFlags: {
        QStringList rules;
        for (const proto::RiskBrief &risk : s.risk)
            rules << DisplayText::riskRule(risk.rule);
        return rules.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant OrderQueueModel::sortData(const OrderSnapshot &row, int column) const
{
    const proto::OrderSummary &s = row.summary;
    switch (column) {
    case Age:
        return now() - row.createdAtMs;
    case Deadline:
        return row.deadlineMs < 0 ? std::numeric_limits<qint64>::max() : row.deadlineMs;
    case AmountCrypto:
        return decimalText(s.amountCrypto);
    case AmountFiat:
        return decimalText(s.amountFiat);
    case SuggestedRate:
        return decimalText(s.suggestedRate);
    case FinalRate:
        return s.finalRate ? decimalText(*s.finalRate) : QString();
    case Status:
        return static_cast<int>(s.status);
    case RiskFlags:
        return static_cast<int>(s.risk.size());
    default:
        return displayData(row, column);
    }
}

QVariant OrderQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSnapshot &row = at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == RiskFlags && !row.summary.risk.empty()) {
            QStringList lines;
            for (const proto::RiskBrief &risk : row.summary.risk)
                lines << DisplayText::riskRuleTooltip(risk.rule, risk.severity);
            return lines.join(u'\n');
        }
        if (column == Deadline && row.deadlineMs >= 0)
            return DisplayText::deadlineTooltip(row.deadlineMs);
        if (column == Code || column == Customer || column == Direction)
            return displayData(row, column); // elided in a narrow column: the whole text here
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountCrypto || column == AmountFiat || column == SuggestedRate || column == FinalRate ||
            column == Age || column == Deadline)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (column == Deadline) {
            const QColor colour = DisplayText::urgencyColor(DisplayText::urgency(row.deadlineMs, now()));
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        if (column == RiskFlags && row.onHold)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case OrderIdRole:
        return QVariant::fromValue<qint64>(row.id());
    case StatusRole:
        return static_cast<int>(row.summary.status);
    case HolderIdRole:
        return QVariant::fromValue<qint64>(row.holderId());
    case DeadlineRole:
        return row.deadlineMs;
    case CreatedAtRole:
        return row.createdAtMs;
    case VersionRole:
        return QVariant::fromValue<qint64>(row.summary.version);
    case OnHoldRole:
        return row.onHold;
    case SortRole:
        return sortData(row, column);
    case SearchRole:
        return row.searchKey;
    default:
        return {};
    }
}

QVariant OrderQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Age:
        return tr("Age");
    case Direction:
        return tr("Direction");
    case AmountCrypto:
        return tr("Crypto");
    case AmountFiat:
        return tr("Fiat");
    case SuggestedRate:
        return tr("Suggested rate");
    case FinalRate:
        return tr("Final rate");
    case Customer:
        return tr("Customer");
    case Holder:
        return tr("Holder");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Deadline");
    case RiskFlags:
        return tr("Risk");
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OrderIdRole, "orderId");
    names.insert(StatusRole, "status");
    names.insert(HolderIdRole, "holderId");
    names.insert(DeadlineRole, "deadline");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(VersionRole, "version");
    names.insert(OnHoldRole, "onHold");
    names.insert(SortRole, "sortValue");
    names.insert(SearchRole, "searchKey");
    return names;
}

const OrderSnapshot *OrderQueueModel::find(std::int64_t orderId) const
{
    const int row = rowOf(orderId);
    return row < 0 ? nullptr : &at(row);
}

QModelIndex OrderQueueModel::indexOf(std::int64_t orderId, int column) const
{
    const int row = rowOf(orderId);
    return row < 0 ? QModelIndex() : index(row, column);
}

std::vector<int> OrderQueueModel::changedColumns(const OrderSnapshot &before, const OrderSnapshot &after)
{
    const proto::OrderSummary &a = before.summary;
    const proto::OrderSummary &b = after.summary;
    std::vector<int> columns;
    if (before.code != after.code)
        columns.push_back(Code);
    if (before.createdAtMs != after.createdAtMs)
        columns.push_back(Age);
    if (a.direction != b.direction || a.asset != b.asset || a.network != b.network || a.fiatCurrency != b.fiatCurrency)
        columns.push_back(Direction);
    if (a.amountCrypto != b.amountCrypto || a.asset != b.asset)
        columns.push_back(AmountCrypto);
    if (a.amountFiat != b.amountFiat || a.fiatCurrency != b.fiatCurrency)
        columns.push_back(AmountFiat);
    if (a.suggestedRate != b.suggestedRate)
        columns.push_back(SuggestedRate);
    if (a.finalRate != b.finalRate)
        columns.push_back(FinalRate);
    if (before.customer != after.customer)
        columns.push_back(Customer);
    if (before.holder != after.holder || before.holderId() != after.holderId())
        columns.push_back(Holder);
    if (a.status != b.status)
        columns.push_back(Status);
    if (before.deadlineMs != after.deadlineMs)
        columns.push_back(Deadline);
    if (!sameRisk(a.risk, b.risk))
        columns.push_back(RiskFlags);
    return columns;
}

bool OrderQueueModel::upsert(proto::OrderSummary summary)
{
    const int row = rowOf(summary.id);
    if (row < 0) {
        const int newRow = static_cast<int>(m_rows.size());
        beginInsertRows({}, newRow, newRow);
        m_rowById.insert(summary.id, newRow);
        m_rows.push_back(OrderSnapshot::fromSummary(std::move(summary)));
        endInsertRows();
        return true;
    }
    OrderSnapshot &current = m_rows[static_cast<std::size_t>(row)];
    if (summary.version < current.summary.version)
        return false;
    OrderSnapshot next = OrderSnapshot::fromSummary(std::move(summary));
    std::vector<int> columns = changedColumns(current, next);
    const bool versionMoved = next.summary.version != current.summary.version;
    current = std::move(next);
    if (columns.empty() && !versionMoved)
        return false;
    if (columns.empty())
        columns.push_back(Code); // only the roles (version, search text) moved
    emit dataChanged(index(row, columns.front()), index(row, columns.back()));
    return true;
}

void OrderQueueModel::upsertMany(std::vector<proto::OrderSummary> summaries)
{
    std::vector<proto::OrderSummary> fresh;
    for (proto::OrderSummary &summary : summaries) {
        if (m_rowById.contains(summary.id))
            upsert(std::move(summary));
        else
            fresh.push_back(std::move(summary));
    }
    if (fresh.empty())
        return;
    // Duplicates inside one batch: the highest version wins, as with single upserts.
    std::stable_sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::vector<proto::OrderSummary> unique;
    unique.reserve(fresh.size());
    for (proto::OrderSummary &summary : fresh) {
        if (!unique.empty() && unique.back().id == summary.id) {
            if (summary.version >= unique.back().version)
                unique.back() = std::move(summary);
        } else {
            unique.push_back(std::move(summary));
        }
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(unique.size()) - 1);
    m_rows.reserve(m_rows.size() + unique.size());
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size() + unique.size()));
    for (proto::OrderSummary &summary : unique) {
        m_rowById.insert(summary.id, static_cast<int>(m_rows.size()));
        m_rows.push_back(OrderSnapshot::fromSummary(std::move(summary)));
    }
    endInsertRows();
}

bool OrderQueueModel::remove(std::int64_t orderId)
{
    const int row = rowOf(orderId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rowById.remove(orderId);
    for (int i = row; i < static_cast<int>(m_rows.size()); ++i)
        m_rowById[m_rows[static_cast<std::size_t>(i)].id()] = i;
    endRemoveRows();
    return true;
}

void OrderQueueModel::removeAll()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

void OrderQueueModel::setTickInterval(int msecs)
{
    if (msecs > 0)
        m_tickTimer.start(msecs);
    else
        m_tickTimer.stop();
}

void OrderQueueModel::tick()
{
    if (m_rows.empty())
        return;
    // Display roles only: the proxy sorts and filters on SortRole/SearchRole, which a tick never
    // changes in relative order, so it has no reason to re-sort 100k rows every second.
    const int last = static_cast<int>(m_rows.size()) - 1;
    const QList<int> roles{Qt::DisplayRole, Qt::ForegroundRole};
    emit dataChanged(index(0, Age), index(last, Age), roles);
    emit dataChanged(index(0, Deadline), index(last, Deadline), roles);
}

} // namespace p2pdesk::workstation
