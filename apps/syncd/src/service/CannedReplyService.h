#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"

#include "p2pdesk/proto/Tickets.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// Canned replies: admin CRUD (shortcut ^[a-z0-9_-]{1,32}$ unique, RU and EN bodies, optimistic
// version) and the rendering of templates for Telegram. A template is Telegram HTML written by the
// admin; `{order.code}`-style variables are replaced by HTML-escaped values, so nothing a customer
// or an operator typed can inject markup. An unknown variable is refused (422 validation_failed,
// details {"unknown":[…],"known":[…]}) when the template is saved and when it is rendered; a known
// one without a value for this ticket (no order yet, …) is refused with details {"missing":[…]}.
class CannedReplyService final {
public:
    explicit CannedReplyService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    // Every reply (or the active ones), with the known template variables.
    proto::CannedReplyList list(db::Transaction &tx, bool activeOnly);
    // 409 conflict when the shortcut is taken; audited 'canned_reply.create'.
    proto::CannedReply create(db::Transaction &tx, const proto::CannedReplyRequest &request, audit::AuditEntry audit);
    // version required (422 without); 409 conflict on a stale version or a taken shortcut; 404 unknown.
    proto::CannedReply update(db::Transaction &tx, std::int64_t id, const proto::CannedReplyRequest &request,
                              audit::AuditEntry audit);
    // The active reply; 404 when unknown or inactive.
    proto::CannedReply activeReply(db::Transaction &tx, std::int64_t id);

    static const std::vector<std::string> &knownVariables();
    // Refuses unknown variables (see above); `field` names the template in the error.
    static void validateTemplate(std::string_view body, const std::string &field);
    // Replaces every variable by its escaped value from `values`.
    static std::string render(std::string_view body, const std::map<std::string, std::string> &values,
                              const std::string &field);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
