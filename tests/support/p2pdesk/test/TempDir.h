#pragma once

#include <filesystem>

namespace p2pdesk::test {

// A fresh directory under /tmp, removed with its contents on destruction.
class TempDir final {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace p2pdesk::test
