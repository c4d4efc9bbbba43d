#pragma once

#include "service/CustomerWording.h"

#include "p2pdesk/domain/DeskHours.h"
#include "p2pdesk/domain/OrderStatus.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace p2pdesk::syncd::tg {

// Every sentence the bot says, in Russian and English. Texts are Telegram HTML; placeholders
// {name} are filled by fill(), whose values the caller escapes when they come from a person.
enum class Text {
    StartGreeting,
    Help,
    MenuNewExchange,
    MenuMyOrders,
    MenuLanguage,
    LanguagePrompt,
    LanguageSet,
    DeskClosed,
    DeskClosedUntil,
    DeskClosedNoHours,
    RateStale,
    CustomerBlocked,
    NewOrdersPaused,
    NoPairs,
    ChooseDirection,
    DirectionSell,
    DirectionBuy,
    ChoosePair,
    AskAmount,
    AmountUnreadable,
    AmountOutOfRange,
    QuoteSell,
    QuoteBuy,
    ButtonContinue,
    ButtonCancel,
    ButtonConfirm,
    AskRequisitesSell,
    AskRequisitesBuy,
    RequisitesInvalid,
    ConfirmSummary,
    OrderCreated,
    FlowCancelled,
    QuoteExpired,
    NoLongerCurrent,
    ButtonDone,
    NotifyAssigned,
    NotifyAwaitingCrypto,
    NotifyAwaitingFiat,
    ButtonSent,
    ButtonPaid,
    MarkedSent,
    ProofReceived,
    ProofRejected,
    ProofRefused,
    FileTooLarge,
    NotifyVerified,
    NotifyProcessing,
    NotifyPaidOut,
    ButtonReceived,
    ButtonDispute,
    NotifyCompleted,
    NotifyCancelledByCustomer,
    NotifyCancelledByDesk,
    NotifyCancelledTimeout,
    NotifyDisputeOpened,
    NotifyDisputeResolved,
    AskDisputeReason,
    StatusList,
    StatusLine,
    NoOpenOrders,
    ChooseOrderToCancel,
    ConfirmCancel,
    ButtonYesCancel,
    ButtonNo,
    CannotCancel,
    NothingToCancel,
    MessagePassedOn,
    Flood,
    Unsupported,
    NotAllowedNow,
    SomethingWentWrong,
    ThankYou,
    EmailSaved,
    EmailRemoved,
    EmailInvalid,
    RequoteOffered,
    RequoteWhyLockExpired,
    RequoteWhyRateMoved,
    ButtonAcceptRate,
    ButtonDeclineRate,
    RequoteAccepted,
    AskPayoutBank,
    PayoutToBank,
    BankNotAccepted,
    // Keep last: the texts test walks the enum up to it.
    LastText = BankNotAccepted,
};

// The text in the language ("ru" | "en"; anything else reads as Russian, the desk's default).
std::string_view text(Text id, std::string_view language);

// Replaces each {key} of `pattern` with its value; unknown placeholders stay as they are.
std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string>> values);

// When the desk opens, as the customer reads it in their language: "today at 09:00", "tomorrow at
// 09:00", "on Monday at 09:00" ("сегодня в 09:00", "во вторник в 09:00"), for Text::DeskClosedUntil.
std::string deskOpensWhen(const domain::DeskLocalTime &opens, std::string_view language);

// What the customer calls each status (shared with canned replies and e-mail).
inline std::string_view statusName(domain::OrderStatus status, std::string_view language)
{
    return service::orderStatusForCustomer(status, language);
}

} // namespace p2pdesk::syncd::tg
