#pragma once

#include "db/ConnectionPool.h"
#include "service/BlockExplorer.h"
#include "service/ReserveService.h"
#include "workers/OutsideCallTurn.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace p2pdesk::syncd::workers {

// Recounts every crypto reserve that has active hot wallets and an explorer for its network from
// those wallets' balances (ReserveService::recordWalletReading), while the flag reserve_sync is on.
// A reserve without a hot wallet, or on a network without an explorer, keeps its hand count; cold
// wallets never count (the operators cannot pay out of them today).
//
// One instance per database (the advisory lock's holder), so the explorer sees one client. The
// explorer is asked outside any transaction, wallet by wallet; a reserve is written only when all
// its wallets were read (a partial sum would understate it by a whole wallet, or overstate it once
// a wallet is read twice from a stale page), else it stays as it was. A 429 ends the round and the
// explorer is left alone until its Retry-After.
class ReserveSyncWorker final {
public:
    static constexpr long long kLockKey = 0x703270726573796e; // "p2presyn"

    struct TickResult {
        bool leader = false;
        bool switchedOff = false; // the reserve_sync flag is off
        bool backingOff = false;  // an explorer asked the desk to wait
        int reserves = 0;         // reserves whose wallets were read
        int changed = 0;          // of them, those with a new amount
        int failed = 0;           // reserves left as they were: a wallet could not be read
    };

    using Clock = OutsideCallTurn::Clock;
    using Explorers = std::map<std::string, std::shared_ptr<service::BlockExplorer>>; // by network

    ReserveSyncWorker(db::ConnectionPool &pool, service::ReserveService &reserves, Explorers explorers,
                      std::chrono::seconds settle, Clock clock = &std::chrono::system_clock::now);

    // One round; tests call it directly. Throws when every reserve failed, so the worker's health
    // (and /metrics) shows an explorer that is down.
    TickResult runOnce();

private:
    db::ConnectionPool &m_pool;
    service::ReserveService &m_reserves;
    const Explorers m_explorers;
    const std::chrono::seconds m_settle;
    OutsideCallTurn m_turn;
};

} // namespace p2pdesk::syncd::workers
