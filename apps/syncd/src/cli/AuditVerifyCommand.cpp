#include "audit/AuditChain.h"
#include "cli/Commands.h"
#include "db/ConnectionPool.h"

#include <pqxx/transaction>

#include <ostream>

namespace p2pdesk::syncd::cli {

int runAuditVerify(CommandContext &ctx)
{
    if (!ctx.args.empty()) {
        ctx.err << "usage: syncd audit-verify\n";
        return kExitUsage;
    }
    db::ConnectionPool pool(ctx.config.dbConninfo(), 1, std::chrono::seconds(5));
    auto conn = pool.openDedicated();
    // One repeatable-read snapshot: the sealer may be appending while we walk the chain.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
    const auto result = audit::verifyChain(tx);
    if (!result.ok) {
        ctx.out << "BROKEN at seq " << *result.brokenSeq << ": " << result.problem << "\n";
        return kExitFailure;
    }
    ctx.out << "OK " << result.sealedRows << " sealed row(s)";
    if (result.pendingRows > 0)
        ctx.out << ", " << result.pendingRows << " not sealed yet";
    ctx.out << "\n";
    return kExitOk;
}

} // namespace p2pdesk::syncd::cli
