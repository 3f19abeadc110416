#include "CatalogEditCommand.h"

#include "CatalogTableModel.h"
#include "storage/CatalogRepository.h"

namespace badgedesk {

CatalogEditCommand::CatalogEditCommand(CatalogRepository& repository, CatalogTableModel& model, Apply apply,
                                       const QString& text)
    : QUndoCommand(text), m_repository(repository), m_model(model), m_apply(std::move(apply))
{}

CatalogEditCommand* CatalogEditCommand::update(CatalogRepository& repository, CatalogTableModel& model,
                                               QList<CatalogEntry> after, const QString& text)
{
    return new CatalogEditCommand(
        repository, model,
        [after = std::move(after), text](CatalogRepository& r, const QString& actor) {
            return r.update(after, actor, text);
        },
        text);
}

CatalogEditCommand* CatalogEditCommand::add(CatalogRepository& repository, CatalogTableModel& model,
                                            CatalogEntry entry, const QString& text)
{
    return new CatalogEditCommand(
        repository, model,
        [entry = std::move(entry)](CatalogRepository& r, const QString& actor) {
            return r.add(entry, actor);
        },
        text);
}

CatalogEditCommand* CatalogEditCommand::remove(CatalogRepository& repository, CatalogTableModel& model,
                                               QStringList codes, const QString& text)
{
    return new CatalogEditCommand(
        repository, model,
        [codes = std::move(codes)](CatalogRepository& r, const QString& actor) {
            return r.remove(codes, actor);
        },
        text);
}

CatalogEditCommand* CatalogEditCommand::import(CatalogRepository& repository, CatalogTableModel& model,
                                               CatalogDiff diff, QDate retireOn, QString source,
                                               const QString& text)
{
    return new CatalogEditCommand(
        repository, model,
        [diff = std::move(diff), retireOn, source = std::move(source)](CatalogRepository& r,
                                                                       const QString& actor) {
            return r.applyImport(diff, retireOn, source, actor);
        },
        text);
}

QString CatalogEditCommand::actor()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void CatalogEditCommand::redo()
{
    const qint64 id =
        m_backward == 0 ? m_apply(m_repository, actor()) : m_repository.undo(m_backward, actor());
    if (id == 0) {
        // Nothing was written; QUndoStack drops an obsolete command instead of keeping a step
        // that did nothing.
        setObsolete(true);
        m_model.reportError(m_repository.error());
    } else {
        m_forward = id;
    }
    m_model.reload();
}

void CatalogEditCommand::undo()
{
    const qint64 id = m_repository.undo(m_forward, actor());
    if (id == 0) {
        setObsolete(true);
        m_model.reportError(m_repository.error());
    } else {
        m_backward = id;
    }
    m_model.reload();
}

} // namespace badgedesk
