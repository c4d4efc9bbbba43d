#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPointer>
#include <QRect>
#include <QStyledItemDelegate>

#include <optional>
#include <vector>

class QAbstractItemModel;
class QListView;
class QTextLayout;

namespace p2pdesk::workstation {

// Paints one TicketMessageModel row as a chat bubble: the customer's at the left, the desk's at the
// right, private notes yellow with a lock and "Private note — not sent", system messages centred
// and grey. A bubble has a header (author, time), the text, what the customer first wrote when
// they edited it, the attachments as chips, and for a reply its delivery state.
//
// Built for long chats: sizes are measured with QTextLayout once per message and width and kept
// (by message id) until the message changes or the view's width does, so laying out 5 000 rows
// measures each once and scrolling measures nothing.
class ChatMessageDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ChatMessageDelegate(QListView *view);

    // Follows the model's changes: a changed row is measured again, a reset forgets everything.
    void watch(QAbstractItemModel *model);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The attachment chip under `pos` (viewport coordinates) in the item at `itemRect`, or 0.
    qint64 attachmentAt(const QModelIndex &index, const QRect &itemRect, const QPoint &pos) const;
    int cachedSizes() const { return static_cast<int>(m_sizes.size()); }
    void forgetSizes();

signals:
    void attachmentActivated(const QModelIndex &index, qint64 attachmentId);

private:
    struct Geometry {
        QRect bubble;
        QRect marker; // "Private note — not sent", notes only
        QRect header;
        QRect text;
        QRect original;
        std::vector<QRect> chips;
        QRect footer;
        int height = 0;
    };
    // The faces a bubble uses and their metrics, made once per view font: a QFontMetrics made per
    // row asks Qt's font cache (under a mutex) each time.
    struct Fonts {
        QFont base;
        QFont small;
        QFont bold; // small, bold: headers
        QFont italic;
        QFontMetricsF baseMetrics;
        QFontMetricsF smallMetrics;
        QFontMetricsF boldMetrics;
    };
    const Fonts &fonts() const;
    Geometry geometry(const QModelIndex &index, const QRect &itemRect) const;
    int availableWidth() const;

    QPointer<QListView> m_view;
    mutable QHash<qint64, int> m_sizes; // message id → height at m_sizesWidth
    mutable int m_sizesWidth = -1;
    mutable std::optional<Fonts> m_fonts;
};

} // namespace p2pdesk::workstation
