#pragma once

#include "Page.h"

namespace badgedesk {

class Database;
class ImportWizard;

// Brings a month's CTIMS export in as a batch: the import wizard, and a drop target for files.
class ImportPage : public Page
{
    Q_OBJECT
public:
    explicit ImportPage(Database& db, QWidget* parent = nullptr);

    ImportWizard* wizard() const { return m_wizard; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    ImportWizard* m_wizard;
};

} // namespace badgedesk
