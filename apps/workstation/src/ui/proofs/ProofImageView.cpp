#include "ui/proofs/ProofImageView.h"

#include "models/AnnotationModel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QResizeEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace p2pdesk::workstation {

namespace {

// A drag shorter than this (in pixels) is a click, not a highlight.
constexpr double kMinDrawPixels = 4.0;
// Keyboard moves and resizes of a highlight, as a fraction of the image.
constexpr double kKeyboardStep = 0.02;
constexpr double kMinFraction = 0.001;

} // namespace

ProofImageView::ProofImageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("proofImageView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Wheel or +/− zoom, 0 fit, 1 actual size, R/Shift+R rotate, drag or arrows pan; "
                  "Shift+drag or H then drag marks a highlight, N marks one with the keyboard"));
}

void ProofImageView::setImage(const QImage &image)
{
    m_image = image;
    m_quarterTurns = 0;
    m_pending.reset();
    m_keyboardEdit = false;
    fitToWindow();
}

void ProofImageView::setAnnotationModel(AnnotationModel *model)
{
    if (m_annotations)
        m_annotations->disconnect(this);
    m_annotations = model;
    if (model) {
        const auto repaint = [this] { update(); };
        connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
        connect(model, &QAbstractItemModel::modelReset, this, repaint);
        connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    }
    update();
}

void ProofImageView::setSelectedAnnotation(int row)
{
    m_selected = row;
    update();
}

QSizeF ProofImageView::rotatedImageSize() const
{
    const QSizeF size = m_image.size();
    return m_quarterTurns % 2 == 0 ? size : size.transposed();
}

double ProofImageView::fitScale() const
{
    const QSizeF image = rotatedImageSize();
    if (image.isEmpty() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::clamp(std::min(width() / image.width(), height() / image.height()), kMinScale, kMaxScale);
}

QTransform ProofImageView::imageToWidget() const
{
    QTransform transform;
    transform.translate(width() / 2.0 + m_offset.x(), height() / 2.0 + m_offset.y());
    transform.rotate(90.0 * m_quarterTurns);
    transform.scale(m_scale, m_scale);
    transform.translate(-m_image.width() / 2.0, -m_image.height() / 2.0);
    return transform;
}

QPointF ProofImageView::mapToImageFraction(const QPointF &widgetPoint) const
{
    if (m_image.isNull())
        return {};
    const QPointF pixel = imageToWidget().inverted().map(widgetPoint);
    return {pixel.x() / m_image.width(), pixel.y() / m_image.height()};
}

QPointF ProofImageView::mapFromImageFraction(const QPointF &fraction) const
{
    return imageToWidget().map(QPointF(fraction.x() * m_image.width(), fraction.y() * m_image.height()));
}

QRectF ProofImageView::fractionRectFromWidget(const QRectF &widgetRect) const
{
    // Rotation by quarter turns maps an axis-aligned rectangle onto an axis-aligned one.
    const QPointF a = mapToImageFraction(widgetRect.topLeft());
    const QPointF b = mapToImageFraction(widgetRect.bottomRight());
    QRectF rect = QRectF(a, b).normalized();
    return rect.intersected(QRectF(0, 0, 1, 1));
}

void ProofImageView::setScale(double scale)
{
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
}

void ProofImageView::zoomIn()
{
    zoomAt(kZoomStep, rect().center());
}

void ProofImageView::zoomOut()
{
    zoomAt(1.0 / kZoomStep, rect().center());
}

void ProofImageView::zoomAt(double factor, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    const QPointF fixed = mapToImageFraction(anchor);
    setScale(m_scale * factor);
    m_fit = false;
    // Shift the view so the image point under the anchor stays under it.
    const QPointF moved = mapFromImageFraction(fixed);
    m_offset += anchor - moved;
    update();
    emit viewChanged();
}

void ProofImageView::fitToWindow()
{
    m_fit = true;
    m_offset = {};
    setScale(fitScale());
    update();
    emit viewChanged();
}

void ProofImageView::actualSize()
{
    m_fit = false;
    m_offset = {};
    setScale(1.0);
    update();
    emit viewChanged();
}

void ProofImageView::rotateClockwise()
{
    m_quarterTurns = (m_quarterTurns + 1) % 4;
    m_offset = QPointF(-m_offset.y(), m_offset.x());
    if (m_fit)
        setScale(fitScale());
    update();
    emit viewChanged();
}

void ProofImageView::rotateCounterClockwise()
{
    m_quarterTurns = (m_quarterTurns + 3) % 4;
    m_offset = QPointF(m_offset.y(), -m_offset.x());
    if (m_fit)
        setScale(fitScale());
    update();
    emit viewChanged();
}

void ProofImageView::panBy(const QPointF &delta)
{
    if (m_image.isNull())
        return;
    m_offset += delta;
    m_fit = false;
    update();
    emit viewChanged();
}

void ProofImageView::setHighlightMode(bool on)
{
    if (m_highlightMode == on)
        return;
    m_highlightMode = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    emit highlightModeChanged(on);
}

void ProofImageView::clearPendingHighlight()
{
    m_keyboardEdit = false;
    setPending(std::nullopt);
}

void ProofImageView::setPending(const std::optional<QRectF> &rect)
{
    const bool had = m_pending.has_value();
    m_pending = rect;
    update();
    if (had != m_pending.has_value() || m_pending)
        emit pendingHighlightChanged(m_pending.has_value());
}

void ProofImageView::startKeyboardHighlight()
{
    if (m_image.isNull())
        return;
    // The middle third of what is visible, clipped to the image.
    const QRectF visible = fractionRectFromWidget(QRectF(rect()));
    QRectF start(visible.center().x() - visible.width() / 6, visible.center().y() - visible.height() / 6,
                 visible.width() / 3, visible.height() / 3);
    start = start.intersected(QRectF(0, 0, 1, 1));
    if (start.width() < kMinFraction || start.height() < kMinFraction)
        start = QRectF(0.4, 0.4, 0.2, 0.2);
    m_keyboardEdit = true;
    setPending(start);
    setFocus(Qt::OtherFocusReason);
}

void ProofImageView::movePending(double dx, double dy, bool resize)
{
    if (!m_pending)
        return;
    QRectF r = *m_pending;
    if (resize) {
        r.setWidth(std::clamp(r.width() + dx, kMinFraction, 1.0 - r.x()));
        r.setHeight(std::clamp(r.height() + dy, kMinFraction, 1.0 - r.y()));
    } else {
        r.moveLeft(std::clamp(r.x() + dx, 0.0, 1.0 - r.width()));
        r.moveTop(std::clamp(r.y() + dy, 0.0, 1.0 - r.height()));
    }
    setPending(r);
}

void ProofImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 1.0);
    painter.setTransform(imageToWidget());
    painter.drawImage(QPointF(0, 0), m_image);
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing);

    const auto widgetRectOf = [this](const QRectF &fraction) {
        return QRectF(mapFromImageFraction(fraction.topLeft()), mapFromImageFraction(fraction.bottomRight()))
            .normalized();
    };
    if (m_annotations) {
        for (int row = 0; row < m_annotations->rowCount(); ++row) {
            const QRectF shown = widgetRectOf(AnnotationModel::normalizedRect(m_annotations->at(row)));
            const bool selected = row == m_selected;
            painter.setPen(QPen(selected ? QColor(220, 30, 30) : QColor(240, 190, 0), selected ? 3 : 2));
            painter.setBrush(QColor(255, 220, 0, 50));
            painter.drawRect(shown);
            const QString number = QString::number(row + 1);
            const QRectF badge(shown.topLeft() - QPointF(0, 18), QSizeF(18 + 7 * number.size(), 18));
            painter.fillRect(badge, selected ? QColor(220, 30, 30) : QColor(240, 190, 0));
            painter.setPen(Qt::black);
            painter.drawText(badge, Qt::AlignCenter, number);
        }
    }
    const auto drawDashed = [&painter](const QRectF &r) {
        QPen pen(QColor(255, 120, 0), 2, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(QColor(255, 120, 0, 40));
        painter.drawRect(r);
    };
    if (m_drag == Drag::Draw)
        drawDashed(QRectF(m_dragStart, m_dragLast).normalized());
    else if (m_pending)
        drawDashed(widgetRectOf(*m_pending));
}

void ProofImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit) {
        setScale(fitScale());
        emit viewChanged();
    }
}

void ProofImageView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull())
        return event->ignore();
    // One notch (120) is one zoom step; high-resolution wheels send fractions of it.
    zoomAt(std::pow(kZoomStep, delta / 120.0), event->position());
    event->accept();
}

void ProofImageView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (m_image.isNull())
        return;
    m_dragStart = m_dragLast = event->position();
    if (event->button() == Qt::LeftButton && (m_highlightMode || event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_drag = Drag::Draw;
        m_keyboardEdit = false;
    } else if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void ProofImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Pan)
        panBy(event->position() - m_dragLast);
    m_dragLast = event->position();
    if (m_drag == Drag::Draw)
        update();
}

void ProofImageView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    m_dragLast = event->position();
    setCursor(m_highlightMode ? Qt::CrossCursor : Qt::ArrowCursor);
    if (drag != Drag::Draw)
        return;
    const QRectF drawn = QRectF(m_dragStart, m_dragLast).normalized();
    if (drawn.width() < kMinDrawPixels || drawn.height() < kMinDrawPixels) {
        update();
        return;
    }
    const QRectF fraction = fractionRectFromWidget(drawn);
    if (fraction.width() < kMinFraction || fraction.height() < kMinFraction) {
        update();
        return;
    }
    setPending(fraction);
}

void ProofImageView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const auto arrow = [&](double dx, double dy) {
        if (m_keyboardEdit && m_pending)
            movePending(dx * kKeyboardStep, dy * kKeyboardStep, shift);
        else
            panBy(QPointF(-dx * kPanStep, -dy * kPanStep));
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToWindow();
        break;
    case Qt::Key_1:
        actualSize();
        break;
    case Qt::Key_R:
        shift ? rotateCounterClockwise() : rotateClockwise();
        break;
    case Qt::Key_H:
        setHighlightMode(!m_highlightMode);
        break;
    case Qt::Key_N:
        startKeyboardHighlight();
        break;
    // Arrow keys move the view's window over the image, so the picture moves the other way.
    case Qt::Key_Left:
        arrow(-1, 0);
        break;
    case Qt::Key_Right:
        arrow(1, 0);
        break;
    case Qt::Key_Up:
        arrow(0, -1);
        break;
    case Qt::Key_Down:
        arrow(0, 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_pending)
            return QWidget::keyPressEvent(event);
        m_keyboardEdit = false;
        emit pendingHighlightConfirmed();
        break;
    case Qt::Key_Escape:
        if (!m_pending)
            return QWidget::keyPressEvent(event);
        clearPendingHighlight();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

} // namespace p2pdesk::workstation
