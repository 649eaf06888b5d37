#pragma once
// ProjectDocument: the project open in the desktop program: its store (read-write, on the GUI
// thread), the unsaved edits (EditSession), their undo stack, and the recovery file that lets the
// next start offer unsaved work back after a crash or a kill.

#include "map/map_totals.h"
#include "edit/edit_session.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace engdrift::gui {

class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<ProjectDocument>> open(const QString &path);
    static Result<std::unique_ptr<ProjectDocument>> create(const QString &path, const Crs &crs);
    ~ProjectDocument() override;

    QString path() const { return m_store->path(); }
    ProjectStore &store() { return *m_store; }
    const ProjectStore &store() const { return *m_store; }
    EditSession &session() { return *m_session; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return m_session->isModified(); }
    /// What the map shows besides the saved project: the unsaved edits and the proposal of the
    /// proposal view. The legend, the department tree and the charts count it, as the map draws it.
    MapContent mapContent() const { return MapContent{m_session->overlay(), m_session->proposal()}; }
    /// Shows the map as the proposal plans it, and makes edits plan in it (nullopt: today's map).
    void setProposal(const std::optional<qint64> &proposalId);

    /// Applies an edit from the session (already applied when it returns) and puts it on the undo
    /// stack. Returns the error of a failed edit unchanged.
    Result<EditStep> perform(Result<EditStep> step);
    /// Writes the edits in one transaction; clears the undo stack. The edits of areas someone else
    /// changed meanwhile stay unsaved (SaveReport::conflicts; the recovery file keeps them) until
    /// resolveConflict() settles them and the next save() writes them.
    Result<SaveReport> save();
    /// Settles the conflict on one area (EditSession::resolveConflict); nothing is written yet.
    Result<void> resolveConflict(qint64 areaId, ConflictChoice choice);
    /// Settles the conflict on one path (EditSession::resolvePathConflict); nothing is written yet.
    Result<void> resolvePathConflict(qint64 pathId, ConflictChoice choice);
    /// Drops the edits (used before closing without saving).
    void discardEdits();
    /// Tells the document that something was written to the store directly (an import).
    void storeChangedOutside();

    /// The name the user's edits are recorded with (setting editor/name; empty: ENGDRIFT_USER or
    /// the system's user name and host, ProjectStore::setEditorName).
    static QString editorPreference();

    /// Where the unsaved edits of a project are kept while it is open.
    static QString recoveryPath(const QString &projectPath);
    /// True if the last session on this project ended without saving its edits.
    static bool hasRecovery(const QString &projectPath);
    /// Takes the edits of the recovery file back; an error if they no longer fit the project.
    Result<void> restoreRecovery();
    /// Deletes the recovery file (the user declined it); false if it is still there.
    static bool dropRecovery(const QString &projectPath);
    /// Moves the recovery file aside (its edits cannot be taken back), so that it is not offered
    /// again; returns where it is kept now (empty if it could not be moved, then it is deleted).
    static QString setRecoveryAside(const QString &projectPath);

signals:
    /// The map content changed: an edit, undo, redo, save, import, or the proposal view.
    void contentChanged();
    void modifiedChanged(bool modified);

private:
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store);
    void writeRecovery();
    /// After a conflict was settled in the session: the recovery file and the window told.
    Result<void> settled(const Result<void> &resolved);
    /// Empties the undo stack without its indexChanged telling the window of new content: the
    /// caller says once what changed (the panels would count the whole map twice).
    void clearUndo();

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<EditSession> m_session;
    QUndoStack m_undo;
    bool m_lastModified = false;
    bool m_clearingUndo = false; ///< clearUndo() is at work
};

} // namespace engdrift::gui
