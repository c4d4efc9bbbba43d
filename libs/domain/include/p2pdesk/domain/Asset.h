#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace p2pdesk::domain {

// How addresses of a network are written; the checks are offline (format and, where the encoding
// carries one, the checksum), so a typo in a customer's address is caught before money moves.
enum class AddressFormat {
    Tron,     // base58check, version byte 0x41: "T" + 33 characters
    Ethereum, // "0x" + 40 hex digits (EIP-55 mixed-case checksum is NOT verified: it needs Keccak)
    Bitcoin,  // mainnet only: base58check P2PKH "1…" / P2SH "3…", or bech32/bech32m "bc1…"
};

enum class TxidFormat {
    Hex64,       // 64 hex digits, no prefix (bitcoin, TRON)
    Hex64With0x, // "0x" + 64 hex digits (Ethereum)
};

// A crypto asset on one network. The same code on two networks is two assets (USDT/TRON and
// USDT/ETHEREUM are different deposit wallets, fees and address formats).
struct Asset {
    std::string_view code;     // "USDT"
    std::string_view network;  // "TRON", "ETHEREUM", "BITCOIN" (upper case, the wire spelling)
    std::string_view standard; // token standard or "native": "TRC20", "ERC20", "native"
    // On-chain decimals of the token (18 for ETH): informative, used when talking to explorers.
    int decimals = 0;
    // The scale the desk stores, quotes and shows amounts at; at most 8 (DESIGN: "crypto 8 places
    // unless the asset says otherwise"). Decimal holds a uint64 count of units, so at scale 18 it
    // could not hold even 19 ETH; at scale 8 it holds 184 billion. Dust below 10^-8 ETH is not
    // worth representing: amounts received with more digits are credited rounded down.
    int amountScale = 0;
    AddressFormat addressFormat = AddressFormat::Tron;
    TxidFormat txidFormat = TxidFormat::Hex64;
    std::string_view explorerTxUrl; // "{txid}" is replaced by the transaction id
    // The token's contract address; empty for the network's own coin. Explorers name a token
    // transfer by its contract: a look-alike token calling itself "USDT" has another contract.
    std::string_view contract = {};
};

// Every supported asset, in a stable order.
std::span<const Asset> assets() noexcept;

// Exact, case-sensitive lookup by (code, network): ("USDT", "TRON").
std::optional<Asset> findAsset(std::string_view code, std::string_view network) noexcept;
// As findAsset, but UnknownAsset as an error value for callers that propagate it.
Result<Asset> asset(std::string_view code, std::string_view network);

// InvalidFormat with a human-readable reason when `address` is not a valid mainnet address of the
// asset's network (wrong prefix, length, alphabet, or checksum).
Status validateAddress(const Asset &asset, std::string_view address);

// InvalidFormat unless `txid` has the network's transaction id format. Hex digits of either case.
Status validateTxid(const Asset &asset, std::string_view txid);

// The canonical spelling used to detect reuse of the same txid on two orders: validated, lower
// case (so "0xABC…" and "0xabc…" are one transaction).
Result<std::string> normalizeTxid(const Asset &asset, std::string_view txid);

// Whether two addresses of the asset's network are the same account: hex (Ethereum) and bech32
// (bitcoin "bc1…") are case-insensitive, base58 (TRON, legacy bitcoin) is not.
bool sameAddress(const Asset &asset, std::string_view a, std::string_view b) noexcept;

// Explorer link for a transaction of this asset; the txid must be valid.
Result<std::string> explorerLink(const Asset &asset, std::string_view txid);

// Parses an amount at the asset's amountScale; more digits than that are ScaleExceeded.
Result<Decimal> parseCryptoAmount(const Asset &asset, std::string_view text);

} // namespace p2pdesk::domain
