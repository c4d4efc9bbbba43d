#pragma once

#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Enums.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// {"id","asset","network","kind","address","label"?,"secret_ref","provider"?,"active","created_at"}
// secret_ref is a pointer into the operator's own key store, never a key; label is the admin's
// name for the wallet ("TRON hot 1"), absent when none was given.
struct WalletDto {
    std::int64_t id = 0;
    std::string asset;
    std::string network;
    WalletKind kind = WalletKind::Hot;
    std::string address;
    std::optional<std::string> label;
    std::string secretRef;
    std::optional<std::string> provider;
    bool active = true;
    Timestamp createdAt{};
};

// GET /api/v1/admin/wallets → {"items":[WalletDto]}
struct WalletList {
    std::vector<WalletDto> items;
};

// POST /api/v1/admin/wallets {"asset","network","kind","address","label"?,"secret_ref","provider"?,"reason"}
// → 201 WalletDto. The address is validated per network by syncd (libs/domain asset catalogue);
// secret_ref that looks like key material (hex key, WIF, xprv, PEM, seed phrase) is refused.
struct CreateWalletRequest {
    std::string asset;
    std::string network;
    WalletKind kind = WalletKind::Hot;
    std::string address;
    std::optional<std::string> label;
    std::string secretRef;
    std::optional<std::string> provider;
    std::string reason;
};

// POST /api/v1/admin/wallets/{id}/active {"active","reason"} → 200 WalletDto; 409 conflict when
// the wallet already is in that state (nothing is written).
struct SetWalletActiveRequest {
    bool active = true;
    std::string reason;
};

Json toJson(const WalletDto &value);
std::optional<DecodeError> decodeInto(const Json &json, WalletDto &out);
Json toJson(const WalletList &value);
std::optional<DecodeError> decodeInto(const Json &json, WalletList &out);
Json toJson(const CreateWalletRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateWalletRequest &out);
Json toJson(const SetWalletActiveRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, SetWalletActiveRequest &out);

} // namespace p2pdesk::proto
