#include "ui/support/ChatPane.h"

#include "core/CannedReplyCatalog.h"
#include "core/Logging.h"
#include "models/DisplayText.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/support/AssignTicketDialog.h"
#include "ui/support/AttachmentViewer.h"
#include "ui/support/ChatMessageDelegate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

namespace {

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

QString languageName(const std::string &code)
{
    if (code == "ru")
        return ChatPane::tr("Russian");
    if (code == "en")
        return ChatPane::tr("English");
    return str(code);
}

// The customer as the desk calls them: the name they gave Telegram, else their @username.
QString customerName(const proto::TicketCustomer &customer)
{
    if (customer.firstName && !customer.firstName->empty())
        return str(*customer.firstName);
    if (customer.username && !customer.username->empty())
        return u'@' + str(*customer.username);
    return ChatPane::tr("Customer %1").arg(customer.telegramId);
}

// The names of canned-reply variables (CannedReplyService::knownVariables) in words.
QString variableLabel(const QString &name)
{
    if (name == u"customer.name")
        return ChatPane::tr("Customer's name");
    if (name == u"operator.name")
        return ChatPane::tr("Your name");
    if (name == u"order.code")
        return ChatPane::tr("Order code");
    if (name == u"order.final_rate")
        return ChatPane::tr("Final rate");
    if (name == u"order.amount_fiat")
        return ChatPane::tr("Fiat amount");
    if (name == u"order.amount_crypto")
        return ChatPane::tr("Crypto amount");
    if (name == u"order.asset")
        return ChatPane::tr("Asset");
    if (name == u"order.fiat")
        return ChatPane::tr("Fiat currency");
    if (name == u"order.status")
        return ChatPane::tr("Order status");
    if (name == u"order.deposit_address")
        return ChatPane::tr("Deposit address");
    return name;
}

QString shortcutOf(const QString &composerText)
{
    static const QRegularExpression pattern(QStringLiteral("^/([a-z0-9_-]{0,32})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(composerText.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool startsShortcut(const QString &composerText)
{
    static const QRegularExpression pattern(QStringLiteral("^/[a-z0-9_-]{0,32}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(composerText).hasMatch();
}

constexpr int kMaxText = static_cast<int>(proto::limits::kTicketText);

const QString kComposerPrivateStyle = QStringLiteral(
    "QPlainTextEdit#composerEdit { background: #fff4c2; border: 2px dashed #c9a227; border-radius: 4px; }");
const QString kComposerStyle = QStringLiteral(
    "QPlainTextEdit#composerEdit { background: palette(base); border: 1px solid #b9c3cd; border-radius: 4px; }");

// The composer's text edit. While the canned-reply popup is open, QCompleter hands it the keys
// first by calling event() directly (no event filter sees that): Enter, Tab and Esc must then be
// left to the popup (choose, close) instead of going into the text.
class ComposerEdit final : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    QCompleter *completer = nullptr;

    // Four lines to start with: the messages above get the rest of the pane.
    QSize sizeHint() const override
    {
        return QSize(QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 4 + 12);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (completer && completer->popup()->isVisible()) {
            switch (event->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
            case Qt::Key_Escape:
                event->ignore();
                return;
            default:
                break;
            }
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

ChatPane::ChatPane(TicketConversation *conversation, CannedReplyCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_conversation(conversation)
    , m_catalog(catalog)
    , m_messages(new TicketMessageModel(this))
    , m_choosePath([this](const QString &name) {
        return QFileDialog::getSaveFileName(this, tr("Save file"), QDir::home().filePath(name));
    })
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("chatPane"));
    setMinimumWidth(360);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("chatErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 6px; }"));
    m_error->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("chatNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #e3ecf7; color: #1f3b5c; padding: 6px; }"));
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString &link) { m_openUrl(QUrl(link)); });

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("chatMessageView"));
    m_view->setModel(m_messages);
    m_delegate = new ChatMessageDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_delegate->watch(m_messages);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so its appearing never changes the width every bubble was measured at.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setStyleSheet(QStringLiteral("QListView#chatMessageView { background: #f3f5f7; }"));
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChatPane::showContextMenu);
    connect(m_delegate, &ChatMessageDelegate::attachmentActivated, this,
            [this](const QModelIndex &, qint64 attachmentId) { openAttachment(attachmentId); });
    // Follow the conversation while the operator is at its end; leave them where they are when
    // they scrolled back to read.
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_stickToBottom = m_messages->rowCount() == 0 || bar->value() >= bar->maximum() - 8;
    });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        if (m_stickToBottom || (last == m_messages->rowCount() - 1 && m_messages->hasPending())) {
            m_view->doItemsLayout();
            m_view->scrollToBottom();
        }
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chatEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #5a6470; background: #f3f5f7; }"));
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildHeader());
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_body, 1);
    layout->addWidget(buildComposer());

    connect(m_conversation, &TicketConversation::ticketChanged, this, &ChatPane::onTicketChanged);
    connect(m_conversation, &TicketConversation::messagesChanged, this, &ChatPane::onMessagesChanged);
    connect(m_conversation, &TicketConversation::outgoingChanged, this, &ChatPane::onOutgoingChanged);
    connect(m_conversation, &TicketConversation::draftLoaded, this, &ChatPane::onDraftLoaded);
    connect(m_conversation, &TicketConversation::onlineChanged, this, [this] {
        onTicketChanged();
        updateComposer();
    });
    connect(m_conversation, &TicketConversation::busyChanged, this, &ChatPane::onTicketChanged);
    connect(m_conversation, &TicketConversation::sent, this, [this] { clearError(); });
    connect(m_conversation, &TicketConversation::sendRefused, this, &ChatPane::onSendRefused);
    connect(m_conversation, &TicketConversation::previewReady, this, &ChatPane::onPreviewReady);
    connect(m_conversation, &TicketConversation::previewFailed, this, &ChatPane::onPreviewFailed);
    connect(m_conversation, &TicketConversation::failed, this, &ChatPane::onFailed);
    connect(m_conversation, &TicketConversation::actionSucceeded, this, [this](TicketConversation::Action action) {
        if (action != TicketConversation::Action::MarkRead)
            clearError();
    });
    connect(m_conversation, &TicketConversation::loadFailed, this, [this](const ApiError &error) {
        // Offline, the note under the composer says so; an error would only repeat it.
        if (m_conversation->isOnline() && error.httpStatus != 0)
            showError(tr("The chat could not be read: %1").arg(DisplayText::error(error)), error);
    });
    connect(m_conversation, &TicketConversation::attachmentDownloaded, this, &ChatPane::onAttachmentDownloaded);
    if (m_catalog)
        connect(m_catalog.data(), &CannedReplyCatalog::changed, this, [this] {
            updateCompletions();
            onComposerChanged(); // a shortcut typed before the list arrived now previews
        });

    onTicketChanged();
    onMessagesChanged();
    onOutgoingChanged();
    if (m_conversation->hasTicket())
        onDraftLoaded();
}

QSize ChatPane::sizeHint() const
{
    // Wide enough for a conversation beside the order card's columns.
    return QSize(std::max(460, QWidget::sizeHint().width()), QWidget::sizeHint().height());
}

ChatPane::~ChatPane()
{
    m_conversation->flushDraft();
}

QWidget *ChatPane::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("chatHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    m_customer = new QLabel(header);
    m_customer->setObjectName(QStringLiteral("chatCustomerLabel"));
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_word = new QLabel(header);
    m_word->setObjectName(QStringLiteral("verificationWordLabel"));
    m_word->setTextFormat(Qt::RichText);
    m_word->setWordWrap(true);
    m_word->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_word->setToolTip(tr("The bot signs every message to this customer with this word. Someone who claims to be "
                          "the customer elsewhere (a call, another chat) must know it."));
    m_unreachable = new QLabel(header);
    m_unreachable->setObjectName(QStringLiteral("unreachableLabel"));
    m_unreachable->setWordWrap(true);
    m_unreachable->setText(tr("Telegram cannot reach this customer: they blocked the bot or deleted the chat. "
                              "Replies are not delivered; private notes still work."));
    m_unreachable->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 4px; font-weight: bold; }"));
    m_unreachable->hide();
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("ticketStateLabel"));
    m_state->setWordWrap(true);

    m_assignMe = new QPushButton(tr("Assign to me"), header);
    m_assignMe->setObjectName(QStringLiteral("assignToMeButton"));
    m_assignMe->setToolTip(tr("Take this ticket: it shows as yours in the support inbox"));
    connect(m_assignMe, &QPushButton::clicked, m_conversation, &TicketConversation::assignToMe);
    m_urgent = new QToolButton(header);
    m_urgent->setObjectName(QStringLiteral("urgentButton"));
    m_urgent->setText(tr("Urgent"));
    m_urgent->setCheckable(true);
    m_urgent->setToolTip(tr("Urgent tickets come first in the support inbox"));
    connect(m_urgent, &QToolButton::clicked, this, [this](bool urgent) { m_conversation->setUrgent(urgent); });
    m_closeReopen = new QPushButton(header);
    m_closeReopen->setObjectName(QStringLiteral("closeTicketButton"));
    connect(m_closeReopen, &QPushButton::clicked, this, [this] {
        if (m_conversation->isClosed())
            askReason(tr("Reopen ticket"), tr("Why is the ticket reopened?"),
                      [this](const QString &reason) { m_conversation->reopen(reason); });
        else
            askReason(tr("Close ticket"), tr("Why is the ticket closed (e.g. answered, resolved by phone)?"),
                      [this](const QString &reason) { m_conversation->close(reason); });
    });
    m_more = new QToolButton(header);
    m_more->setObjectName(QStringLiteral("ticketMenuButton"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    QAction *assignTo = menu->addAction(tr("Assign to another operator…"));
    assignTo->setObjectName(QStringLiteral("assignToAction"));
    connect(assignTo, &QAction::triggered, this, &ChatPane::askAssignee);
    QAction *unassign = menu->addAction(tr("Unassign…"));
    unassign->setObjectName(QStringLiteral("unassignAction"));
    connect(unassign, &QAction::triggered, this, [this] {
        askReason(tr("Unassign ticket"), tr("Why does the ticket go back to the desk?"),
                  [this](const QString &reason) { m_conversation->assign(std::nullopt, reason); });
    });
    m_more->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_assignMe);
    buttons->addWidget(m_urgent);
    buttons->addWidget(m_closeReopen);
    buttons->addWidget(m_more);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_customer);
    layout->addWidget(m_word);
    layout->addWidget(m_unreachable);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    return header;
}

QWidget *ChatPane::buildComposer()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("composerBox"));

    m_cannedFrame = new QFrame(box);
    m_cannedFrame->setObjectName(QStringLiteral("cannedPreviewFrame"));
    m_cannedFrame->setFrameShape(QFrame::StyledPanel);
    m_cannedFrame->setStyleSheet(
        QStringLiteral("QFrame#cannedPreviewFrame { background: #eef6ee; border: 1px solid #9cc89f; }"));
    m_cannedTitle = new QLabel(m_cannedFrame);
    m_cannedTitle->setObjectName(QStringLiteral("cannedTitleLabel"));
    m_cannedTitle->setWordWrap(true);
    m_cannedPreview = new QLabel(m_cannedFrame);
    m_cannedPreview->setObjectName(QStringLiteral("cannedPreviewLabel"));
    m_cannedPreview->setTextFormat(Qt::PlainText);
    m_cannedPreview->setWordWrap(true);
    m_cannedPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_variables = new QWidget(m_cannedFrame);
    m_variables->setObjectName(QStringLiteral("cannedVariablesWidget"));
    m_variablesLayout = new QFormLayout(m_variables);
    m_variablesLayout->setContentsMargins(0, 0, 0, 0);
    m_variables->hide();
    m_cannedEdit = new QPushButton(tr("Edit as text"), m_cannedFrame);
    m_cannedEdit->setObjectName(QStringLiteral("cannedEditButton"));
    m_cannedEdit->setToolTip(tr("Put the rendered words into the composer to change them before sending"));
    connect(m_cannedEdit, &QPushButton::clicked, this, [this] {
        if (m_previewOk)
            m_composer->setPlainText(m_previewPlain);
        m_composer->moveCursor(QTextCursor::End);
        m_composer->setFocus();
    });
    auto *cannedLayout = new QVBoxLayout(m_cannedFrame);
    cannedLayout->setContentsMargins(8, 6, 8, 6);
    cannedLayout->addWidget(m_cannedTitle);
    cannedLayout->addWidget(m_cannedPreview);
    cannedLayout->addWidget(m_variables);
    cannedLayout->addWidget(m_cannedEdit, 0, Qt::AlignRight);
    m_cannedFrame->hide();

    m_private = new QToolButton(box);
    m_private->setObjectName(QStringLiteral("privateNoteToggle"));
    m_private->setText(tr("Private note"));
    m_private->setCheckable(true);
    // Not Ctrl+Shift+P: the order card holds that one.
    m_private->setToolTip(tr("Write a note for the desk only; it is never sent to the customer (Ctrl+Shift+I)"));
    m_private->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_private->setStyleSheet(QStringLiteral("QToolButton#privateNoteToggle:checked { background: #fff4c2; "
                                            "border: 1px solid #c9a227; border-radius: 3px; font-weight: bold; "
                                            "padding: 2px 6px; }"));
    {
        // Qt sizes the button for its unchecked face and does not measure again when the checked
        // style turns the text bold: without room for the bold text it would be clipped.
        QFont bold = m_private->font();
        bold.setBold(true);
        m_private->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(m_private->text()) + 2 * 6 + 2 + 4);
    }
    connect(m_private, &QToolButton::toggled, this, [this] {
        onComposerChanged();
        updateComposer();
    });
    m_privateBanner = new QLabel(tr("Private note — only the desk sees it; it is never sent to the customer."), box);
    m_privateBanner->setObjectName(QStringLiteral("privateNoteBanner"));
    m_privateBanner->setWordWrap(true);
    m_privateBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #6b5500; padding: 4px; "
                                                  "font-weight: bold; }"));
    m_privateBanner->hide();

    auto *composer = new ComposerEdit(box);
    m_composer = composer;
    m_composer->setObjectName(QStringLiteral("composerEdit"));
    m_composer->setTabChangesFocus(true);
    const int line = m_composer->fontMetrics().lineSpacing();
    m_composer->setMinimumHeight(line * 3 + 12);
    m_composer->setMaximumHeight(line * 7 + 12);
    m_composer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_composer->installEventFilter(this);
    m_composer->setStyleSheet(kComposerStyle);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ChatPane::onComposerChanged);

    m_send = new QPushButton(tr("Send"), box);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Ctrl+Enter"));
    connect(m_send, &QPushButton::clicked, this, &ChatPane::sendComposed);
    m_composerNote = new QLabel(box);
    m_composerNote->setObjectName(QStringLiteral("composerNoteLabel"));
    m_composerNote->setWordWrap(true);
    m_composerNote->setStyleSheet(QStringLiteral("QLabel { color: #5a6470; }"));

    m_cannedModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_cannedModel, this);
    m_completer->setObjectName(QStringLiteral("cannedCompleter"));
    m_completer->setWidget(m_composer);
    composer->completer = m_completer;
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(QStringLiteral("cannedCompleterPopup"));
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            [this](const QModelIndex &index) { chooseCanned(index.data(Qt::UserRole).toString()); });

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ChatPane::requestPreview);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_private);
    row->addWidget(m_composerNote, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_cannedFrame);
    layout->addWidget(m_privateBanner);
    layout->addWidget(m_composer);
    layout->addLayout(row);
    return box;
}

// --- the ticket --------------------------------------------------------------------------------

void ChatPane::onTicketChanged()
{
    const bool online = m_conversation->isOnline();
    const bool has = m_conversation->hasTicket();
    if (!has) {
        m_customer->setText(m_conversation->noTicketYet() ? tr("<b>No messages yet</b>") : tr("<b>Chat</b>"));
        m_word->hide();
        m_unreachable->hide();
        m_state->setText(m_conversation->noTicketYet()
                             ? tr("The customer has not written about this order yet.")
                             : (online ? tr("Loading the chat…") : tr("The chat is not available offline.")));
        for (QWidget *control : {static_cast<QWidget *>(m_assignMe), static_cast<QWidget *>(m_urgent),
                                 static_cast<QWidget *>(m_closeReopen), static_cast<QWidget *>(m_more)})
            control->setEnabled(false);
        m_closeReopen->setText(tr("Close…"));
        m_empty->setText(m_conversation->noTicketYet()
                             ? tr("No messages yet.\n\nThe chat of this order starts with the customer's first "
                                  "message in the bot; the desk can answer here from then on.")
                             : (online ? tr("Loading the chat…") : tr("The chat is not available offline.")));
        m_body->setCurrentWidget(m_empty);
        updateComposer();
        return;
    }
    const proto::TicketDetail &detail = m_conversation->detail();
    const proto::TicketCustomer &customer = detail.customer;
    const QString name = customerName(customer);
    m_messages->setCustomerName(name);
    QString who = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    if (customer.username && !customer.username->empty() && !name.startsWith(u'@'))
        who += QStringLiteral(" @") + str(*customer.username).toHtmlEscaped();
    who += QStringLiteral(" · ") + tr("writes in %1").arg(languageName(customer.language)).toHtmlEscaped();
    m_customer->setText(who);
    if (customer.verificationWord && !customer.verificationWord->empty()) {
        m_word->setText(tr("Verification word: %1")
                            .arg(QStringLiteral("<b style=\"font-size: large\">%1</b>")
                                     .arg(str(*customer.verificationWord).toHtmlEscaped())));
        m_word->show();
    } else {
        m_word->hide();
    }
    m_unreachable->setVisible(customer.unreachable);

    const proto::TicketSummary &ticket = detail.ticket;
    QStringList state;
    state << (m_conversation->isClosed() ? tr("Closed") : tr("Open"));
    if (m_conversation->isUrgent())
        state << tr("urgent");
    if (!ticket.assignee)
        state << tr("not assigned");
    else if (m_conversation->isAssignedToMe())
        state << tr("assigned to you");
    else
        state << tr("assigned to %1").arg(DisplayText::operatorName(ticket.assignee));
    if (ticket.orderCode)
        state << tr("order %1").arg(str(*ticket.orderCode));
    else
        state << tr("general question (no order)");
    m_state->setText(state.join(QStringLiteral(" · ")));

    const bool can = online && !m_conversation->isBusy();
    m_assignMe->setEnabled(can && !m_conversation->isAssignedToMe());
    m_urgent->setEnabled(can);
    m_urgent->setChecked(m_conversation->isUrgent());
    m_closeReopen->setEnabled(can);
    m_closeReopen->setText(m_conversation->isClosed() ? tr("Reopen…") : tr("Close…"));
    m_more->setEnabled(can);
    m_body->setCurrentWidget(m_view);
    updateComposer();
}

void ChatPane::onMessagesChanged()
{
    m_messages->setMessages(m_conversation->messages());
    markReadIfSeen();
}

void ChatPane::onOutgoingChanged()
{
    const auto &outgoing = m_conversation->outgoing();
    if (!outgoing) {
        m_messages->setPending(std::nullopt);
    } else {
        TicketMessageModel::Pending pending;
        const proto::TicketReplyRequest &request = outgoing->request;
        if (request.text) {
            pending.text = str(*request.text);
        } else if (request.cannedReplyId) {
            const proto::CannedReply *reply = m_catalog ? m_catalog->findById(*request.cannedReplyId) : nullptr;
            pending.text =
                reply ? tr("Canned reply /%1 (%2)").arg(str(reply->shortcut), str(reply->title)) : tr("Canned reply");
        }
        pending.privateNote = request.privateNote;
        pending.atMsecs = outgoing->createdAtMsecs;
        pending.state = outgoing->state == TicketConversation::SendState::Unconfirmed
                            ? TicketMessageModel::Delivery::Unconfirmed
                            : TicketMessageModel::Delivery::Sending;
        if (outgoing->lastError)
            pending.error = DisplayText::error(*outgoing->lastError);
        m_messages->setPending(pending);
    }
    updateComposer();
}

void ChatPane::onDraftLoaded()
{
    // The draft of this ticket from the cache; what the operator typed since opening wins.
    if (!m_composer->toPlainText().isEmpty() || m_conversation->draftText().isEmpty())
        return;
    m_restoringDraft = true;
    m_private->setChecked(m_conversation->draftPrivate());
    m_composer->setPlainText(m_conversation->draftText());
    m_composer->moveCursor(QTextCursor::End);
    m_restoringDraft = false;
    onComposerChanged();
}

void ChatPane::markReadIfSeen()
{
    if (isVisible() && window()->isActiveWindow())
        m_conversation->markRead();
}

void ChatPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    markReadIfSeen();
}

// --- composer ----------------------------------------------------------------------------------

bool ChatPane::isPrivateNote() const
{
    return m_private->isChecked();
}

void ChatPane::setPrivateNote(bool privateNote)
{
    m_private->setChecked(privateNote);
}

void ChatPane::onComposerChanged()
{
    const QString text = m_composer->toPlainText();
    if (!m_restoringDraft)
        m_conversation->setDraft(text, m_private->isChecked());

    // "/shortcut" alone is a canned reply; anything else is the operator's own words.
    const QString shortcut = shortcutOf(text);
    const proto::CannedReply *reply = m_catalog && !shortcut.isEmpty() ? m_catalog->find(shortcut) : nullptr;
    const std::int64_t id = reply ? reply->id : 0;
    if (id != m_cannedId) {
        m_cannedId = id;
        m_previewOk = false;
        m_previewUnknown = false;
        m_previewPlain.clear();
        rebuildVariables({});
        if (reply) {
            m_cannedTitle->setText(tr("Canned reply /%1 — %2").arg(str(reply->shortcut), str(reply->title)));
            m_cannedPreview->setText(tr("Rendering the preview…"));
            m_previewTimer->start();
        }
    }
    m_cannedFrame->setVisible(m_cannedId != 0);
    updateCompletions();
    updateComposer();
}

void ChatPane::updateCompletions()
{
    const QString text = m_composer->toPlainText();
    if (!m_catalog || !startsShortcut(text) || !m_composer->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = text.mid(1);
    const auto matching = m_catalog->matching(prefix);
    const bool exact = m_catalog->find(prefix) != nullptr;
    m_cannedModel->clear();
    for (const proto::CannedReply *reply : matching) {
        auto *item = new QStandardItem(tr("/%1 — %2").arg(str(reply->shortcut), str(reply->title)));
        item->setData(str(reply->shortcut), Qt::UserRole);
        item->setToolTip(str(reply->bodyEn.empty() ? reply->bodyRu : reply->bodyEn));
        m_cannedModel->appendRow(item);
    }
    if (matching.empty() || (exact && matching.size() == 1)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_composer->cursorRect();
    rect.setWidth(std::max(320, m_composer->width() - rect.left()));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_cannedModel->index(0, 0));
}

void ChatPane::chooseCanned(const QString &shortcut)
{
    m_composer->setPlainText(u'/' + shortcut);
    m_composer->moveCursor(QTextCursor::End);
    m_completer->popup()->hide();
}

void ChatPane::requestPreview()
{
    if (m_cannedId == 0)
        return;
    proto::TicketPreviewRequest request;
    request.cannedReplyId = m_cannedId;
    request.variables = variableValues();
    m_conversation->preview(request);
}

void ChatPane::onPreviewReady(const proto::TicketPreviewResponse &preview)
{
    if (m_cannedId == 0)
        return;
    m_previewOk = true;
    m_previewUnknown = false;
    m_previewPlain = TicketMessageModel::plainText(preview.text);
    const QString language = languageName(preview.language);
    const proto::CannedReply *reply = m_catalog ? m_catalog->findById(m_cannedId) : nullptr;
    if (reply)
        m_cannedTitle->setText(tr("Canned reply /%1 — %2. The customer gets it in %3:")
                                   .arg(str(reply->shortcut), str(reply->title), language));
    m_cannedPreview->setText(m_previewPlain);
    m_cannedPreview->setStyleSheet(QString());
    updateComposer();
}

void ChatPane::onPreviewFailed(const ApiError &error, const QStringList &missing, const QStringList &unknown)
{
    if (m_cannedId == 0)
        return;
    m_previewOk = false;
    m_previewUnknown = !unknown.isEmpty();
    QStringList names;
    if (!missing.isEmpty()) {
        for (const QString &name : missing)
            names << variableLabel(name);
        m_cannedPreview->setText(tr("This reply needs what the ticket does not have yet: %1. Fill it in below.")
                                     .arg(names.join(QStringLiteral(", "))));
        // Keep what was typed for fields still missing; add fields for new ones.
        QStringList fields;
        for (const auto &[name, edit] : m_variableEdits)
            fields << name;
        for (const QString &name : missing) {
            if (!fields.contains(name))
                fields << name;
        }
        rebuildVariables(fields);
    } else if (!unknown.isEmpty()) {
        m_cannedPreview->setText(tr("This reply uses words the server does not know (%1). Ask the admin to fix it; "
                                    "it cannot be sent.")
                                     .arg(unknown.join(QStringLiteral(", "))));
    } else {
        m_cannedPreview->setText(tr("No preview: %1").arg(DisplayText::error(error)));
        m_cannedPreview->setToolTip(DisplayText::errorTooltip(error));
    }
    m_cannedPreview->setStyleSheet(QStringLiteral("QLabel { color: #8a1020; }"));
    updateComposer();
}

void ChatPane::rebuildVariables(const QStringList &names)
{
    std::map<QString, QString> typed;
    for (const auto &[name, edit] : m_variableEdits)
        typed[name] = edit->text();
    while (m_variablesLayout->rowCount() > 0)
        m_variablesLayout->removeRow(0);
    m_variableEdits.clear();
    for (const QString &name : names) {
        auto *edit = new QLineEdit(m_variables);
        edit->setObjectName(QStringLiteral("variable_") + QString(name).replace(u'.', u'_'));
        edit->setText(typed[name]);
        edit->setMaxLength(static_cast<int>(proto::limits::kVariableValue));
        connect(edit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
        m_variablesLayout->addRow(variableLabel(name), edit);
        m_variableEdits.emplace_back(name, edit);
    }
    m_variables->setVisible(!names.isEmpty());
}

std::map<std::string, std::string> ChatPane::variableValues() const
{
    std::map<std::string, std::string> values;
    for (const auto &[name, edit] : m_variableEdits) {
        const QString value = edit->text().trimmed();
        if (!value.isEmpty())
            values[name.toStdString()] = value.toStdString();
    }
    return values;
}

void ChatPane::updateComposer()
{
    const bool online = m_conversation->isOnline();
    const bool has = m_conversation->hasTicket();
    const bool waiting = m_conversation->outgoing().has_value();
    const bool privateNote = m_private->isChecked();
    const QString text = m_composer->toPlainText();
    const int length = static_cast<int>(text.trimmed().toUtf8().size());

    m_composer->setEnabled(has && online);
    m_private->setEnabled(has && online);
    m_composer->setStyleSheet(privateNote ? kComposerPrivateStyle : kComposerStyle);
    m_privateBanner->setVisible(privateNote);
    m_composer->setPlaceholderText(
        privateNote ? tr("Private note for the desk (never sent to the customer). Ctrl+Enter adds it.")
                    : tr("Reply to the customer. Ctrl+Enter sends; type / for canned replies."));
    m_send->setText(privateNote ? tr("Add note") : tr("Send"));

    QString note;
    if (!online)
        note = tr("Offline: sending is paused. Your draft is kept; send it when the connection returns.");
    else if (m_conversation->noTicketYet())
        note = tr("Nothing to answer yet: the desk can write here once the customer has written about this order.");
    else if (!has)
        note = tr("Loading the chat…");
    else if (waiting)
        note = tr("Waiting for the server to confirm the last message…");
    else if (m_cannedId == 0 && length > kMaxText)
        note = tr("%1 characters; at most %2 can be sent.").arg(length).arg(kMaxText);
    else if (m_cannedId != 0 && m_previewUnknown)
        note = tr("This canned reply cannot be sent.");
    else if (!privateNote && m_conversation->detail().customer.unreachable)
        note = tr("The customer cannot be reached; a reply will not be delivered.");
    m_composerNote->setText(note);

    // A canned reply goes out only as previewed: the operator has seen what the customer will read.
    const bool content = m_cannedId != 0 ? m_previewOk : length > 0 && length <= kMaxText;
    m_send->setEnabled(m_conversation->canSend() && content);
}

void ChatPane::sendComposed()
{
    updateComposer();
    if (!m_send->isEnabled())
        return;
    proto::TicketReplyRequest request;
    request.privateNote = m_private->isChecked();
    if (m_cannedId != 0) {
        request.cannedReplyId = m_cannedId;
        request.variables = variableValues();
    } else {
        request.text = m_composer->toPlainText().trimmed().toStdString();
    }
    if (!m_conversation->send(request))
        return;
    clearError();
    m_composer->clear();
    m_view->scrollToBottom();
}

void ChatPane::onSendRefused(const proto::TicketReplyRequest &request, const ApiError &error)
{
    // Nothing went out: the words come back to the composer, ahead of anything typed since.
    QString words;
    if (request.text) {
        words = str(*request.text);
    } else if (request.cannedReplyId) {
        const proto::CannedReply *reply = m_catalog ? m_catalog->findById(*request.cannedReplyId) : nullptr;
        words = reply ? u'/' + str(reply->shortcut) : QString();
    }
    const QString typed = m_composer->toPlainText();
    m_private->setChecked(request.privateNote);
    m_composer->setPlainText(typed.trimmed().isEmpty() ? words : words + QStringLiteral("\n\n") + typed);
    m_composer->moveCursor(QTextCursor::End);
    showError(tr("The message was not sent: %1 It is back in the composer.").arg(DisplayText::error(error)), error);
}

void ChatPane::onFailed(TicketConversation::Action action, const ApiError &error)
{
    using A = TicketConversation::Action;
    QString what;
    switch (action) {
    case A::Assign:
        what = tr("The ticket was not assigned: %1");
        break;
    case A::Priority:
        what = tr("The priority was not changed: %1");
        onTicketChanged(); // the button goes back to what the ticket says
        break;
    case A::Close:
        what = tr("The ticket was not closed: %1");
        break;
    case A::Reopen:
        what = tr("The ticket was not reopened: %1");
        break;
    case A::Attachment:
        what = tr("The file could not be downloaded: %1");
        break;
    case A::Send: // onSendRefused says it
    case A::Load:
    case A::Preview:
    case A::MarkRead:
        return;
    }
    showError(what.arg(DisplayText::error(error)), error);
}

void ChatPane::showError(const QString &text, const ApiError &error)
{
    m_error->setText(text);
    m_error->setToolTip(DisplayText::errorTooltip(error));
    m_error->show();
}

void ChatPane::clearError()
{
    m_error->clear();
    m_error->setToolTip(QString());
    m_error->hide();
}

void ChatPane::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString ChatPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ChatPane::composerNote() const
{
    return m_composerNote->text();
}

QString ChatPane::previewText() const
{
    return m_cannedFrame->isHidden() ? QString() : m_cannedPreview->text();
}

// --- attachments -------------------------------------------------------------------------------

void ChatPane::openAttachment(qint64 attachmentId)
{
    if (!m_conversation->attachment(attachmentId))
        return;
    if (!m_conversation->isOnline()) {
        showNotice(tr("Files are downloaded from the server; open it again when the connection returns."));
        return;
    }
    showNotice(tr("Downloading the file…"));
    m_conversation->downloadAttachment(attachmentId);
}

void ChatPane::onAttachmentDownloaded(qint64 attachmentId, const QByteArray &bytes, const QString &mime, bool matches)
{
    if (!matches) {
        showNotice(QString());
        showError(tr("The file that arrived is not the file the server recorded (SHA-256 mismatch). It was not "
                     "opened; tell a senior."),
                  ApiError{});
        return;
    }
    const QString suffix = QMimeDatabase().mimeTypeForName(mime).preferredSuffix();
    const QString name = QStringLiteral("ticket-%1-file-%2%3")
                             .arg(m_conversation->ticketId())
                             .arg(attachmentId)
                             .arg(suffix.isEmpty() ? QString() : u'.' + suffix);
    if (mime.startsWith(u"image/")) {
        showNotice(QString());
        auto *viewer = new AttachmentViewer(window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setSavePathChooser(m_choosePath);
        const QString title = m_conversation->hasTicket()
                                  ? tr("Photo from %1").arg(customerName(m_conversation->detail().customer))
                                  : tr("Photo");
        viewer->showImage(bytes, title, name);
        m_viewer = viewer;
        viewer->show();
        return;
    }
    // A document is the customer's file: saved where the operator chooses, opened from there only
    // on request (the server serves it as a download, never inline).
    const QString path = m_choosePath(name);
    if (path.isEmpty()) {
        showNotice(QString());
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        showNotice(QString());
        showError(tr("The file could not be saved: %1").arg(file.errorString()), ApiError{});
        return;
    }
    file.close();
    showNotice(tr("Saved to %1. <a href=\"%2\">Open it</a>")
                   .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), QUrl::fromLocalFile(path).toString()));
}

// --- reasons, assignee, menus ------------------------------------------------------------------

void ChatPane::openDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ChatPane::askReason(const QString &title, const QString &prompt, std::function<void(const QString &)> then)
{
    auto *dialog = new ReasonDialog(title, prompt, this);
    connect(dialog, &QDialog::accepted, this, [dialog, then = std::move(then)] { then(dialog->reason()); });
    openDialog(dialog);
}

void ChatPane::askAssignee()
{
    std::vector<proto::OperatorRef> operators = m_operators ? m_operators() : std::vector<proto::OperatorRef>();
    operators.erase(std::remove_if(operators.begin(), operators.end(),
                                   [this](const proto::OperatorRef &o) { return o.id == m_conversation->me().id; }),
                    operators.end());
    auto *dialog = new AssignTicketDialog(operators, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto id = dialog->operatorId())
            m_conversation->assign(*id, dialog->reason());
    });
    openDialog(dialog);
}

void ChatPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy text"));
    connect(copy, &QAction::triggered, this,
            [index] { QApplication::clipboard()->setText(index.data(TicketMessageModel::TextRole).toString()); });
    for (const QVariant &a : index.data(TicketMessageModel::AttachmentsRole).toList()) {
        const QVariantMap file = a.toMap();
        const qint64 id = file.value(QStringLiteral("id")).toLongLong();
        QAction *open = menu.addAction(tr("Open %1").arg(file.value(QStringLiteral("label")).toString()));
        connect(open, &QAction::triggered, this, [this, id] { openAttachment(id); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composer && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Enter is the order card's "next step" too: in the composer it sends the message,
        // never moves the order on.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            event->accept();
            return true;
        }
    }
    if (watched == m_composer && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            sendComposed();
            return true;
        }
    } else if (watched == m_composer && event->type() == QEvent::FocusIn) {
        QTimer::singleShot(0, this, &ChatPane::updateCompletions);
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QVariantList files = m_view->currentIndex().data(TicketMessageModel::AttachmentsRole).toList();
            if (!files.isEmpty()) {
                openAttachment(files.first().toMap().value(QStringLiteral("id")).toLongLong());
                return true;
            }
        }
    } else if (watched == m_watchedWindow && event->type() == QEvent::WindowActivate) {
        markReadIfSeen();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace p2pdesk::workstation
