#pragma once

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// A highlight rectangle on a proof, in per-mille (0..1000) of the unrotated image. Stored in the
// `annotations` double columns as fractions (x / 1000) so the schema's "relative units" hold.
struct AnnotationRow {
    std::int64_t id = 0;
    std::int64_t attachmentId = 0;
    std::int64_t operatorId = 0;
    std::string operatorUsername;
    std::int64_t x = 0;
    std::int64_t y = 0;
    std::int64_t w = 0;
    std::int64_t h = 0;
    std::string note;
    std::chrono::system_clock::time_point createdAt{};
};

class AnnotationRepository final {
public:
    AnnotationRepository() = delete;

    static AnnotationRow insert(pqxx::work &work, std::int64_t attachmentId, std::int64_t operatorId, std::int64_t x,
                                std::int64_t y, std::int64_t w, std::int64_t h, const std::string &note);
    // Oldest first.
    static std::vector<AnnotationRow> listForAttachment(pqxx::work &work, std::int64_t attachmentId);
};

} // namespace p2pdesk::syncd::db
