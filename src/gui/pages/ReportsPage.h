#pragma once

#include "Page.h"

namespace badgedesk {

// What was issued, excluded and why.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);
};

} // namespace badgedesk
