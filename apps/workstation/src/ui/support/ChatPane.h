#pragma once

#include "core/ApiError.h"
#include "core/CannedReplyCatalog.h"
#include "core/TicketConversation.h"
#include "models/TicketMessageModel.h"
#include "ui/support/AttachmentViewer.h"

#include "p2pdesk/proto/Common.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <map>
#include <vector>

class QCompleter;
class QDialog;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTimer;
class QToolButton;
class QFormLayout;

namespace p2pdesk::workstation {

class ChatMessageDelegate;

// A ticket's chat (issue 11), in the order card's splitter or a ticket window of its own. It shows
// what TicketConversation holds and asks it to act; it never calls the network itself.
//
// Top to bottom: the customer (name, language, the verification word the bot signs with, a warning
// when Telegram cannot reach them) and the ticket (status, priority, assignee) with its controls;
// the messages (TicketMessageModel painted by ChatMessageDelegate); the composer. The composer is
// multi-line, Ctrl+Enter sends; "/" at the start offers the canned replies, and a chosen one is
// previewed as syncd renders it for this ticket (its variables filled, in the customer's language)
// before it goes out. "Private note" turns the composer yellow: a note stays on the desk. The
// draft is kept per ticket (TicketConversation's cache); offline the composer is disabled, its
// text kept.
class ChatPane final : public QWidget {
    Q_OBJECT

public:
    using SavePathChooser = std::function<QString(const QString &suggestedName)>;
    using UrlOpener = std::function<bool(const QUrl &)>;
    // The operators "Assign to…" offers: syncd lists accounts for admins only, so the app passes
    // those it knows (the queue's holders and assignees).
    using OperatorSource = std::function<std::vector<proto::OperatorRef>()>;

    ChatPane(TicketConversation *conversation, CannedReplyCatalog *catalog, QWidget *parent = nullptr);
    ~ChatPane() override;

    QSize sizeHint() const override;

    TicketConversation *conversation() const { return m_conversation; }
    TicketMessageModel *messageModel() const { return m_messages; }
    QListView *messageView() const { return m_view; }
    ChatMessageDelegate *delegate() const { return m_delegate; }
    QPlainTextEdit *composer() const { return m_composer; }
    QCompleter *cannedCompleter() const { return m_completer; }

    void setOnline(bool online) { m_conversation->setOnline(online); }
    bool isOnline() const { return m_conversation->isOnline(); }
    void setOperatorSource(OperatorSource source) { m_operators = std::move(source); }
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // What Ctrl+Enter does: sends the composer's text or canned reply (or adds the private note).
    void sendComposed();
    bool isCannedMode() const { return m_cannedId != 0; }
    bool isPrivateNote() const;
    void setPrivateNote(bool privateNote);
    void openAttachment(qint64 attachmentId);

    QString errorText() const;
    QString composerNote() const;
    QString previewText() const;
    QDialog *pendingDialog() const { return m_dialog.data(); }
    AttachmentViewer *attachmentViewer() const { return m_viewer.data(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildComposer();
    void onTicketChanged();
    void onMessagesChanged();
    void onOutgoingChanged();
    void onDraftLoaded();
    void onComposerChanged();
    void updateComposer();
    void updateCompletions();
    void chooseCanned(const QString &shortcut);
    void requestPreview();
    void onPreviewReady(const proto::TicketPreviewResponse &preview);
    void onPreviewFailed(const ApiError &error, const QStringList &missing, const QStringList &unknown);
    void rebuildVariables(const QStringList &missing);
    std::map<std::string, std::string> variableValues() const;
    void onSendRefused(const proto::TicketReplyRequest &request, const ApiError &error);
    void onFailed(TicketConversation::Action action, const ApiError &error);
    void onAttachmentDownloaded(qint64 attachmentId, const QByteArray &bytes, const QString &mime, bool matches);
    void showError(const QString &text, const ApiError &error);
    void clearError();
    void showNotice(const QString &text);
    void markReadIfSeen();
    void askReason(const QString &title, const QString &prompt, std::function<void(const QString &)> then);
    void askAssignee();
    void showContextMenu(const QPoint &pos);
    void openDialog(QDialog *dialog);

    TicketConversation *m_conversation;
    QPointer<CannedReplyCatalog> m_catalog; // the session's; may go before the pane on logout
    TicketMessageModel *m_messages;
    ChatMessageDelegate *m_delegate = nullptr;
    OperatorSource m_operators;
    SavePathChooser m_choosePath;
    UrlOpener m_openUrl;
    QPointer<QDialog> m_dialog;
    QPointer<AttachmentViewer> m_viewer;
    QPointer<QWidget> m_watchedWindow;

    // header
    QLabel *m_customer = nullptr;
    QLabel *m_word = nullptr;
    QLabel *m_unreachable = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_assignMe = nullptr;
    QToolButton *m_urgent = nullptr;
    QPushButton *m_closeReopen = nullptr;
    QToolButton *m_more = nullptr;
    // body
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_view = nullptr;
    bool m_stickToBottom = true;
    // composer
    QFrame *m_cannedFrame = nullptr;
    QLabel *m_cannedTitle = nullptr;
    QLabel *m_cannedPreview = nullptr;
    QWidget *m_variables = nullptr;
    QFormLayout *m_variablesLayout = nullptr;
    std::vector<std::pair<QString, QLineEdit *>> m_variableEdits;
    QPushButton *m_cannedEdit = nullptr;
    QToolButton *m_private = nullptr;
    QLabel *m_privateBanner = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_composerNote = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_cannedModel = nullptr;
    QTimer *m_previewTimer = nullptr;
    std::int64_t m_cannedId = 0;
    bool m_previewOk = false;
    bool m_previewUnknown = false; // the reply uses a variable syncd does not know: not sendable
    QString m_previewPlain;
    bool m_restoringDraft = false;
};

} // namespace p2pdesk::workstation
