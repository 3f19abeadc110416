#pragma once

#include "PageId.h"

#include <QWidget>

class QUndoStack;

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

    // What the window's Edit menu acts on while the page is shown: its undo stack (none by
    // default) and its search box (false: the page has none).
    virtual QUndoStack* undoStack() const { return nullptr; }
    virtual bool hasSearch() const { return false; }
    virtual bool focusSearch() { return false; }

signals:
    void pageRequested(badgedesk::PageId page);

protected:
    // Installs the page's empty state as its whole content (until the page has data to show).
    void setEmptyState(EmptyStateWidget* emptyState);

private:
    EmptyStateWidget* m_emptyState = nullptr;
};

} // namespace badgedesk
