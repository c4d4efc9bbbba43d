#pragma once

#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// The banks directory: the banks the desk pays fiat out to. A payout account that names a bank
// (CreateOrderRequest.payout_bank) must name an active one of the order's currency.
//
// {"id","code","name","country"?,"fiat_currency","active","version","created_at","updated_at"}
// code: ^[A-Z0-9_]{2,32}$, unique, never changes (payout accounts and the bot refer to it);
// country: ISO 3166-1 alpha-2, absent when not given; fiat_currency: libs/domain's catalogue,
// never changes. version grows by one with every change (PUT sends the version it saw).
struct BankDto {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::optional<std::string> country;
    std::string fiatCurrency;
    bool active = true;
    std::int64_t version = 1;
    Timestamp createdAt{};
    Timestamp updatedAt{};
};

// GET /api/v1/admin/banks[?fiat=RUB&active=true] → {"items":[BankDto]} by currency, then name.
struct BankList {
    std::vector<BankDto> items;
};

// POST /api/v1/admin/banks {"code","name","country"?,"fiat_currency","reason"} → 201 BankDto.
// 409 conflict (details.field "code") when the code is taken.
struct CreateBankRequest {
    std::string code;
    std::string name;
    std::optional<std::string> country;
    std::string fiatCurrency;
    std::string reason;
};

// PUT /api/v1/admin/banks/{id} {"name","country"?,"active","version","reason"} → 200 BankDto.
// The whole editable state: a country left out clears it. 409 version_conflict when the bank
// changed since `version`; 409 conflict when nothing would change (nothing is written).
struct UpdateBankRequest {
    std::string name;
    std::optional<std::string> country;
    bool active = true;
    std::int64_t version = 1;
    std::string reason;
};

Json toJson(const BankDto &value);
std::optional<DecodeError> decodeInto(const Json &json, BankDto &out);
Json toJson(const BankList &value);
std::optional<DecodeError> decodeInto(const Json &json, BankList &out);
Json toJson(const CreateBankRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateBankRequest &out);
Json toJson(const UpdateBankRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, UpdateBankRequest &out);

} // namespace p2pdesk::proto
