#include "models/TicketMessageModel.h"

#include "core/OrderSnapshot.h"
#include "models/DisplayText.h"

#include <QHash>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace p2pdesk::workstation {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// The entity after '&' at `at` (Telegram's HTML knows the four named ones and numeric ones).
bool decodeEntity(std::string_view html, std::size_t &at, QString &out)
{
    const std::size_t end = html.find(';', at);
    if (end == std::string_view::npos || end - at > 10)
        return false;
    const std::string_view name = html.substr(at + 1, end - at - 1);
    char32_t code = 0;
    if (name == "lt")
        code = '<';
    else if (name == "gt")
        code = '>';
    else if (name == "amp")
        code = '&';
    else if (name == "quot")
        code = '"';
    else if (name.size() > 1 && name[0] == '#') {
        bool ok = false;
        const QString digits = QString::fromLatin1(name.data() + 1, static_cast<qsizetype>(name.size() - 1));
        const uint value =
            digits.startsWith(u'x', Qt::CaseInsensitive) ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF)
            return false;
        code = static_cast<char32_t>(value);
    } else {
        return false;
    }
    out += QString::fromUcs4(&code, 1);
    at = end + 1;
    return true;
}

} // namespace

// Local times for many messages at once: each local-time conversion asks the C library, which
// looks at /etc/localtime every time, so the zone's offset is looked up once per hour (zones change
// their offset on the hour) and the wall-clock fields are computed from it.
class TicketMessageModel::LocalTimes {
public:
    explicit LocalTimes(qint64 nowMsecs)
        : m_today(wallClock(nowMsecs).date())
    {
    }

    QString text(qint64 msecs)
    {
        const QDateTime at = wallClock(msecs);
        const QLocale locale;
        if (at.date() == m_today)
            return locale.toString(at.time(), QLocale::ShortFormat);
        return locale.toString(at, locale.dateTimeFormat(QLocale::ShortFormat));
    }

private:
    // The local wall-clock time as a UTC QDateTime: formatting it converts nothing.
    QDateTime wallClock(qint64 msecs)
    {
        const qint64 hour = msecs >= 0 ? msecs / 3'600'000 : (msecs - 3'599'999) / 3'600'000;
        auto offset = m_offsets.constFind(hour);
        if (offset == m_offsets.constEnd())
            offset = m_offsets.insert(hour, QDateTime::fromMSecsSinceEpoch(hour * 3'600'000).offsetFromUtc());
        return QDateTime::fromMSecsSinceEpoch(msecs + qint64(*offset) * 1000, Qt::UTC);
    }

    QHash<qint64, int> m_offsets;
    QDate m_today;
};

TicketMessageModel::TicketMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString TicketMessageModel::plainText(std::string_view html)
{
    QString out;
    out.reserve(static_cast<qsizetype>(html.size()));
    std::size_t copied = 0;
    std::size_t at = 0;
    const auto flush = [&](std::size_t until) {
        if (until > copied)
            out += QString::fromUtf8(html.data() + copied, static_cast<qsizetype>(until - copied));
    };
    while (at < html.size()) {
        const char c = html[at];
        if (c == '<') {
            const std::size_t close = html.find('>', at);
            if (close == std::string_view::npos)
                break;
            flush(at);
            at = close + 1;
            copied = at;
        } else if (c == '&') {
            flush(at);
            if (!decodeEntity(html, at, out)) {
                out += u'&';
                ++at;
            }
            copied = at;
        } else {
            ++at;
        }
    }
    flush(html.size());
    return out;
}

TicketMessageModel::Delivery TicketMessageModel::deliveryOf(const std::optional<std::string> &state)
{
    if (!state)
        return Delivery::None;
    if (*state == "sent")
        return Delivery::Sent;
    if (*state == "failed")
        return Delivery::Failed;
    if (*state == "undeliverable")
        return Delivery::Undeliverable;
    return Delivery::Queued;
}

QString TicketMessageModel::deliveryReason(const QString &error)
{
    // syncd's outbox writes "<kind>: <what Telegram said>" (tg::BotApiErrorKind) or a sentence of
    // its own when the message could not even be prepared.
    const QString kind = error.section(u':', 0, 0).trimmed();
    if (kind == u"forbidden")
        return tr("the customer blocked the bot or never started it");
    if (kind == u"chat_not_found")
        return tr("the customer's Telegram chat no longer exists");
    if (kind == u"message_too_long")
        return tr("the message is too long for Telegram");
    if (kind == u"cannot_parse_entities")
        return tr("Telegram could not read its formatting");
    if (kind == u"too_large")
        return tr("the file is too large for Telegram");
    if (kind == u"rate_limited")
        return tr("Telegram asked the desk to slow down");
    if (kind == u"server_error" || kind == u"network" || kind == u"timeout")
        return tr("Telegram could not be reached");
    if (kind == u"unauthorized" || kind == u"not_found" || kind == u"conflict")
        return tr("the bot is not set up correctly (tell the admin)");
    if (error.startsWith(u"recipient") || error.startsWith(u"payload") || error.startsWith(u"message text"))
        return tr("the message could not be prepared (tell the admin)");
    return tr("Telegram refused it");
}

QString TicketMessageModel::deliveryText(Delivery delivery, const QString &error)
{
    switch (delivery) {
    case Delivery::None:
        return {};
    case Delivery::Sending:
        return tr("Sending…");
    case Delivery::Unconfirmed:
        return error.isEmpty()
                   ? tr("Not confirmed by the server yet; retrying. It will not be sent twice.")
                   : tr("Not confirmed by the server yet (%1); retrying. It will not be sent twice.").arg(error);
    case Delivery::Queued:
        return error.isEmpty() ? tr("Waiting to be sent")
                               : tr("Waiting to be sent; the last try failed: %1").arg(deliveryReason(error));
    case Delivery::Sent:
        return tr("Sent");
    case Delivery::Failed:
        return tr("Not sent: %1").arg(deliveryReason(error));
    case Delivery::Undeliverable:
        return tr("Not delivered: %1").arg(deliveryReason(error));
    }
    return {};
}

QString TicketMessageModel::attachmentLabel(const QString &mime, qint64 size)
{
    const QString bytes = QLocale().formattedDataSize(size, 0);
    if (mime.startsWith(u"image/"))
        return tr("Photo, %1").arg(bytes);
    if (mime == u"application/pdf")
        return tr("PDF document, %1").arg(bytes);
    return tr("File, %1").arg(bytes);
}

QString TicketMessageModel::timeText(qint64 msecs, qint64 nowMsecs)
{
    return LocalTimes(nowMsecs).text(msecs);
}

TicketMessageModel::Row TicketMessageModel::makeRow(const proto::TicketMessage &message, LocalTimes &times) const
{
    Row row;
    row.id = message.id;
    row.author = message.author == "customer"   ? Author::Customer
                 : message.author == "operator" ? Author::Operator
                                                : Author::System;
    if (message.operatorRef)
        row.operatorName = DisplayText::operatorName(message.operatorRef);
    // An operator's words are stored as syncd sent them (Telegram HTML); the customer's and the
    // system's as written.
    row.text = row.author == Author::Operator ? plainText(message.body) : fromStd(message.body);
    if (message.originalBody) {
        row.edited = true;
        row.originalText = fromStd(*message.originalBody);
    }
    row.privateNote = message.privateNote;
    row.atMsecs = toMsecsSinceEpoch(message.createdAt);
    row.timeText = times.text(row.atMsecs);
    row.delivery =
        row.author == Author::Operator && !message.privateNote ? deliveryOf(message.delivery) : Delivery::None;
    row.deliveryError = message.deliveryError ? fromStd(*message.deliveryError) : QString();
    for (const proto::TicketAttachment &file : message.attachments) {
        Attachment a;
        a.id = file.id;
        a.mime = fromStd(file.mime);
        a.size = file.size;
        a.sha256 = fromStd(file.sha256);
        a.image = a.mime.startsWith(u"image/");
        a.label = attachmentLabel(a.mime, a.size);
        row.attachments.push_back(std::move(a));
    }
    row.sourceBody = message.body;
    row.sourceOperator = message.operatorRef ? message.operatorRef->username : std::string();
    row.sourceOriginal = message.originalBody;
    row.sourceDelivery = message.delivery;
    row.sourceDeliveryError = message.deliveryError;
    return row;
}

namespace {

// Whether a row still shows `message`, compared on what syncd may change (an edit, the delivery
// state) without building a new row: a re-read of a long chat compares thousands of them.
bool sameMessage(const TicketMessageModel::Row &row, const proto::TicketMessage &message)
{
    return row.sourceBody == message.body && row.sourceOriginal == message.originalBody &&
           row.sourceDelivery == message.delivery && row.sourceDeliveryError == message.deliveryError &&
           row.privateNote == message.privateNote && row.attachments.size() == message.attachments.size() &&
           row.sourceOperator == (message.operatorRef ? message.operatorRef->username : std::string());
}

} // namespace

void TicketMessageModel::setMessages(const std::vector<proto::TicketMessage> &messages)
{
    // A merge by id: both sides are sorted. Consecutive new rows go in as one insertion, so the
    // usual case — a few messages at the end — is one rowsInserted.
    LocalTimes times(QDateTime::currentMSecsSinceEpoch());
    std::size_t i = 0; // m_rows
    std::size_t j = 0; // messages
    while (j < messages.size()) {
        const std::int64_t id = messages[j].id;
        if (i < m_rows.size() && m_rows[i].id == id) {
            if (!sameMessage(m_rows[i], messages[j])) {
                m_rows[i] = makeRow(messages[j], times);
                const QModelIndex changed = index(static_cast<int>(i));
                emit dataChanged(changed, changed);
            }
            ++i;
            ++j;
        } else if (i < m_rows.size() && m_rows[i].id < id) {
            // syncd no longer lists it (never happens today: messages are not deleted).
            beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
            m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(i));
            endRemoveRows();
        } else {
            std::size_t end = j;
            while (end < messages.size() && (i >= m_rows.size() || messages[end].id < m_rows[i].id))
                ++end;
            std::vector<Row> fresh;
            fresh.reserve(end - j);
            for (std::size_t k = j; k < end; ++k)
                fresh.push_back(makeRow(messages[k], times));
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(i + fresh.size() - 1));
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), std::make_move_iterator(fresh.begin()),
                          std::make_move_iterator(fresh.end()));
            endInsertRows();
            i += fresh.size();
            j = end;
        }
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, static_cast<int>(i), static_cast<int>(m_rows.size() - 1));
        m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(i), m_rows.end());
        endRemoveRows();
    }
}

void TicketMessageModel::setPending(const std::optional<Pending> &pending)
{
    const int row = static_cast<int>(m_rows.size());
    if (pending && m_pending) {
        m_pending = pending;
        emit dataChanged(index(row), index(row));
    } else if (pending) {
        beginInsertRows({}, row, row);
        m_pending = pending;
        endInsertRows();
    } else if (m_pending) {
        beginRemoveRows({}, row, row);
        m_pending.reset();
        endRemoveRows();
    }
}

void TicketMessageModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.reset();
    endResetModel();
}

void TicketMessageModel::setCustomerName(const QString &name)
{
    if (name == m_customerName)
        return;
    m_customerName = name;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].author == Author::Customer) {
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {AuthorNameRole, Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
}

int TicketMessageModel::rowOfMessage(std::int64_t messageId) const
{
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), messageId,
                                     [](const Row &row, std::int64_t id) { return row.id < id; });
    return at != m_rows.end() && at->id == messageId ? static_cast<int>(at - m_rows.begin()) : -1;
}

int TicketMessageModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_rows.size()) + (m_pending ? 1 : 0);
}

QString TicketMessageModel::authorNameOf(const Row &row) const
{
    switch (row.author) {
    case Author::Customer:
        return m_customerName.isEmpty() ? tr("Customer") : m_customerName;
    case Author::Operator:
        return row.operatorName.isEmpty() ? tr("Operator") : row.operatorName;
    case Author::System:
        return tr("System");
    }
    return {};
}

QVariant TicketMessageModel::pendingData(int role) const
{
    const Pending &p = *m_pending;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return p.text;
    case MessageIdRole:
        return qint64(0);
    case AuthorRole:
        return QVariant::fromValue(Author::Operator);
    case AuthorNameRole:
    case OperatorNameRole:
        return tr("You");
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(p.atMsecs);
    case TimeTextRole:
        return timeText(p.atMsecs, QDateTime::currentMSecsSinceEpoch());
    case PrivateRole:
        return p.privateNote;
    case DeliveryRole:
        return QVariant::fromValue(p.state);
    case DeliveryTextRole:
        return deliveryText(p.state, p.error);
    case AttachmentCountRole:
        return 0;
    case AttachmentsRole:
        return QVariantList();
    case EditedRole:
        return false;
    case PendingRole:
        return true;
    default:
        return {};
    }
}

QVariant TicketMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    if (index.row() == static_cast<int>(m_rows.size()))
        return pendingData(role);
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case Qt::ToolTipRole: {
        QString tip = tr("%1, %2").arg(authorNameOf(row), DisplayText::dateTime(row.atMsecs));
        if (!row.deliveryError.isEmpty())
            tip += u'\n' + tr("Telegram said: %1").arg(row.deliveryError);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1 at %2: %3").arg(authorNameOf(row), row.timeText, row.text);
    case MessageIdRole:
        return qint64(row.id);
    case AuthorRole:
        return QVariant::fromValue(row.author);
    case AuthorNameRole:
        return authorNameOf(row);
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(row.atMsecs);
    case TimeTextRole:
        return row.timeText;
    case OperatorNameRole:
        return row.operatorName;
    case PrivateRole:
        return row.privateNote;
    case DeliveryRole:
        return QVariant::fromValue(row.delivery);
    case DeliveryTextRole:
        return deliveryText(row.delivery, row.deliveryError);
    case DeliveryErrorRole:
        return row.deliveryError;
    case AttachmentsRole: {
        QVariantList list;
        for (const Attachment &a : row.attachments) {
            list.append(QVariantMap{{QStringLiteral("id"), qint64(a.id)},
                                    {QStringLiteral("mime"), a.mime},
                                    {QStringLiteral("size"), a.size},
                                    {QStringLiteral("sha256"), a.sha256},
                                    {QStringLiteral("image"), a.image},
                                    {QStringLiteral("label"), a.label}});
        }
        return list;
    }
    case AttachmentCountRole:
        return static_cast<int>(row.attachments.size());
    case EditedRole:
        return row.edited;
    case OriginalTextRole:
        return row.originalText;
    case PendingRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(AuthorRole, "author");
    names.insert(AuthorNameRole, "authorName");
    names.insert(TextRole, "text");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(OperatorNameRole, "operatorName");
    names.insert(PrivateRole, "privateNote");
    names.insert(DeliveryRole, "delivery");
    names.insert(DeliveryTextRole, "deliveryText");
    names.insert(DeliveryErrorRole, "deliveryError");
    names.insert(AttachmentsRole, "attachments");
    names.insert(AttachmentCountRole, "attachmentCount");
    names.insert(EditedRole, "edited");
    names.insert(OriginalTextRole, "originalText");
    names.insert(PendingRole, "pending");
    return names;
}

} // namespace p2pdesk::workstation
