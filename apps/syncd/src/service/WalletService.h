#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/WalletRepository.h"

#include "p2pdesk/proto/Wallets.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// Admin management of deposit wallets. The desk never holds keys: secret_ref names where the key
// lives (a vault path, an HSM slot, a hardware wallet label) and anything that looks like key
// material itself is refused, so a mistaken paste never lands in the database or its backups.
class WalletService final {
public:
    explicit WalletService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    std::vector<proto::WalletDto> list(db::Transaction &tx);
    proto::WalletDto create(db::Transaction &tx, const proto::CreateWalletRequest &request, audit::AuditEntry audit);
    proto::WalletDto setActive(db::Transaction &tx, std::int64_t walletId, const proto::SetWalletActiveRequest &request,
                               audit::AuditEntry audit);

    // True for 64 hex digits (raw private key), 12–24 word phrases (BIP-39 seeds), WIF keys,
    // extended private keys and PEM private keys.
    static bool looksLikeSecret(std::string_view value);
    static proto::WalletDto toDto(const db::WalletRow &row);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
