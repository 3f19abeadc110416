#pragma once

#include "Page.h"

namespace badgedesk {

// Brings a month's CTIMS export in as a batch.
class ImportPage : public Page
{
    Q_OBJECT
public:
    explicit ImportPage(QWidget* parent = nullptr);
};

} // namespace badgedesk
