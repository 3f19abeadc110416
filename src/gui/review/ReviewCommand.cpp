#include "ReviewCommand.h"

namespace badgedesk {

ReviewCommand::ReviewCommand(const QString& text, ReviewRepository::Change firstRun, Action action,
                             Revert revert, Done done)
    : QUndoCommand(text), m_applied(std::move(firstRun)), m_action(std::move(action)),
      m_revert(std::move(revert)), m_done(std::move(done))
{}

void ReviewCommand::redo()
{
    if (m_firstRedo) {
        // push() calls redo(); the action already ran before the command was made.
        m_firstRedo = false;
        return;
    }
    m_applied = m_action();
    m_done(m_applied, false);
}

void ReviewCommand::undo()
{
    m_done(m_revert(m_applied), true);
}

} // namespace badgedesk
