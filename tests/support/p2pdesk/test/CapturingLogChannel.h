#pragma once

#include <Poco/Channel.h>
#include <Poco/Message.h>

#include <mutex>
#include <string>

namespace p2pdesk::test {

// A Poco log channel that keeps every line, for tests that prove a secret never reaches a log.
class CapturingLogChannel final : public Poco::Channel {
public:
    void log(const Poco::Message &msg) override
    {
        const std::lock_guard lock(m_mutex);
        m_text += msg.getSource() + ": " + msg.getText() + "\n";
    }
    std::string text() const
    {
        const std::lock_guard lock(m_mutex);
        return m_text;
    }

private:
    mutable std::mutex m_mutex;
    std::string m_text;
};

} // namespace p2pdesk::test
