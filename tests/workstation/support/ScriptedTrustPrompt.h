#pragma once

#include "core/TrustPrompt.h"

namespace p2pdesk::workstation::test {

// Answers the trust question with a preset answer and remembers what it was shown.
class ScriptedTrustPrompt final : public TrustPrompt {
public:
    explicit ScriptedTrustPrompt(bool answer = true)
        : m_answer(answer)
    {
    }

    bool confirmTrust(const CertificateInfo &certificate) override
    {
        ++m_asked;
        m_last = certificate;
        return m_answer;
    }

    void setAnswer(bool answer) { m_answer = answer; }
    int asked() const { return m_asked; }
    const CertificateInfo &last() const { return m_last; }

private:
    bool m_answer;
    int m_asked = 0;
    CertificateInfo m_last;
};

} // namespace p2pdesk::workstation::test
