#include "ui/proofs/ProofViewer.h"

#include "core/Logging.h"
#include "core/ProofService.h"
#include "models/AnnotationModel.h"
#include "models/DisplayText.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/proofs/ProofImageView.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/ProofImagePolicy.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringList>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <set>

namespace p2pdesk::workstation {

namespace {

QString timeText(proto::Timestamp at)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat);
}

QString actorText(const proto::Actor &actor)
{
    return DisplayText::actor(actor);
}

// "3f2a9c1e…7d91bc04": enough of a digest to compare by eye; the whole one is in the tooltip.
QString shortDigest(const QString &hex)
{
    // Word joiners around the ellipsis: the short digest never breaks across two lines.
    return hex.size() <= 20 ? hex : hex.left(10) + QStringLiteral("\u2060…\u2060") + hex.right(8);
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QLabel *selectableLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

ProofViewer::ProofViewer(ProofService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_annotations(new AnnotationModel(this))
    , m_view(new ProofImageView(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("proofViewerDialog"));
    buildUi();
    connect(m_service, &ProofService::fileDownloaded, this, &ProofViewer::onFileDownloaded);
    connect(m_service, &ProofService::fileFailed, this, &ProofViewer::onFileFailed);
    connect(m_service, &ProofService::annotationsLoaded, this, &ProofViewer::onAnnotationsLoaded);
    connect(m_service, &ProofService::annotationCreated, this, &ProofViewer::onAnnotationCreated);
    connect(m_service, &ProofService::annotationsFailed, this, &ProofViewer::onAnnotationsFailed);
    connect(m_service, &ProofService::chainHintLoaded, this, &ProofViewer::onChainHintLoaded);
    connect(m_service, &ProofService::chainHintFailed, this, &ProofViewer::onChainHintFailed);
    connect(m_service, &ProofService::screeningsLoaded, this, &ProofViewer::onScreeningsLoaded);
    connect(m_service, &ProofService::screeningsFailed, this, &ProofViewer::onScreeningsFailed);
    connect(m_service, &ProofService::addressScreened, this, &ProofViewer::onAddressScreened);
    connect(m_service, &ProofService::screeningFailed, this, &ProofViewer::onScreeningFailed);
}

ProofViewer::~ProofViewer() = default;

void ProofViewer::buildUi()
{
    setWindowTitle(tr("Proof"));
    resize(1200, 800);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("proofToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setMovable(false);
    const auto addAction = [this](const QString &text, const char *name, const QString &keys, auto slot) {
        QAction *action = m_toolbar->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tr("%1 (%2)").arg(text, keys));
        connect(action, &QAction::triggered, m_view, slot);
        return action;
    };
    addAction(tr("Zoom in"), "zoomInAction", tr("+ or wheel"), &ProofImageView::zoomIn);
    addAction(tr("Zoom out"), "zoomOutAction", tr("− or wheel"), &ProofImageView::zoomOut);
    addAction(tr("Fit"), "fitAction", tr("0"), &ProofImageView::fitToWindow);
    addAction(tr("1:1"), "actualSizeAction", tr("1"), &ProofImageView::actualSize);
    addAction(tr("Rotate left"), "rotateLeftAction", tr("Shift+R"), &ProofImageView::rotateCounterClockwise);
    addAction(tr("Rotate right"), "rotateRightAction", tr("R"), &ProofImageView::rotateClockwise);
    m_toolbar->addSeparator();
    QAction *highlight = m_toolbar->addAction(tr("Highlight"));
    highlight->setObjectName(QStringLiteral("highlightModeAction"));
    highlight->setCheckable(true);
    highlight->setToolTip(tr("Draw highlight rectangles with the mouse (H; or Shift+drag at any time)"));
    connect(highlight, &QAction::toggled, m_view, &ProofImageView::setHighlightMode);
    connect(m_view, &ProofImageView::highlightModeChanged, highlight, &QAction::setChecked);
    addAction(tr("Highlight with keys"), "keyboardHighlightAction", tr("N, then arrows, Shift+arrows, Enter"),
              &ProofImageView::startKeyboardHighlight);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_zoomLabel);
    connect(m_view, &ProofImageView::viewChanged, this, &ProofViewer::updateZoomLabel);

    // Pages: the image, a file that is shown elsewhere (PDF, unknown), a txid.
    m_filePage = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(m_filePage);
    m_fileInfoLabel = selectableLabel("fileInfoLabel", m_filePage);
    m_fileInfoLabel->setAlignment(Qt::AlignCenter);
    m_openExternallyButton = new QPushButton(tr("Open in the system viewer"), m_filePage);
    m_openExternallyButton->setObjectName(QStringLiteral("openExternallyButton"));
    m_openExternallyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_openExternallyButton->setToolTip(tr("Ctrl+E"));
    connect(m_openExternallyButton, &QPushButton::clicked, this, &ProofViewer::openExternally);
    fileLayout->addStretch();
    fileLayout->addWidget(m_fileInfoLabel);
    fileLayout->addWidget(m_openExternallyButton, 0, Qt::AlignCenter);
    fileLayout->addStretch();

    m_txidPage = new QWidget(this);
    auto *txidLayout = new QVBoxLayout(m_txidPage);
    auto *txidRow = new QHBoxLayout;
    m_txidEdit = new QLineEdit(m_txidPage);
    m_txidEdit->setObjectName(QStringLiteral("txidLineEdit"));
    m_txidEdit->setReadOnly(true);
    m_copyTxidButton = new QPushButton(tr("Copy"), m_txidPage);
    m_copyTxidButton->setObjectName(QStringLiteral("copyTxidButton"));
    m_copyTxidButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTxidButton->setToolTip(tr("Copy the transaction id (Ctrl+Shift+C)"));
    connect(m_copyTxidButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_txidEdit->text());
        m_statusLabel->setText(tr("Transaction id copied."));
    });
    txidRow->addWidget(m_txidEdit, 1);
    txidRow->addWidget(m_copyTxidButton);
    m_explorerLabel = selectableLabel("explorerLabel", m_txidPage);
    m_explorerLabel->setTextFormat(Qt::PlainText);
    m_openExplorerButton = new QPushButton(tr("Open in explorer"), m_txidPage);
    m_openExplorerButton->setObjectName(QStringLiteral("openExplorerButton"));
    m_openExplorerButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openExplorerButton->setToolTip(tr("Open the transaction in the block explorer (Ctrl+L)"));
    connect(m_openExplorerButton, &QPushButton::clicked, this, [this] {
        if (m_explorerUrl.isValid())
            m_openUrl(m_explorerUrl);
    });
    txidLayout->addStretch();
    txidLayout->addWidget(new QLabel(tr("Transaction id:"), m_txidPage));
    txidLayout->addLayout(txidRow);
    txidLayout->addWidget(m_explorerLabel);
    txidLayout->addWidget(m_openExplorerButton, 0, Qt::AlignLeft);
    m_chainHintLabel = selectableLabel("chainHintLabel", m_txidPage);
    m_chainHintLabel->setTextFormat(Qt::PlainText);
    m_chainHintLabel->setWordWrap(true);
    m_chainHintRefreshButton = new QPushButton(tr("Check again"), m_txidPage);
    m_chainHintRefreshButton->setObjectName(QStringLiteral("chainHintRefreshButton"));
    m_chainHintRefreshButton->setToolTip(tr("Ask the block explorer again about this transaction"));
    connect(m_chainHintRefreshButton, &QPushButton::clicked, this, [this] {
        m_chainHintLabel->setText(tr("Asking the block explorer…"));
        m_service->loadChainHint(m_context.proof.id);
        refreshScreenings();
    });
    txidLayout->addSpacing(12);
    txidLayout->addWidget(new QLabel(tr("On-chain hint:"), m_txidPage));
    txidLayout->addWidget(m_chainHintLabel);
    txidLayout->addWidget(m_chainHintRefreshButton, 0, Qt::AlignLeft);

    // The sender's AML risk: only a sell's txid proof has one (the customer's crypto came from
    // somewhere); for any other proof syncd answers 404 and the section stays hidden.
    m_screeningSection = new QWidget(m_txidPage);
    m_screeningSection->setObjectName(QStringLiteral("screeningSection"));
    auto *screeningLayout = new QVBoxLayout(m_screeningSection);
    screeningLayout->setContentsMargins(0, 12, 0, 0);
    screeningLayout->addWidget(new QLabel(tr("Sender risk (AML screening):"), m_screeningSection));
    m_screeningLabel = selectableLabel("screeningLabel", m_screeningSection);
    m_screeningLabel->setTextFormat(Qt::PlainText);
    screeningLayout->addWidget(m_screeningLabel);
    m_screeningStatusLabel = selectableLabel("screeningStatusLabel", m_screeningSection);
    m_screeningStatusLabel->setTextFormat(Qt::PlainText);
    screeningLayout->addWidget(m_screeningStatusLabel);
    m_screenSenderButton = new QPushButton(tr("Screen sender…"), m_screeningSection);
    m_screenSenderButton->setObjectName(QStringLiteral("screenSenderButton"));
    connect(m_screenSenderButton, &QPushButton::clicked, this, &ProofViewer::askScreening);
    screeningLayout->addWidget(m_screenSenderButton, 0, Qt::AlignLeft);
    m_screeningSection->setVisible(false);
    txidLayout->addWidget(m_screeningSection);
    txidLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("proofPagesStackedWidget"));
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_filePage);
    m_pages->addWidget(m_txidPage);

    // Side panel, narrow: one summary line, one SHA-256 line with a copy button, the facts folded
    // away (opened by itself when the digests differ), then the highlights.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("proofSidePanel"));
    side->setMinimumWidth(300);
    side->setMaximumWidth(380);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    m_summaryLabel = selectableLabel("proofSummaryLabel", side);
    sideLayout->addWidget(m_summaryLabel);
    m_shaStatusLabel = selectableLabel("shaStatusLabel", side);
    m_copyShaButton = new QToolButton(side);
    m_copyShaButton->setObjectName(QStringLiteral("copyShaButton"));
    m_copyShaButton->setText(tr("Copy"));
    m_copyShaButton->setToolTip(tr("Copy the SHA-256 of the received file"));
    connect(m_copyShaButton, &QToolButton::clicked, this, [this] {
        if (m_localShaLabel->text().size() == 64) {
            QGuiApplication::clipboard()->setText(m_localShaLabel->text());
            m_statusLabel->setText(tr("SHA-256 copied."));
        }
    });
    auto *shaRow = new QHBoxLayout;
    shaRow->addWidget(m_shaStatusLabel, 1);
    shaRow->addWidget(m_copyShaButton, 0, Qt::AlignTop);
    sideLayout->addLayout(shaRow);

    m_detailsToggle = new QToolButton(side);
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggleButton"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_details = new QWidget(side);
    m_details->setObjectName(QStringLiteral("proofDetailsPanel"));
    auto *facts = new QFormLayout(m_details);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_kindLabel = selectableLabel("kindLabel", m_details);
    m_uploaderLabel = selectableLabel("uploaderLabel", m_details);
    m_uploadedAtLabel = selectableLabel("uploadedAtLabel", m_details);
    m_sizeLabel = selectableLabel("sizeLabel", m_details);
    m_serverShaLabel = selectableLabel("serverShaLabel", m_details);
    m_localShaLabel = selectableLabel("localShaLabel", m_details);
    for (QLabel *digest : {m_serverShaLabel, m_localShaLabel}) {
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        digest->setFont(mono);
        digest->setWordWrap(true);
    }
    facts->addRow(tr("Kind:"), m_kindLabel);
    facts->addRow(tr("Uploaded by:"), m_uploaderLabel);
    facts->addRow(tr("Uploaded at:"), m_uploadedAtLabel);
    facts->addRow(tr("Size, type:"), m_sizeLabel);
    facts->addRow(tr("SHA-256 (server):"), m_serverShaLabel);
    facts->addRow(tr("SHA-256 (received):"), m_localShaLabel);
    m_details->setVisible(false);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    sideLayout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_details);

    sideLayout->addWidget(new QLabel(tr("Highlights:"), side));
    m_annotationTable = new QTableView(side);
    m_annotationTable->setObjectName(QStringLiteral("annotationTableView"));
    m_annotationTable->setModel(m_annotations);
    m_annotationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_annotationTable->verticalHeader()->hide();
    m_annotationTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_annotationTable->horizontalHeader()->setSectionResizeMode(AnnotationModel::Note, QHeaderView::Stretch);
    m_annotationTable->setWordWrap(false);
    m_annotationTable->horizontalHeader()->setSectionResizeMode(AnnotationModel::Number, QHeaderView::ResizeToContents);
    connect(
        m_annotationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_view->setSelectedAnnotation(current.isValid() ? current.row() : -1); });
    sideLayout->addWidget(m_annotationTable, 1);

    m_noteEdit = new QLineEdit(side);
    m_noteEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("Note for the marked highlight"));
    m_noteEdit->setMaxLength(500);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &ProofViewer::saveHighlight);
    m_saveHighlightButton = new QPushButton(tr("Save highlight"), side);
    m_saveHighlightButton->setObjectName(QStringLiteral("saveHighlightButton"));
    m_saveHighlightButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveHighlightButton->setToolTip(tr("Ctrl+S"));
    connect(m_saveHighlightButton, &QPushButton::clicked, this, &ProofViewer::saveHighlight);
    m_discardHighlightButton = new QPushButton(tr("Discard"), side);
    m_discardHighlightButton->setObjectName(QStringLiteral("discardHighlightButton"));
    connect(m_discardHighlightButton, &QPushButton::clicked, m_view, &ProofImageView::clearPendingHighlight);
    // The main button takes the room it needs; both labels whole in any language.
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveHighlightButton, 1);
    saveRow->addWidget(m_discardHighlightButton, 0);
    sideLayout->addWidget(m_noteEdit);
    sideLayout->addLayout(saveRow);
    m_statusLabel = selectableLabel("proofStatusLabel", side);
    sideLayout->addWidget(m_statusLabel);

    connect(m_view, &ProofImageView::pendingHighlightChanged, this, [this](bool present) {
        updateSaveState();
        if (present)
            m_statusLabel->setText(tr("Highlight marked: write a note and save it (Enter or Ctrl+S)."));
    });
    connect(m_view, &ProofImageView::pendingHighlightConfirmed, this,
            [this] { m_noteEdit->setFocus(Qt::OtherFocusReason); });
    m_view->setAnnotationModel(m_annotations);

    // The image takes the room; the tools run across the whole width so none overflows.
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("proofSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    updateSaveState();
}

void ProofViewer::showProof(const ProofContext &context)
{
    m_context = context;
    m_bytes.clear();
    m_digestMatches.reset();
    m_explorerUrl.clear();
    m_annotations->clear();
    m_view->setImage({});
    m_view->clearPendingHighlight();
    const proto::Proof &proof = context.proof;
    setWindowTitle(context.orderCode.isEmpty() ? tr("Proof %1").arg(proof.id)
                                               : tr("Proof %1 — order %2").arg(proof.id).arg(context.orderCode));
    m_uploaderLabel->setText(actorText(proof.uploader));
    m_uploadedAtLabel->setText(timeText(proof.at));
    m_serverShaLabel->setText(proof.sha256 ? QString::fromStdString(*proof.sha256) : tr("—"));
    m_localShaLabel->setText(tr("—"));
    m_shaStatusLabel->clear();
    m_shaStatusLabel->setToolTip(QString());
    m_shaStatusLabel->setStyleSheet(QString());
    m_copyShaButton->setEnabled(false);
    m_statusLabel->clear();
    m_screenings.reset();
    m_senders.clear();
    m_screening = false;
    if (m_screeningDialog)
        m_screeningDialog->reject();
    m_screeningLabel->clear();
    setScreeningStatus(QString());
    m_screeningSection->setVisible(false);
    updateScreeningButton();

    if (proof.kind == proto::ProofKind::Txid) {
        m_kindLabel->setText(tr("Transaction id"));
        m_sizeLabel->setText(tr("—"));
        m_toolbar->setEnabled(false);
        m_copyShaButton->setVisible(false);
        updateSummary();
        showTxid();
        m_pages->setCurrentWidget(m_txidPage);
        updateSaveState();
        return;
    }
    m_kindLabel->setText(tr("File"));
    m_sizeLabel->setText(tr("%1, %2").arg(QLocale().formattedDataSize(proof.size.value_or(0)),
                                          proof.mime ? QString::fromStdString(*proof.mime) : tr("unknown type")));
    m_copyShaButton->setVisible(true);
    updateSummary();
    m_fileInfoLabel->setText(tr("Downloading the file…"));
    m_openExternallyButton->setVisible(false);
    m_pages->setCurrentWidget(m_filePage);
    m_toolbar->setEnabled(false);
    updateSaveState();
    m_service->downloadFile(proof.id);
    m_service->loadAnnotations(proof.id);
}

void ProofViewer::updateSummary()
{
    const proto::Proof &proof = m_context.proof;
    const QString what = proof.kind == proto::ProofKind::Txid
                             ? tr("Transaction id")
                             : tr("%1, %2").arg(proof.mime ? QString::fromStdString(*proof.mime) : tr("file"),
                                                QLocale().formattedDataSize(proof.size.value_or(0)));
    m_summaryLabel->setText(
        tr("%1\nfrom %2, %3").arg(what, actorText(proof.uploader), DisplayText::dateTime(proof.at)));
}

void ProofViewer::showTxid()
{
    const QString txid = QString::fromStdString(m_context.proof.txid.value_or(std::string()));
    m_txidEdit->setText(txid);
    m_copyTxidButton->setEnabled(!txid.isEmpty());
    const auto asset = domain::findAsset(m_context.asset.toStdString(), m_context.network.toStdString());
    if (!asset) {
        m_explorerLabel->setText(tr("No explorer is known for %1 on %2.").arg(m_context.asset, m_context.network));
    } else if (auto link = domain::explorerLink(*asset, txid.toStdString())) {
        m_explorerUrl = QUrl(QString::fromStdString(link.value()), QUrl::StrictMode);
        m_explorerLabel->setText(m_explorerUrl.toString());
    } else {
        m_explorerLabel->setText(tr("This is not a valid %1 transaction id: %2")
                                     .arg(m_context.network, QString::fromStdString(link.error().message)));
    }
    m_openExplorerButton->setEnabled(m_explorerUrl.isValid());
    m_chainHintLabel->setText(tr("Asking the block explorer…"));
    m_service->loadChainHint(m_context.proof.id);
    refreshScreenings();
}

void ProofViewer::refreshScreenings()
{
    if (m_context.proof.kind == proto::ProofKind::Txid && m_context.proof.id > 0)
        m_service->loadScreenings(m_context.proof.id);
}

QString ProofViewer::chainHintText(const proto::ChainHint &hint)
{
    using State = proto::ChainHintState;
    const QString network = QString::fromStdString(hint.network);
    switch (hint.state) {
    case State::Disabled:
        return tr("On-chain hints are switched off (Administration → Feature flags).");
    case State::NoExplorer:
        return tr("No block explorer is set up for %1: check the transaction in the explorer by hand.").arg(network);
    case State::NotFound:
        return tr("The block explorer does not know this transaction. It may not be broadcast yet, or it is on "
                  "another network.");
    case State::Unavailable:
        if (hint.retryAfterSeconds)
            return tr("The block explorer could not answer. It asks to wait %n second(s) before the next question.",
                      nullptr, static_cast<int>(*hint.retryAfterSeconds));
        return tr("The block explorer could not answer. Try again in a moment.");
    case State::Found:
        break;
    }
    QStringList lines;
    if (hint.succeeded && !*hint.succeeded)
        lines << tr("✘ The transaction failed on the network: it moved nothing.");
    if (hint.confirmations)
        lines << tr("In a block, %n confirmation(s), %1.", nullptr, static_cast<int>(*hint.confirmations))
                     .arg(hint.blockTime ? DisplayText::dateTime(*hint.blockTime) : QString());
    else
        lines << tr("Not in a block yet: the network has not confirmed it.");
    const bool toAddress = hint.addressMatches.value_or(false);
    const QString where = hint.expectedAddress ? tr("the deposit address") : tr("the customer's address");
    lines << (toAddress ? tr("✔ Sent to %1.").arg(where) : tr("✘ Nothing of this asset reached %1.").arg(where));
    if (toAddress) {
        const QString received = QString::fromStdString(hint.received ? hint.received->toString() : std::string());
        const QString expected = QString::fromStdString(hint.expectedAmount.toString());
        lines << (hint.amountMatches.value_or(false)
                      ? tr("✔ Amount %1: as the order expects.").arg(received)
                      : tr("✘ Amount %1: the order expects %2.").arg(received, expected));
    }
    if (hint.senders && !hint.senders->empty()) {
        const std::vector<std::string> &senders = *hint.senders;
        if (senders.size() == 1)
            lines << tr("Sent from: %1.").arg(fromStd(senders[0]));
        else if (senders.size() == 2)
            lines << tr("Sent from: %1 and %2.").arg(fromStd(senders[0]), fromStd(senders[1]));
        else
            lines << tr("Sent from: %1, %2 and %n more.", nullptr, static_cast<int>(senders.size() - 2))
                         .arg(fromStd(senders[0]), fromStd(senders[1]));
    }
    if (hint.otherTransfers && *hint.otherTransfers > 0)
        lines << tr("Other tokens moved in the same transaction: %n (not counted).", nullptr,
                    static_cast<int>(*hint.otherTransfers));
    lines << tr("From %1, %2. A hint, not a verification: check the wallet before paying out.")
                 .arg(QString::fromStdString(hint.explorer.value_or(std::string())),
                      DisplayText::dateTime(hint.checkedAt));
    return lines.join(QLatin1Char('\n'));
}

QString ProofViewer::screeningText(const proto::AddressScreeningList &list)
{
    const QString limit = QString::number(list.holdAbove);
    QStringList paragraphs;
    std::set<std::string> shown;
    for (const proto::AddressScreening &item : list.items) {
        if (!shown.insert(item.address).second)
            continue; // newest first: an older screening of the same address is history
        const QString address = fromStd(item.address);
        const QString score = QString::number(item.score);
        const QString who = item.screenedBy.username.empty() ? tr("operator %1").arg(item.screenedBy.id)
                                                             : fromStd(item.screenedBy.username);
        const QString when = DisplayText::dateTime(item.screenedAt);
        QStringList lines;
        if (item.manual) {
            lines << tr("Sender %1: risk %2 of 100, entered by %3 at %4: %5")
                         .arg(address, score, who, when, fromStd(item.reason));
        } else {
            QStringList labels;
            for (const std::string &label : item.labels)
                labels << fromStd(label);
            const QString level = fromStd(item.riskLevel.value_or(std::string()));
            QString why = labels.join(QStringLiteral(", "));
            if (!level.isEmpty())
                why = why.isEmpty() ? level : tr("%1: %2", "risk level: the provider's labels").arg(level, why);
            const QString provider = fromStd(item.provider.value_or(std::string()));
            lines << (why.isEmpty() ? tr("Sender %1: risk %2 of 100 — %3, asked by %4 at %5.")
                                          .arg(address, score, provider, who, when)
                                    : tr("Sender %1: risk %2 of 100 (%3) — %4, asked by %5 at %6.")
                                          .arg(address, score, why, provider, who, when));
        }
        if (!item.senderChecked)
            lines << tr("The block explorer could not confirm that this address sent the transaction.");
        lines << (item.score > list.holdAbove
                      ? tr("⚠ Above the desk's limit of %1: the order is held for a senior.").arg(limit)
                      : tr("Within the desk's limit of %1.").arg(limit));
        paragraphs << lines.join(QLatin1Char('\n'));
    }
    if (paragraphs.isEmpty()) {
        paragraphs << tr("The sender has not been screened.");
        if (!list.provider)
            paragraphs.last() +=
                u'\n' + tr("No screening provider is set up for %1: check the address in an AML service and enter its "
                           "risk score here. Above %2 the order is held for a senior.")
                            .arg(fromStd(list.network), limit);
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

void ProofViewer::onChainHintLoaded(qint64 proofId, const proto::ChainHint &hint)
{
    if (proofId != m_context.proof.id)
        return;
    if (hint.state == proto::ChainHintState::Found && hint.senders)
        m_senders = *hint.senders;
    m_chainHintLabel->setText(chainHintText(hint));
    m_chainHintLabel->setToolTip(QString::fromStdString(hint.detail.value_or(std::string())));
}

void ProofViewer::onChainHintFailed(qint64 proofId, const ApiError &error)
{
    if (proofId != m_context.proof.id)
        return;
    m_chainHintLabel->setText(tr("No on-chain hint: %1").arg(DisplayText::error(error)));
}

void ProofViewer::onScreeningsLoaded(qint64 proofId, const proto::AddressScreeningList &list)
{
    if (proofId != m_context.proof.id)
        return;
    m_screenings = list;
    m_screeningLabel->setText(screeningText(list));
    m_screeningSection->setVisible(true);
    updateScreeningButton();
}

void ProofViewer::onScreeningsFailed(qint64 proofId, const ApiError &error)
{
    if (proofId != m_context.proof.id)
        return;
    // Not a sell's txid proof: it has no sender to screen, and there is nothing to say.
    if (error.httpStatus == 404) {
        m_screenings.reset();
        m_screeningSection->setVisible(false);
        updateScreeningButton();
        return;
    }
    m_screeningSection->setVisible(true);
    setScreeningStatus(tr("The sender's risk could not be loaded: %1").arg(DisplayText::error(error)),
                       DisplayText::errorTooltip(error));
    updateScreeningButton();
}

void ProofViewer::onAddressScreened(qint64 proofId, const proto::AddressScreening &screening)
{
    if (proofId != m_context.proof.id)
        return;
    m_screening = false;
    setScreeningStatus(screening.manual ? tr("The risk score is saved; every operator sees it.")
                                        : tr("Screened; every operator sees the result."));
    updateScreeningButton();
    m_service->loadScreenings(proofId);
}

void ProofViewer::onScreeningFailed(qint64 proofId, const ApiError &error)
{
    if (proofId != m_context.proof.id)
        return;
    m_screening = false;
    const QString provider =
        m_screenings && m_screenings->provider ? fromStd(*m_screenings->provider) : tr("The screening provider");
    QString text;
    if (error.code == u"validation_failed" && error.field == u"address" && error.detailKind == u"not_a_sender")
        text = tr("The block explorer says this address did not send the transaction: screen an address it came "
                  "from.");
    else if (error.code == u"validation_failed" && error.field == u"address")
        text = tr("This is not a valid %1 address.").arg(m_context.network);
    else if (error.code == u"conflict")
        text = tr("A screening provider scores this network now, so a score cannot be typed in: screen the sender "
                  "with it.");
    else if (error.code == u"upstream_unavailable" && error.retryAfterSeconds > 0)
        text = tr("%1 did not answer. It asks to wait %n second(s) before the next question.", nullptr,
                  static_cast<int>(error.retryAfterSeconds))
                   .arg(provider);
    else if (error.code == u"upstream_unavailable")
        text = tr("%1 did not answer. Try again in a moment.").arg(provider);
    else
        text = tr("The sender was not screened: %1").arg(DisplayText::error(error));
    setScreeningStatus(text, DisplayText::errorTooltip(error));
    updateScreeningButton();
    // A provider set up (or removed) meanwhile changes what the button does.
    if (error.code == u"conflict")
        m_service->loadScreenings(proofId);
}

void ProofViewer::setScreeningStatus(const QString &text, const QString &toolTip)
{
    m_screeningStatusLabel->setText(text);
    m_screeningStatusLabel->setToolTip(toolTip);
    // Empty, it would leave a gap between the screenings and the button.
    m_screeningStatusLabel->setVisible(!text.isEmpty());
}

void ProofViewer::updateScreeningButton()
{
    const bool manual = m_screenings && !m_screenings->provider;
    m_screenSenderButton->setText(manual ? tr("Enter risk score…") : tr("Screen sender…"));
    m_screenSenderButton->setToolTip(
        manual ? tr("Enter the risk score of the address the customer's crypto came from, checked in an AML service")
               : tr("Ask %1 for the risk score of the address the customer's crypto came from")
                     .arg(m_screenings && m_screenings->provider ? fromStd(*m_screenings->provider)
                                                                 : tr("the screening provider")));
    m_screenSenderButton->setEnabled(m_screenings.has_value() && !m_screening && !m_screeningDialog);
}

void ProofViewer::askScreening()
{
    if (!m_screenings || m_screening || m_screeningDialog)
        return;
    const bool manual = !m_screenings->provider;
    const QString limit = QString::number(m_screenings->holdAbove);
    auto *address = new QComboBox;
    address->setObjectName(QStringLiteral("screenAddressEdit"));
    address->setEditable(true);
    address->setInsertPolicy(QComboBox::NoInsert);
    address->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    address->setMinimumContentsLength(34); // a TRON address whole
    for (const std::string &sender : m_senders)
        address->addItem(fromStd(sender));
    address->lineEdit()->setPlaceholderText(tr("The address the customer's crypto came from"));
    QSpinBox *score = nullptr;
    if (manual) {
        score = new QSpinBox;
        score->setObjectName(QStringLiteral("screenScoreSpin"));
        score->setRange(0, 100);
        score->setSuffix(tr(" of 100"));
    }
    auto *dialog =
        manual ? new ReasonDialog(
                     tr("Enter the sender's risk score"),
                     tr("No screening provider is set up for %1. Check the address in an AML service and enter its "
                        "score: 0, nothing known against it, to 100. Above %2 the order is held for a senior.\n\nWhere "
                        "does the score come from? The reason is kept with it.")
                         .arg(m_context.network, limit),
                     this)
               : new ReasonDialog(
                     tr("Screen the sender"),
                     tr("%1 scores the address from 0, nothing known against it, to 100. Above %2 the order is held "
                        "for a senior.\n\nWhy do you screen it? The reason is kept with the result.")
                         .arg(fromStd(*m_screenings->provider), limit),
                     this);
    dialog->setObjectName(QStringLiteral("screenSenderDialog"));
    dialog->addField(tr("&Address:"), address);
    if (score)
        dialog->addField(tr("Risk &score:"), score);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, address, score, manual] {
        const QString text = address->currentText().trimmed();
        if (text.isEmpty()) {
            setScreeningStatus(tr("The sender was not screened: no address was given."));
            return;
        }
        m_screening = true;
        setScreeningStatus(manual ? tr("Saving the risk score…")
                                  : tr("Asking %1…").arg(fromStd(*m_screenings->provider)));
        updateScreeningButton();
        m_service->screenAddress(m_context.proof.id, text, dialog->reason(),
                                 score ? std::optional<int>(score->value()) : std::nullopt);
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_screeningDialog.clear();
        updateScreeningButton();
    });
    m_screeningDialog = dialog;
    updateScreeningButton();
    dialog->open();
}

void ProofViewer::onFileDownloaded(qint64 proofId, const QByteArray &bytes)
{
    if (proofId != m_context.proof.id)
        return;
    m_bytes = bytes;
    const QString local = ProofService::sha256Hex(bytes);
    m_localShaLabel->setText(local);
    const QString server = QString::fromStdString(m_context.proof.sha256.value_or(std::string()));
    m_digestMatches = ProofService::sameDigest(server, local);
    m_shaStatusLabel->setToolTip(tr("SHA-256 (server): %1\nSHA-256 (received): %2").arg(server, local));
    m_copyShaButton->setEnabled(true);
    if (*m_digestMatches) {
        m_shaStatusLabel->setText(tr("✔ SHA-256 matches: %1").arg(shortDigest(local)));
        m_shaStatusLabel->setStyleSheet(QStringLiteral("color: #1b7f2a;"));
    } else {
        m_detailsToggle->setChecked(true); // both digests in full, side by side
        qCWarning(lcUi) << "proof" << proofId << "digest mismatch";
        m_shaStatusLabel->setText(
            tr("⚠ SHA-256 MISMATCH: the file received is not the file the server recorded on upload. It may have "
               "been altered in storage or on the way. Do not rely on it; tell a senior."));
        m_shaStatusLabel->setStyleSheet(
            QStringLiteral("color: white; background: #b00020; padding: 6px; font-weight: bold;"));
    }

    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // A few hundred kilobytes of PNG can decode to gigabytes. The header's size decides before a
    // pixel is decoded (syncd refuses such uploads, but older or tampered files may still come),
    // and the allocation limit (process-wide in Qt) stops a decoder whose header was unreadable.
    QImageReader::setAllocationLimit(kImageAllocationLimitMb);
    const QSize declared = reader.size();
    if (declared.isValid() && !domain::checkImageDimensions(static_cast<std::uint64_t>(std::max(declared.width(), 0)),
                                                            static_cast<std::uint64_t>(std::max(declared.height(), 0)),
                                                            domain::ImageLimits::defaults())
                                   .ok()) {
        qCWarning(lcUi) << "proof" << proofId << "not decoded: declares" << declared;
        m_fileInfoLabel->setText(
            tr("This image declares %1 × %2 pixels, more than the viewer opens (at most %3 megapixels and "
               "%4 px a side). It was not decoded: a file like this is broken or made to exhaust memory. Do not "
               "rely on it; ask the customer for a normal screenshot and tell a senior.")
                .arg(declared.width())
                .arg(declared.height())
                .arg(domain::ImageLimits::defaults().maxPixels / 1'000'000)
                .arg(domain::ImageLimits::defaults().maxSide));
        m_openExternallyButton->setVisible(false);
        m_pages->setCurrentWidget(m_filePage);
        updateSaveState();
        return;
    }
    const QImage image = reader.read();
    if (!image.isNull()) {
        m_view->setImage(image);
        m_pages->setCurrentWidget(m_view);
        m_toolbar->setEnabled(true);
        m_view->setFocus(Qt::OtherFocusReason);
        updateZoomLabel();
    } else {
        const QMimeType type = QMimeDatabase().mimeTypeForData(m_bytes);
        const bool pdf = type.inherits(QStringLiteral("application/pdf"));
        // No PDF renderer is guaranteed in this Qt; the system viewer shows it instead.
        m_fileInfoLabel->setText(pdf ? tr("PDF document, %1. It opens in the system's PDF viewer.")
                                           .arg(QLocale().formattedDataSize(m_bytes.size()))
                                     : tr("%1, %2: this file cannot be shown here.")
                                           .arg(type.comment(), QLocale().formattedDataSize(m_bytes.size())));
        m_openExternallyButton->setVisible(true);
        m_pages->setCurrentWidget(m_filePage);
    }
    updateSaveState();
}

void ProofViewer::onFileFailed(qint64 proofId, const ApiError &error)
{
    if (proofId != m_context.proof.id)
        return;
    m_fileInfoLabel->setText(tr("The file could not be downloaded: %1").arg(DisplayText::error(error)));
}

void ProofViewer::onAnnotationsLoaded(qint64 proofId, const QList<proto::Annotation> &annotations)
{
    if (proofId == m_context.proof.id)
        m_annotations->setAnnotations(annotations);
}

void ProofViewer::onAnnotationCreated(qint64 proofId, const proto::Annotation &annotation)
{
    if (proofId != m_context.proof.id)
        return;
    m_saving = false;
    m_annotations->upsert(annotation);
    m_view->clearPendingHighlight();
    m_noteEdit->clear();
    m_statusLabel->setText(tr("Highlight saved; every operator sees it."));
    m_annotationTable->selectRow(m_annotations->rowOf(annotation.id));
    m_view->setFocus(Qt::OtherFocusReason);
    updateSaveState();
}

void ProofViewer::onAnnotationsFailed(qint64 proofId, const ApiError &error)
{
    if (proofId != m_context.proof.id)
        return;
    m_saving = false;
    m_statusLabel->setText(tr("Highlights: %1").arg(DisplayText::error(error)));
    updateSaveState();
}

proto::CreateAnnotationRequest ProofViewer::toRequest(const QRectF &fraction, const QString &note)
{
    const auto perMille = [](double value) { return std::clamp<std::int64_t>(std::llround(value * 1000.0), 0, 1000); };
    proto::CreateAnnotationRequest request;
    request.x = std::min<std::int64_t>(perMille(fraction.left()), 999);
    request.y = std::min<std::int64_t>(perMille(fraction.top()), 999);
    request.w = std::clamp<std::int64_t>(perMille(fraction.right()) - request.x, 1, 1000 - request.x);
    request.h = std::clamp<std::int64_t>(perMille(fraction.bottom()) - request.y, 1, 1000 - request.y);
    request.note = note.trimmed().toStdString();
    return request;
}

void ProofViewer::saveHighlight()
{
    const auto pending = m_view->pendingHighlight();
    if (!pending || m_saving)
        return;
    m_saving = true;
    updateSaveState();
    m_statusLabel->setText(tr("Saving the highlight…"));
    m_service->createAnnotation(m_context.proof.id, toRequest(*pending, m_noteEdit->text()));
}

void ProofViewer::openExternally()
{
    if (m_bytes.isEmpty())
        return;
    // A copy in a private temporary directory that lives as long as this viewer: the system viewer
    // gets a real file, and nothing is left behind in the operator's folders.
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    const QString suffix = QMimeDatabase().mimeTypeForData(m_bytes).preferredSuffix();
    const QString path = m_tempDir->filePath(
        QStringLiteral("proof-%1%2").arg(m_context.proof.id).arg(suffix.isEmpty() ? QString() : u'.' + suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_bytes) != m_bytes.size()) {
        m_statusLabel->setText(tr("Could not write a temporary copy: %1").arg(file.errorString()));
        return;
    }
    file.close();
    if (!m_openUrl(QUrl::fromLocalFile(path)))
        m_statusLabel->setText(tr("No application is set up to open this file."));
}

void ProofViewer::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %, %2°").arg(std::lround(m_view->scale() * 100)).arg(m_view->rotationDegrees()));
}

void ProofViewer::updateSaveState()
{
    const bool pending = m_view->pendingHighlight().has_value();
    m_saveHighlightButton->setEnabled(pending && !m_saving);
    m_discardHighlightButton->setEnabled(pending && !m_saving);
    m_noteEdit->setEnabled(!m_view->image().isNull());
}

} // namespace p2pdesk::workstation
