#pragma once
// The undo stack's entries: one EditStep of the session each.

#include "edit/edit_session.h"

#include <QUndoCommand>

namespace engdrift::gui {

/// Undoes and redoes one edit of the session. The edit is already applied when the command is
/// pushed, so the first redo() (which QUndoStack::push calls) does nothing.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditSession &session, EditStep step);
    void undo() override;
    void redo() override;

private:
    EditSession &m_session;
    EditStep m_step;
    bool m_firstRedo = true;
};

} // namespace engdrift::gui
