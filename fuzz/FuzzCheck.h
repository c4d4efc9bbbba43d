#pragma once

#include <cstdio>
#include <cstdlib>

namespace p2pdesk::fuzz {

// libFuzzer only keeps an input that crashes the process, so a violated property must abort — and
// it must do so in every build type, which rules out assert() (NDEBUG would silence it).
[[noreturn]] inline void propertyViolated(const char *property, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz property violated: %s\n", file, line, property);
    std::abort();
}

} // namespace p2pdesk::fuzz

#define FUZZ_REQUIRE(condition)                                                                                        \
    ((condition) ? static_cast<void>(0) : ::p2pdesk::fuzz::propertyViolated(#condition, __FILE__, __LINE__))
