#pragma once

#include "PageId.h"

#include <QWidget>

namespace badgedesk {

class EmptyStateWidget;

// Base of the main window's pages: a page can ask the window to show another page, which is how
// an empty state leads to the step that comes first.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr);

    EmptyStateWidget* emptyState() const { return m_emptyState; }

signals:
    void pageRequested(badgedesk::PageId page);

protected:
    // Installs the page's empty state as its whole content (until the page has data to show).
    void setEmptyState(EmptyStateWidget* emptyState);

private:
    EmptyStateWidget* m_emptyState = nullptr;
};

} // namespace badgedesk
