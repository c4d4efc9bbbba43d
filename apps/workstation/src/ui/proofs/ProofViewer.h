#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/AddressScreenings.h"
#include "p2pdesk/proto/Annotations.h"
#include "p2pdesk/proto/ChainHints.h"
#include "p2pdesk/proto/Orders.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace p2pdesk::workstation {

class AnnotationModel;
class ProofImageView;
class ProofService;
class ReasonDialog;

// What the viewer needs to know about a proof: the proof itself and the order's asset/network
// (for the explorer link of a txid).
struct ProofContext {
    proto::Proof proof;
    QString orderCode;
    QString asset;   // "USDT"
    QString network; // "TRON"
};

// One proof of payment: an image with zoom/pan/rotate and highlights, a PDF or other file to open
// in the system viewer, or a transaction id with copy and an explorer link. Shows the SHA-256 of
// the bytes received next to the server's record and warns loudly when they differ.
class ProofViewer final : public QDialog {
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    // The most a proof image may take decoded. Qt decodes into 4 bytes a pixel, and its default
    // limit (128 MB in Qt 6.4) refuses anything above ~33 MP, an A4 page scanned at 600 dpi
    // (35 MP) among them. The pixel limit (domain::ImageLimits, 50 MP × 4 bytes = 200 MB) is what
    // keeps bombs out; this only has to let every image within it through. Set explicitly, so
    // QT_IMAGEIO_MAXALLOC in the environment cannot move it.
    static constexpr int kImageAllocationLimitMb = 256;

    explicit ProofViewer(ProofService *service, QWidget *parent = nullptr);
    ~ProofViewer() override;

    void showProof(const ProofContext &context);
    // Opening files and links goes through here so tests can see the URL instead of a browser.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    ProofImageView *imageView() const { return m_view; }
    AnnotationModel *annotations() const { return m_annotations; }
    std::optional<bool> digestMatches() const { return m_digestMatches; }
    // The explorer link for a txid proof, empty when the network has none or the txid is invalid.
    QUrl explorerUrl() const { return m_explorerUrl; }

    // The on-chain hint in words, one fact a line (a hint, never a verification).
    static QString chainHintText(const proto::ChainHint &hint);
    // The newest AML screening of each sender address in words, a paragraph an address.
    static QString screeningText(const proto::AddressScreeningList &list);

    // Asks again for the sender screenings of a txid proof (the change feed said one was added).
    void refreshScreenings();

    // The per-mille wire form of a highlight given as fractions of the image (clamped, at least 1).
    static proto::CreateAnnotationRequest toRequest(const QRectF &fraction, const QString &note);

private:
    void buildUi();
    void onFileDownloaded(qint64 proofId, const QByteArray &bytes);
    void onFileFailed(qint64 proofId, const ApiError &error);
    void onAnnotationsLoaded(qint64 proofId, const QList<proto::Annotation> &annotations);
    void onAnnotationCreated(qint64 proofId, const proto::Annotation &annotation);
    void onAnnotationsFailed(qint64 proofId, const ApiError &error);
    void showTxid();
    void onChainHintLoaded(qint64 proofId, const proto::ChainHint &hint);
    void onChainHintFailed(qint64 proofId, const ApiError &error);
    void onScreeningsLoaded(qint64 proofId, const proto::AddressScreeningList &list);
    void onScreeningsFailed(qint64 proofId, const ApiError &error);
    void onAddressScreened(qint64 proofId, const proto::AddressScreening &screening);
    void onScreeningFailed(qint64 proofId, const ApiError &error);
    void askScreening();
    void updateScreeningButton();
    void setScreeningStatus(const QString &text, const QString &toolTip = {});
    void saveHighlight();
    void openExternally();
    void updateZoomLabel();
    void updateSaveState();
    void updateSummary();

    ProofService *m_service;
    ProofContext m_context;
    AnnotationModel *m_annotations;
    ProofImageView *m_view;
    QStackedWidget *m_pages;
    QToolBar *m_toolbar;
    QWidget *m_filePage;
    QWidget *m_txidPage;
    QLabel *m_fileInfoLabel;
    QPushButton *m_openExternallyButton;
    QLineEdit *m_txidEdit;
    QPushButton *m_copyTxidButton;
    QLabel *m_explorerLabel;
    QPushButton *m_openExplorerButton;
    QLabel *m_chainHintLabel = nullptr;
    QPushButton *m_chainHintRefreshButton = nullptr;
    QWidget *m_screeningSection = nullptr;
    QLabel *m_screeningLabel = nullptr;
    QLabel *m_screeningStatusLabel = nullptr;
    QPushButton *m_screenSenderButton = nullptr;
    QPointer<ReasonDialog> m_screeningDialog;
    std::optional<proto::AddressScreeningList> m_screenings;
    std::vector<std::string> m_senders; // from the on-chain hint, when it found the transaction
    bool m_screening = false;           // a screening is on its way
    QLabel *m_kindLabel;
    QLabel *m_uploaderLabel;
    QLabel *m_uploadedAtLabel;
    QLabel *m_sizeLabel;
    QLabel *m_serverShaLabel;
    QLabel *m_localShaLabel;
    QLabel *m_shaStatusLabel;
    QLabel *m_summaryLabel = nullptr;
    QToolButton *m_copyShaButton = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_zoomLabel;
    QLabel *m_statusLabel;
    QTableView *m_annotationTable;
    QLineEdit *m_noteEdit;
    QPushButton *m_saveHighlightButton;
    QPushButton *m_discardHighlightButton;
    QByteArray m_bytes;
    std::optional<bool> m_digestMatches;
    QUrl m_explorerUrl;
    UrlOpener m_openUrl;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    bool m_saving = false;
};

} // namespace p2pdesk::workstation
