#pragma once

#include "domain/CatalogDiff.h"
#include "domain/CatalogEntry.h"
#include "domain/CatalogValidator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QUndoStack;

namespace badgedesk {

class CatalogEditCommand;
class CatalogRepository;

// The Approved Assessment list as a table. Edits never write directly: each becomes a
// CatalogEditCommand on the undo stack, which saves through the repository (one change set per
// edit, bulk edit, add, delete or import) and reloads the model.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Title,
        CredentialingBody,
        Vendor,
        CredentialType,
        ProgramArea,
        EffectiveDate,
        RetiredDate,
        VendorBadges,
        AgencyBadges,
        TemplateId,
        Notes,
        ColumnCount
    };
    enum Role
    {
        ProblemRole = Qt::UserRole + 1, // the problem's message, empty when none
        ProblemKindRole,                // "no_template", "archived_template", ...
        RetiredRole,                    // bool
        FieldRole,                      // the stored text of the cell's field
    };

    CatalogTableModel(CatalogRepository& repository, QUndoStack& undoStack, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Sets one column to one value on many rows as a single undo step (bulk edit of a selection).
    bool setColumnValue(const QList<int>& rows, int column, const QString& value);
    bool retire(const QList<int>& rows, const QDate& on);
    // Adds an entry with a code and a title (the rest is edited in place). The code is cleaned the
    // way an imported list's codes are ("911" -> "0911"); false with errorOccurred() when it is
    // empty or already in the catalog.
    bool addEntry(const QString& code, const QString& title);
    // Deletes unused entries; used ones are refused (retire them instead).
    bool removeEntries(const QList<int>& rows);
    // Applies an import preview as one undo step.
    bool applyImport(const CatalogDiff& diff, const QDate& retireOn, const QString& source);

    const CatalogEntry& entryAt(int row) const { return m_entries.at(row); }
    int rowOfCode(const QString& code) const;
    QList<CatalogEntry> entries() const { return m_entries; }

    // The Credly templates of the current environment, for names, states and problems.
    void setValidator(const CatalogValidator& validator);
    const CatalogValidator& validator() const { return m_validator; }
    CatalogValidator::Problem problem(int row) const;
    int problemCount() const;
    int retiredCount() const;
    // Imported certification rows per code (refreshed on reload).
    int usage(const QString& code) const { return m_usage.value(code); }

    static QString fieldForColumn(int column);
    static int columnForField(const QString& field);
    void reload();
    void reportError(const QString& message);

signals:
    // A value was refused before anything was saved (bad date, empty title, duplicate code).
    void errorOccurred(const QString& message);
    // The repository refused a step of the undo stack (e.g. undo of an entry changed elsewhere).
    void stepRefused(const QString& message);

private:
    bool push(CatalogEditCommand* command);

    CatalogRepository& m_repository;
    QUndoStack& m_undoStack;
    QList<CatalogEntry> m_entries;
    QHash<QString, int> m_usage;
    CatalogValidator m_validator;
};

} // namespace badgedesk
