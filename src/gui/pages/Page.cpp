#include "Page.h"

#include "EmptyStateWidget.h"

#include <QVBoxLayout>

namespace badgedesk {

Page::Page(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
}

void Page::setEmptyState(EmptyStateWidget* emptyState)
{
    m_emptyState = emptyState;
    layout()->addWidget(emptyState);
}

} // namespace badgedesk
