#include "import_command.h"

#include "error_text.h"
#include "io/import_batches.h"
#include "project_document.h"

namespace engdrift::gui {

ImportCommand::ImportCommand(ProjectDocument &document, qint64 importId, const QString &text,
                             std::function<void(const QString &error)> report)
    : QUndoCommand(text), m_document(document), m_importId(importId), m_report(std::move(report))
{
}

void ImportCommand::undo()
{
    auto undone = undoImport(m_document.store(), m_importId);
    setObsolete(true); // leaves the stack whether it worked or not: there is nothing to redo
    if (undone.ok())
        m_document.storeChangedOutside();
    if (m_report)
        m_report(undone.ok() ? QString() : errorText(undone.error()));
}

} // namespace engdrift::gui
