#include "audit/AuditAnchor.h"
#include "audit/AuditChain.h"
#include "cli/Commands.h"
#include "db/ConnectionPool.h"

#include <pqxx/transaction>

#include <optional>
#include <ostream>

namespace p2pdesk::syncd::cli {

int runAuditVerify(CommandContext &ctx)
{
    std::optional<std::string> anchorFile;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args[i] == "--anchor" && i + 1 < ctx.args.size()) {
            anchorFile = ctx.args[++i];
        } else if (ctx.args[i].rfind("--anchor=", 0) == 0 && ctx.args[i].size() > 9) {
            anchorFile = ctx.args[i].substr(9);
        } else {
            ctx.err << "usage: syncd audit-verify [--anchor FILE]\n";
            return kExitUsage;
        }
    }
    // Read before connecting: a missing or garbled anchor is the operator's mistake, said plainly.
    std::optional<audit::AuditAnchor> anchor;
    if (anchorFile)
        anchor = audit::readAnchorFile(*anchorFile);

    db::ConnectionPool pool(ctx.config.dbConninfo(), 1, std::chrono::seconds(5));
    auto conn = pool.openDedicated();
    // One repeatable-read snapshot: the sealer may be appending while we walk the chain.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
    const auto result = audit::verifyChain(tx);
    if (!result.ok) {
        ctx.out << "BROKEN at seq " << *result.brokenSeq << ": " << result.problem << "\n";
        return kExitFailure;
    }
    if (anchor) {
        if (const auto problem = audit::checkAnchor(tx, *anchor, result)) {
            ctx.out << "ANCHOR MISMATCH: " << *problem << "\n";
            return kExitFailure;
        }
    }
    ctx.out << "OK " << result.sealedRows << " sealed row(s)";
    if (result.pendingRows > 0)
        ctx.out << ", " << result.pendingRows << " not sealed yet";
    if (anchor)
        ctx.out << "; anchor seq " << anchor->seq << " matches";
    ctx.out << "\n";
    return kExitOk;
}

} // namespace p2pdesk::syncd::cli
