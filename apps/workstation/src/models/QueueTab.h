#pragma once

namespace p2pdesk::workstation {

// The queue's tabs, in the order they appear (Ctrl+1 … Ctrl+6).
enum class QueueTab { New, Mine, WaitingForCustomer, NeedsApproval, Disputes, All };

inline constexpr int kQueueTabCount = 6;

} // namespace p2pdesk::workstation
