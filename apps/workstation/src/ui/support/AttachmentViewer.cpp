#include "ui/support/AttachmentViewer.h"

#include "core/Logging.h"
#include "ui/proofs/ProofImageView.h"
#include "ui/proofs/ProofViewer.h"

#include "p2pdesk/domain/ProofImagePolicy.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdint>

namespace p2pdesk::workstation {

AttachmentViewer::AttachmentViewer(QWidget *parent)
    : QDialog(parent)
    , m_view(new ProofImageView(this))
    , m_toolbar(new QToolBar(this))
    , m_status(new QLabel(this))
    , m_choosePath([this](const QString &name) { return QFileDialog::getSaveFileName(this, tr("Save file"), name); })
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(tr("Photo"));
    resize(1000, 760);
    m_view->setObjectName(QStringLiteral("attachmentImageView"));
    // Highlights belong to proofs of payment; here H and N would start one with nowhere to go.
    m_view->installEventFilter(this);
    m_toolbar->setObjectName(QStringLiteral("attachmentToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [this](const QString &text, const char *name, const QString &keys, auto slot) {
        QAction *action = m_toolbar->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tr("%1 (%2)").arg(text, keys));
        connect(action, &QAction::triggered, m_view, slot);
    };
    add(tr("Zoom in"), "zoomInAction", tr("+ or wheel"), &ProofImageView::zoomIn);
    add(tr("Zoom out"), "zoomOutAction", tr("− or wheel"), &ProofImageView::zoomOut);
    add(tr("Fit"), "fitAction", tr("0"), &ProofImageView::fitToWindow);
    add(tr("1:1"), "actualSizeAction", tr("1"), &ProofImageView::actualSize);
    add(tr("Rotate left"), "rotateLeftAction", tr("Shift+R"), &ProofImageView::rotateCounterClockwise);
    add(tr("Rotate right"), "rotateRightAction", tr("R"), &ProofImageView::rotateClockwise);
    m_toolbar->addSeparator();
    QAction *saveAction = m_toolbar->addAction(tr("Save…"));
    saveAction->setObjectName(QStringLiteral("saveAttachmentAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the file (Ctrl+S)"));
    connect(saveAction, &QAction::triggered, this, &AttachmentViewer::save);
    m_status->setObjectName(QStringLiteral("attachmentStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

QString AttachmentViewer::statusText() const
{
    return m_status->text();
}

bool AttachmentViewer::showImage(const QByteArray &bytes, const QString &title, const QString &suggestedName)
{
    m_bytes = bytes;
    m_suggestedName = suggestedName;
    setWindowTitle(title);
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // The proof viewer's guard against decompression bombs, for the same kind of file.
    QImageReader::setAllocationLimit(ProofViewer::kImageAllocationLimitMb);
    const QSize declared = reader.size();
    if (declared.isValid() && !domain::checkImageDimensions(static_cast<std::uint64_t>(std::max(declared.width(), 0)),
                                                            static_cast<std::uint64_t>(std::max(declared.height(), 0)),
                                                            domain::ImageLimits::defaults())
                                   .ok()) {
        qCWarning(lcChat) << "attachment not decoded: declares" << declared;
        m_status->setText(tr("This image declares %1 × %2 pixels, more than the viewer opens. It was not decoded: "
                             "a file like this is broken or made to exhaust memory. Save it only to hand it to a "
                             "senior.")
                              .arg(declared.width())
                              .arg(declared.height()));
        return false;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        m_status->setText(tr("This file is not an image the viewer can show. Save it to open it elsewhere."));
        return false;
    }
    m_view->setImage(image);
    m_status->setText(
        tr("%1 × %2 px. Wheel or +/− to zoom, drag to move, R to rotate.").arg(image.width()).arg(image.height()));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void AttachmentViewer::save()
{
    if (m_bytes.isEmpty())
        return;
    const QString path = m_choosePath(m_suggestedName);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_bytes) != m_bytes.size()) {
        m_status->setText(tr("Could not save the file: %1").arg(file.errorString()));
        return;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool AttachmentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_H || key == Qt::Key_N)
            return true;
    }
    if (watched == m_view && event->type() == QEvent::MouseButtonPress &&
        static_cast<QMouseEvent *>(event)->modifiers().testFlag(Qt::ShiftModifier))
        return true; // Shift+drag draws a highlight in the proof viewer
    return QDialog::eventFilter(watched, event);
}

} // namespace p2pdesk::workstation
