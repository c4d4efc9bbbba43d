#include "Orders.h"
#include "models/TicketMessageModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

using Author = TicketMessageModel::Author;
using Delivery = TicketMessageModel::Delivery;

proto::TicketMessage message(std::int64_t id, const std::string &author, const std::string &body)
{
    proto::TicketMessage m;
    m.id = id;
    m.author = author;
    m.body = body;
    m.createdAt = timestampFromMsecs(QDateTime::currentMSecsSinceEpoch() - (1000 - id) * 1000);
    if (author == "operator") {
        m.operatorRef = proto::OperatorRef{3, "alice"};
        m.delivery = "queued";
    }
    return m;
}

std::vector<proto::TicketMessage> chat(std::initializer_list<std::int64_t> ids)
{
    std::vector<proto::TicketMessage> out;
    for (const auto id : ids)
        out.push_back(message(id, id % 2 ? "customer" : "operator", "message " + std::to_string(id)));
    return out;
}

QVariant role(const TicketMessageModel &model, int row, int role)
{
    return model.index(row).data(role);
}

} // namespace

// The chat's model: rows follow setMessages by message id with the fewest changes (never a reset),
// a pending reply is the last row, and every role says in words what the delegate paints.
class TestTicketMessageModel : public QObject {
    Q_OBJECT

private slots:
    void mergesByIdWithoutResetting();
    void theRolesDescribeEachMessage();
    void deliveryStatesAreSentences();
    void pendingReplyIsTheLastRow();
    void telegramHtmlBecomesWhatTheCustomerReads();
    void aLongChatMergesQuickly();
};

void TestTicketMessageModel::mergesByIdWithoutResetting()
{
    TicketMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setMessages(chat({1, 2, 3}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1); // one insertion for the whole first read

    // The same read again: nothing moves.
    model.setMessages(chat({1, 2, 3}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);

    // New messages at the end: one insertion; a changed delivery: one dataChanged.
    auto next = chat({1, 2, 3, 4, 5});
    next[1].delivery = "sent";
    model.setMessages(next);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 3);
    QCOMPARE(inserted.last().at(2).toInt(), 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
    QCOMPARE(role(model, 1, TicketMessageModel::DeliveryRole).value<Delivery>(), Delivery::Sent);

    // A message that was missing in the middle (a read raced a reply) goes where its id says.
    auto withGap = chat({1, 2, 3, 4, 5, 8});
    withGap[1].delivery = "sent";
    model.setMessages(withGap);
    withGap.insert(withGap.begin() + 5, message(6, "customer", "late"));
    model.setMessages(withGap);
    QCOMPARE(model.rowCount(), 7);
    for (int row = 0; row + 1 < model.rowCount(); ++row)
        QVERIFY(role(model, row, TicketMessageModel::MessageIdRole).toLongLong() <
                role(model, row + 1, TicketMessageModel::MessageIdRole).toLongLong());
    QCOMPARE(model.rowOfMessage(6), 5);
    QCOMPARE(model.rowOfMessage(7), -1);

    // syncd never deletes messages, but the model would follow.
    withGap.erase(withGap.begin() + 2);
    model.setMessages(withGap);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 1);
}

void TestTicketMessageModel::theRolesDescribeEachMessage()
{
    TicketMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto customer = message(1, "customer", "My card is 2200 1234");
    customer.originalBody = "My card is 2200 9999";
    customer.attachments = {proto::TicketAttachment{11, "image/jpeg", 150 * 1024, std::string(64, 'a')},
                            proto::TicketAttachment{12, "application/pdf", 2048, std::string(64, 'b')}};
    auto note = message(2, "operator", "Checked &amp; fine");
    note.privateNote = true;
    note.delivery.reset();
    auto system = message(3, "system", "Order cancelled by timeout");
    system.privateNote = true;
    model.setMessages({customer, note, system});
    model.setCustomerName(QStringLiteral("Ivan"));

    QCOMPARE(role(model, 0, TicketMessageModel::AuthorRole).value<Author>(), Author::Customer);
    QCOMPARE(role(model, 0, TicketMessageModel::AuthorNameRole).toString(), QStringLiteral("Ivan"));
    QCOMPARE(role(model, 0, TicketMessageModel::TextRole).toString(), QStringLiteral("My card is 2200 1234"));
    QVERIFY(role(model, 0, TicketMessageModel::EditedRole).toBool());
    QCOMPARE(role(model, 0, TicketMessageModel::OriginalTextRole).toString(), QStringLiteral("My card is 2200 9999"));
    QCOMPARE(role(model, 0, TicketMessageModel::DeliveryRole).value<Delivery>(), Delivery::None);
    QCOMPARE(role(model, 0, TicketMessageModel::DeliveryTextRole).toString(), QString());
    QCOMPARE(role(model, 0, TicketMessageModel::AttachmentCountRole).toInt(), 2);
    const QVariantList files = role(model, 0, TicketMessageModel::AttachmentsRole).toList();
    QCOMPARE(files.at(0).toMap().value(QStringLiteral("id")).toLongLong(), 11);
    QVERIFY(files.at(0).toMap().value(QStringLiteral("image")).toBool());
    QVERIFY(files.at(0).toMap().value(QStringLiteral("label")).toString().startsWith(QStringLiteral("Photo, ")));
    QVERIFY(!files.at(1).toMap().value(QStringLiteral("image")).toBool());
    QVERIFY(files.at(1).toMap().value(QStringLiteral("label")).toString().startsWith(QStringLiteral("PDF document")));
    QVERIFY(role(model, 0, TicketMessageModel::TimeRole).toDateTime().isValid());
    QVERIFY(!role(model, 0, TicketMessageModel::TimeTextRole).toString().isEmpty());

    QCOMPARE(role(model, 1, TicketMessageModel::AuthorRole).value<Author>(), Author::Operator);
    QVERIFY(role(model, 1, TicketMessageModel::PrivateRole).toBool());
    QCOMPARE(role(model, 1, TicketMessageModel::OperatorNameRole).toString(), QStringLiteral("alice"));
    QCOMPARE(role(model, 1, TicketMessageModel::TextRole).toString(), QStringLiteral("Checked & fine"));
    QCOMPARE(role(model, 1, TicketMessageModel::DeliveryRole).value<Delivery>(), Delivery::None); // never sent

    QCOMPARE(role(model, 2, TicketMessageModel::AuthorRole).value<Author>(), Author::System);
    QCOMPARE(role(model, 2, TicketMessageModel::AuthorNameRole).toString(), QStringLiteral("System"));

    // Renaming the customer repaints their rows only.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCustomerName(QStringLiteral("@ivan_p"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(role(model, 0, TicketMessageModel::AuthorNameRole).toString(), QStringLiteral("@ivan_p"));
    QVERIFY(model.roleNames().contains(TicketMessageModel::DeliveryTextRole));
}

void TestTicketMessageModel::deliveryStatesAreSentences()
{
    using M = TicketMessageModel;
    QCOMPARE(M::deliveryOf(std::nullopt), Delivery::None);
    QCOMPARE(M::deliveryOf("queued"), Delivery::Queued);
    QCOMPARE(M::deliveryOf("sent"), Delivery::Sent);
    QCOMPARE(M::deliveryOf("failed"), Delivery::Failed);
    QCOMPARE(M::deliveryOf("undeliverable"), Delivery::Undeliverable);
    QCOMPARE(M::deliveryText(Delivery::Sent), QStringLiteral("Sent"));
    QCOMPARE(M::deliveryText(Delivery::Queued), QStringLiteral("Waiting to be sent"));
    // What syncd's outbox records, as the operator reads it: words, never the code.
    const QString blocked = M::deliveryText(Delivery::Undeliverable, QStringLiteral("forbidden: Forbidden: bot was "
                                                                                    "blocked by the user"));
    QCOMPARE(blocked, QStringLiteral("Not delivered: the customer blocked the bot or never started it"));
    QVERIFY(!blocked.contains(QStringLiteral("forbidden")));
    QCOMPARE(M::deliveryText(Delivery::Undeliverable, QStringLiteral("chat_not_found: Bad Request: chat not found")),
             QStringLiteral("Not delivered: the customer's Telegram chat no longer exists"));
    QCOMPARE(M::deliveryText(Delivery::Failed, QStringLiteral("message_too_long: Bad Request: message is too long")),
             QStringLiteral("Not sent: the message is too long for Telegram"));
    QCOMPARE(M::deliveryText(Delivery::Failed, QStringLiteral("server_error: Internal Server Error")),
             QStringLiteral("Not sent: Telegram could not be reached"));
    QCOMPARE(M::deliveryText(Delivery::Failed, QStringLiteral("message text is empty")),
             QStringLiteral("Not sent: the message could not be prepared (tell the admin)"));
    QCOMPARE(M::deliveryText(Delivery::Failed, QStringLiteral("bad_request: Bad Request: something new")),
             QStringLiteral("Not sent: Telegram refused it"));
    QCOMPARE(M::deliveryText(Delivery::Queued, QStringLiteral("network: connection refused")),
             QStringLiteral("Waiting to be sent; the last try failed: Telegram could not be reached"));
    QVERIFY(M::deliveryText(Delivery::Unconfirmed).contains(QStringLiteral("not be sent twice")));

    // The raw words stay available for support, in the tooltip.
    TicketMessageModel model;
    auto failed = message(2, "operator", "hi");
    failed.delivery = "undeliverable";
    failed.deliveryError = "forbidden: Forbidden: bot was blocked by the user";
    model.setMessages({failed});
    QVERIFY(role(model, 0, Qt::ToolTipRole).toString().contains(QStringLiteral("bot was blocked by the user")));
    QCOMPARE(role(model, 0, TicketMessageModel::DeliveryErrorRole).toString(),
             QStringLiteral("forbidden: Forbidden: bot was blocked by the user"));
}

void TestTicketMessageModel::pendingReplyIsTheLastRow()
{
    TicketMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages(chat({1, 2}));
    TicketMessageModel::Pending pending;
    pending.text = QStringLiteral("On its way");
    pending.atMsecs = QDateTime::currentMSecsSinceEpoch();
    model.setPending(pending);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.hasPending());
    QVERIFY(role(model, 2, TicketMessageModel::PendingRole).toBool());
    QCOMPARE(role(model, 2, TicketMessageModel::DeliveryRole).value<Delivery>(), Delivery::Sending);
    QCOMPARE(role(model, 2, TicketMessageModel::TextRole).toString(), QStringLiteral("On its way"));

    // New messages go in before it; its state changes in place.
    model.setMessages(chat({1, 2, 3}));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(role(model, 3, TicketMessageModel::PendingRole).toBool());
    pending.state = Delivery::Unconfirmed;
    pending.error = QStringLiteral("The server did not answer in time.");
    model.setPending(pending);
    QVERIFY(role(model, 3, TicketMessageModel::DeliveryTextRole).toString().contains(pending.error));

    // Confirmed: the reply is a message, the pending row goes.
    model.setMessages(chat({1, 2, 3, 4}));
    model.setPending(std::nullopt);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.hasPending());
    QVERIFY(!role(model, 3, TicketMessageModel::PendingRole).toBool());
}

void TestTicketMessageModel::telegramHtmlBecomesWhatTheCustomerReads()
{
    using M = TicketMessageModel;
    QCOMPARE(M::plainText("Your order <b>P-1</b> is &lt;paid&gt; &amp; done"),
             QStringLiteral("Your order P-1 is <paid> & done"));
    QCOMPARE(M::plainText("line one\nline <i>two</i>"), QStringLiteral("line one\nline two"));
    QCOMPARE(M::plainText("<a href=\"https://x\">link</a> &#8381; &#x20BD;"), QStringLiteral("link ₽ ₽"));
    QCOMPARE(M::plainText("Привет, <code>Иван</code>"), QStringLiteral("Привет, Иван"));
    QCOMPARE(M::plainText("5 &lt 6 & a"), QStringLiteral("5 &lt 6 & a")); // not entities: kept
    QCOMPARE(M::plainText("broken <b"), QStringLiteral("broken <b"));     // an unclosed tag is text
    // The customer's own words are not HTML: a "<b>" they typed stays.
    TicketMessageModel model;
    model.setMessages({message(1, "customer", "I typed <b> & &amp;")});
    QCOMPARE(role(model, 0, TicketMessageModel::TextRole).toString(), QStringLiteral("I typed <b> & &amp;"));
}

void TestTicketMessageModel::aLongChatMergesQuickly()
{
    std::vector<proto::TicketMessage> messages;
    for (std::int64_t id = 1; id <= 5000; ++id)
        messages.push_back(message(id, id % 3 ? "customer" : "operator", "message number " + std::to_string(id)));
    TicketMessageModel model;
    model.setMessages(messages);
    QCOMPARE(model.rowCount(), 5000);
    // A re-read with one more message: one insertion at the end, nothing else.
    messages.push_back(message(5001, "customer", "and one more"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMessages(messages);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5000);
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TestTicketMessageModel)
#include "tst_TicketMessageModel.moc"
