#include "tg/CustomerNotifier.h"

#include "app/Services.h"
#include "db/Transaction.h"
#include "db/repositories/ChangeEventRepository.h"
#include "db/repositories/CustomerRepository.h"
#include "db/repositories/SettingsRepository.h"
#include "db/repositories/TgConversationRepository.h"
#include "service/CustomerEmail.h"
#include "service/OrderActor.h"
#include "tg/BotSender.h"
#include "tg/Html.h"

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

// The desk's re-quote offer, with the buttons that answer exactly this offer (a later one has
// another offered_at, so an old button can never accept a newer rate).
void notifyRequote(pqxx::work &work, BotSender &sender, const proto::OrderDetail &order, std::int64_t seq)
{
    const auto &s = order.summary;
    if (!order.rateAgreement || order.rateAgreement->state != domain::RateAgreement::Offered ||
        !order.rateAgreement->offeredRate || !order.rateAgreement->offeredAt)
        return; // answered or replaced before the notifier got here: the newer event speaks
    const auto &agreement = *order.rateAgreement;
    const bool sell = s.direction == domain::Direction::Sell;
    const auto crypto = [&](const domain::Decimal &amount) { return amount.toString() + " " + s.asset; };
    const auto fiat = [&](const domain::Decimal &amount) { return amount.toString() + " " + s.fiatCurrency; };
    const auto newCrypto = agreement.offeredAmountCrypto.value_or(s.amountCrypto);
    const auto newFiat = agreement.offeredAmountFiat.value_or(s.amountFiat);
    std::string why;
    if (agreement.reason == domain::RequoteReason::RateMoved)
        why = fill(sender.text(Text::RequoteWhyRateMoved),
                   {{"percent", db::SettingsRepository::load(work).requoteMovePercent.toString()}});
    else
        why = fill(sender.text(Text::RequoteWhyLockExpired),
                   {{"until", agreement.quoteLockedUntil ? shortTime(*agreement.quoteLockedUntil) : std::string("—")}});
    const std::string html = fill(sender.text(Text::RequoteOffered),
                                  {{"code", s.code},
                                   {"why", why},
                                   {"rate", agreement.offeredRate->toString()},
                                   {"fiat", s.fiatCurrency},
                                   {"asset", s.asset},
                                   {"pay", sell ? crypto(s.amountCrypto) : fiat(s.amountFiat)},
                                   {"receive", sell ? fiat(newFiat) : crypto(newCrypto)},
                                   {"receive_before", sell ? fiat(s.amountFiat) : crypto(s.amountCrypto)}});
    const Json args = {{"order_id", s.id}, {"offered_at", agreement.offeredAt->time_since_epoch().count()}};
    sender.say(html,
               {{{std::string(sender.text(Text::ButtonAcceptRate)), "requote_accept", args}},
                {{std::string(sender.text(Text::ButtonDeclineRate)), "requote_decline", args}}},
               s.id, "notify:" + std::to_string(seq));
}

// The message for one transition, or nothing when it does not concern the customer.
void notify(pqxx::work &work, BotSender &sender, const proto::OrderDetail &order, const proto::ChangeEvent &event)
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
    // Telegram, and e-mail for official notifications (completed, cancelled, dispute outcome) to a
    // customer with an address; e-mail alone when Telegram refused delivery to the customer.
    auto say = [&](const std::string &html, const Keyboard &keyboard, bool official, bool telegram = true) {
        const auto &customer = sender.customer();
        if (telegram && (!customer.unreachable || !customer.email))
            sender.say(html, keyboard, s.id, dedupe);
        if (official || customer.unreachable)
            service::CustomerEmail::enqueue(
                work, customer, {service::CustomerEmail::subject(customer, s.code), htmlToPlain(html), s.id, dedupe});
    };
    switch (*to) {
    case OrderStatus::Assigned:
        if (from == OrderStatus::New)
            say(base(Text::NotifyAssigned), {}, false);
        break;
    case OrderStatus::AwaitingCrypto:
        if (s.direction == domain::Direction::Sell)
            say(base(Text::NotifyAwaitingCrypto), {{{std::string(sender.text(Text::ButtonSent)), "sent", orderArg}}},
                false);
        else
            say(base(Text::NotifyAwaitingFiat), {{{std::string(sender.text(Text::ButtonPaid)), "sent", orderArg}}},
                false);
        break;
    case OrderStatus::UserMarkedSent:
        // The customer's own "I've sent" was answered by the bot; a rejected proof was not.
        if (from == OrderStatus::OperatorVerifyProof)
            say(base(Text::ProofRejected), {}, false);
        break;
    case OrderStatus::OperatorVerifyProof:
        say(base(Text::ProofReceived), {}, false);
        break;
    case OrderStatus::PaymentVerified:
        say(base(Text::NotifyVerified), {}, false);
        break;
    case OrderStatus::ProcessingPayout:
        say(base(Text::NotifyProcessing), {}, false);
        break;
    case OrderStatus::PaidOut:
        say(base(Text::NotifyPaidOut),
            {{{std::string(sender.text(Text::ButtonReceived)), "received", orderArg}},
             {{std::string(sender.text(Text::ButtonDispute)), "dispute", orderArg}}},
            false);
        break;
    case OrderStatus::Completed:
        if (from == OrderStatus::Dispute)
            say(base(Text::NotifyDisputeResolved), {}, true);
        else // the customer confirmed receipt in the bot, which answered them: the e-mail is the record
            say(base(Text::NotifyCompleted), {}, true, !byCustomer);
        break;
    case OrderStatus::Cancelled:
        if (from == OrderStatus::Dispute)
            say(base(Text::NotifyDisputeResolved), {}, true);
        else if (byCustomer)
            say(base(Text::NotifyCancelledByCustomer), {}, true);
        else if (actor == "system")
            say(base(Text::NotifyCancelledTimeout), {}, true);
        else
            say(base(Text::NotifyCancelledByDesk), {}, true);
        break;
    case OrderStatus::Dispute:
        say(base(Text::NotifyDisputeOpened), {}, false);
        break;
    default:
        if (from == OrderStatus::Dispute)
            say(base(Text::NotifyDisputeResolved), {}, true);
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
            const bool requoteOffer =
                event.kind == proto::change_kind::kOrderUpdated && textOf(event.payload, "action") == "requote_offered";
            if ((event.kind != proto::change_kind::kOrderTransitioned && !requoteOffer) || !event.orderId)
                continue;
            const auto summary = m_services.orders().queries().summary(work, *event.orderId);
            if (!summary)
                continue;
            const auto customer = db::CustomerRepository::find(work, summary->customer.id);
            // Only customers who talk to the bot: it has given them their word on first contact.
            if (!customer || !customer->verificationWord)
                continue;
            // The whole order card (history, proofs, checklists) only where the message needs more
            // than the summary: the deposit address and the payout reference.
            proto::OrderDetail order;
            order.summary = *summary;
            const auto to = domain::parseOrderStatus(textOf(event.payload, "to"));
            if (to == OrderStatus::AwaitingCrypto || to == OrderStatus::PaidOut || requoteOffer)
                order =
                    m_services.orders().queries().detail(work, service::OrderActor::system(), *event.orderId, false);
            BotSender sender(work, *customer);
            if (requoteOffer)
                notifyRequote(work, sender, order, event.seq);
            else
                notify(work, sender, order, event);
        }
        if (events.size() < static_cast<std::size_t>(kBatch))
            last = horizon;
        db::BridgeStateRepository::put(work, kCursorName, {{"seq", last}});
        return static_cast<int>(events.size());
    });
}

} // namespace p2pdesk::syncd::tg
