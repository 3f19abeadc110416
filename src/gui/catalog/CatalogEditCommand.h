#pragma once

#include "domain/CatalogDiff.h"
#include "domain/CatalogEntry.h"

#include <QDate>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace badgedesk {

class CatalogRepository;
class CatalogTableModel;

// One step of the catalog on the undo stack: an edit, a bulk edit of a selection, an add, a
// delete or a whole import. The repository keeps each step as a change set; undo reverts that
// change set and redo reverts the revert, so the history records every step too, and a step
// whose entries were changed since (e.g. from the CLI) is refused rather than overwriting them.
class CatalogEditCommand : public QUndoCommand
{
public:
    // Saves the step the first time redo() runs; returns the change set id, or 0 on failure.
    using Apply = std::function<qint64(CatalogRepository&, const QString& actor)>;

    CatalogEditCommand(CatalogRepository& repository, CatalogTableModel& model, Apply apply,
                       const QString& text);

    static CatalogEditCommand* update(CatalogRepository& repository, CatalogTableModel& model,
                                      QList<CatalogEntry> after, const QString& text);
    static CatalogEditCommand* add(CatalogRepository& repository, CatalogTableModel& model,
                                   CatalogEntry entry, const QString& text);
    static CatalogEditCommand* remove(CatalogRepository& repository, CatalogTableModel& model,
                                      QStringList codes, const QString& text);
    static CatalogEditCommand* import(CatalogRepository& repository, CatalogTableModel& model,
                                      CatalogDiff diff, QDate retireOn, QString source, const QString& text);

    void redo() override;
    void undo() override;

    qint64 changeSetId() const { return m_forward; }
    static QString actor();

private:
    CatalogRepository& m_repository;
    CatalogTableModel& m_model;
    Apply m_apply;
    qint64 m_forward = 0;  // change set that applied the step
    qint64 m_backward = 0; // change set that reverted it
};

} // namespace badgedesk
