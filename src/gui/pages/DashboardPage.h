#pragma once

#include "Page.h"

namespace badgedesk {

// Where the month stands: the batch of the month and what to do next.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);
};

} // namespace badgedesk
