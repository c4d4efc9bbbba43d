#include "service/WalletService.h"

#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"
#include "service/TypedText.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/KeyMaterial.h"
#include "p2pdesk/proto/Changes.h"

#include <pqxx/except>
#include <pqxx/subtransaction>

#include <algorithm>
#include <cctype>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

// The audit row (with the reason) and the wallet.updated event, in the caller's transaction.
// `wasActive`: the state before, for an activation change; nullopt for a new wallet.
void audited(feed::ChangeFeed &feed, db::Transaction &tx, audit::AuditEntry &audit, const db::WalletRow &row,
             std::optional<bool> wasActive)
{
    audit.entityId = std::to_string(row.id);
    // secret_ref is a pointer, not a secret, but the audit log does not need it either.
    audit.payload = {
        {"asset", row.asset},     {"network", row.network}, {"kind", row.kind == db::WalletKind::Hot ? "hot" : "cold"},
        {"address", row.address}, {"label", row.label},     {"active", row.active}};
    audit.payload["old"] = wasActive ? nlohmann::json{{"active", *wasActive}} : nlohmann::json(nullptr);
    audit::AuditWriter::append(tx.work(), audit);
    feed.append(tx, std::string(proto::change_kind::kWalletUpdated), std::nullopt,
                {{"wallet_id", row.id}, {"active", row.active}});
}

} // namespace

bool WalletService::looksLikeSecret(std::string_view raw)
{
    return domain::looksLikeKeyMaterial(raw);
}

proto::WalletDto WalletService::toDto(const db::WalletRow &row)
{
    proto::WalletDto dto;
    dto.id = row.id;
    dto.asset = row.asset;
    dto.network = row.network;
    dto.kind = row.kind == db::WalletKind::Hot ? proto::WalletKind::Hot : proto::WalletKind::Cold;
    dto.address = row.address;
    if (!row.label.empty())
        dto.label = row.label;
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
    if (!asset) {
        // A known asset on a network the desk does not serve names the network.
        const auto codes = domain::assets();
        const bool knownCode =
            std::any_of(codes.begin(), codes.end(), [&req](const domain::Asset &a) { return a.code == req.asset; });
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown asset/network " + req.asset + "/" + req.network,
                           {{"field", knownCode ? "network" : "asset"}});
    }
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
    const std::string label = trimmed(req.label.value_or(""));
    if (looksLikeSecret(label))
        throw ServiceError(ApiErrorCode::ValidationFailed, "the label must name the wallet, not contain a key",
                           {{"field", "label"}});

    db::NewWallet wallet;
    wallet.provider = req.provider.value_or("manual");
    wallet.kind = req.kind == proto::WalletKind::Hot ? db::WalletKind::Hot : db::WalletKind::Cold;
    wallet.asset = req.asset;
    wallet.network = req.network;
    wallet.address = req.address;
    wallet.label = label;
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
    audited(m_changeFeed, tx, audit, row, std::nullopt);
    return toDto(row);
}

proto::WalletDto WalletService::setActive(db::Transaction &tx, std::int64_t walletId,
                                          const proto::SetWalletActiveRequest &req, audit::AuditEntry audit)
{
    const auto row = db::WalletRepository::setActive(tx.work(), walletId, req.active);
    if (!row) {
        if (!db::WalletRepository::findById(tx.work(), walletId))
            throw ServiceError(ApiErrorCode::NotFound, "no such wallet");
        // A repeat (or a second admin's stale screen) changes nothing and audits nothing.
        throw ServiceError(ApiErrorCode::Conflict,
                           req.active ? "the wallet is active already" : "the wallet is inactive already",
                           {{"active", req.active}});
    }
    audit.reason = req.reason;
    audited(m_changeFeed, tx, audit, *row, !req.active);
    return toDto(*row);
}

} // namespace p2pdesk::syncd::service
