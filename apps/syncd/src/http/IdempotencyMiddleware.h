#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::http {

// Idempotency-Key handling for every POST.
//
// Design: the key is reserved *inside the request's transaction* (ctx.tx()) with
//   INSERT … ON CONFLICT (principal, key) DO NOTHING
// before the handler runs, and the handler's response is stored in the same row before the
// dispatcher commits. Consequences:
//   - handler writes and the idempotency record commit or roll back together: a crash or a thrown
//     error leaves no key behind, so the client's retry simply executes;
//   - a concurrent request with the same key blocks on the unique index until the first commits,
//     then replays its response (or, with another body, gets 422 idempotency_mismatch) — exactly
//     one execution, no polling;
//   - cost: POSTs with a key hold a pooled connection for the whole handler, and a handler must do
//     its writes through ctx.tx() (services take the db::Transaction), not a transaction of its own.
// Keys are scoped per principal ('operator:<id>', or 'anonymous:<client ip>' before login); the
// request hash covers method, path and body. Refusals thrown as ApiError are not stored (nothing
// was done); responses returned as values (including errors) are.
Middleware makeIdempotencyMiddleware();

inline constexpr const char *kIdempotencyReplayedHeader = "Idempotent-Replayed";

} // namespace p2pdesk::syncd::http
