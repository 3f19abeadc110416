#pragma once

#include "Page.h"

namespace badgedesk {

// The review queue of the current batch.
class ReviewPage : public Page
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
};

} // namespace badgedesk
