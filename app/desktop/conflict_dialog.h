#pragma once
// ConflictDialog: an area someone else changed since this editor read it (core/edit/edit_conflicts.h),
// and the choice of what to keep: theirs (drop my edit of the area), mine (my edit made again on the
// project's current version), or both merged when the two edits changed different things (one the
// care type, the other the shape). "Decide later" keeps the edit pending, unsaved.

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

    /// The choice made; nothing when the editor decides later (the dialog was cancelled).
    std::optional<ConflictChoice> choice() const { return m_choice; }

    QPushButton *keepTheirsButton() const { return m_theirs; }
    QPushButton *keepMineButton() const { return m_mine; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *laterButton() const { return m_later; }

private:
    void choose(ConflictChoice choice);

    std::optional<ConflictChoice> m_choice;
    QPushButton *m_theirs = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace engdrift::gui
