#include "cli/Commands.h"
#include "db/ConnectionPool.h"
#include "db/Migrator.h"

#include <ostream>

namespace p2pdesk::syncd::cli {

int runMigrate(CommandContext &ctx)
{
    if (!ctx.args.empty()) {
        ctx.err << "usage: syncd migrate\n";
        return kExitUsage;
    }
    db::ConnectionPool pool(ctx.config.dbConninfo(), 1, std::chrono::seconds(5));
    auto conn = pool.openDedicated();
    const db::Migrator migrator;
    try {
        const auto applied = migrator.migrate(*conn);
        const auto status = migrator.status(*conn);
        if (applied.empty())
            ctx.out << "schema is current (version " << status.current << ")\n";
        else
            ctx.out << "applied " << applied.size() << " migration(s); schema version " << status.current << "\n";
        return kExitOk;
    } catch (const db::SchemaTooNew &e) {
        ctx.err << "syncd migrate: " << e.what() << "\n";
        return kExitFailure;
    }
}

} // namespace p2pdesk::syncd::cli
