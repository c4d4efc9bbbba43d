#include "p2pdesk/domain/Asset.h"

#include "Sha256.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace p2pdesk::domain {

namespace {

// amountScale is min(decimals, 8): see Asset::amountScale for why.
constexpr std::array<Asset, 6> kAssets = {{
    {"USDT", "TRON", "TRC20", 6, 6, AddressFormat::Tron, TxidFormat::Hex64, "https://tronscan.org/#/transaction/{txid}",
     "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"},
    {"USDT", "ETHEREUM", "ERC20", 6, 6, AddressFormat::Ethereum, TxidFormat::Hex64With0x,
     "https://etherscan.io/tx/{txid}", "0xdAC17F958D2ee523a2206206994597C13D831ec7"},
    {"USDC", "ETHEREUM", "ERC20", 6, 6, AddressFormat::Ethereum, TxidFormat::Hex64With0x,
     "https://etherscan.io/tx/{txid}", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"},
    {"USDC", "TRON", "TRC20", 6, 6, AddressFormat::Tron, TxidFormat::Hex64, "https://tronscan.org/#/transaction/{txid}",
     "TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8"},
    {"BTC", "BITCOIN", "native", 8, 8, AddressFormat::Bitcoin, TxidFormat::Hex64, "https://mempool.space/tx/{txid}"},
    {"ETH", "ETHEREUM", "native", 18, 8, AddressFormat::Ethereum, TxidFormat::Hex64With0x,
     "https://etherscan.io/tx/{txid}"},
}};

constexpr std::string_view kBase58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBech32Alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

DomainError formatError(std::string message)
{
    return makeError(ErrorCode::InvalidFormat, std::move(message));
}

bool isHex(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// Big-endian base conversion; leading '1's are leading zero bytes. Empty result on a bad character.
std::optional<std::vector<std::uint8_t>> base58Decode(std::string_view text)
{
    std::vector<std::uint8_t> bytes; // little-endian accumulator
    for (char c : text) {
        const auto digit = kBase58Alphabet.find(c);
        if (digit == std::string_view::npos)
            return std::nullopt;
        unsigned carry = static_cast<unsigned>(digit);
        for (auto &byte : bytes) {
            carry += static_cast<unsigned>(byte) * 58;
            byte = static_cast<std::uint8_t>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<std::uint8_t>(carry & 0xff));
            carry >>= 8;
        }
    }
    for (char c : text) {
        if (c != '1')
            break;
        bytes.push_back(0);
    }
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

// Payload (version byte + hash) of a 25-byte base58check string whose double-SHA-256 checksum holds.
Status checkBase58Check(std::string_view address, std::uint8_t expectedVersion, const char *what)
{
    const auto decoded = base58Decode(address);
    if (!decoded)
        return formatError(std::string(what) + " address contains a character outside base58");
    if (decoded->size() != 25)
        return formatError(std::string(what) + " address has the wrong length");
    if ((*decoded)[0] != expectedVersion)
        return formatError(std::string(what) + " address has the wrong version byte");
    const std::span<const std::uint8_t> payload(decoded->data(), 21);
    const auto first = detail::sha256(payload);
    const auto second = detail::sha256(first);
    if (!std::equal(second.begin(), second.begin() + 4, decoded->begin() + 21))
        return formatError(std::string(what) + " address checksum does not match (typo?)");
    return Ok{};
}

std::uint32_t bech32Polymod(const std::vector<std::uint8_t> &values)
{
    constexpr std::array<std::uint32_t, 5> kGenerator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t checksum = 1;
    for (std::uint8_t value : values) {
        const std::uint32_t top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (std::size_t i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= kGenerator[i];
        }
    }
    return checksum;
}

// BIP-173 (segwit v0, bech32) and BIP-350 (v1+, bech32m) mainnet addresses.
Status checkSegwit(std::string_view address)
{
    if (address.size() < 14 || address.size() > 90)
        return formatError("bech32 address has the wrong length");
    const bool hasLower = std::any_of(address.begin(), address.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const bool hasUpper = std::any_of(address.begin(), address.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (hasLower && hasUpper)
        return formatError("bech32 address mixes upper and lower case");
    std::string lower(address);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    if (lower.rfind("bc1", 0) != 0)
        return formatError("not a bitcoin mainnet bech32 address");

    std::vector<std::uint8_t> values = {3, 3, 0, 2, 3}; // hrp "bc" expanded: high bits, 0, low bits
    std::vector<std::uint8_t> data;
    for (char c : std::string_view(lower).substr(3)) {
        const auto digit = kBech32Alphabet.find(c);
        if (digit == std::string_view::npos)
            return formatError("bech32 address contains a character outside the bech32 alphabet");
        data.push_back(static_cast<std::uint8_t>(digit));
    }
    values.insert(values.end(), data.begin(), data.end());
    const std::uint8_t version = data.front();
    const std::uint32_t expected = version == 0 ? 1 : 0x2bc830a3;
    if (version > 16)
        return formatError("bech32 address has an invalid witness version");
    if (bech32Polymod(values) != expected)
        return formatError("bech32 address checksum does not match (typo?)");

    // Witness program: 5-bit groups (without version and the 6 checksum groups) regrouped to bytes.
    std::uint32_t accumulator = 0;
    int bits = 0;
    std::size_t programBytes = 0;
    for (std::size_t i = 1; i + 6 < data.size(); ++i) {
        accumulator = (accumulator << 5) | data[i];
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            ++programBytes;
        }
    }
    if (bits >= 5 || (accumulator & ((1u << bits) - 1)) != 0)
        return formatError("bech32 address has invalid padding");
    if (programBytes < 2 || programBytes > 40 || (version == 0 && programBytes != 20 && programBytes != 32))
        return formatError("bech32 address has an invalid witness program length");
    return Ok{};
}

} // namespace

std::span<const Asset> assets() noexcept
{
    return kAssets;
}

std::optional<Asset> findAsset(std::string_view code, std::string_view network) noexcept
{
    for (const Asset &candidate : kAssets) {
        if (candidate.code == code && candidate.network == network)
            return candidate;
    }
    return std::nullopt;
}

Result<Asset> asset(std::string_view code, std::string_view network)
{
    if (auto found = findAsset(code, network))
        return *found;
    return makeError(ErrorCode::UnknownAsset,
                     "unknown asset '" + std::string(code) + "' on network '" + std::string(network) + "'");
}

Status validateAddress(const Asset &asset, std::string_view address)
{
    switch (asset.addressFormat) {
    case AddressFormat::Tron:
        if (address.size() != 34 || address.front() != 'T')
            return formatError("TRON address must be 'T' followed by 33 base58 characters");
        return checkBase58Check(address, 0x41, "TRON");
    case AddressFormat::Ethereum:
        if (address.size() != 42 || !address.starts_with("0x") || !isHex(address.substr(2)))
            return formatError("Ethereum address must be '0x' followed by 40 hex digits");
        return Ok{};
    case AddressFormat::Bitcoin:
        if (address.starts_with("bc1") || address.starts_with("BC1"))
            return checkSegwit(address);
        if (address.size() < 26 || address.size() > 35)
            return formatError("bitcoin address has the wrong length");
        if (address.front() == '1')
            return checkBase58Check(address, 0x00, "bitcoin P2PKH");
        if (address.front() == '3')
            return checkBase58Check(address, 0x05, "bitcoin P2SH");
        return formatError("not a bitcoin mainnet address (expected bc1…, 1… or 3…)");
    }
    return formatError("unsupported address format");
}

Status validateTxid(const Asset &asset, std::string_view txid)
{
    switch (asset.txidFormat) {
    case TxidFormat::Hex64:
        if (txid.size() != 64 || !isHex(txid))
            return formatError("transaction id must be 64 hex digits");
        return Ok{};
    case TxidFormat::Hex64With0x:
        if (txid.size() != 66 || !txid.starts_with("0x") || !isHex(txid.substr(2)))
            return formatError("transaction id must be '0x' followed by 64 hex digits");
        return Ok{};
    }
    return formatError("unsupported transaction id format");
}

Result<std::string> normalizeTxid(const Asset &asset, std::string_view txid)
{
    if (auto valid = validateTxid(asset, txid); !valid)
        return valid.error();
    std::string canonical(txid);
    std::transform(canonical.begin(), canonical.end(), canonical.begin(),
                   [](char c) { return (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c; });
    return canonical;
}

bool sameAddress(const Asset &asset, std::string_view a, std::string_view b) noexcept
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    const auto caseless = [&] {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
    };
    switch (asset.addressFormat) {
    case AddressFormat::Ethereum:
        return caseless();
    case AddressFormat::Bitcoin:
        // bech32 is one case by definition (BIP 173); base58 letters differ by case.
        if (a.size() > 3 && lower(a[0]) == 'b' && lower(a[1]) == 'c' && a[2] == '1')
            return caseless();
        return a == b;
    case AddressFormat::Tron:
        return a == b;
    }
    return a == b;
}

Result<std::string> explorerLink(const Asset &asset, std::string_view txid)
{
    auto canonical = normalizeTxid(asset, txid);
    if (!canonical)
        return canonical.error();
    std::string link(asset.explorerTxUrl);
    constexpr std::string_view kPlaceholder = "{txid}";
    link.replace(link.find(kPlaceholder), kPlaceholder.size(), canonical.value());
    return link;
}

Result<Decimal> parseCryptoAmount(const Asset &asset, std::string_view text)
{
    return Decimal::parse(text, asset.amountScale);
}

} // namespace p2pdesk::domain
