#pragma once

#include <stdexcept>

namespace p2pdesk::syncd::backup {

// A backup, restore or drill that cannot go on; the message says why and what to do.
class BackupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The restore target (database or data directory) is not empty: nothing was changed.
class TargetNotEmpty final : public BackupError {
public:
    using BackupError::BackupError;
};

} // namespace p2pdesk::syncd::backup
