#include "service/WalletService.h"

#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/proto/Changes.h"

#include <pqxx/except>
#include <pqxx/subtransaction>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

bool allOf(std::string_view s, auto pred)
{
    return std::all_of(s.begin(), s.end(), [&](char c) { return pred(static_cast<unsigned char>(c)); });
}

bool isBase58(std::string_view s)
{
    return allOf(s, [](unsigned char c) { return kBase58.find(static_cast<char>(c)) != std::string_view::npos; });
}

std::string trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

void audited(feed::ChangeFeed &feed, db::Transaction &tx, audit::AuditEntry &audit, const db::WalletRow &row)
{
    audit.entityId = std::to_string(row.id);
    // secret_ref is a pointer, not a secret, but the audit log does not need it either.
    audit.payload = {{"asset", row.asset},
                     {"network", row.network},
                     {"kind", row.kind == db::WalletKind::Hot ? "hot" : "cold"},
                     {"address", row.address},
                     {"active", row.active}};
    audit::AuditWriter::append(tx.work(), audit);
    feed.append(tx, std::string(proto::change_kind::kWalletUpdated), std::nullopt,
                {{"wallet_id", row.id}, {"active", row.active}});
}

} // namespace

bool WalletService::looksLikeSecret(std::string_view raw)
{
    const std::string value = trimmed(raw);
    std::string_view v = value;
    // Raw 256-bit private key, with or without 0x.
    std::string_view hex = v;
    if (hex.starts_with("0x") || hex.starts_with("0X"))
        hex.remove_prefix(2);
    if (hex.size() >= 64 && allOf(hex, [](unsigned char c) { return std::isxdigit(c) != 0; }))
        return true;
    // Any run of 64 hex digits inside a longer string ("vault:abcd…") is key material too.
    std::size_t run = 0;
    for (const char c : v) {
        run = std::isxdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
        if (run >= 64)
            return true;
    }
    // Mnemonic seed phrase: 12, 15, 18, 21 or 24 alphabetic words.
    std::istringstream words{value};
    std::string word;
    std::size_t count = 0;
    bool alphabetic = true;
    while (words >> word) {
        ++count;
        alphabetic = alphabetic && allOf(word, [](unsigned char c) { return std::isalpha(c) != 0; });
    }
    if (alphabetic && count >= 12 && count <= 24 && count % 3 == 0)
        return true;
    // WIF (mainnet 5…/K…/L…, testnet 9…/c…) and BIP-32 extended private keys.
    if (isBase58(v)) {
        if (v.size() == 51 && (v.front() == '5' || v.front() == '9'))
            return true;
        if (v.size() == 52 && (v.front() == 'K' || v.front() == 'L' || v.front() == 'c'))
            return true;
        if (v.size() >= 100 &&
            (v.starts_with("xprv") || v.starts_with("tprv") || v.starts_with("yprv") || v.starts_with("zprv")))
            return true;
    }
    return v.find("PRIVATE KEY") != std::string_view::npos;
}

proto::WalletDto WalletService::toDto(const db::WalletRow &row)
{
    proto::WalletDto dto;
    dto.id = row.id;
    dto.asset = row.asset;
    dto.network = row.network;
    dto.kind = row.kind == db::WalletKind::Hot ? proto::WalletKind::Hot : proto::WalletKind::Cold;
    dto.address = row.address;
    dto.secretRef = row.secretRef.value_or("");
    if (!row.provider.empty())
        dto.provider = row.provider;
    dto.active = row.active;
    dto.createdAt = std::chrono::time_point_cast<std::chrono::microseconds>(row.createdAt);
    return dto;
}

std::vector<proto::WalletDto> WalletService::list(db::Transaction &tx)
{
    std::vector<proto::WalletDto> items;
    for (const auto &row : db::WalletRepository::list(tx.work()))
        items.push_back(toDto(row));
    return items;
}

proto::WalletDto WalletService::create(db::Transaction &tx, const proto::CreateWalletRequest &req,
                                       audit::AuditEntry audit)
{
    const auto asset = domain::findAsset(req.asset, req.network);
    if (!asset)
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown asset/network " + req.asset + "/" + req.network,
                           {{"field", "asset"}});
    if (const auto valid = domain::validateAddress(*asset, req.address); !valid.ok())
        throw ServiceError(ApiErrorCode::ValidationFailed, "address: " + valid.error().message,
                           {{"field", "address"}, {"domain_code", "invalid_format"}});
    const std::string secretRef = trimmed(req.secretRef);
    if (secretRef.empty())
        throw ServiceError(ApiErrorCode::ValidationFailed, "secret_ref is required", {{"field", "secret_ref"}});
    if (looksLikeSecret(secretRef))
        // Never echo the value: it may be a real key.
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           "secret_ref must point to where the key is kept, not contain a key or seed phrase",
                           {{"field", "secret_ref"}});

    db::NewWallet wallet;
    wallet.provider = req.provider.value_or("manual");
    wallet.kind = req.kind == proto::WalletKind::Hot ? db::WalletKind::Hot : db::WalletKind::Cold;
    wallet.asset = req.asset;
    wallet.network = req.network;
    wallet.address = req.address;
    wallet.secretRef = secretRef;
    db::WalletRow row;
    {
        // A savepoint keeps the request transaction usable after a duplicate.
        pqxx::subtransaction sub(tx.work(), "wallet_insert");
        try {
            row = db::WalletRepository::insert(tx.work(), wallet);
            sub.commit();
        } catch (const pqxx::unique_violation &) {
            sub.abort();
            throw ServiceError(ApiErrorCode::Conflict, "this address is already registered on " + req.network);
        }
    }
    audit.reason = req.reason;
    audited(m_changeFeed, tx, audit, row);
    return toDto(row);
}

proto::WalletDto WalletService::setActive(db::Transaction &tx, std::int64_t walletId,
                                          const proto::SetWalletActiveRequest &req, audit::AuditEntry audit)
{
    const auto row = db::WalletRepository::setActive(tx.work(), walletId, req.active);
    if (!row)
        throw ServiceError(ApiErrorCode::NotFound, "no such wallet");
    audit.reason = req.reason;
    audited(m_changeFeed, tx, audit, *row);
    return toDto(*row);
}

} // namespace p2pdesk::syncd::service
