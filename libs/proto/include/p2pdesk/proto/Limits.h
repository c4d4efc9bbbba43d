#pragma once

#include <cstddef>
#include <cstdint>

// Field limits of the wire contract, counted in Unicode code points. The decoder enforces them;
// the workstation uses the same numbers for its input widgets and the database for its columns.
namespace p2pdesk::proto::limits {

inline constexpr std::size_t kUsername = 64;
inline constexpr std::size_t kPassword = 1024;
inline constexpr std::size_t kPasswordMin = 12;
inline constexpr std::size_t kTotp = 10;
inline constexpr std::size_t kToken = 256;
inline constexpr std::size_t kReason = 1000;
inline constexpr std::size_t kNote = 1000;
inline constexpr std::size_t kMessage = 2000;
inline constexpr std::size_t kRequisites = 256;
inline constexpr std::size_t kAsset = 16;
inline constexpr std::size_t kNetwork = 16;
inline constexpr std::size_t kFiat = 8;
inline constexpr std::size_t kOrderCode = 32;
inline constexpr std::size_t kTxid = 128;
inline constexpr std::size_t kAddress = 128;
inline constexpr std::size_t kSecretRef = 256;
inline constexpr std::size_t kProvider = 64;
inline constexpr std::size_t kWalletLabel = 100;
inline constexpr std::size_t kBankCode = 32; // ^[A-Z0-9_]{2,32}$ (kBankName: Customers.h)
inline constexpr std::size_t kCountry = 2;   // ISO 3166-1 alpha-2
inline constexpr std::size_t kPayoutReference = 256;
inline constexpr std::size_t kChecklistTitle = 200;
inline constexpr std::size_t kChecklistItems = 50;
inline constexpr std::size_t kRuleId = 64;
inline constexpr std::size_t kChangeKind = 64;
inline constexpr std::size_t kCursor = 256;
inline constexpr std::size_t kMime = 127;
inline constexpr std::size_t kSha256Hex = 64;
inline constexpr std::size_t kOtpauthUri = 1024;
inline constexpr std::size_t kSearchText = 200;
inline constexpr std::size_t kIdempotencyKey = 128; // visible ASCII
inline constexpr std::size_t kRoles = 3;

inline constexpr std::int64_t kMaxPageSize = 200;
inline constexpr std::int64_t kMaxWaitSeconds = 60;
inline constexpr std::int64_t kMaxStatusTimeoutSeconds = 30LL * 24 * 3600;
inline constexpr std::int64_t kMaxRateAgeSeconds = 7LL * 24 * 3600;
inline constexpr std::int64_t kMaxProofBytes = 20LL * 1024 * 1024;
// Annotation rectangles are in per-mille of the image's width/height (0..1000).
inline constexpr std::int64_t kPerMille = 1000;

} // namespace p2pdesk::proto::limits
