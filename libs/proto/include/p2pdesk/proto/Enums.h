#pragma once

#include <optional>
#include <string_view>

namespace p2pdesk::proto {

// Wire enums that are not (yet) domain types. Order status, direction and role come from
// libs/domain (OrderStatus.h) and use its spellings.

enum class ActorKind { Operator, Customer, System };
std::string_view toString(ActorKind value) noexcept; // "operator" / "customer" / "system"
std::optional<ActorKind> parseActorKind(std::string_view text) noexcept;

enum class RiskSeverity { Info, Hold, Block };
std::string_view toString(RiskSeverity value) noexcept; // "info" / "hold" / "block"
std::optional<RiskSeverity> parseRiskSeverity(std::string_view text) noexcept;

enum class ApprovalDecision { Approve, Reject };
std::string_view toString(ApprovalDecision value) noexcept; // "approve" / "reject"
std::optional<ApprovalDecision> parseApprovalDecision(std::string_view text) noexcept;

enum class ProofKind { Txid, File };
std::string_view toString(ProofKind value) noexcept; // "txid" / "file"
std::optional<ProofKind> parseProofKind(std::string_view text) noexcept;

enum class WalletKind { Hot, Cold };
std::string_view toString(WalletKind value) noexcept; // "hot" / "cold"
std::optional<WalletKind> parseWalletKind(std::string_view text) noexcept;

enum class ChecklistKind { Verify, Payout };
std::string_view toString(ChecklistKind value) noexcept; // "verify" / "payout"
std::optional<ChecklistKind> parseChecklistKind(std::string_view text) noexcept;

} // namespace p2pdesk::proto
