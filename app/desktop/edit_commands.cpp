#include "edit_commands.h"

namespace engdrift::gui {

EditCommand::EditCommand(EditSession &session, EditStep step)
    : QUndoCommand(step.description), m_session(session), m_step(std::move(step))
{
}

void EditCommand::undo()
{
    m_session.apply(m_step, false);
}

void EditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_session.apply(m_step, true);
}

} // namespace engdrift::gui
