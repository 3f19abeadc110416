#pragma once

#include "Page.h"

namespace badgedesk {

// Issues the approved rows of a signed-off batch through Credly.
class IssuePage : public Page
{
    Q_OBJECT
public:
    explicit IssuePage(QWidget* parent = nullptr);
};

} // namespace badgedesk
