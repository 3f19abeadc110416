#pragma once

#include "domain/CredlyEnvironment.h"

#include <QColor>
#include <QLabel>

namespace badgedesk {

// PRACTICE / SANDBOX / PRODUCTION as text and colour, so the specialist can never mistake where
// badges would go. Production is never the colour of Practice.
class EnvironmentLabel : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentLabel(CredlyEnvironment environment, QWidget* parent = nullptr);

    CredlyEnvironment environment() const { return m_environment; }
    void setEnvironment(CredlyEnvironment environment);

    static QColor backgroundColor(CredlyEnvironment environment);
    static QColor textColor(CredlyEnvironment environment);

private:
    CredlyEnvironment m_environment;
};

} // namespace badgedesk
