#include "service/BankService.h"

#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"
#include "service/TypedText.h"

#include "p2pdesk/domain/BankDirectory.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/proto/Changes.h"

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

std::string validName(const std::string &raw)
{
    std::string name = trimmed(raw);
    if (name.empty())
        throw ServiceError(ApiErrorCode::ValidationFailed, "the bank's name is required", {{"field", "name"}});
    return name;
}

// Blank or absent: no country. Otherwise an assigned ISO 3166-1 alpha-2 code.
std::optional<std::string> validCountry(const std::optional<std::string> &raw)
{
    const std::string country = trimmed(raw.value_or(""));
    if (country.empty())
        return std::nullopt;
    if (!domain::isCountryCode(country))
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           "country must be an ISO 3166-1 alpha-2 code in capitals, e.g. RU", {{"field", "country"}});
    return country;
}

nlohmann::json state(const db::BankRow &row)
{
    return {{"code", row.code},
            {"name", row.name},
            {"country", row.country ? nlohmann::json(*row.country) : nlohmann::json(nullptr)},
            {"fiat_currency", row.fiatCurrency},
            {"active", row.active},
            {"version", row.version}};
}

} // namespace

proto::BankDto BankService::toDto(const db::BankRow &row)
{
    proto::BankDto dto;
    dto.id = row.id;
    dto.code = row.code;
    dto.name = row.name;
    dto.country = row.country;
    dto.fiatCurrency = row.fiatCurrency;
    dto.active = row.active;
    dto.version = row.version;
    dto.createdAt = row.createdAt;
    dto.updatedAt = row.updatedAt;
    return dto;
}

std::vector<proto::BankDto> BankService::list(db::Transaction &tx, const std::optional<std::string> &fiat,
                                              std::optional<bool> active)
{
    std::vector<proto::BankDto> items;
    for (const auto &row : db::BankRepository::list(tx.work(), fiat, active))
        items.push_back(toDto(row));
    return items;
}

proto::BankDto BankService::create(db::Transaction &tx, const proto::CreateBankRequest &req, audit::AuditEntry audit)
{
    const std::string code = trimmed(req.code);
    if (!domain::isBankCode(code))
        throw ServiceError(ApiErrorCode::ValidationFailed, "code must be 2-32 of A-Z, 0-9 and _, e.g. SBER",
                           {{"field", "code"}});
    db::NewBank bank;
    bank.code = code;
    bank.name = validName(req.name);
    bank.country = validCountry(req.country);
    if (!domain::fiat(req.fiatCurrency).ok())
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown fiat currency " + req.fiatCurrency,
                           {{"field", "fiat_currency"}});
    bank.fiatCurrency = req.fiatCurrency;
    auto &work = tx.work();
    const auto row = db::BankRepository::insert(work, bank);
    if (!row) {
        nlohmann::json details = {{"field", "code"}};
        if (const auto existing = db::BankRepository::findByCode(work, code))
            details["bank_id"] = existing->id;
        throw ServiceError(ApiErrorCode::Conflict, "a bank with the code " + code + " exists already", details);
    }

    audit.action = "bank.create";
    audit.entity = "bank";
    audit.entityId = std::to_string(row->id);
    audit.reason = req.reason;
    audit.payload = state(*row);
    audit.payload["old"] = nullptr;
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(
        tx, std::string(proto::change_kind::kBankUpdated), std::nullopt,
        {{"bank_id", row->id}, {"code", row->code}, {"fiat_currency", row->fiatCurrency}, {"active", row->active}});
    return toDto(*row);
}

proto::BankDto BankService::update(db::Transaction &tx, std::int64_t bankId, const proto::UpdateBankRequest &req,
                                   audit::AuditEntry audit)
{
    auto &work = tx.work();
    db::BankEdit edit;
    edit.name = validName(req.name);
    edit.country = validCountry(req.country);
    edit.active = req.active;
    const auto current = db::BankRepository::findById(work, bankId);
    if (!current)
        throw ServiceError(ApiErrorCode::NotFound, "no such bank", {{"bank_id", bankId}});
    if (current->version != req.version)
        throw ServiceError(ApiErrorCode::VersionConflict, "the bank was changed meanwhile; reload and retry",
                           {{"current_version", current->version}});

    nlohmann::json old = nlohmann::json::object();
    nlohmann::json changed = nlohmann::json::array();
    const auto note = [&](const char *field, const nlohmann::json &before) {
        old[field] = before;
        changed.push_back(field);
    };
    if (edit.name != current->name)
        note("name", current->name);
    if (edit.country != current->country)
        note("country", current->country ? nlohmann::json(*current->country) : nlohmann::json(nullptr));
    if (edit.active != current->active)
        note("active", current->active);
    if (changed.empty())
        // A repeat, or the same edit from a second admin: nothing to write, nothing to audit.
        throw ServiceError(ApiErrorCode::Conflict, "the bank is like that already", {{"bank_id", bankId}});

    const auto row = db::BankRepository::update(work, bankId, req.version, edit);
    if (!row) {
        const auto now = db::BankRepository::findById(work, bankId);
        throw ServiceError(ApiErrorCode::VersionConflict, "the bank was changed meanwhile; reload and retry",
                           {{"current_version", now ? now->version : req.version}});
    }

    const bool onlyActive = changed.size() == 1 && changed[0] == "active";
    audit.action = onlyActive ? (row->active ? "bank.activate" : "bank.deactivate") : "bank.update";
    audit.entity = "bank";
    audit.entityId = std::to_string(row->id);
    audit.reason = req.reason;
    audit.payload = state(*row);
    audit.payload["old"] = old;
    audit.payload["changed"] = changed;
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(
        tx, std::string(proto::change_kind::kBankUpdated), std::nullopt,
        {{"bank_id", row->id}, {"code", row->code}, {"fiat_currency", row->fiatCurrency}, {"active", row->active}});
    return toDto(*row);
}

db::BankRow BankService::acceptedForPayout(pqxx::work &work, const std::string &code, const std::string &fiat)
{
    const auto bank = db::BankRepository::findByCode(work, trimmed(code));
    if (!bank)
        throw ServiceError(ApiErrorCode::BankNotAccepted, "the desk knows no bank " + code,
                           {{"field", "payout_bank"}, {"reason", "unknown"}});
    if (bank->fiatCurrency != fiat)
        throw ServiceError(ApiErrorCode::BankNotAccepted,
                           "the bank " + bank->code + " pays out " + bank->fiatCurrency + ", not " + fiat,
                           {{"field", "payout_bank"}, {"reason", "wrong_fiat"}, {"fiat_currency", bank->fiatCurrency}});
    if (!bank->active)
        throw ServiceError(ApiErrorCode::BankNotAccepted, "the desk no longer pays out to " + bank->code,
                           {{"field", "payout_bank"}, {"reason", "inactive"}});
    return *bank;
}

} // namespace p2pdesk::syncd::service
