#pragma once

#include "storage/ReviewRepository.h"

#include <QUndoCommand>
#include <functional>

namespace badgedesk {

// One review action on the Review page's undo stack: approve, reject or override a selection,
// approve all eligible, or fix an email. The page runs the action first and pushes the command
// only when it changed something (so a refused action leaves no empty step); redo runs it again,
// undo puts back what it replaced (ReviewRepository::restore / restoreEmail). Each run hands its
// result to done(), which refreshes the page.
class ReviewCommand : public QUndoCommand
{
public:
    using Action = std::function<ReviewRepository::Change()>;
    using Revert = std::function<ReviewRepository::Change(const ReviewRepository::Change& applied)>;
    using Done = std::function<void(const ReviewRepository::Change& change, bool undone)>;

    ReviewCommand(const QString& text, ReviewRepository::Change firstRun, Action action, Revert revert,
                  Done done);

    void redo() override;
    void undo() override;

private:
    ReviewRepository::Change m_applied;
    Action m_action;
    Revert m_revert;
    Done m_done;
    bool m_firstRedo = true;
};

} // namespace badgedesk
