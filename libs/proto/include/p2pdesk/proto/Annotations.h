#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// A highlight rectangle on a proof image. Coordinates are integers in per-mille (0..1000) of the
// image's width and height, measured on the unrotated image, so that they survive zoom, rotation
// and a different screen; x + w ≤ 1000 and y + h ≤ 1000, w and h ≥ 1.
// {"id","proof_id","x","y","w","h","note","author":{…},"at"}
struct Annotation {
    std::int64_t id = 0;
    std::int64_t proofId = 0;
    std::int64_t x = 0;
    std::int64_t y = 0;
    std::int64_t w = 0;
    std::int64_t h = 0;
    std::string note;
    OperatorRef author;
    Timestamp at{};
};

// GET /api/v1/proofs/{id}/annotations → {"items":[Annotation]}
struct AnnotationList {
    std::vector<Annotation> items;
};

// POST /api/v1/proofs/{id}/annotations {"x","y","w","h","note"} → 201 Annotation
struct CreateAnnotationRequest {
    std::int64_t x = 0;
    std::int64_t y = 0;
    std::int64_t w = 0;
    std::int64_t h = 0;
    std::string note; // may be empty
};

Json toJson(const Annotation &value);
std::optional<DecodeError> decodeInto(const Json &json, Annotation &out);
Json toJson(const AnnotationList &value);
std::optional<DecodeError> decodeInto(const Json &json, AnnotationList &out);
Json toJson(const CreateAnnotationRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateAnnotationRequest &out);

} // namespace p2pdesk::proto
