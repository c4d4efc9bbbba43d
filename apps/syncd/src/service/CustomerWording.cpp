#include "service/CustomerWording.h"

namespace p2pdesk::syncd::service {

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string_view orderStatusForCustomer(domain::OrderStatus status, std::string_view language)
{
    using S = domain::OrderStatus;
    const bool en = language == "en";
    switch (status) {
    case S::New:
        return en ? "waiting for an operator" : "ждёт оператора";
    case S::Assigned:
        return en ? "taken by an operator" : "в работе у оператора";
    case S::AwaitingCrypto:
        return en ? "waiting for your payment" : "ждём вашу оплату";
    case S::UserMarkedSent:
        return en ? "waiting for your proof" : "ждём подтверждение оплаты";
    case S::OperatorVerifyProof:
        return en ? "checking your payment" : "проверяем оплату";
    case S::PaymentVerified:
        return en ? "payment confirmed" : "оплата подтверждена";
    case S::ProcessingPayout:
        return en ? "payout being sent" : "выплата отправляется";
    case S::PaidOut:
        return en ? "paid out" : "выплачено";
    case S::Completed:
        return en ? "completed" : "завершена";
    case S::Cancelled:
        return en ? "cancelled" : "отменена";
    case S::Dispute:
        return en ? "dispute" : "спор";
    }
    return {};
}

} // namespace p2pdesk::syncd::service
