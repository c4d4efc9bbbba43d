#include "http/ErrorMapper.h"

#include "db/DbErrors.h"
#include "http/ApiError.h"

#include <pqxx/except>

namespace p2pdesk::syncd::http {

HttpResponse mapException(std::exception_ptr error, const std::string &requestId, const RequestLog &log)
{
    using proto::ApiErrorCode;
    try {
        std::rethrow_exception(error);
    } catch (const service::ServiceError &e) {
        // A service's refusal or the HTTP layer's own (ApiError is one kind): the code decides
        // the status, here and nowhere else.
        if (proto::httpStatus(e.code()) >= 500)
            log.warning(std::string("refused: ") + std::string(proto::toString(e.code())) + ": " + e.what());
        else
            log.debug(std::string("refused: ") + std::string(proto::toString(e.code())));
        return HttpResponse::error(e);
    } catch (const pqxx::serialization_failure &) {
        log.info("serialization failure");
        return HttpResponse::error(ApiErrorCode::Conflict, "concurrent update, retry the request");
    } catch (const pqxx::deadlock_detected &) {
        log.warning("deadlock detected");
        return HttpResponse::error(ApiErrorCode::Conflict, "concurrent update, retry the request");
    } catch (const std::exception &e) {
        if (db::isConnectionFailure(e)) {
            log.warning(std::string("database unavailable: ") + e.what());
            return HttpResponse::error(ApiErrorCode::DbUnavailable, "the database is unavailable, retry later");
        }
        log.error(std::string("unhandled exception: ") + e.what());
    } catch (...) {
        log.error("unhandled non-standard exception");
    }
    return HttpResponse::error(ApiErrorCode::InternalError, "internal error (request id " + requestId + ")",
                               {{"request_id", requestId}});
}

} // namespace p2pdesk::syncd::http
