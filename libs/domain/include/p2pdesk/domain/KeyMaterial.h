#pragma once

#include <string_view>

namespace p2pdesk::domain {

// The desk never holds wallet keys: a wallet's secret_ref names where its key is kept (a vault
// path, an HSM slot, a hardware wallet's label). True when `value` looks like key material itself,
// so a mistaken paste is refused before it reaches the database, its backups or a log: 64 hex
// digits (a raw 256-bit private key, with or without 0x, alone or inside a longer string), a BIP-39
// style phrase of 12, 15, 18, 21 or 24 alphabetic words, a WIF key, an extended private key
// (xprv/tprv/yprv/zprv) or a PEM private key. Surrounding white space is ignored.
bool looksLikeKeyMaterial(std::string_view value);

} // namespace p2pdesk::domain
