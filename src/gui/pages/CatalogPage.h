#pragma once

#include "Page.h"

namespace badgedesk {

// The approved-assessment catalog and its Credly badge templates.
class CatalogPage : public Page
{
    Q_OBJECT
public:
    explicit CatalogPage(QWidget* parent = nullptr);
};

} // namespace badgedesk
