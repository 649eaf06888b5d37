#pragma once
// ImportCommand: an import on the undo stack. The import was written in its own transaction before
// the command is pushed; undo deletes exactly what it added (core: undoImport()), in one
// transaction, or says why it cannot (its areas were edited and saved since). Either way the
// command leaves the stack on undo: an import is not redone (import the file again instead).

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace engdrift::gui {

class ProjectDocument;

class ImportCommand : public QUndoCommand
{
public:
    /// `report` is told the outcome of an undo: empty on success, else the reason.
    ImportCommand(ProjectDocument &document, qint64 importId, const QString &text,
                  std::function<void(const QString &error)> report);
    void undo() override;
    void redo() override {} // already written when pushed; never redone (obsolete after undo)
    qint64 importId() const { return m_importId; }

private:
    ProjectDocument &m_document;
    qint64 m_importId;
    std::function<void(const QString &)> m_report;
};

} // namespace engdrift::gui
