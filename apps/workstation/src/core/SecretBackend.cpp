#include "core/SecretBackend.h"

namespace p2pdesk::workstation {

SecretBackend::~SecretBackend() = default;

} // namespace p2pdesk::workstation
