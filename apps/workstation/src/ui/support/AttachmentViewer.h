#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QLabel;
class QToolBar;

namespace p2pdesk::workstation {

class ProofImageView;

// A photo a customer sent in the chat: the proof viewer's image view (zoom, pan, rotate) without
// its highlights, and "Save…". The bytes were checked against syncd's SHA-256 before it opens; an
// image whose header declares more pixels than domain::ImageLimits allows is not decoded.
class AttachmentViewer final : public QDialog {
    Q_OBJECT

public:
    // Returns the path chosen to save to, empty when the operator cancelled.
    using SavePathChooser = std::function<QString(const QString &suggestedName)>;

    explicit AttachmentViewer(QWidget *parent = nullptr);

    // False when the bytes are not an image this viewer shows (the reason is on screen).
    bool showImage(const QByteArray &bytes, const QString &title, const QString &suggestedName);
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }
    ProofImageView *imageView() const { return m_view; }
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save();

    ProofImageView *m_view;
    QToolBar *m_toolbar;
    QLabel *m_status;
    QByteArray m_bytes;
    QString m_suggestedName;
    SavePathChooser m_choosePath;
};

} // namespace p2pdesk::workstation
