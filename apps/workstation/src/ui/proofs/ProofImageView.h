#pragma once

#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QTransform>
#include <QWidget>

#include <optional>

namespace p2pdesk::workstation {

class AnnotationModel;

// Shows a proof image with zoom, pan and quarter-turn rotation, draws the saved highlights over it
// and lets the operator mark a new one with the mouse or the keyboard. Highlights are kept as
// fractions of the unrotated image, so they stay on the same pixels whatever the view does.
//
// Keys: + / − zoom, 0 fit, 1 actual size, R / Shift+R rotate, arrows pan, H highlight mode,
// N new highlight from the keyboard (arrows move it, Shift+arrows resize it, Enter keeps it).
class ProofImageView final : public QWidget {
    Q_OBJECT

public:
    static constexpr double kZoomStep = 1.25;
    static constexpr double kMinScale = 0.02;
    static constexpr double kMaxScale = 32.0;
    static constexpr double kPanStep = 40.0;

    explicit ProofImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void setAnnotationModel(AnnotationModel *model);
    void setSelectedAnnotation(int row);

    double scale() const { return m_scale; }
    int rotationDegrees() const { return m_quarterTurns * 90; }
    QPointF panOffset() const { return m_offset; }
    bool isFitMode() const { return m_fit; }
    // The scale at which the whole (rotated) image fits the widget.
    double fitScale() const;

    bool highlightMode() const { return m_highlightMode; }
    bool isEditingWithKeyboard() const { return m_keyboardEdit; }
    // The highlight waiting for a note and saving, as fractions of the unrotated image.
    std::optional<QRectF> pendingHighlight() const { return m_pending; }
    void clearPendingHighlight();

    // Widget point ↔ fraction of the unrotated image (may lie outside 0..1).
    QPointF mapToImageFraction(const QPointF &widgetPoint) const;
    QPointF mapFromImageFraction(const QPointF &fraction) const;

    void zoomIn();
    void zoomOut();
    // Zooms by `factor` keeping the image point under `anchor` (widget coordinates) where it is.
    void zoomAt(double factor, const QPointF &anchor);
    void fitToWindow();
    void actualSize();
    void rotateClockwise();
    void rotateCounterClockwise();
    void panBy(const QPointF &delta);
    void setHighlightMode(bool on);
    // Starts a highlight in the middle of what is visible, to be moved and sized with the keys.
    void startKeyboardHighlight();

signals:
    void viewChanged();
    void highlightModeChanged(bool on);
    void pendingHighlightChanged(bool present);
    // Enter pressed on a pending highlight: the viewer moves on to the note.
    void pendingHighlightConfirmed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTransform imageToWidget() const;
    QSizeF rotatedImageSize() const;
    void setScale(double scale);
    QRectF fractionRectFromWidget(const QRectF &widgetRect) const;
    void setPending(const std::optional<QRectF> &rect);
    void movePending(double dx, double dy, bool resize);

    QImage m_image;
    QPointer<AnnotationModel> m_annotations;
    int m_selected = -1;
    double m_scale = 1.0;
    int m_quarterTurns = 0;
    QPointF m_offset;
    bool m_fit = true;
    bool m_highlightMode = false;
    bool m_keyboardEdit = false;

    enum class Drag { None, Pan, Draw };
    Drag m_drag = Drag::None;
    QPointF m_dragStart;
    QPointF m_dragLast;
    std::optional<QRectF> m_pending;
};

} // namespace p2pdesk::workstation
