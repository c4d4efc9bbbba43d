#include "service/OperatorAdminService.h"

#include "db/repositories/DeskRepository.h"
#include "db/repositories/LoginFailureRepository.h"
#include "db/repositories/OperatorRepository.h"
#include "db/repositories/SessionRepository.h"
#include "db/repositories/SettingsRepository.h"
#include "service/AuthService.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/DeskHours.h"
#include "p2pdesk/proto/Changes.h"

#include <algorithm>
#include <cctype>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

std::vector<std::string> roleNames(const std::vector<domain::Role> &roles)
{
    std::vector<std::string> out;
    for (const auto role : roles)
        out.emplace_back(domain::toString(role));
    return out;
}

std::vector<domain::Role> parseRoles(const std::vector<std::string> &names)
{
    std::vector<domain::Role> out;
    for (const auto &name : names) {
        if (const auto role = domain::parseRole(name))
            out.push_back(*role);
    }
    return out;
}

proto::OperatorAccount toAccount(const db::OperatorRow &row)
{
    proto::OperatorAccount a;
    a.id = row.id;
    a.username = row.username;
    a.roles = parseRoles(row.roles);
    a.active = row.active;
    a.totpConfirmed = row.totpConfirmed;
    a.createdAt = std::chrono::time_point_cast<std::chrono::microseconds>(row.createdAt);
    if (row.lockedUntil && *row.lockedUntil > row.dbNow)
        a.lockedUntil = std::chrono::time_point_cast<std::chrono::microseconds>(*row.lockedUntil);
    return a;
}

bool hasAdmin(const std::vector<std::string> &roles)
{
    return std::find(roles.begin(), roles.end(), "admin") != roles.end();
}

// Mirrors the operators_username_format CHECK so that a bad name is a 422, not a database error.
std::string normalisedUsername(const std::string &username)
{
    std::string out;
    for (char c : username)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool valid = out.size() >= 2 && out.size() <= 64 && std::all_of(out.begin(), out.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
                       });
    if (!valid)
        throw ServiceError(ApiErrorCode::ValidationFailed, "username: 2-64 characters of a-z, 0-9, '_', '.', '-'",
                           {{"field", "username"}, {"kind", "invalid"}});
    return out;
}

std::string hashPassword(const security::PasswordHasher &hasher, const std::string &password)
{
    auto hashed = hasher.hash(password);
    if (!hashed)
        throw ServiceError(ApiErrorCode::ValidationFailed, "password: not acceptable",
                           {{"field", "password"}, {"kind", "invalid"}});
    return std::move(hashed).value();
}

db::OperatorRow lockExisting(pqxx::work &work, std::int64_t id)
{
    auto row = db::OperatorRepository::lockById(work, id);
    if (!row)
        throw ServiceError(ApiErrorCode::NotFound, "no such operator");
    return std::move(*row);
}

db::OperatorRow reread(pqxx::work &work, std::int64_t id)
{
    return *db::OperatorRepository::findById(work, id);
}

// Refuses a change that would leave no active admin. `admins` was read under lockActiveAdmins().
void keepAnAdmin(const std::vector<std::int64_t> &admins, std::int64_t id)
{
    if (admins.size() == 1 && admins.front() == id)
        throw ServiceError(ApiErrorCode::Conflict, "this is the last active admin; make another operator admin first",
                           {{"rule", "last_admin"}});
}

void writeAudit(pqxx::work &work, audit::AuditEntry &audit, const char *action, std::int64_t id,
                const std::string &reason, nlohmann::json payload = nlohmann::json::object())
{
    audit.action = action;
    audit.entity = "operator";
    audit.entityId = std::to_string(id);
    audit.reason = reason;
    audit.payload = std::move(payload);
    audit::AuditWriter::append(work, audit);
}

} // namespace

OperatorAdminService::OperatorAdminService(AuthService &auth, feed::ChangeFeed &changeFeed)
    : m_auth(auth)
    , m_changeFeed(changeFeed)
{
}

void OperatorAdminService::changed(db::Transaction &tx, std::int64_t id, const std::string &what)
{
    m_changeFeed.append(tx, std::string(proto::change_kind::kOperatorUpdated), std::nullopt,
                        {{"operator_id", id}, {"change", what}});
}

proto::OperatorList OperatorAdminService::list(db::Transaction &tx)
{
    proto::OperatorList out;
    for (const auto &row : db::OperatorRepository::list(tx.work()))
        out.items.push_back(toAccount(row));
    return out;
}

CreatedOperator OperatorAdminService::create(db::Transaction &tx, const proto::CreateOperatorRequest &request,
                                             audit::AuditEntry audit)
{
    auto &work = tx.work();
    const auto username = normalisedUsername(request.username);
    const auto roles = roleNames(request.roles);
    const auto passwordHash = hashPassword(m_auth.passwordHasher(), request.password);
    const auto id = db::OperatorRepository::insert(work, username, roles, passwordHash);
    if (!id)
        throw ServiceError(ApiErrorCode::Conflict, "an operator with this username exists", {{"field", "username"}});
    const auto enrolment = m_auth.enrolTotp(work, *id, username);
    writeAudit(work, audit, "operator.create", *id, request.reason, {{"username", username}, {"roles", roles}});
    changed(tx, *id, "created");
    return {toAccount(reread(work, *id)), enrolment.otpauthUri};
}

proto::OperatorAccount OperatorAdminService::setRoles(db::Transaction &tx, std::int64_t id,
                                                      const proto::SetRolesRequest &request, audit::AuditEntry audit)
{
    auto &work = tx.work();
    // Admin rows first, in id order, then the target: every caller takes the locks in one order.
    const auto admins = db::OperatorRepository::lockActiveAdmins(work);
    const auto row = lockExisting(work, id);
    const auto roles = roleNames(request.roles);
    if (row.active && hasAdmin(row.roles) && !hasAdmin(roles))
        keepAnAdmin(admins, id);
    db::OperatorRepository::setRoles(work, id, roles);
    writeAudit(work, audit, "operator.set_roles", id, request.reason, {{"from", row.roles}, {"to", roles}});
    changed(tx, id, "roles");
    return toAccount(reread(work, id));
}

proto::OperatorAccount OperatorAdminService::deactivate(db::Transaction &tx, std::int64_t id,
                                                        const proto::DeactivateOperatorRequest &request,
                                                        audit::AuditEntry audit)
{
    auto &work = tx.work();
    const auto admins = db::OperatorRepository::lockActiveAdmins(work);
    const auto row = lockExisting(work, id);
    if (!row.active)
        throw ServiceError(ApiErrorCode::Conflict, "the operator is already deactivated");
    if (hasAdmin(row.roles))
        keepAnAdmin(admins, id);
    db::OperatorRepository::deactivate(work, id);
    // Same transaction: once this commits no request of theirs authenticates any more.
    const auto revoked = db::SessionRepository::revokeAllFor(work, id);
    writeAudit(work, audit, "operator.deactivate", id, request.reason, {{"sessions_revoked", revoked}});
    changed(tx, id, "deactivated");
    return toAccount(reread(work, id));
}

proto::OperatorAccount OperatorAdminService::resetPassword(db::Transaction &tx, std::int64_t id,
                                                           const proto::ResetPasswordRequest &request,
                                                           audit::AuditEntry audit)
{
    auto &work = tx.work();
    lockExisting(work, id);
    db::OperatorRepository::setPasswordHash(work, id, hashPassword(m_auth.passwordHasher(), request.password));
    db::LoginFailureRepository::clearAll(work, id);
    // Whoever knew the old password may hold a session: end them all.
    const auto revoked = db::SessionRepository::revokeAllFor(work, id);
    writeAudit(work, audit, "operator.reset_password", id, request.reason, {{"sessions_revoked", revoked}});
    changed(tx, id, "password_reset");
    return toAccount(reread(work, id));
}

proto::Reset2faResponse OperatorAdminService::reset2fa(db::Transaction &tx, std::int64_t id,
                                                       const proto::Reset2faRequest &request, audit::AuditEntry audit)
{
    auto &work = tx.work();
    const auto row = lockExisting(work, id);
    const auto enrolment = m_auth.enrolTotp(work, id, row.username);
    const auto revoked = db::SessionRepository::revokeAllFor(work, id);
    writeAudit(work, audit, "operator.reset_2fa", id, request.reason, {{"sessions_revoked", revoked}});
    changed(tx, id, "2fa_reset");
    return {enrolment.otpauthUri};
}

bool OperatorAdminService::setOnDuty(db::Transaction &tx, std::int64_t operatorId, bool onDuty, audit::AuditEntry audit)
{
    auto &work = tx.work();
    if (!db::OperatorRepository::setOnDuty(work, operatorId, onDuty))
        throw ServiceError(ApiErrorCode::Conflict, "an inactive account cannot go on duty");
    audit.action = "operator.duty";
    audit.entity = "operator";
    audit.entityId = std::to_string(operatorId);
    audit.payload = {{"on_duty", onDuty}};
    audit::AuditWriter::append(work, audit);
    m_changeFeed.append(tx, std::string(proto::change_kind::kOperatorUpdated), std::nullopt,
                        {{"operator_id", operatorId}, {"change", "on_duty"}, {"on_duty", onDuty}});
    return onDuty;
}

bool OperatorAdminService::isOnDuty(db::Transaction &tx, std::int64_t operatorId)
{
    const auto row = db::OperatorRepository::findById(tx.work(), operatorId);
    return row && row->active && row->onDuty;
}

proto::DutyRoster OperatorAdminService::dutyRoster(db::Transaction &tx, std::chrono::system_clock::time_point now)
{
    auto &work = tx.work();
    proto::DutyRoster roster;
    for (auto &[id, username] : db::DeskRepository::operatorsOnDuty(work))
        roster.onDuty.push_back(proto::OperatorRef{id, std::move(username)});
    const auto settings = db::SettingsRepository::load(work);
    roster.requiresOnDuty = settings.deskRequiresOnDuty;
    if (const auto hours = settings.activeDeskHours()) {
        const auto at = std::chrono::time_point_cast<std::chrono::seconds>(now);
        if (const auto closes = domain::currentClosing(*hours, at)) {
            roster.closesAt = *closes;
        } else {
            roster.withinHours = false;
            if (const auto opens = domain::nextOpening(*hours, at))
                roster.opensAt = *opens;
        }
    }
    roster.open = roster.withinHours && (!roster.requiresOnDuty || !roster.onDuty.empty());
    return roster;
}

} // namespace p2pdesk::syncd::service
