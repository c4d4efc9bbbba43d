#include "p2pdesk/domain/PayoutRequisites.h"

#include <cctype>

namespace p2pdesk::domain {

namespace {

DomainError invalid(std::string message)
{
    return makeError(ErrorCode::InvalidFormat, std::move(message));
}

bool ignorable(char c)
{
    return c == ' ' || c == '-' || c == '(' || c == ')' || c == '\t';
}

// ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1.
bool ibanValid(const std::string &iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!std::isalpha(static_cast<unsigned char>(iban[0])) || !std::isalpha(static_cast<unsigned char>(iban[1])) ||
        !std::isdigit(static_cast<unsigned char>(iban[2])) || !std::isdigit(static_cast<unsigned char>(iban[3])))
        return false;
    const std::string rearranged = iban.substr(4) + iban.substr(0, 4);
    unsigned remainder = 0;
    for (const char c : rearranged) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
        } else if (std::isalpha(static_cast<unsigned char>(c))) {
            const unsigned value = static_cast<unsigned>(std::toupper(static_cast<unsigned char>(c)) - 'A') + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

} // namespace

std::string_view toString(RequisitesKind kind) noexcept
{
    switch (kind) {
    case RequisitesKind::Card:
        return "card";
    case RequisitesKind::Phone:
        return "phone";
    case RequisitesKind::Account:
        return "account";
    case RequisitesKind::Crypto:
        return "crypto";
    }
    return "account";
}

bool luhnValid(std::string_view digits) noexcept
{
    if (digits.empty())
        return false;
    unsigned sum = 0;
    bool doubled = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it < '0' || *it > '9')
            return false;
        unsigned d = static_cast<unsigned>(*it - '0');
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<PayoutRequisites> parsePayoutRequisites(Direction direction, const Asset &asset, std::string_view text)
{
    std::string compact;
    for (const char c : text)
        if (!ignorable(c))
            compact += c;
    if (compact.empty())
        return invalid("the payout requisites are empty");
    if (compact.size() > 64)
        return invalid("the payout requisites are too long");

    if (direction == Direction::Buy) {
        if (const auto valid = validateAddress(asset, compact); !valid.ok())
            return valid.error();
        return PayoutRequisites{RequisitesKind::Crypto, compact};
    }

    const bool plus = compact[0] == '+';
    const std::string_view rest = plus ? std::string_view(compact).substr(1) : std::string_view(compact);
    bool allDigits = !rest.empty();
    for (const char c : rest)
        allDigits = allDigits && c >= '0' && c <= '9';

    if (plus) {
        if (!allDigits || rest.size() < 10 || rest.size() > 15)
            return invalid("a phone number is '+' and 10 to 15 digits");
        return PayoutRequisites{RequisitesKind::Phone, compact};
    }
    if (allDigits) {
        if (compact.size() == 20)
            return PayoutRequisites{RequisitesKind::Account, compact};
        if (compact.size() >= 13 && compact.size() <= 19) {
            if (!luhnValid(compact))
                return invalid("this card number is mistyped (its check digit does not match)");
            return PayoutRequisites{RequisitesKind::Card, compact};
        }
        if (compact.size() == 11 && (compact[0] == '7' || compact[0] == '8'))
            return PayoutRequisites{RequisitesKind::Phone, "+7" + compact.substr(1)};
        return invalid("expected a card (13–19 digits), an account (20 digits) or a phone number (+…)");
    }
    std::string upper;
    for (const char c : compact)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (ibanValid(upper))
        return PayoutRequisites{RequisitesKind::Account, upper};
    return invalid("expected a card (13–19 digits), an account (20 digits or an IBAN) or a phone number (+…)");
}

} // namespace p2pdesk::domain
