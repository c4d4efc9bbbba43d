#include "ui/support/ChatMessageDelegate.h"

#include "models/TicketMessageModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace p2pdesk::workstation {

namespace {

using Author = TicketMessageModel::Author;
using Delivery = TicketMessageModel::Delivery;

constexpr int kSide = 10;   // between a bubble and the view's edge
constexpr int kMarginY = 4; // above and below a bubble
constexpr int kPadX = 10;   // inside a bubble
constexpr int kPadY = 7;
constexpr int kGap = 4; // between the parts of a bubble
constexpr int kMinBubble = 220;
constexpr int kLock = 14; // the lock before "Private note"
constexpr int kChipIcon = 18;
constexpr int kChipPad = 6;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.88);
    else
        font.setPixelSize(std::max(9, font.pixelSize() * 88 / 100));
    return font;
}

// Line breaks as QTextLayout understands them.
QString forLayout(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

struct Measured {
    int width = 0;
    int height = 0;
};

// Words wrap at their boundaries; a word longer than the line (an address, a hash) anywhere.
Measured layoutText(QTextLayout &layout, const QFont &font, int maxWidth)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setFont(font);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    qreal width = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
        width = std::max(width, line.naturalTextWidth());
    }
    layout.endLayout();
    return {static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height))};
}

Measured measure(const QString &text, const QFont &font, const QFontMetricsF &metrics, int maxWidth)
{
    if (text.isEmpty())
        return {};
    // Most messages are one short line: measured without laying the text out.
    if (!text.contains(u'\n')) {
        const qreal width = metrics.horizontalAdvance(text);
        if (width <= maxWidth)
            return {static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(metrics.height()))};
    }
    QTextLayout layout(forLayout(text));
    return layoutText(layout, font, maxWidth);
}

void drawText(QPainter *painter, const QString &text, const QFont &font, const QRect &rect)
{
    if (text.isEmpty())
        return;
    QTextLayout layout(forLayout(text));
    layoutText(layout, font, rect.width());
    layout.draw(painter, rect.topLeft());
}

QString headerText(const QModelIndex &index)
{
    const QString name = index.data(TicketMessageModel::AuthorNameRole).toString();
    const QString time = index.data(TicketMessageModel::TimeTextRole).toString();
    return ChatMessageDelegate::tr("%1 · %2", "author · time").arg(name, time);
}

// The line a private note starts with, after its lock.
QString privateMarker()
{
    return ChatMessageDelegate::tr("Private note — not sent");
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QString originalText(const QModelIndex &index)
{
    if (!index.data(TicketMessageModel::EditedRole).toBool())
        return {};
    return ChatMessageDelegate::tr("Edited by the customer. First written: %1")
        .arg(index.data(TicketMessageModel::OriginalTextRole).toString());
}

void drawLock(QPainter *painter, const QRect &box, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF body(box.left() + 2, box.top() + box.height() * 0.45, box.width() - 4, box.height() * 0.5);
    QPen pen(colour, 1.6);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF shackle(body.left() + body.width() * 0.2, box.top() + 1, body.width() * 0.6, body.height() * 1.1);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->setBrush(colour);
    painter->drawRoundedRect(body, 1.5, 1.5);
    painter->restore();
}

void drawFileIcon(QPainter *painter, const QRect &box, bool image, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.3));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(box).adjusted(2, 2, -2, -2);
    if (image) {
        painter->drawRoundedRect(r, 2, 2);
        painter->drawEllipse(QPointF(r.left() + r.width() * 0.3, r.top() + r.height() * 0.33), 1.6, 1.6);
        QPainterPath hill;
        hill.moveTo(r.left() + 1, r.bottom() - 1);
        hill.lineTo(r.left() + r.width() * 0.45, r.top() + r.height() * 0.5);
        hill.lineTo(r.right() - 1, r.bottom() - 1);
        painter->drawPath(hill);
    } else {
        QPainterPath page;
        const qreal fold = r.width() * 0.35;
        page.moveTo(r.left() + 2, r.top());
        page.lineTo(r.right() - 2 - fold, r.top());
        page.lineTo(r.right() - 2, r.top() + fold);
        page.lineTo(r.right() - 2, r.bottom());
        page.lineTo(r.left() + 2, r.bottom());
        page.closeSubpath();
        painter->drawPath(page);
    }
    painter->restore();
}

struct Colours {
    QColor fill;
    QColor border;
};

Colours coloursOf(Author author, bool privateNote)
{
    if (author == Author::System)
        return {QColor(0xee, 0xf0, 0xf2), QColor(0xdd, 0xe1, 0xe5)};
    if (author == Author::Operator && privateNote)
        return {QColor(0xff, 0xf4, 0xc2), QColor(0xe2, 0xc0, 0x44)};
    if (author == Author::Operator)
        return {QColor(0xdc, 0xeb, 0xfb), QColor(0xb9, 0xd3, 0xf0)};
    return {QColor(0xff, 0xff, 0xff), QColor(0xd5, 0xdb, 0xe1)};
}

QColor deliveryColour(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Failed:
    case Delivery::Undeliverable:
        return QColor(0xc6, 0x28, 0x28);
    case Delivery::Unconfirmed:
        return QColor(0xb2, 0x5e, 0x00);
    case Delivery::Sent:
        return QColor(0x2e, 0x6b, 0x35);
    default:
        return QColor(0x5a, 0x64, 0x70);
    }
}

bool failedDelivery(const QModelIndex &index)
{
    const auto delivery = index.data(TicketMessageModel::DeliveryRole).value<Delivery>();
    return delivery == Delivery::Failed || delivery == Delivery::Undeliverable;
}

const QColor kText(0x1b, 0x1f, 0x23);
const QColor kMuted(0x5a, 0x64, 0x70);

} // namespace

ChatMessageDelegate::ChatMessageDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

void ChatMessageDelegate::watch(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const QModelIndex changed = topLeft.sibling(row, 0);
                    m_sizes.remove(changed.data(TicketMessageModel::MessageIdRole).toLongLong());
                    emit sizeHintChanged(changed);
                }
            });
    connect(model, &QAbstractItemModel::modelReset, this, &ChatMessageDelegate::forgetSizes);
}

void ChatMessageDelegate::forgetSizes()
{
    m_sizes.clear();
}

int ChatMessageDelegate::availableWidth() const
{
    return m_view ? std::max(kMinBubble + 2 * kSide, m_view->viewport()->width()) : 600;
}

const ChatMessageDelegate::Fonts &ChatMessageDelegate::fonts() const
{
    const QFont base = m_view ? m_view->font() : QApplication::font();
    if (!m_fonts || m_fonts->base != base) {
        const QFont small = smallFont(base);
        QFont italic = small;
        italic.setItalic(true);
        const QFont bold = boldFont(small);
        m_fonts.emplace(
            Fonts{base, small, bold, italic, QFontMetricsF(base), QFontMetricsF(small), QFontMetricsF(bold)});
    }
    return *m_fonts;
}

ChatMessageDelegate::Geometry ChatMessageDelegate::geometry(const QModelIndex &index, const QRect &itemRect) const
{
    const Fonts &f = fonts();
    const QFontMetricsF &smallMetrics = f.smallMetrics;
    const auto author = index.data(TicketMessageModel::AuthorRole).value<Author>();
    const bool privateNote = index.data(TicketMessageModel::PrivateRole).toBool() && author == Author::Operator;
    const int width = itemRect.width();
    const int widest = width - 2 * kSide;
    const int maxBubble = author == Author::System ? widest : std::min(widest, std::max(kMinBubble, width * 78 / 100));
    const int inner = std::max(40, maxBubble - 2 * kPadX);

    // Measured in the bold face it is painted in, so it is not elided when there is room.
    const QFontMetricsF &headerMetrics = f.boldMetrics;
    // A few pixels spare: elidedText rounds differently from horizontalAdvance (e.g. around the
    // narrow no-break space some locales put before "AM").
    const int headerWidth =
        static_cast<int>(
            std::ceil(std::max(headerMetrics.horizontalAdvance(headerText(index)),
                               privateNote ? headerMetrics.horizontalAdvance(privateMarker()) + kLock + 4 : 0))) +
        4;
    const bool system = author == Author::System;
    const Measured text = measure(index.data(TicketMessageModel::TextRole).toString(), system ? f.small : f.base,
                                  system ? f.smallMetrics : f.baseMetrics, inner);
    const Measured original = measure(originalText(index), f.italic, f.smallMetrics, inner);
    // A failed delivery is painted bold: measured bold, or its last words fall below the bubble.
    const bool footerBold = failedDelivery(index);
    const Measured footer = measure(index.data(TicketMessageModel::DeliveryTextRole).toString(),
                                    footerBold ? f.bold : f.small, footerBold ? f.boldMetrics : f.smallMetrics, inner);
    const QVariantList attachments = index.data(TicketMessageModel::AttachmentCountRole).toInt() > 0
                                         ? index.data(TicketMessageModel::AttachmentsRole).toList()
                                         : QVariantList();
    const int chipHeight = static_cast<int>(std::ceil(smallMetrics.height())) + 2 * kChipPad - 2;
    const int headerHeight = static_cast<int>(std::ceil(headerMetrics.height()));

    int content = std::max({std::min(headerWidth, inner), text.width, original.width, footer.width});
    const auto chipWidth = [&smallMetrics](const QVariant &a) {
        return kChipIcon + 3 * kChipPad +
               static_cast<int>(
                   std::ceil(smallMetrics.horizontalAdvance(a.toMap().value(QStringLiteral("label")).toString())));
    };
    for (const QVariant &a : attachments)
        content = std::max(content, std::min(chipWidth(a), inner));
    const int bubbleWidth = std::min(maxBubble, content + 2 * kPadX);

    Geometry g;
    int y = itemRect.top() + kMarginY + kPadY;
    int left = 0;
    if (author == Author::Operator)
        left = itemRect.right() - kSide - bubbleWidth + 1;
    else if (author == Author::System)
        left = itemRect.left() + (width - bubbleWidth) / 2;
    else
        left = itemRect.left() + kSide;
    const int x = left + kPadX;
    const int innerWidth = bubbleWidth - 2 * kPadX;
    if (privateNote) {
        g.marker = QRect(x, y, innerWidth, std::max(kLock, headerHeight));
        y += g.marker.height() + 2;
    }
    g.header = QRect(x, y, innerWidth, headerHeight);
    y += g.header.height();
    if (text.height > 0) {
        y += kGap;
        g.text = QRect(x, y, innerWidth, text.height);
        y += text.height;
    }
    if (original.height > 0) {
        y += kGap;
        g.original = QRect(x, y, innerWidth, original.height);
        y += original.height;
    }
    for (const QVariant &a : attachments) {
        y += kGap;
        g.chips.emplace_back(x, y, std::min(innerWidth, chipWidth(a)), chipHeight);
        y += chipHeight;
    }
    if (footer.height > 0) {
        y += kGap;
        g.footer = QRect(x, y, innerWidth, footer.height);
        y += footer.height;
    }
    y += kPadY;
    g.bubble = QRect(left, itemRect.top() + kMarginY, bubbleWidth, y - itemRect.top() - kMarginY);
    g.height = g.bubble.height() + 2 * kMarginY;
    return g;
}

QSize ChatMessageDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int width = availableWidth();
    if (width != m_sizesWidth) {
        m_sizes.clear(); // every text wraps differently now
        m_sizesWidth = width;
    }
    const qint64 id = index.data(TicketMessageModel::MessageIdRole).toLongLong();
    if (id > 0) {
        const auto cached = m_sizes.constFind(id);
        if (cached != m_sizes.constEnd())
            return QSize(width, *cached);
    }
    const int height = geometry(index, QRect(0, 0, width, 0)).height;
    if (id > 0)
        m_sizes.insert(id, height);
    return QSize(width, height);
}

void ChatMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry g = geometry(index, option.rect);
    const auto author = index.data(TicketMessageModel::AuthorRole).value<Author>();
    const bool privateNote = index.data(TicketMessageModel::PrivateRole).toBool() && author == Author::Operator;
    const bool pending = index.data(TicketMessageModel::PendingRole).toBool();
    const Fonts &f = fonts();
    const QFont &base = f.base;
    const QFont &small = f.small;
    const Colours colours = coloursOf(author, privateNote);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (pending)
        painter->setOpacity(0.75);
    const bool selected = option.state & QStyle::State_Selected;
    QPen border(selected ? option.palette.color(QPalette::Highlight) : colours.border, selected ? 2.0 : 1.0);
    if (privateNote && !selected)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    // A private note says so first, with a lock; then the author in bold and the time.
    const QFontMetricsF &headerMetrics = f.boldMetrics;
    painter->setFont(f.bold);
    if (privateNote) {
        const QRect marker = g.marker;
        drawLock(painter, QRect(marker.left(), marker.top() + (marker.height() - kLock) / 2, kLock - 2, kLock),
                 QColor(0x8a, 0x6d, 0x00));
        painter->setPen(QColor(0x6b, 0x55, 0x00));
        const QRect words = marker.adjusted(kLock + 4, 0, 0, 0);
        painter->drawText(words, Qt::AlignLeft | Qt::AlignVCenter,
                          headerMetrics.elidedText(privateMarker(), Qt::ElideRight, words.width()));
    }
    painter->setPen(privateNote ? QColor(0x6b, 0x55, 0x00) : kMuted);
    painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter,
                      headerMetrics.elidedText(headerText(index), Qt::ElideRight, g.header.width()));

    painter->setPen(author == Author::System ? kMuted : kText);
    drawText(painter, index.data(TicketMessageModel::TextRole).toString(), author == Author::System ? small : base,
             g.text);
    if (!g.original.isEmpty()) {
        painter->setPen(kMuted);
        drawText(painter, originalText(index), f.italic, g.original);
    }

    const QVariantList attachments = index.data(TicketMessageModel::AttachmentsRole).toList();
    painter->setFont(small);
    for (std::size_t i = 0; i < g.chips.size() && i < static_cast<std::size_t>(attachments.size()); ++i) {
        const QVariantMap a = attachments.at(static_cast<int>(i)).toMap();
        const QRect chip = g.chips[i];
        painter->setPen(QColor(0xb0, 0xb8, 0xc2));
        painter->setBrush(QColor(0, 0, 0, 12));
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        const QRect icon(chip.left() + kChipPad, chip.top() + (chip.height() - kChipIcon) / 2, kChipIcon, kChipIcon);
        drawFileIcon(painter, icon, a.value(QStringLiteral("image")).toBool(), QColor(0x1f, 0x5f, 0xa8));
        painter->setPen(QColor(0x1f, 0x5f, 0xa8));
        const QRect label = chip.adjusted(kChipIcon + 2 * kChipPad, 0, -kChipPad, 0);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(a.value(QStringLiteral("label")).toString(), Qt::ElideRight,
                                                            label.width()));
    }

    if (!g.footer.isEmpty()) {
        painter->setPen(deliveryColour(index.data(TicketMessageModel::DeliveryRole).value<Delivery>()));
        drawText(painter, index.data(TicketMessageModel::DeliveryTextRole).toString(),
                 failedDelivery(index) ? f.bold : small, g.footer);
    }
    painter->restore();
}

qint64 ChatMessageDelegate::attachmentAt(const QModelIndex &index, const QRect &itemRect, const QPoint &pos) const
{
    const Geometry g = geometry(index, itemRect);
    const QVariantList attachments = index.data(TicketMessageModel::AttachmentsRole).toList();
    for (std::size_t i = 0; i < g.chips.size() && i < static_cast<std::size_t>(attachments.size()); ++i) {
        if (g.chips[i].contains(pos))
            return attachments.at(static_cast<int>(i)).toMap().value(QStringLiteral("id")).toLongLong();
    }
    return 0;
}

bool ChatMessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            if (const qint64 id = attachmentAt(index, option.rect, mouse->position().toPoint())) {
                emit attachmentActivated(index, id);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace p2pdesk::workstation
