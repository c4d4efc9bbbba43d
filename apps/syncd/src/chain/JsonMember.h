#pragma once

#include <nlohmann/json.hpp>

namespace p2pdesk::syncd::chain {

// The member `key` of a JSON object, or nullptr when it is missing or null: explorers leave a field
// out and write it as null alike, and both mean "not given".
inline const nlohmann::json *member(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

} // namespace p2pdesk::syncd::chain
