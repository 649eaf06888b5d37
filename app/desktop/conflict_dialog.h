#pragma once
// ConflictDialog: an area someone else changed since this editor read it (core/edit/edit_conflicts.h),
// and the choice of what to keep: theirs (drop my edit of the area), mine (my edit made again on the
// project's current version), or both merged when the two edits changed different things (one the
// care type, the other the shape). "Decide later" keeps the edit pending, unsaved. The same for a
// mown path, which only has theirs or mine.

#include "edit/edit_conflicts.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace engdrift::gui {

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /// `index` and `count`: which of how many conflicts this is (shown when more than one).
    ConflictDialog(const AreaConflict &conflict, int index, int count, QWidget *parent = nullptr);
    /// A mown path someone else changed: keep theirs or keep mine (no merge: a path edit only
    /// ends the path; keep mine is off when the path already ends before this edit's date).
    ConflictDialog(const PathConflict &conflict, int index, int count, QWidget *parent = nullptr);

    /// The choice made; nothing when the editor decides later (the dialog was cancelled).
    std::optional<ConflictChoice> choice() const { return m_choice; }

    QPushButton *keepTheirsButton() const { return m_theirs; }
    QPushButton *keepMineButton() const { return m_mine; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *laterButton() const { return m_later; }

private:
    /// The dialog's parts: its title, a bold heading, the conflict's message, what the choices do, and the
    /// buttons (merge offered when `mergeTip` is empty, keep mine when `mineTip` is).
    void build(const QString &title, const QString &heading, const QString &message, const QString &help,
               const QString &mergeTip, const QString &mineTip);
    void choose(ConflictChoice choice);

    std::optional<ConflictChoice> m_choice;
    QPushButton *m_theirs = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace engdrift::gui
