#pragma once

#include "domain/CatalogEntry.h"

#include <QList>
#include <QUndoCommand>

namespace badgedesk {

class CatalogRepository;
class CatalogTableModel;

// One edit (or bulk edit) of the catalog on the undo stack. The repository keeps each step as a
// change set; undo and redo revert the last change set, so history records every step too.
class CatalogEditCommand : public QUndoCommand
{
public:
    CatalogEditCommand(CatalogRepository& repository, CatalogTableModel& model, QList<CatalogEntry> after,
                       const QString& text);

    void redo() override;
    void undo() override;

private:
    static QString actor();

    CatalogRepository& m_repository;
    CatalogTableModel& m_model;
    QList<CatalogEntry> m_after;
    qint64 m_forward = 0;  // change set that applied the edit
    qint64 m_backward = 0; // change set that reverted it
};

} // namespace badgedesk
