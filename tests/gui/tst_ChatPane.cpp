// The chat pane driven like an operator would, offscreen, against a scripted syncd
// (FakeTicketBackend): what the header says about the customer, the composer's canned replies with
// syncd's preview, private notes, drafts, offline, attachments, the ticket's controls, an order
// that has no ticket yet, and the general ticket's window with "Create order for this customer".
#include "FakeSyncd.h"
#include "FakeTicketBackend.h"
#include "Mnemonics.h"
#include "Orders.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/CannedReplyCatalog.h"
#include "core/CertificatePinStore.h"
#include "core/LocalCache.h"
#include "core/OrderCreation.h"
#include "core/PinnedNetworkAccess.h"
#include "core/ProofService.h"
#include "core/TicketConversation.h"
#include "models/TicketMessageModel.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/proofs/ProofImageView.h"
#include "ui/support/AttachmentViewer.h"
#include "ui/support/ChatMessageDelegate.h"
#include "ui/support/ChatPane.h"
#include "ui/support/CreateOrderDialog.h"
#include "ui/support/TicketWindow.h"

#include "p2pdesk/proto/Changes.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr std::int64_t kTicket = 7;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

proto::CannedReply canned(std::int64_t id, const std::string &shortcut, const std::string &title, const std::string &ru,
                          const std::string &en)
{
    proto::CannedReply reply;
    reply.id = id;
    reply.shortcut = shortcut;
    reply.title = title;
    reply.bodyRu = ru;
    reply.bodyEn = en;
    return reply;
}

QByteArray pngBytes()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0x21, 0xa0, 0x38));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestChatPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerShowsTheCustomerAndTheVerificationWord();
    void cannedReplyIsPreviewedAsSyncdRendersItAndSent();
    void missingVariablesAreAskedFor();
    void privateNoteLooksDifferentAndIsMarkedSo();
    void offlineDisablesTheComposerAndKeepsTheDraft();
    void aRefusedMessageComesBackToTheComposer();
    void deliveryFailuresAreShownInWords();
    void photosOpenInAViewerAndDocumentsAreSaved();
    void ticketControlsAskForReasons();
    void anOrderWithoutTicketSaysNoMessagesYet();
    void generalTicketWindowCreatesAnOrderForTheCustomer();

private:
    ChatPane *openPane(std::int64_t ticketId = kTicket);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_prompt{true};
    std::unique_ptr<FakeSyncd> m_server;
    std::unique_ptr<FakeTicketBackend> m_backend;
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<CannedReplyCatalog> m_catalog;
    std::unique_ptr<ChatPane> m_pane;
};

void TestChatPane::initTestCase()
{
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("chat"));
    QVERIFY(m_certificate);
}

void TestChatPane::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_backend = std::make_unique<FakeTicketBackend>(m_server.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_prompt);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setServer(m_server->url());
    m_api->setToken(QStringLiteral("token"));
    m_cache = std::make_unique<LocalCache>();
    QVERIFY(m_cache->open(m_dir.filePath(name + QStringLiteral(".sqlite"))));
    m_backend->addTicket(kTicket, 55, "P-241255");
    m_backend->addCustomerMessage(kTicket, "Hello! I sent the USDT an hour ago, when do I get the roubles?");
    m_backend->cannedReplies() = {
        canned(1, "thanks", "Thanks, we are on it", "Спасибо, {customer.name}! Заявка {order.code} в работе.",
               "Thank you, {customer.name}! Order {order.code} is in progress."),
        canned(2, "rate", "The final rate", "Ваш курс: {order.final_rate} ₽ за USDT.", ""),
        canned(3, "wait", "Please wait a little", "Пожалуйста, подождите ещё несколько минут.", "")};
    m_catalog = std::make_unique<CannedReplyCatalog>(m_api.get());
    m_catalog->load();
    QTRY_VERIFY(m_catalog->isLoaded());
}

void TestChatPane::cleanup()
{
    m_pane.reset();
    m_catalog.reset();
    m_cache.reset();
    m_api.reset();
    m_network.reset();
    m_backend.reset();
    m_server.reset();
}

ChatPane *TestChatPane::openPane(std::int64_t ticketId)
{
    auto *conversation = new TicketConversation(m_api.get(), m_cache.get());
    conversation->setOperator(proto::OperatorRef{3, "alice"});
    conversation->setDraftDelayMs(10);
    conversation->setDeliveryFollowUp(50, 200, 5000);
    m_pane = std::make_unique<ChatPane>(conversation, m_catalog.get());
    conversation->setParent(m_pane.get());
    m_pane->resize(520, 720);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        qWarning("the pane was not exposed");
    QApplication::setActiveWindow(m_pane.get());
    if (ticketId)
        conversation->openTicket(ticketId);
    return m_pane.get();
}

void TestChatPane::headerShowsTheCustomerAndTheVerificationWord()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    const QString customer = child<QLabel>(pane, QStringLiteral("chatCustomerLabel"))->text();
    QVERIFY2(customer.contains(QStringLiteral("Ivan")) && customer.contains(QStringLiteral("@ivan_p")),
             qPrintable(customer));
    QVERIFY2(customer.contains(QStringLiteral("Russian")), qPrintable(customer));
    QVERIFY(child<QLabel>(pane, QStringLiteral("verificationWordLabel"))->text().contains(QStringLiteral("falcon")));
    QVERIFY(child<QLabel>(pane, QStringLiteral("verificationWordLabel"))->isVisible());
    QVERIFY(child<QLabel>(pane, QStringLiteral("unreachableLabel"))->isHidden());
    const QString state = child<QLabel>(pane, QStringLiteral("ticketStateLabel"))->text();
    QVERIFY2(state.contains(QStringLiteral("Open")) && state.contains(QStringLiteral("not assigned")) &&
                 state.contains(QStringLiteral("P-241255")),
             qPrintable(state));
    QCOMPARE(pane->messageModel()->rowCount(), 1);
    QCOMPARE(pane->messageModel()->index(0).data(TicketMessageModel::AuthorNameRole).toString(),
             QStringLiteral("Ivan"));
    // Seen in an active window: the read mark goes to syncd once.
    QTRY_COMPARE(m_backend->readMarks(), 1);

    // Telegram refused the customer: the header says so.
    m_backend->ticket(kTicket).customer.unreachable = true;
    pane->conversation()->onSupportEvent(QStringLiteral("ticket.updated"),
                                         proto::Json{{"ticket_id", kTicket}, {"change", "assignee"}});
    QTRY_VERIFY(child<QLabel>(pane, QStringLiteral("unreachableLabel"))->isVisible());
    QCOMPARE(labelsShowingRawMnemonics(pane), QStringList());
}

void TestChatPane::cannedReplyIsPreviewedAsSyncdRendersItAndSent()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    QPlainTextEdit *composer = pane->composer();
    composer->setFocus();
    QTRY_VERIFY(composer->hasFocus());
    QTest::keyClicks(composer, QStringLiteral("/th"));
    // The popup offers the replies starting with "th" (and those whose title matches).
    QAbstractItemView *popup = pane->cannedCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 2); // "/thanks" by its shortcut, then "/rate" by its title ("The …")
    QVERIFY(popup->model()->index(0, 0).data().toString().startsWith(QStringLiteral("/thanks")));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(composer->toPlainText(), QStringLiteral("/thanks"));
    QVERIFY(pane->isCannedMode());
    // syncd renders it for this ticket, in the customer's language, variables filled.
    QTRY_COMPARE(pane->previewText(), QStringLiteral("Спасибо, Ivan! Заявка P-241255 в работе."));
    QVERIFY(child<QLabel>(pane, QStringLiteral("cannedTitleLabel"))->text().contains(QStringLiteral("Russian")));
    QTRY_VERIFY(child<QPushButton>(pane, QStringLiteral("sendButton"))->isEnabled());

    // Ctrl+Enter sends it: the canned reply's id goes to syncd, which renders and records it.
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_backend->recordedReplies(), 1);
    const auto request = QJsonDocument::fromJson(m_backend->replyRequestList().first().body).object();
    QCOMPARE(request.value(QStringLiteral("canned_reply_id")).toInteger(), 1);
    QVERIFY(!request.value(QStringLiteral("private_note")).toBool());
    QTRY_COMPARE(pane->messageModel()->rowCount(), 2);
    QTRY_VERIFY(!pane->messageModel()->hasPending());
    QCOMPARE(pane->messageModel()->index(1).data(TicketMessageModel::TextRole).toString(),
             QStringLiteral("Спасибо, Ivan! Заявка P-241255 в работе."));
    QCOMPARE(composer->toPlainText(), QString());
    QVERIFY(!pane->isCannedMode());

    // "Edit as text": the rendered words in the composer, sent as the operator's own text.
    QTest::keyClicks(composer, QStringLiteral("/wait"));
    QTRY_VERIFY(!pane->previewText().isEmpty() && child<QPushButton>(pane, QStringLiteral("sendButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(pane, QStringLiteral("cannedEditButton")), Qt::LeftButton);
    QCOMPARE(composer->toPlainText(), QStringLiteral("Пожалуйста, подождите ещё несколько минут."));
    QVERIFY(!pane->isCannedMode());
    QTest::keyClicks(composer, QStringLiteral(" OK?"));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_backend->recordedReplies(), 2);
    QCOMPARE(QJsonDocument::fromJson(m_backend->replyRequestList().last().body)
                 .object()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("Пожалуйста, подождите ещё несколько минут. OK?"));
}

void TestChatPane::missingVariablesAreAskedFor()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    pane->composer()->setFocus();
    QTest::keyClicks(pane->composer(), QStringLiteral("/rate"));
    QTRY_VERIFY(pane->previewText().contains(QStringLiteral("Final rate")));
    QVERIFY(!child<QPushButton>(pane, QStringLiteral("sendButton"))->isEnabled());
    auto *value = child<QLineEdit>(pane, QStringLiteral("variable_order_final_rate"));
    QTest::keyClicks(value, QStringLiteral("96.40"));
    QTRY_COMPARE(pane->previewText(), QStringLiteral("Ваш курс: 96.40 ₽ за USDT."));
    QTRY_VERIFY(child<QPushButton>(pane, QStringLiteral("sendButton"))->isEnabled());
    pane->sendComposed();
    QTRY_COMPARE(m_backend->recordedReplies(), 1);
    const auto request = QJsonDocument::fromJson(m_backend->replyRequestList().first().body).object();
    QCOMPARE(request.value(QStringLiteral("variables")).toObject().value(QStringLiteral("order.final_rate")).toString(),
             QStringLiteral("96.40"));
}

void TestChatPane::privateNoteLooksDifferentAndIsMarkedSo()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    auto *toggle = child<QToolButton>(pane, QStringLiteral("privateNoteToggle"));
    auto *send = child<QPushButton>(pane, QStringLiteral("sendButton"));
    QCOMPARE(send->text(), QStringLiteral("Send"));
    QVERIFY(child<QLabel>(pane, QStringLiteral("privateNoteBanner"))->isHidden());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(pane->isPrivateNote());
    // Checked, its text turns bold; the button has room for it.
    QFont bold = toggle->font();
    bold.setBold(true);
    QVERIFY(toggle->width() >= QFontMetrics(bold).horizontalAdvance(toggle->text()) + 12);
    QCOMPARE(send->text(), QStringLiteral("Add note"));
    QVERIFY(child<QLabel>(pane, QStringLiteral("privateNoteBanner"))->isVisible());
    QVERIFY(pane->composer()->styleSheet().contains(QStringLiteral("#fff4c2")));
    QVERIFY(pane->composer()->placeholderText().contains(QStringLiteral("never sent")));
    QTest::keyClicks(pane->composer(), QStringLiteral("Customer sounds nervous; check the TRON tx twice."));
    QTest::keyClick(pane->composer(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_backend->recordedReplies(), 1);
    QVERIFY(QJsonDocument::fromJson(m_backend->replyRequestList().first().body)
                .object()
                .value(QStringLiteral("private_note"))
                .toBool());
    QTRY_COMPARE(pane->messageModel()->rowCount(), 2);
    const QModelIndex note = pane->messageModel()->index(1);
    QTRY_VERIFY(!note.data(TicketMessageModel::PendingRole).toBool());
    QVERIFY(note.data(TicketMessageModel::PrivateRole).toBool());
    QCOMPARE(note.data(TicketMessageModel::DeliveryTextRole).toString(), QString()); // a note is never delivered
    QVERIFY(p2pdesk::screenshots::save(pane, QStringLiteral("chat-pane-note"), p2pdesk::screenshots::Kind::Dialog));
}

void TestChatPane::offlineDisablesTheComposerAndKeepsTheDraft()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    QTest::keyClicks(pane->composer(), QStringLiteral("Half-written answer"));
    pane->setOnline(false);
    QVERIFY(!pane->composer()->isEnabled());
    QCOMPARE(pane->composer()->toPlainText(), QStringLiteral("Half-written answer"));
    QVERIFY(pane->composerNote().contains(QStringLiteral("Offline")));
    QVERIFY(!child<QPushButton>(pane, QStringLiteral("sendButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(pane, QStringLiteral("assignToMeButton"))->isEnabled());
    pane->sendComposed(); // Ctrl+Enter does nothing either
    QCOMPARE(m_backend->replyRequests(), 0);
    QTRY_COMPARE(m_cache->ticketDraft(kTicket)->text, QStringLiteral("Half-written answer"));

    // Back online: what the customer wrote meanwhile is there, the draft is still in the composer.
    m_backend->addCustomerMessage(kTicket, "Are you there?");
    pane->setOnline(true);
    QTRY_COMPARE(pane->messageModel()->rowCount(), 2);
    QVERIFY(pane->composer()->isEnabled());
    QCOMPARE(pane->composer()->toPlainText(), QStringLiteral("Half-written answer"));

    // A new pane (a restart) shows the draft again.
    m_pane.reset();
    ChatPane *again = openPane();
    QTRY_COMPARE(again->composer()->toPlainText(), QStringLiteral("Half-written answer"));
}

void TestChatPane::aRefusedMessageComesBackToTheComposer()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    m_backend->refuseReplies(1, 403, QStringLiteral("forbidden"));
    QTest::keyClicks(pane->composer(), QStringLiteral("Try this"));
    pane->sendComposed();
    QTRY_VERIFY(!pane->errorText().isEmpty());
    QVERIFY2(pane->errorText().contains(QStringLiteral("not allowed")), qPrintable(pane->errorText()));
    QVERIFY(!pane->errorText().contains(QStringLiteral("forbidden"))); // the code is in the tooltip only
    QCOMPARE(pane->composer()->toPlainText(), QStringLiteral("Try this"));
    QVERIFY(!pane->messageModel()->hasPending());
}

void TestChatPane::deliveryFailuresAreShownInWords()
{
    const auto blocked = m_backend->addOperatorMessage(kTicket, "Your payout is on its way", false, "undeliverable");
    m_backend->setDelivery(kTicket, blocked, "undeliverable", "forbidden: Forbidden: bot was blocked by the user");
    ChatPane *pane = openPane();
    QTRY_COMPARE(pane->messageModel()->rowCount(), 2);
    const QModelIndex row = pane->messageModel()->index(1);
    QCOMPARE(row.data(TicketMessageModel::DeliveryTextRole).toString(),
             QStringLiteral("Not delivered: the customer blocked the bot or never started it"));
    // The bubble is tall enough for it (the delegate measured the footer).
    const QRect rect = pane->messageView()->visualRect(row);
    QVERIFY(rect.height() > pane->messageView()->fontMetrics().height() * 3);
    // At any width, nothing of it is painted below the row: the footer is measured in the bold face
    // it is painted in, so its last words never fall out of the bubble.
    QListView *view = pane->messageView();
    // Every width: where the bold words wrap once more than regular ones is a matter of pixels.
    for (int width = 240; width <= 1000; width += 2) {
        view->viewport()->resize(width, 400);
        QStyleOptionViewItem option;
        option.initFrom(view);
        const int height = pane->delegate()->sizeHint(option, row).height();
        option.rect = QRect(0, 0, width, height);
        QImage image(width, height + 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            pane->delegate()->paint(&painter, option, row);
        }
        // The lowest painted row must be the bubble's bottom edge (nearly as wide as the bubble),
        // not the tail of a wrapped word under it.
        int widest = 0;
        int lowest = -1;
        int lowestExtent = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const auto painted = [](QRgb pixel) { return qAlpha(pixel) != 0; };
            const auto *first = std::find_if(line, line + width, painted);
            if (first == line + width)
                continue;
            const auto last =
                std::find_if(std::make_reverse_iterator(line + width), std::make_reverse_iterator(line), painted);
            const int extent = static_cast<int>(last.base() - first);
            widest = std::max(widest, extent);
            lowest = y;
            lowestExtent = extent;
        }
        QVERIFY2(lowest < height, qPrintable(QStringLiteral("width %1: painted below the row").arg(width)));
        QVERIFY2(lowestExtent >= widest - 24,
                 qPrintable(QStringLiteral("width %1: something under the bubble at y %2 (%3 px wide, the bubble %4)")
                                .arg(width)
                                .arg(lowest)
                                .arg(lowestExtent)
                                .arg(widest)));
    }
}

void TestChatPane::photosOpenInAViewerAndDocumentsAreSaved()
{
    const QByteArray photo = pngBytes();
    const QByteArray pdf("%PDF-1.4 tiny");
    m_backend->addCustomerMessage(
        kTicket, "Here is the receipt",
        {proto::TicketAttachment{501, "image/png", photo.size(), ProofService::sha256Hex(photo).toStdString()},
         proto::TicketAttachment{502, "application/pdf", pdf.size(), ProofService::sha256Hex(pdf).toStdString()}});
    m_backend->addFile(501, photo);
    m_backend->addFile(502, pdf);
    ChatPane *pane = openPane();
    QTRY_COMPARE(pane->messageModel()->rowCount(), 2);
    QString saveTo = m_dir.filePath(QStringLiteral("receipt.pdf"));
    pane->setSavePathChooser([&saveTo](const QString &) { return saveTo; });

    // Clicking the photo's chip opens it with zoom.
    QListView *view = pane->messageView();
    const QModelIndex row = pane->messageModel()->index(1);
    view->scrollTo(row);
    const QRect rect = view->visualRect(row);
    QPoint chip;
    for (int y = rect.top(); y < rect.bottom() && chip.isNull(); y += 2) {
        for (int x = rect.left(); x < rect.right(); x += 4) {
            if (pane->delegate()->attachmentAt(row, rect, QPoint(x, y)) == 501) {
                chip = QPoint(x, y);
                break;
            }
        }
    }
    QVERIFY(!chip.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, chip);
    QTRY_VERIFY(pane->attachmentViewer() && pane->attachmentViewer()->isVisible());
    QCOMPARE(pane->attachmentViewer()->imageView()->image().size(), QSize(320, 200));
    pane->attachmentViewer()->imageView()->zoomIn();
    QVERIFY(!pane->attachmentViewer()->imageView()->isFitMode());
    pane->attachmentViewer()->close();

    // The PDF is saved where the operator chooses.
    pane->openAttachment(502);
    QTRY_VERIFY(QFile::exists(saveTo));
    QFile saved(saveTo);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), pdf);
    QTRY_VERIFY(child<QLabel>(pane, QStringLiteral("chatNoticeLabel"))->text().contains(QStringLiteral("Saved to")));

    // Bytes that are not what syncd recorded are not opened.
    m_backend->addFile(501, QByteArray("tampered"));
    pane->openAttachment(501);
    QTRY_VERIFY(pane->errorText().contains(QStringLiteral("SHA-256")));
}

void TestChatPane::ticketControlsAskForReasons()
{
    ChatPane *pane = openPane();
    QTRY_VERIFY(pane->conversation()->hasTicket());
    QTest::mouseClick(child<QPushButton>(pane, QStringLiteral("assignToMeButton")), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(pane, QStringLiteral("ticketStateLabel"))->text().contains(QStringLiteral("you")));
    QVERIFY(!child<QPushButton>(pane, QStringLiteral("assignToMeButton"))->isEnabled());
    QTest::mouseClick(child<QToolButton>(pane, QStringLiteral("urgentButton")), Qt::LeftButton);
    QTRY_VERIFY(pane->conversation()->isUrgent());
    QVERIFY(child<QLabel>(pane, QStringLiteral("ticketStateLabel"))->text().contains(QStringLiteral("urgent")));

    QTest::mouseClick(child<QPushButton>(pane, QStringLiteral("closeTicketButton")), Qt::LeftButton);
    auto *dialog = qobject_cast<ReasonDialog *>(pane->pendingDialog());
    QVERIFY(dialog);
    auto *reason = child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(reason, QStringLiteral("answered by phone"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(pane->conversation()->isClosed());
    QCOMPARE(child<QPushButton>(pane, QStringLiteral("closeTicketButton"))->text(), QStringLiteral("Reopen…"));
    QCOMPARE(QJsonDocument::fromJson(m_backend->lastRequestTo(QStringLiteral("/api/v1/tickets/7/close"))->body)
                 .object()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("answered by phone"));

    // Reopening a ticket syncd says is open already: the refusal in words.
    m_backend->ticket(kTicket).ticket.status = "open";
    QTest::mouseClick(child<QPushButton>(pane, QStringLiteral("closeTicketButton")), Qt::LeftButton);
    dialog = qobject_cast<ReasonDialog *>(pane->pendingDialog());
    QVERIFY(dialog);
    reason = child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(reason, QStringLiteral("customer wrote again"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!pane->errorText().isEmpty());
    QVERIFY2(pane->errorText().startsWith(QStringLiteral("The ticket was not reopened")),
             qPrintable(pane->errorText()));
}

void TestChatPane::anOrderWithoutTicketSaysNoMessagesYet()
{
    ChatPane *pane = openPane(0);
    pane->conversation()->openOrder(99);
    QTRY_VERIFY(pane->conversation()->noTicketYet());
    auto *empty = child<QLabel>(pane, QStringLiteral("chatEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No messages yet")));
    QVERIFY(!pane->composer()->isEnabled());
    QVERIFY(pane->composerNote().contains(QStringLiteral("once the customer has written")));

    // The customer writes: the ticket appears and the chat with it.
    m_backend->addTicket(12, 99);
    const auto first = m_backend->addCustomerMessage(12, "Is my order accepted?");
    pane->conversation()->onSupportEvent(QStringLiteral("ticket.message"),
                                         proto::Json{{"ticket_id", 12}, {"message_id", first}, {"author", "customer"}});
    QTRY_VERIFY(pane->conversation()->hasTicket());
    QTRY_VERIFY(pane->messageView()->isVisible());
    QCOMPARE(pane->messageModel()->rowCount(), 1);
    QVERIFY(pane->composer()->isEnabled());
}

void TestChatPane::generalTicketWindowCreatesAnOrderForTheCustomer()
{
    m_backend->addTicket(20);
    m_backend->addCustomerMessage(20, "Can I sell 500 USDT by phone?");
    proto::RateDto rate;
    rate.id = 1;
    rate.direction = domain::Direction::Sell;
    rate.asset = "USDT";
    rate.network = "TRON";
    rate.fiatCurrency = "RUB";
    rate.suggestedRate = domain::Decimal::parse("96.40").value();
    proto::RateList rates;
    rates.items = {rate};
    m_server->routeJson("GET", QStringLiteral("/api/v1/rates"), 200, body(rates));
    proto::OrderDetail created;
    created.summary = makeOrder(321);
    m_server->routeJson("POST", QStringLiteral("/api/v1/orders"), 201, body(created));

    auto *conversation = new TicketConversation(m_api.get(), m_cache.get());
    auto *chat = new ChatPane(conversation, m_catalog.get());
    conversation->setParent(chat);
    auto *creation = new OrderCreation(m_api.get());
    TicketWindow window(chat, creation);
    creation->setParent(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    conversation->openTicket(20);
    QTRY_VERIFY(window.createOrderButton()->isEnabled());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Ivan")));
    QVERIFY(child<QLabel>(chat, QStringLiteral("ticketStateLabel"))->text().contains(QStringLiteral("no order")));

    QSignalSpy open(&window, &TicketWindow::openOrderRequested);
    QTest::mouseClick(window.createOrderButton(), Qt::LeftButton);
    CreateOrderDialog *dialog = window.createOrderDialog();
    QVERIFY(dialog);
    auto *pair = child<QComboBox>(dialog, QStringLiteral("pairComboBox"));
    QTRY_COMPARE(pair->count(), 1);
    QVERIFY(pair->currentText().contains(QStringLiteral("USDT")));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("amountLineEdit")), QStringLiteral("500"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("requisitesTextEdit")),
                     QStringLiteral("2200 1234 5678 9012"));
    auto *create = child<QPushButton>(dialog, QStringLiteral("createButton"));
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), 321);
    const auto sent =
        QJsonDocument::fromJson(m_server->requestsTo(QStringLiteral("/api/v1/orders")).last().body).object();
    QCOMPARE(sent.value(QStringLiteral("customer")).toObject().value(QStringLiteral("telegram_id")).toInteger(),
             5'000'000'041);
    QCOMPARE(sent.value(QStringLiteral("amount_crypto")).toString(), QStringLiteral("500"));
    QCOMPARE(sent.value(QStringLiteral("payout_requisites")).toString(), QStringLiteral("2200 1234 5678 9012"));
}

QTEST_MAIN(TestChatPane)
#include "tst_ChatPane.moc"
