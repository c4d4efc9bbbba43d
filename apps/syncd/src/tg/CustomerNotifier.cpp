#include "tg/CustomerNotifier.h"

#include "app/Services.h"
#include "db/Transaction.h"
#include "db/repositories/ChangeEventRepository.h"
#include "db/repositories/CustomerRepository.h"
#include "db/repositories/TgConversationRepository.h"
#include "service/OrderActor.h"
#include "tg/BotSender.h"

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Timestamp.h"

namespace p2pdesk::syncd::tg {

namespace {

using domain::OrderStatus;
using Json = nlohmann::json;

constexpr int kBatch = 200;

std::string shortTime(const proto::Timestamp &at)
{
    std::string text = proto::formatTimestamp(at);
    if (text.size() >= 16) {
        text[10] = ' ';
        text.resize(16);
    }
    return text;
}

std::string textOf(const Json &payload, const char *key)
{
    return payload.contains(key) && payload[key].is_string() ? payload[key].get<std::string>() : std::string();
}

// The message for one transition, or nothing when it does not concern the customer.
void notify(BotSender &sender, const proto::OrderDetail &order, const proto::ChangeEvent &event)
{
    const auto &p = event.payload;
    const auto to = domain::parseOrderStatus(textOf(p, "to"));
    const auto from = domain::parseOrderStatus(textOf(p, "from"));
    if (!to)
        return;
    const auto &s = order.summary;
    const std::string dedupe = "notify:" + std::to_string(event.seq);
    const std::string actor = textOf(p, "actor");
    const bool byCustomer = actor.rfind("customer:", 0) == 0;
    auto base = [&](Text id) {
        return fill(sender.text(id), {{"code", s.code},
                                      {"asset", s.asset},
                                      {"network", s.network},
                                      {"fiat", s.fiatCurrency},
                                      {"rate", s.finalRate ? s.finalRate->toString() : s.suggestedRate.toString()},
                                      {"crypto", s.amountCrypto.toString()},
                                      {"amount_fiat", s.amountFiat.toString()},
                                      {"deadline", s.statusDeadline ? shortTime(*s.statusDeadline) : std::string("—")},
                                      {"address", order.depositWallet ? order.depositWallet->address : std::string()},
                                      {"reference", order.payoutReference.value_or("—")},
                                      {"status", std::string(statusName(s.status, sender.language()))}});
    };
    const Json orderArg = {{"order_id", s.id}};
    switch (*to) {
    case OrderStatus::Assigned:
        if (from == OrderStatus::New)
            sender.say(base(Text::NotifyAssigned), {}, s.id, dedupe);
        break;
    case OrderStatus::AwaitingCrypto:
        if (s.direction == domain::Direction::Sell)
            sender.say(base(Text::NotifyAwaitingCrypto), {{{std::string(sender.text(Text::ButtonSent)), "sent", orderArg}}},
                       s.id, dedupe);
        else
            sender.say(base(Text::NotifyAwaitingFiat), {{{std::string(sender.text(Text::ButtonPaid)), "sent", orderArg}}},
                       s.id, dedupe);
        break;
    case OrderStatus::UserMarkedSent:
        // The customer's own "I've sent" was answered by the bot; a rejected proof was not.
        if (from == OrderStatus::OperatorVerifyProof)
            sender.say(base(Text::ProofRejected), {}, s.id, dedupe);
        break;
    case OrderStatus::OperatorVerifyProof:
        sender.say(base(Text::ProofReceived), {}, s.id, dedupe);
        break;
    case OrderStatus::PaymentVerified:
        sender.say(base(Text::NotifyVerified), {}, s.id, dedupe);
        break;
    case OrderStatus::ProcessingPayout:
        sender.say(base(Text::NotifyProcessing), {}, s.id, dedupe);
        break;
    case OrderStatus::PaidOut:
        sender.say(base(Text::NotifyPaidOut),
                   {{{std::string(sender.text(Text::ButtonReceived)), "received", orderArg}},
                    {{std::string(sender.text(Text::ButtonDispute)), "dispute", orderArg}}},
                   s.id, dedupe);
        break;
    case OrderStatus::Completed:
        if (from == OrderStatus::Dispute)
            sender.say(base(Text::NotifyDisputeResolved), {}, s.id, dedupe);
        else if (!byCustomer)
            sender.say(base(Text::NotifyCompleted), {}, s.id, dedupe);
        break;
    case OrderStatus::Cancelled:
        if (from == OrderStatus::Dispute)
            sender.say(base(Text::NotifyDisputeResolved), {}, s.id, dedupe);
        else if (byCustomer)
            sender.say(base(Text::NotifyCancelledByCustomer), {}, s.id, dedupe);
        else if (actor == "system")
            sender.say(base(Text::NotifyCancelledTimeout), {}, s.id, dedupe);
        else
            sender.say(base(Text::NotifyCancelledByDesk), {}, s.id, dedupe);
        break;
    case OrderStatus::Dispute:
        sender.say(base(Text::NotifyDisputeOpened), {}, s.id, dedupe);
        break;
    default:
        if (from == OrderStatus::Dispute)
            sender.say(base(Text::NotifyDisputeResolved), {}, s.id, dedupe);
        break;
    }
}

} // namespace

int CustomerNotifier::runOnce()
{
    const auto horizon = m_services.changeListener().refresh();
    return db::inTransaction(m_services.pool(), [&](db::Transaction &tx) {
        auto &work = tx.work();
        auto cursor = db::BridgeStateRepository::get(work, kCursorName, true);
        if (!cursor.contains("seq") || !cursor["seq"].is_number_integer()) {
            // First start: customers hear about what happens from now on, not the desk's history.
            db::BridgeStateRepository::put(work, kCursorName, {{"seq", horizon}});
            return 0;
        }
        const auto since = cursor["seq"].get<std::int64_t>();
        if (since >= horizon)
            return 0;
        const auto events = db::ChangeEventRepository::range(work, since, horizon, kBatch);
        std::int64_t last = since;
        for (const auto &event : events) {
            last = event.seq;
            if (event.kind != proto::change_kind::kOrderTransitioned || !event.orderId)
                continue;
            const auto order = m_services.orders().queries().detail(work, service::OrderActor::system(), *event.orderId,
                                                                    false);
            const auto customer = db::CustomerRepository::find(work, order.summary.customer.id);
            // Only customers who talk to the bot: it has given them their word on first contact.
            if (!customer || !customer->verificationWord)
                continue;
            BotSender sender(work, *customer);
            notify(sender, order, event);
        }
        if (events.size() < static_cast<std::size_t>(kBatch))
            last = horizon;
        db::BridgeStateRepository::put(work, kCursorName, {{"seq", last}});
        return static_cast<int>(events.size());
    });
}

} // namespace p2pdesk::syncd::tg
