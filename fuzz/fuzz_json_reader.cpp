// The JSON reader every request and response body goes through (proto::parseJson, and the same
// nlohmann call with the same options in syncd's RequestContext::json()).
#include "FuzzCheck.h"

#include "p2pdesk/proto/Decoded.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using p2pdesk::proto::Json;
using p2pdesk::proto::parseJson;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto parsed = parseJson(text);
    if (!parsed) {
        FUZZ_REQUIRE(parsed.error().kind == p2pdesk::proto::DecodeErrorKind::MalformedJson);
        FUZZ_REQUIRE(parsed.error().fieldPath.empty());
        return 0;
    }
    // Whatever was accepted is valid UTF-8 with finite numbers, so the strict encoder (the default
    // error handler throws) must be able to write it, and reading that back must give the same
    // document: bodies are re-encoded into the audit log and the idempotency store.
    const std::string compact = parsed.value().dump();
    const auto again = parseJson(compact);
    FUZZ_REQUIRE(again.ok());
    FUZZ_REQUIRE(again.value() == parsed.value());
    // The encoding is canonical (sorted keys, shortest round-trip numbers): a second pass is a no-op.
    FUZZ_REQUIRE(again.value().dump() == compact);
    return 0;
}
