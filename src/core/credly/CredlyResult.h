#pragma once

#include "CredlyReply.h"

namespace badgedesk {

// A CredlyReply that carries a typed value once it finished without error.
template <typename T> class CredlyResult : public CredlyReply
{
public:
    explicit CredlyResult(QObject* parent) : CredlyReply(parent) {}

    const T& value() const { return m_value; }
    // For CredlyClient while it assembles the answer (pages append to it).
    T& mutableValue() { return m_value; }

private:
    T m_value{};
};

} // namespace badgedesk
