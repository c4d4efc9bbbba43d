#include "app/Services.h"
#include "cli/Commands.h"
#include "db/Transaction.h"
#include "http/ApiError.h"
#include "service/OperatorAdminService.h"

#include "p2pdesk/proto/Limits.h"

#include <iostream>
#include <ostream>

namespace p2pdesk::syncd::cli {

namespace {

// One line from stdin, without its line ending. Piped (`printf '%s\n' "$PW" | syncd create-admin …`)
// or typed; nothing is echoed back.
std::optional<std::string> readPassword(std::istream &in)
{
    std::string line;
    if (!std::getline(in, line))
        return std::nullopt;
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    return line;
}

} // namespace

// The first admin of a fresh desk (or a way back in when every admin lost their 2FA): the account
// holds every role — admin, senior and operator — so that one person can run a desk alone; narrow
// the roles through the admin API once more operators exist.
int runCreateAdmin(CommandContext &ctx)
{
    std::optional<std::string> username;
    bool usageError = false;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args[i] == "--username" && i + 1 < ctx.args.size())
            username = ctx.args[++i];
        else if (ctx.args[i].rfind("--username=", 0) == 0)
            username = ctx.args[i].substr(11);
        else
            usageError = true;
    }
    if (usageError || !username || username->empty()) {
        ctx.err << "usage: syncd create-admin --username NAME   (password on stdin)\n";
        return kExitUsage;
    }
    const auto password = readPassword(std::cin);
    if (!password || password->size() < proto::limits::kPasswordMin || password->size() > proto::limits::kPassword) {
        ctx.err << "syncd create-admin: the password (first line of stdin) must be " << proto::limits::kPasswordMin
                << " to " << proto::limits::kPassword << " bytes\n";
        return kExitUsage;
    }

    app::Services services(ctx.config);
    proto::CreateOperatorRequest request;
    request.username = *username;
    request.password = *password;
    request.roles = {domain::Role::Admin, domain::Role::Senior, domain::Role::Operator};
    request.reason = "syncd create-admin";
    audit::AuditEntry audit;
    audit.actor = "system";
    audit.payload = nlohmann::json::object();
    try {
        const auto created = db::inTransaction(
            services.pool(), [&](db::Transaction &tx) { return services.operatorAdmin().create(tx, request, audit); });
        ctx.out << "created admin " << created.account.username << " (id " << created.account.id << ")\n"
                << "Enrol this TOTP secret in an authenticator app now; it is shown only once:\n"
                << created.otpauthUri << "\n";
        return kExitOk;
    } catch (const http::ApiError &e) {
        ctx.err << "syncd create-admin: " << e.body().message << "\n";
        return kExitFailure;
    }
}

} // namespace p2pdesk::syncd::cli
