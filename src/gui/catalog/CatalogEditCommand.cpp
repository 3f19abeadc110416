#include "CatalogEditCommand.h"

#include "CatalogTableModel.h"
#include "storage/CatalogRepository.h"

namespace badgedesk {

CatalogEditCommand::CatalogEditCommand(CatalogRepository& repository, CatalogTableModel& model,
                                       QList<CatalogEntry> after, const QString& text)
    : QUndoCommand(text), m_repository(repository), m_model(model), m_after(std::move(after))
{}

QString CatalogEditCommand::actor()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void CatalogEditCommand::redo()
{
    const qint64 id = m_backward == 0 ? m_repository.update(m_after, actor(), text())
                                      : m_repository.undo(m_backward, actor());
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
