#include "service/ReserveService.h"

#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"
#include "service/TypedText.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/proto/Changes.h"

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

[[noreturn]] void invalid(const std::string &message, const char *field)
{
    throw ServiceError(ApiErrorCode::ValidationFailed, message, {{"field", field}});
}

// Blank or absent: the currency is not exported. Otherwise 2-20 of A-Z and 0-9, the way rate
// aggregators spell currencies (USDTTRC20, CARDRUB).
std::optional<std::string> validExportCode(const std::optional<std::string> &raw)
{
    std::string code = trimmed(raw.value_or(""));
    if (code.empty())
        return std::nullopt;
    const bool shaped = code.size() >= 2 && code.size() <= 20 && std::all_of(code.begin(), code.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                        });
    if (!shaped)
        invalid("export_code must be 2-20 of A-Z and 0-9, e.g. USDTTRC20", "export_code");
    return code;
}

// The currency's scale; more digits than that are refused, not rounded (a count is exact).
domain::Decimal validAmount(const domain::Decimal &amount, int scale)
{
    const auto atScale = amount.rescaled(scale, domain::Rounding::Down);
    if (!atScale || !(*atScale == amount))
        invalid("amount has more than " + std::to_string(scale) + " decimal places", "amount");
    return *atScale;
}

db::ReserveKey validKey(const proto::CreateReserveRequest &req, int &scale)
{
    db::ReserveKey key;
    key.kind = req.kind;
    if (req.kind == domain::ReserveKind::Fiat) {
        if (req.asset || req.network)
            invalid("a fiat reserve names fiat_currency only", req.asset ? "asset" : "network");
        if (!req.fiatCurrency)
            invalid("a fiat reserve names its fiat_currency", "fiat_currency");
        const auto fiat = domain::fiat(*req.fiatCurrency);
        if (!fiat.ok())
            invalid("unknown fiat currency " + *req.fiatCurrency, "fiat_currency");
        key.fiatCurrency = req.fiatCurrency;
        scale = fiat->decimals;
        return key;
    }
    if (req.fiatCurrency)
        invalid("a crypto reserve names asset and network only", "fiat_currency");
    if (!req.asset || !req.network)
        invalid("a crypto reserve names its asset and network", req.asset ? "network" : "asset");
    const auto asset = domain::findAsset(*req.asset, *req.network);
    if (!asset)
        invalid("unknown asset/network " + *req.asset + "/" + *req.network, "asset");
    key.asset = req.asset;
    key.network = req.network;
    scale = asset->amountScale;
    return key;
}

nlohmann::json optionalJson(const std::optional<std::string> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json state(const db::ReserveRow &row)
{
    return {{"kind", std::string(domain::toString(row.kind))},
            {"asset", optionalJson(row.asset)},
            {"network", optionalJson(row.network)},
            {"fiat_currency", optionalJson(row.fiatCurrency)},
            {"amount", row.amount.toString()},
            {"committed", row.committed.toString()},
            {"export_code", optionalJson(row.exportCode)},
            {"version", row.version}};
}

nlohmann::json eventPayload(const db::ReserveRow &row)
{
    nlohmann::json payload = {{"reserve_id", row.id}, {"kind", std::string(domain::toString(row.kind))}};
    if (row.asset)
        payload["asset"] = *row.asset;
    if (row.network)
        payload["network"] = *row.network;
    if (row.fiatCurrency)
        payload["fiat_currency"] = *row.fiatCurrency;
    return payload;
}

std::string describe(const db::ReserveRow &row)
{
    return row.kind == domain::ReserveKind::Fiat ? *row.fiatCurrency : *row.asset + "/" + *row.network;
}

} // namespace

proto::ReserveDto ReserveService::toDto(const db::ReserveRow &row)
{
    proto::ReserveDto dto;
    dto.id = row.id;
    dto.kind = row.kind;
    dto.asset = row.asset;
    dto.network = row.network;
    dto.fiatCurrency = row.fiatCurrency;
    dto.amount = row.amount;
    dto.committed = row.committed;
    dto.available = domain::availableReserve(row.amount, row.committed);
    dto.exportCode = row.exportCode;
    dto.version = row.version;
    dto.updatedAt = row.updatedAt;
    dto.updatedBy = row.updatedBy;
    dto.syncedFrom = row.syncedFrom;
    dto.syncedAt = row.syncedAt;
    return dto;
}

std::vector<proto::ReserveDto> ReserveService::list(db::Transaction &tx)
{
    std::vector<proto::ReserveDto> items;
    for (const auto &row : db::ReserveRepository::list(tx.work()))
        items.push_back(toDto(row));
    return items;
}

proto::ReserveDto ReserveService::create(db::Transaction &tx, const proto::CreateReserveRequest &req,
                                         audit::AuditEntry audit, std::optional<std::int64_t> operatorId)
{
    int scale = 0;
    db::NewReserve reserve;
    reserve.key = validKey(req, scale);
    reserve.amount = validAmount(req.amount, scale);
    reserve.exportCode = validExportCode(req.exportCode);
    reserve.operatorId = operatorId;
    auto &work = tx.work();
    const auto row = db::ReserveRepository::insert(work, reserve);
    if (!row) {
        if (const auto existing = db::ReserveRepository::findByKey(work, reserve.key))
            throw ServiceError(ApiErrorCode::Conflict, "this currency has a reserve already; recount it instead",
                               {{"field", "kind"}, {"reserve_id", existing->id}});
        throw ServiceError(ApiErrorCode::Conflict, "another currency is exported as " + reserve.exportCode.value_or(""),
                           {{"field", "export_code"}});
    }

    audit.action = "reserve.create";
    audit.entity = "reserve";
    audit.entityId = std::to_string(row->id);
    audit.reason = req.reason;
    audit.payload = state(*row);
    audit.payload["old"] = nullptr;
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kReserveUpdated), std::nullopt, eventPayload(*row));
    return toDto(*row);
}

proto::ReserveDto ReserveService::update(db::Transaction &tx, std::int64_t reserveId,
                                         const proto::UpdateReserveRequest &req, audit::AuditEntry audit,
                                         std::optional<std::int64_t> operatorId)
{
    auto &work = tx.work();
    const auto current = db::ReserveRepository::findById(work, reserveId);
    if (!current)
        throw ServiceError(ApiErrorCode::NotFound, "no such reserve", {{"reserve_id", reserveId}});
    const int scale = current->amount.scale();
    const auto amount = validAmount(req.amount, scale);
    const auto exportCode = validExportCode(req.exportCode);
    if (current->version != req.version)
        throw ServiceError(ApiErrorCode::VersionConflict, "the reserve was changed meanwhile; reload and retry",
                           {{"current_version", current->version}});
    if (exportCode && db::ReserveRepository::exportCodeUsedElsewhere(work, *exportCode, reserveId))
        throw ServiceError(ApiErrorCode::Conflict, "another currency is exported as " + *exportCode,
                           {{"field", "export_code"}});

    // No "nothing changed" refusal: a recount that finds the same balance is still a recount, and it
    // moves the point from which orders count against the reserve.
    const auto row = db::ReserveRepository::update(work, reserveId, req.version, amount, exportCode, operatorId);
    if (!row) {
        const auto now = db::ReserveRepository::findById(work, reserveId);
        throw ServiceError(ApiErrorCode::VersionConflict, "the reserve was changed meanwhile; reload and retry",
                           {{"current_version", now ? now->version : req.version}});
    }

    audit.action = "reserve.update";
    audit.entity = "reserve";
    audit.entityId = std::to_string(row->id);
    audit.reason = req.reason;
    audit.payload = state(*row);
    audit.payload["old"] = {{"amount", current->amount.toString()},
                            {"committed", current->committed.toString()},
                            {"export_code", optionalJson(current->exportCode)}};
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kReserveUpdated), std::nullopt, eventPayload(*row));
    return toDto(*row);
}

ReserveService::SyncOutcome ReserveService::recordWalletReading(db::Transaction &tx, std::int64_t reserveId,
                                                                const std::vector<WalletReading> &wallets,
                                                                const std::string &explorer,
                                                                std::chrono::seconds settle)
{
    auto &work = tx.work();
    const auto before = db::ReserveRepository::lockById(work, reserveId);
    if (!before)
        return SyncOutcome::Gone;
    // The sum at the reserve's scale; digits below it are dropped (Rounding::Down): the desk never
    // counts a fraction it could not pay out.
    auto total = domain::Decimal::fromUnits(0, before->amount.scale()).value();
    nlohmann::json read = nlohmann::json::array();
    for (const auto &wallet : wallets) {
        auto part = wallet.balance.rescaled(before->amount.scale(), domain::Rounding::Down);
        auto sum = part ? total.add(part.value()) : part;
        if (!sum)
            throw std::runtime_error("the wallets of reserve " + std::to_string(reserveId) +
                                     " hold more than a reserve can count: " + sum.error().message);
        total = sum.value();
        read.push_back(
            {{"wallet_id", wallet.walletId}, {"address", wallet.address}, {"balance", wallet.balance.toString()}});
    }
    const auto after = db::ReserveRepository::recordWalletReading(work, reserveId, total, explorer, settle);
    if (after.amount == before->amount) {
        // A first reading or a shorter list of payouts still changes what the screen shows.
        if (after.committed != before->committed || before->syncedFrom != after.syncedFrom)
            m_changeFeed.append(tx, std::string(proto::change_kind::kReserveUpdated), std::nullopt,
                                eventPayload(after));
        return SyncOutcome::Unchanged;
    }

    audit::AuditEntry audit;
    audit.actor = "system";
    audit.action = "reserve.sync";
    audit.entity = "reserve";
    audit.entityId = std::to_string(after.id);
    audit.reason = "the balance of " + std::to_string(wallets.size()) + " hot wallet(s) read through " + explorer;
    audit.payload = state(after);
    audit.payload["old"] = {{"amount", before->amount.toString()}, {"committed", before->committed.toString()}};
    audit.payload["wallets"] = std::move(read);
    audit.payload["explorer"] = explorer;
    audit.payload["settle_seconds"] = settle.count();
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kReserveUpdated), std::nullopt, eventPayload(after));
    return SyncOutcome::Changed;
}

void ReserveService::checkQuote(pqxx::work &work, const domain::Quote &quote, const std::string &asset,
                                const std::string &network, const std::string &fiat)
{
    const auto reserve = db::ReserveRepository::findForPayout(work, quote.direction, asset, network, fiat, true);
    if (!reserve)
        return;
    const auto available = domain::availableReserve(reserve->amount, reserve->committed);
    const auto within = domain::checkWithinReserve(quote, available);
    if (!within.ok())
        throw ServiceError(ApiErrorCode::LimitExceeded,
                           within.error().message + " (" + describe(*reserve) + " reserve)",
                           {{"reserve_id", reserve->id}, {"available", available.toString()}});
}

void ReserveService::checkRepricedPayout(pqxx::work &work, const domain::Quote &before, const domain::Quote &after,
                                         const std::string &asset, const std::string &network, const std::string &fiat)
{
    const auto &payoutBefore = domain::payoutOf(before);
    const auto &payoutAfter = domain::payoutOf(after);
    if (!(payoutAfter > payoutBefore))
        return; // nothing new promised: no lock taken either
    const auto reserve = db::ReserveRepository::findForPayout(work, after.direction, asset, network, fiat, true);
    if (!reserve)
        return;
    const auto available = domain::availableReserve(reserve->amount, reserve->committed);
    const auto within = domain::checkPayoutIncrease(payoutBefore, payoutAfter, available);
    if (!within.ok())
        throw ServiceError(ApiErrorCode::LimitExceeded,
                           within.error().message + " (" + describe(*reserve) + " reserve)",
                           {{"reserve_id", reserve->id}, {"available", available.toString()}});
}

} // namespace p2pdesk::syncd::service
