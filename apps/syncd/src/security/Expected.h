#pragma once

#include <utility>
#include <variant>

namespace p2pdesk::syncd::security {

// A value or the reason there is none. Expected outcomes (wrong password, forged ciphertext) are
// values; exceptions are kept for broken environments (no randomness, unreadable key file).
// T and E must be different types: both convert implicitly.
template<class T, class E> class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Expected(E error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const E &error() const { return std::get<1>(m_v); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, E> m_v;
};

} // namespace p2pdesk::syncd::security
