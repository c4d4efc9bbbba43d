#include "tg/CustomerBot.h"

#include "app/Services.h"
#include "db/repositories/CustomerRepository.h"
#include "db/repositories/DeskRepository.h"
#include "db/repositories/SettingsRepository.h"
#include "db/repositories/TgUpdateRepository.h"
#include "security/SecureRandom.h"
#include "service/CustomerEmail.h"
#include "service/FeatureFlagService.h"
#include "service/OrderActor.h"
#include "service/ServiceError.h"
#include "service/TicketService.h"
#include "tg/BotSettings.h"
#include "tg/CustomerErrorText.h"
#include "tg/Html.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/FeatureFlags.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/PayoutRequisites.h"
#include "p2pdesk/proto/Timestamp.h"

#include <Poco/Logger.h>
#include <pqxx/subtransaction>

#include <algorithm>
#include <array>
#include <cctype>

namespace p2pdesk::syncd::tg {

namespace {

using domain::OrderStatus;
using Json = nlohmann::json;

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.tg.bot");
}

// Words for verification words: short, unambiguous in both alphabets' keyboards, no look-alikes.
constexpr std::array<std::string_view, 48> kAdjectives = {
    "amber",  "azure",  "bold",   "brave",  "bright", "calm",  "cedar", "clever", "coral",  "crisp", "dusty", "eager",
    "early",  "fancy",  "fresh",  "gentle", "golden", "grand", "happy", "honest", "humble", "ivory", "jolly", "keen",
    "lively", "lucky",  "mellow", "merry",  "misty",  "noble", "olive", "proud",  "quiet",  "rapid", "royal", "rustic",
    "sandy",  "silent", "silver", "smart",  "snowy",  "solid", "sunny", "swift",  "tidy",   "vivid", "witty", "young"};
constexpr std::array<std::string_view, 48> kNouns = {
    "anchor",  "badger", "beacon", "birch",   "bison",  "canyon",  "castle", "comet",   "condor", "dolphin",
    "eagle",   "falcon", "fern",   "fjord",   "forest", "galaxy",  "garden", "glacier", "harbor", "hawk",
    "heron",   "island", "jaguar", "kestrel", "lagoon", "lantern", "lotus",  "maple",   "meadow", "nebula",
    "oasis",   "orchid", "otter",  "panda",   "pebble", "pine",    "planet", "raven",   "river",  "saturn",
    "sequoia", "spruce", "summit", "tiger",   "tulip",  "valley",  "walrus", "willow"};

std::int64_t argInt(const Json &args, const char *key)
{
    return args.contains(key) && args[key].is_number_integer() ? args[key].get<std::int64_t>() : 0;
}

std::string argText(const Json &args, const char *key)
{
    return args.contains(key) && args[key].is_string() ? args[key].get<std::string>() : std::string();
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// "15 000,50 rub" -> {"15000.50", "RUB"}
std::pair<std::string, std::string> splitAmount(std::string_view input)
{
    std::string number;
    std::string unit;
    for (const char c : input) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            number += c;
        else if (c == '.' || c == ',')
            number += '.';
        else if (std::isalpha(static_cast<unsigned char>(c)))
            unit += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        else if (c != ' ' && c != '\t' && c != '\'' && c != '_')
            return {{}, {}};
    }
    return {number, unit};
}

bool cancellableByCustomer(OrderStatus status)
{
    return status == OrderStatus::New || status == OrderStatus::Assigned || status == OrderStatus::AwaitingCrypto;
}

} // namespace

struct CustomerBot::Context {
    db::Transaction &tx;
    const IncomingUpdate &update;
    const FetchedFile *file;
    BotSender sender;
    db::Conversation conversation;
    BotSettings settings;
    bool conversationChanged = false;

    pqxx::work &work() { return tx.work(); }
    const db::CustomerRow &customer() const { return sender.customer(); }
    service::OrderActor actor() const { return service::OrderActor::forCustomer(customer().id); }
    void setState(std::string state, Json data = Json::object())
    {
        conversation.state = std::move(state);
        conversation.data = std::move(data);
        conversationChanged = true;
    }
};

CustomerBot::CustomerBot(app::Services &services, std::int64_t maxFileBytes)
    : m_services(services)
    , m_maxFileBytes(maxFileBytes)
{
}

std::string CustomerBot::newVerificationWord()
{
    const auto bytes = security::randomBytes(4);
    const auto adjective = kAdjectives[bytes[0] % kAdjectives.size()];
    const auto noun = kNouns[bytes[1] % kNouns.size()];
    const unsigned number = 10 + (static_cast<unsigned>(bytes[2]) << 8 | bytes[3]) % 90;
    return std::string(adjective) + "-" + std::string(noun) + "-" + std::to_string(number);
}

BotOutcome CustomerBot::handle(db::Transaction &tx, const IncomingUpdate &update, const FetchedFile *file)
{
    BotOutcome outcome;
    if (update.kind == IncomingUpdate::Kind::Ignored) {
        outcome.skipped = update.ignoredReason;
        return outcome;
    }
    auto &work = tx.work();
    db::TelegramProfile profile{update.userId, update.username, update.firstName, update.languageCode};
    auto customer = db::CustomerRepository::touchFromTelegram(work, profile);

    if (update.kind == IncomingUpdate::Kind::ChatMember) {
        // The customer blocked or unblocked the bot: stop or resume delivering (the sender checks).
        if (update.botAllowed)
            db::CustomerRepository::markReachable(work, customer.id);
        else
            db::CustomerRepository::markUnreachable(work, customer.id, "blocked the bot");
        outcome.skipped = update.botAllowed ? "bot unblocked" : "bot blocked";
        return outcome;
    }
    if (customer.unreachable) {
        db::CustomerRepository::markReachable(work, customer.id);
        customer.unreachable = false;
    }
    for (int attempt = 0; !customer.verificationWord && attempt < 8; ++attempt)
        customer.verificationWord =
            db::CustomerRepository::ensureVerificationWord(work, customer.id, newVerificationWord());

    Context ctx{tx,
                update,
                file,
                BotSender(work, customer),
                db::TgConversationRepository::load(work, customer.id),
                loadBotSettings(work)};

    // Flood limit: counted over the updates stored before this one within a minute. The first
    // update over the limit gets one warning; the rest are recorded and dropped.
    const int recent =
        db::TgUpdateRepository::countFromUserSince(work, update.userId, update.updateId, std::chrono::seconds(60));
    if (recent >= ctx.settings.messagesPerMinute) {
        if (recent == ctx.settings.messagesPerMinute)
            ctx.sender.say(Text::Flood);
        outcome.skipped = "flood limit";
        if (update.kind == IncomingUpdate::Kind::Callback)
            outcome.callbackAnswer = std::string(ctx.sender.text(Text::Flood));
        return outcome;
    }

    // Each handler runs in a savepoint: a refusal from a service rolls back what the handler wrote
    // but keeps the customer row and lets the bot explain the refusal in the same transaction.
    pqxx::subtransaction attempt(work, "bot_update");
    const db::Conversation stored = ctx.conversation;
    try {
        switch (update.kind) {
        case IncomingUpdate::Kind::Callback:
            outcome = onCallback(ctx);
            break;
        case IncomingUpdate::Kind::Message:
            if (update.command)
                onCommand(ctx);
            else if (update.file)
                onFile(ctx);
            else if (!update.text.empty())
                onText(ctx);
            else
                ctx.sender.say(Text::Unsupported);
            break;
        case IncomingUpdate::Kind::EditedMessage:
            routeEdit(ctx);
            break;
        default:
            break;
        }
        if (ctx.conversationChanged)
            db::TgConversationRepository::save(work, customer.id, ctx.conversation);
        attempt.commit();
    } catch (const service::ServiceError &e) {
        attempt.abort();
        // The handler's conversation change went with its writes (a confirmation sets "idle" before
        // it creates the order): the refusal is judged against the state that is stored.
        ctx.conversation = stored;
        ctx.conversationChanged = false;
        replyToError(ctx, e);
        if (update.kind == IncomingUpdate::Kind::Callback && !outcome.callbackAnswer)
            outcome.callbackAnswer = "";
    }
    return outcome;
}

// ---- commands and menu ---------------------------------------------------------------------------

void CustomerBot::onCommand(Context &ctx)
{
    const auto &command = *ctx.update.command;
    if (command == "/start") {
        ctx.setState("idle");
        showMenu(ctx, true);
    } else if (command == "/help") {
        ctx.sender.say(Text::Help);
    } else if (command == "/language") {
        ctx.sender.say(Text::LanguagePrompt,
                       {{{"Русский", "lang", {{"lang", "ru"}}}, {"English", "lang", {{"lang", "en"}}}}});
    } else if (command == "/new") {
        startExchange(ctx);
    } else if (command == "/status") {
        showStatus(ctx);
    } else if (command == "/cancel") {
        startCancel(ctx);
    } else if (command == "/email") {
        // E-mail for official notifications and as the fallback when Telegram cannot deliver.
        const auto &args = ctx.update.commandArgs;
        const auto begin = args.find_first_not_of(" \t");
        const auto address =
            begin == std::string::npos ? std::string() : args.substr(begin, args.find_last_not_of(" \t") - begin + 1);
        if (address == "off") {
            db::CustomerRepository::setEmail(ctx.work(), ctx.customer().id, std::nullopt);
            ctx.sender.say(Text::EmailRemoved);
        } else if (service::CustomerEmail::validAddress(address)) {
            db::CustomerRepository::setEmail(ctx.work(), ctx.customer().id, address);
            ctx.sender.say(fill(ctx.sender.text(Text::EmailSaved), {{"email", escapeHtml(address)}}));
        } else {
            ctx.sender.say(Text::EmailInvalid);
        }
    } else {
        // An unknown command is a message for the desk like any other.
        toSupport(ctx);
    }
}

void CustomerBot::showMenu(Context &ctx, bool greeting)
{
    const auto &customer = ctx.customer();
    const std::string name = escapeHtml(customer.firstName.value_or(customer.username.value_or("")));
    Keyboard menu = {{{std::string(ctx.sender.text(Text::MenuNewExchange)), "menu_new"}},
                     {{std::string(ctx.sender.text(Text::MenuMyOrders)), "menu_orders"}},
                     {{std::string(ctx.sender.text(Text::MenuLanguage)), "menu_language"}}};
    if (greeting)
        ctx.sender.say(fill(ctx.sender.text(Text::StartGreeting),
                            {{"name", name}, {"word", customer.verificationWord.value_or("")}}),
                       menu);
    else
        ctx.sender.say(Text::ChooseDirection, menu);
}

void CustomerBot::showStatus(Context &ctx)
{
    const auto ids = db::DeskRepository::openOrdersOfCustomer(ctx.work(), ctx.customer().id);
    if (ids.empty()) {
        ctx.sender.say(Text::NoOpenOrders);
        return;
    }
    std::string lines;
    for (const auto id : ids) {
        const auto order = m_services.orders().queries().summary(ctx.work(), id);
        if (!order)
            continue;
        lines += fill(ctx.sender.text(Text::StatusLine),
                      {{"code", order->code},
                       {"crypto", order->amountCrypto.toString()},
                       {"asset", order->asset},
                       {"amount_fiat", order->amountFiat.toString()},
                       {"fiat", order->fiatCurrency},
                       {"status", std::string(statusName(order->status, ctx.sender.language()))}});
        lines += '\n';
    }
    ctx.sender.say(fill(ctx.sender.text(Text::StatusList), {{"lines", lines}}));
}

bool CustomerBot::deskOpen(Context &ctx)
{
    if (ctx.customer().blocked) {
        ctx.sender.say(Text::CustomerBlocked);
        return false;
    }
    // The admin's switches, read from the database now, so a flip on any instance holds at once.
    // Either one off stops new exchanges only: /status, /cancel, proofs and messages to the desk
    // about existing orders go on (domain/FeatureFlags.h says why).
    if (!service::FeatureFlagService::enabled(ctx.work(), domain::flag::kNewOrders) ||
        !service::FeatureFlagService::enabled(ctx.work(), domain::flag::kTelegramIntake)) {
        ctx.sender.say(Text::NewOrdersPaused);
        return false;
    }
    // The clock first: outside the hours the customer learns when to come back, which an empty
    // duty roster cannot tell them.
    if (ctx.settings.hours) {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
        if (!domain::isOpenAt(*ctx.settings.hours, now)) {
            const auto opens = domain::nextOpening(*ctx.settings.hours, now);
            if (!opens) {
                ctx.sender.say(Text::DeskClosedNoHours);
            } else {
                const auto local = domain::deskLocalTime(*ctx.settings.hours, *opens, now);
                ctx.sender.say(fill(ctx.sender.text(Text::DeskClosedUntil),
                                    {{"when", deskOpensWhen(local, ctx.sender.language())},
                                     {"zone", domain::formatUtcOffset(ctx.settings.hours->utcOffsetMinutes)}}));
            }
            return false;
        }
    }
    if (ctx.settings.requiresOnDuty && !db::DeskRepository::anyOperatorOnDuty(ctx.work())) {
        ctx.sender.say(Text::DeskClosed);
        return false;
    }
    return true;
}

// ---- new exchange ----------------------------------------------------------------------------------

void CustomerBot::startExchange(Context &ctx)
{
    db::TgButtonRepository::spendAll(ctx.work(), ctx.customer().id);
    ctx.setState("idle");
    if (!deskOpen(ctx))
        return;
    const auto rates = m_services.rates().list(ctx.tx, std::chrono::system_clock::now());
    bool sell = false;
    bool buy = false;
    for (const auto &rate : rates) {
        if (rate.dto.stale)
            continue;
        (rate.dto.direction == domain::Direction::Sell ? sell : buy) = true;
    }
    if (!sell && !buy) {
        ctx.sender.say(Text::RateStale);
        return;
    }
    std::vector<Button> row;
    if (sell)
        row.push_back({std::string(ctx.sender.text(Text::DirectionSell)), "ex_dir", {{"direction", "sell"}}});
    if (buy)
        row.push_back({std::string(ctx.sender.text(Text::DirectionBuy)), "ex_dir", {{"direction", "buy"}}});
    ctx.sender.say(Text::ChooseDirection, {row, {{std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}}});
}

void CustomerBot::choosePair(Context &ctx, const std::string &direction)
{
    const auto dir = domain::parseDirection(direction);
    if (!dir)
        return;
    const auto rates = m_services.rates().list(ctx.tx, std::chrono::system_clock::now());
    Keyboard keyboard;
    for (const auto &rate : rates) {
        if (rate.dto.direction != *dir || rate.dto.stale)
            continue;
        const std::string label = *dir == domain::Direction::Sell
                                      ? rate.dto.asset + " (" + rate.dto.network + ") → " + rate.dto.fiatCurrency
                                      : rate.dto.fiatCurrency + " → " + rate.dto.asset + " (" + rate.dto.network + ")";
        keyboard.push_back({{label,
                             "ex_pair",
                             {{"direction", direction},
                              {"asset", rate.dto.asset},
                              {"network", rate.dto.network},
                              {"fiat", rate.dto.fiatCurrency}}}});
    }
    if (keyboard.empty()) {
        ctx.sender.say(Text::RateStale);
        return;
    }
    keyboard.push_back({{std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}});
    ctx.sender.say(Text::ChoosePair, keyboard);
}

void CustomerBot::askAmount(Context &ctx, const Json &pair)
{
    ctx.setState("ex_amount", pair);
    ctx.sender.say(
        fill(ctx.sender.text(Text::AskAmount), {{"asset", argText(pair, "asset")}, {"fiat", argText(pair, "fiat")}}),
        {{{std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}}});
}

namespace {

std::string quoteText(const BotSender &sender, const Json &data, const domain::Quote &quote, int lockMinutes)
{
    const bool sell = argText(data, "direction") == "sell";
    return fill(sender.text(sell ? Text::QuoteSell : Text::QuoteBuy), {{"asset", argText(data, "asset")},
                                                                       {"network", argText(data, "network")},
                                                                       {"fiat", argText(data, "fiat")},
                                                                       {"rate", quote.rate.toString()},
                                                                       {"crypto", quote.amountCrypto.toString()},
                                                                       {"amount_fiat", quote.amountFiat.toString()},
                                                                       {"fee", quote.fee.toString()},
                                                                       {"minutes", std::to_string(lockMinutes)}});
}

service::QuoteRequest quoteRequest(const Json &data)
{
    service::QuoteRequest request;
    request.direction = domain::parseDirection(argText(data, "direction")).value_or(domain::Direction::Sell);
    request.asset = argText(data, "asset");
    request.network = argText(data, "network");
    request.fiatCurrency = argText(data, "fiat");
    if (data.contains("amount_crypto"))
        request.amountCrypto = domain::Decimal::parse(argText(data, "amount_crypto")).value();
    if (data.contains("amount_fiat"))
        request.amountFiat = domain::Decimal::parse(argText(data, "amount_fiat")).value();
    return request;
}

} // namespace

void CustomerBot::takeAmount(Context &ctx)
{
    Json data = ctx.conversation.data;
    const auto asset = domain::asset(argText(data, "asset"), argText(data, "network"));
    const auto fiat = domain::fiat(argText(data, "fiat"));
    if (!asset.ok() || !fiat.ok()) {
        ctx.setState("idle");
        ctx.sender.say(Text::NoLongerCurrent);
        return;
    }
    const auto [number, unit] = splitAmount(ctx.update.text);
    const bool inFiat = unit == argText(data, "fiat");
    const bool inCrypto = unit.empty() || unit == argText(data, "asset");
    const auto amount = domain::Decimal::parse(number, inFiat ? fiat->decimals : asset->amountScale);
    if (number.empty() || (!inFiat && !inCrypto) || !amount.ok() || amount->isZero()) {
        ctx.sender.say(fill(ctx.sender.text(Text::AmountUnreadable), {{"fiat", argText(data, "fiat")}}));
        return;
    }
    data.erase("amount_crypto");
    data.erase("amount_fiat");
    data[inFiat ? "amount_fiat" : "amount_crypto"] = amount->toString();
    const auto quote = m_services.orders().creation().quote(ctx.tx, quoteRequest(data));
    data["quote_text"] = quoteText(ctx.sender, data, quote, ctx.settings.quoteLockMinutes);
    ctx.setState("ex_quote", data);
    ctx.sender.say(data["quote_text"].get<std::string>(),
                   {{{std::string(ctx.sender.text(Text::ButtonContinue)), "ex_quote_ok"},
                     {std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}}});
}

// A fiat payout names its bank when the desk keeps a directory for the currency: the operator
// paying out sees where the money goes, and the order is refused up front for a bank the desk does
// not pay to. Without active banks for the currency the question is not asked.
void CustomerBot::askPayoutBank(Context &ctx, Json data)
{
    // Telegram allows 100 buttons in a keyboard; a desk pays out to a handful of banks per currency.
    constexpr std::size_t kMaxBanks = 40;
    const std::string fiat = argText(data, "fiat");
    const auto banks = m_services.banks().list(ctx.tx, fiat, true);
    if (banks.empty())
        return askRequisites(ctx, std::move(data));
    Keyboard keyboard;
    for (std::size_t i = 0; i < banks.size() && i < kMaxBanks; ++i) {
        // Two a row: bank names are short, and a long list then fits on a phone's screen.
        if (i % 2 == 0)
            keyboard.emplace_back();
        keyboard.back().push_back({banks[i].name, "ex_bank", {{"code", banks[i].code}, {"name", banks[i].name}}});
    }
    keyboard.push_back({{std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}});
    ctx.setState("ex_bank", std::move(data));
    ctx.sender.say(fill(ctx.sender.text(Text::AskPayoutBank), {{"fiat", fiat}}), keyboard);
}

void CustomerBot::askRequisites(Context &ctx, Json data)
{
    const bool sell = argText(data, "direction") == "sell";
    const std::string asset = argText(data, "asset");
    const std::string network = argText(data, "network");
    ctx.setState("ex_requisites", std::move(data));
    ctx.sender.say(fill(ctx.sender.text(sell ? Text::AskRequisitesSell : Text::AskRequisitesBuy),
                        {{"asset", asset}, {"network", network}}),
                   {{{std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}}});
}

void CustomerBot::takeRequisites(Context &ctx)
{
    Json data = ctx.conversation.data;
    const auto asset = domain::asset(argText(data, "asset"), argText(data, "network"));
    const auto direction = domain::parseDirection(argText(data, "direction"));
    if (!asset.ok() || !direction) {
        ctx.setState("idle");
        ctx.sender.say(Text::NoLongerCurrent);
        return;
    }
    const auto parsed = domain::parsePayoutRequisites(*direction, *asset, ctx.update.text);
    if (!parsed.ok()) {
        ctx.sender.say(
            fill(ctx.sender.text(Text::RequisitesInvalid), {{"reason", escapeHtml(parsed.error().message)}}));
        return;
    }
    // The requisites wait for the confirmation sealed like stored payout accounts, never in clear.
    const auto sealed = m_services.orders().vault().seal(ctx.customer().id, parsed->normalized);
    data["requisites_sealed"] = sealed.sealed.toString();
    data["requisites_hash"] = sealed.lookupHashHex;
    data["requisites_masked"] = sealed.masked;
    // The quote is recomputed at confirmation: the figures shown are those the order will get.
    const auto quote = m_services.orders().creation().quote(ctx.tx, quoteRequest(data));
    data["quote_text"] = quoteText(ctx.sender, data, quote, ctx.settings.quoteLockMinutes);
    std::string payoutTo = escapeHtml(sealed.masked);
    if (const std::string bank = argText(data, "payout_bank_name"); !bank.empty())
        payoutTo = fill(ctx.sender.text(Text::PayoutToBank), {{"requisites", payoutTo}, {"bank", escapeHtml(bank)}});
    ctx.setState("ex_confirm", data);
    ctx.sender.say(fill(ctx.sender.text(Text::ConfirmSummary),
                        {{"quote", data["quote_text"].get<std::string>()}, {"requisites", payoutTo}}),
                   {{{std::string(ctx.sender.text(Text::ButtonConfirm)), "ex_confirm"},
                     {std::string(ctx.sender.text(Text::ButtonCancel)), "ex_cancel"}}});
}

void CustomerBot::confirmExchange(Context &ctx)
{
    const Json data = ctx.conversation.data;
    if (ctx.conversation.state != "ex_confirm") {
        ctx.sender.say(Text::NoLongerCurrent);
        return;
    }
    ctx.setState("idle");
    if (!deskOpen(ctx))
        return;
    const auto sealed = security::SealedBox::fromString(argText(data, "requisites_sealed"));
    if (!sealed) {
        ctx.sender.say(Text::NoLongerCurrent);
        return;
    }
    const auto request = quoteRequest(data);
    proto::CreateOrderRequest create;
    create.customer.telegramId = ctx.customer().telegramId;
    create.customer.username = ctx.customer().username;
    create.direction = request.direction;
    create.asset = request.asset;
    create.network = request.network;
    create.fiatCurrency = request.fiatCurrency;
    create.amountCrypto = request.amountCrypto;
    create.amountFiat = request.amountFiat;
    create.payoutRequisites =
        m_services.orders().vault().open(ctx.customer().id, argText(data, "requisites_hash"), *sealed);
    // Checked again here: the bank may have been switched off since the customer chose it.
    if (const std::string bank = argText(data, "payout_bank"); !bank.empty())
        create.payoutBank = bank;
    const auto orderId = m_services.orders().creation().create(ctx.tx, ctx.actor(), create,
                                                               std::chrono::minutes(ctx.settings.quoteLockMinutes));
    const auto order = m_services.orders().queries().summary(ctx.work(), orderId);
    ctx.sender.say(fill(ctx.sender.text(Text::OrderCreated), {{"code", order ? order->code : std::string()}}), {},
                   orderId);
}

// ---- order actions -----------------------------------------------------------------------------------

void CustomerBot::customerTransition(Context &ctx, std::int64_t orderId, const std::string &to,
                                     const std::string &reason)
{
    const auto status = domain::parseOrderStatus(to);
    if (!status)
        return;
    const auto order = m_services.orders().queries().summary(ctx.work(), orderId);
    if (!order || order->customer.id != ctx.customer().id) {
        ctx.sender.say(Text::NoLongerCurrent);
        return;
    }
    service::TransitionInput input;
    input.to = *status;
    input.reason = reason;
    m_services.orders().transitions().applyTransition(ctx.tx, orderId, ctx.actor(), input);
    if (*status == OrderStatus::UserMarkedSent) {
        ctx.setState("proof", {{"order_id", orderId}});
        ctx.sender.say(Text::MarkedSent, {}, orderId);
    } else if (*status == OrderStatus::Completed) {
        ctx.sender.say(Text::ThankYou, {}, orderId);
    }
    // Cancel and dispute are announced by the notifier from the change feed, like every other
    // status change, so the customer reads one message whoever made the change.
}

// The customer's answer to a re-quote offer (the button carries the offer it was made for).
void CustomerBot::answerRequote(Context &ctx, std::int64_t orderId, std::int64_t offeredAtMicros, bool accept)
{
    const proto::Timestamp offeredAt{std::chrono::microseconds(offeredAtMicros)};
    auto &requotes = m_services.orders().requotes();
    if (!accept) {
        // Announced by the notifier as the dispute it opens.
        requotes.decline(ctx.tx, orderId, ctx.actor(), offeredAt);
        return;
    }
    requotes.accept(ctx.tx, orderId, ctx.actor(), offeredAt);
    const auto order = m_services.orders().queries().summary(ctx.work(), orderId);
    if (!order)
        return;
    const std::string receive = order->direction == domain::Direction::Sell
                                    ? order->amountFiat.toString() + " " + order->fiatCurrency
                                    : order->amountCrypto.toString() + " " + order->asset;
    ctx.sender.say(fill(ctx.sender.text(Text::RequoteAccepted), {{"code", order->code}, {"receive", receive}}), {},
                   orderId);
}

void CustomerBot::startCancel(Context &ctx)
{
    std::vector<proto::OrderSummary> cancellable;
    for (const auto id : db::DeskRepository::openOrdersOfCustomer(ctx.work(), ctx.customer().id)) {
        const auto order = m_services.orders().queries().summary(ctx.work(), id);
        if (order && cancellableByCustomer(order->status))
            cancellable.push_back(*order);
    }
    if (cancellable.empty()) {
        ctx.sender.say(Text::NothingToCancel);
        return;
    }
    if (cancellable.size() == 1) {
        const auto &order = cancellable.front();
        ctx.sender.say(fill(ctx.sender.text(Text::ConfirmCancel), {{"code", order.code}}),
                       {{{std::string(ctx.sender.text(Text::ButtonYesCancel)), "cancel_yes", {{"order_id", order.id}}},
                         {std::string(ctx.sender.text(Text::ButtonNo)), "cancel_no"}}},
                       order.id);
        return;
    }
    Keyboard keyboard;
    for (const auto &order : cancellable)
        keyboard.push_back({{order.code + " — " + order.amountCrypto.toString() + " " + order.asset,
                             "cancel_pick",
                             {{"order_id", order.id}}}});
    keyboard.push_back({{std::string(ctx.sender.text(Text::ButtonNo)), "cancel_no"}});
    ctx.sender.say(Text::ChooseOrderToCancel, keyboard);
}

// A proof: a file, or a txid typed as text, for the customer's order waiting for one. Returns
// false when the message is not meant as a proof (no order waits for one).
bool CustomerBot::tryProof(Context &ctx, bool explicitProofState)
{
    std::optional<proto::OrderSummary> target;
    if (explicitProofState) {
        target = m_services.orders().queries().summary(ctx.work(), argInt(ctx.conversation.data, "order_id"));
    } else {
        for (const auto id : db::DeskRepository::openOrdersOfCustomer(ctx.work(), ctx.customer().id)) {
            const auto order = m_services.orders().queries().summary(ctx.work(), id);
            if (order &&
                (order->status == OrderStatus::UserMarkedSent || order->status == OrderStatus::AwaitingCrypto)) {
                target = order;
                break;
            }
        }
    }
    if (!target || target->customer.id != ctx.customer().id)
        return false;
    if (target->status != OrderStatus::UserMarkedSent && target->status != OrderStatus::AwaitingCrypto &&
        target->status != OrderStatus::OperatorVerifyProof)
        return false;

    const auto actor = ctx.actor();
    service::ProofUploader uploader;
    uploader.actor.kind = proto::ActorKind::Customer;
    uploader.actor.id = ctx.customer().id;
    uploader.actorText = actor.name;
    uploader.domainActor = actor.actor;
    const auto audit = actor.auditEntry("proof.add", target->id, std::nullopt);

    if (ctx.update.file) {
        if (!ctx.file || !ctx.file->bytes) {
            if (ctx.file && ctx.file->tooLarge)
                ctx.sender.say(fill(ctx.sender.text(Text::FileTooLarge),
                                    {{"limit", std::to_string(m_maxFileBytes / (1024 * 1024))}}));
            else
                ctx.sender.say(Text::SomethingWentWrong);
            return true;
        }
        // Sending a proof before pressing "I've sent" says the same thing: mark it sent first.
        if (target->status == OrderStatus::AwaitingCrypto)
            customerTransition(ctx, target->id, "USER_MARKED_SENT", "");
        m_services.proofs().addFile(ctx.tx, target->id, *ctx.file->bytes, uploader, audit);
    } else {
        const std::string txid = trimmed(ctx.update.text);
        const auto asset = domain::asset(target->asset, target->network);
        if (!asset.ok() || !domain::validateTxid(*asset, txid).ok()) {
            if (!explicitProofState)
                return false; // ordinary text: a message for the desk
            ctx.sender.say(fill(ctx.sender.text(Text::ProofRefused),
                                {{"reason", escapeHtml(asset.ok() ? domain::validateTxid(*asset, txid).error().message
                                                                  : std::string("unknown asset"))}}));
            return true;
        }
        if (target->status == OrderStatus::AwaitingCrypto)
            customerTransition(ctx, target->id, "USER_MARKED_SENT", "");
        m_services.proofs().addTxid(ctx.tx, target->id, txid, uploader, audit);
    }
    ctx.setState("idle");
    return true;
}

// ---- messages ------------------------------------------------------------------------------------------

void CustomerBot::onText(Context &ctx)
{
    const auto &state = ctx.conversation.state;
    if (state == "ex_amount") {
        takeAmount(ctx);
    } else if (state == "ex_requisites") {
        takeRequisites(ctx);
    } else if (state == "dispute_reason") {
        const auto orderId = argInt(ctx.conversation.data, "order_id");
        const std::string reason = trimmed(ctx.update.text).substr(0, 2000);
        ctx.setState("idle", {{"order_id", orderId}});
        customerTransition(ctx, orderId, "DISPUTE", reason.empty() ? std::string("opened by the customer") : reason);
        // The reason is also the first message of the dispute for the operators, in its ticket.
        toSupport(ctx);
        ctx.setState("idle");
    } else if (state == "proof" && tryProof(ctx, true)) {
        return;
    } else if (tryProof(ctx, false)) {
        return;
    } else {
        toSupport(ctx);
    }
}

void CustomerBot::onFile(Context &ctx)
{
    if (tryProof(ctx, ctx.conversation.state == "proof"))
        return;
    toSupport(ctx);
}

// ---- buttons ---------------------------------------------------------------------------------------------

BotOutcome CustomerBot::onCallback(Context &ctx)
{
    BotOutcome outcome;
    const auto &data = ctx.update.callbackData;
    std::optional<db::ButtonRow> button;
    if (data.size() > 2 && data.rfind("b:", 0) == 0)
        button = db::TgButtonRepository::spend(ctx.work(), data.substr(2), ctx.customer().id);
    if (!button) {
        outcome.callbackAnswer = std::string(ctx.sender.text(Text::NoLongerCurrent));
        return outcome;
    }
    ctx.sender.clearButtons(ctx.update.callbackMessageId);
    outcome.callbackAnswer = "";
    dispatchButton(ctx, *button);
    return outcome;
}

void CustomerBot::dispatchButton(Context &ctx, const db::ButtonRow &button)
{
    const auto &action = button.action;
    const auto &args = button.payload;
    if (action == "menu_new") {
        startExchange(ctx);
    } else if (action == "menu_orders") {
        showStatus(ctx);
    } else if (action == "menu_language") {
        ctx.sender.say(Text::LanguagePrompt,
                       {{{"Русский", "lang", {{"lang", "ru"}}}, {"English", "lang", {{"lang", "en"}}}}});
    } else if (action == "lang") {
        const std::string language = argText(args, "lang") == "en" ? "en" : "ru";
        db::CustomerRepository::setLanguage(ctx.work(), ctx.customer().id, language);
        ctx.sender.setLanguage(language);
        ctx.sender.say(Text::LanguageSet);
    } else if (action == "ex_dir") {
        if (deskOpen(ctx))
            choosePair(ctx, argText(args, "direction"));
    } else if (action == "ex_pair") {
        if (deskOpen(ctx))
            askAmount(ctx, args);
    } else if (action == "ex_quote_ok") {
        if (ctx.conversation.state != "ex_quote") {
            ctx.sender.say(Text::NoLongerCurrent);
            return;
        }
        Json data = ctx.conversation.data;
        if (argText(data, "direction") == "sell")
            askPayoutBank(ctx, std::move(data));
        else
            askRequisites(ctx, std::move(data));
    } else if (action == "ex_bank") {
        if (ctx.conversation.state != "ex_bank") {
            ctx.sender.say(Text::NoLongerCurrent);
            return;
        }
        Json data = ctx.conversation.data;
        data["payout_bank"] = argText(args, "code");
        data["payout_bank_name"] = argText(args, "name");
        askRequisites(ctx, std::move(data));
    } else if (action == "ex_confirm") {
        confirmExchange(ctx);
    } else if (action == "ex_cancel") {
        ctx.setState("idle");
        ctx.sender.say(Text::FlowCancelled);
    } else if (action == "sent") {
        customerTransition(ctx, argInt(args, "order_id"), "USER_MARKED_SENT", "");
    } else if (action == "received") {
        customerTransition(ctx, argInt(args, "order_id"), "COMPLETED", "");
    } else if (action == "dispute") {
        ctx.setState("dispute_reason", {{"order_id", argInt(args, "order_id")}});
        ctx.sender.say(Text::AskDisputeReason);
    } else if (action == "requote_accept" || action == "requote_decline") {
        answerRequote(ctx, argInt(args, "order_id"), argInt(args, "offered_at"), action == "requote_accept");
    } else if (action == "cancel_pick") {
        const auto order = m_services.orders().queries().summary(ctx.work(), argInt(args, "order_id"));
        if (!order || order->customer.id != ctx.customer().id || !cancellableByCustomer(order->status)) {
            ctx.sender.say(Text::NoLongerCurrent);
            return;
        }
        ctx.sender.say(fill(ctx.sender.text(Text::ConfirmCancel), {{"code", order->code}}),
                       {{{std::string(ctx.sender.text(Text::ButtonYesCancel)), "cancel_yes", {{"order_id", order->id}}},
                         {std::string(ctx.sender.text(Text::ButtonNo)), "cancel_no"}}},
                       order->id);
    } else if (action == "cancel_yes") {
        const auto order = m_services.orders().queries().summary(ctx.work(), argInt(args, "order_id"));
        if (order && !cancellableByCustomer(order->status)) {
            ctx.sender.say(fill(ctx.sender.text(Text::CannotCancel), {{"code", order->code}}));
            return;
        }
        customerTransition(ctx, argInt(args, "order_id"), "CANCELLED", "cancelled by the customer");
    } else if (action == "cancel_no") {
        ctx.sender.say(Text::ThankYou);
    } else {
        ctx.sender.say(Text::NoLongerCurrent);
    }
}

// ---- errors ----------------------------------------------------------------------------------------------

void CustomerBot::replyToError(Context &ctx, const std::exception &e)
{
    const auto *error = dynamic_cast<const service::ServiceError *>(&e);
    const auto reply = error ? customerErrorText(error->code()) : Text::SomethingWentWrong;
    logger().information("update %s refused for customer %s: %s", std::to_string(ctx.update.updateId),
                         std::to_string(ctx.customer().id), std::string(e.what()));
    // A refusal ends the flow it happened in: the customer starts again from a clear point.
    if (ctx.conversation.state.rfind("ex_", 0) == 0 || ctx.conversation.state == "dispute_reason") {
        ctx.setState("idle");
        db::TgConversationRepository::save(ctx.work(), ctx.customer().id, ctx.conversation);
    }
    ctx.sender.say(reply);
}

} // namespace p2pdesk::syncd::tg

// ---- support (tickets) -------------------------------------------------------------------------------------

namespace p2pdesk::syncd::tg {

// Anything that is not part of a flow is a message for the desk: it lands in the ticket of the
// customer's active order, else in their general ticket, with the files it carries.
void CustomerBot::toSupport(Context &ctx)
{
    service::CustomerMessageInput input;
    input.customerId = ctx.customer().id;
    input.body = ctx.update.text;
    input.tgMessageId = ctx.update.messageId;
    input.tgUpdateId = ctx.update.updateId;
    if (ctx.conversation.state == "idle" && ctx.conversation.data.contains("order_id"))
        input.orderId = argInt(ctx.conversation.data, "order_id");
    bool tooLarge = false;
    if (ctx.update.file) {
        if (ctx.file && ctx.file->bytes) {
            input.attachments.push_back({*ctx.file->bytes, ctx.update.file->fileName, ctx.update.file->mime});
        } else {
            // Both sides learn that a file did not come through: the customer below, the operator
            // from this note in the ticket.
            tooLarge = ctx.file && ctx.file->tooLarge;
            const std::string note =
                "[" + std::string(tooLarge ? "file too large to receive" : "file not received") + ": " +
                ctx.update.file->fileName +
                (ctx.update.file->size ? ", " + std::to_string(*ctx.update.file->size) + " bytes" : "") + "]";
            input.body = input.body.empty() ? note : input.body + "\n" + note;
        }
    }
    if (input.body.empty() && input.attachments.empty()) {
        ctx.sender.say(Text::Unsupported);
        return;
    }
    const auto recorded = m_services.tickets().recordCustomerMessage(ctx.tx, input);
    if (recorded.duplicate)
        return;
    if (tooLarge)
        ctx.sender.say(
            fill(ctx.sender.text(Text::FileTooLarge), {{"limit", std::to_string(m_maxFileBytes / (1024 * 1024))}}));
    // One acknowledgement per ticket (and again after it was closed), not one per message.
    const bool acknowledged = ctx.conversation.data.value("acked_ticket", std::int64_t(0)) == recorded.ticketId;
    if (!acknowledged || recorded.reopened) {
        ctx.sender.say(Text::MessagePassedOn);
        if (ctx.conversation.state == "idle") {
            Json data = ctx.conversation.data;
            data["acked_ticket"] = recorded.ticketId;
            ctx.setState("idle", data);
        }
    }
}

// An edited message keeps its first text for the operators (it matters for payout details).
void CustomerBot::routeEdit(Context &ctx)
{
    if (ctx.update.text.empty())
        return;
    m_services.tickets().recordCustomerEdit(ctx.tx, ctx.customer().id, ctx.update.messageId, ctx.update.text);
}

} // namespace p2pdesk::syncd::tg
