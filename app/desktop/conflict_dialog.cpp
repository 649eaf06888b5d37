#include "conflict_dialog.h"

#include "util/dates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace engdrift::gui {

ConflictDialog::ConflictDialog(const AreaConflict &conflict, int index, int count, QWidget *parent) : QDialog(parent)
{
    QString help = conflict.theirs.ended && !conflict.successorIds.isEmpty() && conflict.canKeepMine() &&
                           conflict.date >= conflict.theirDate
                       ? tr("Keep theirs drops your edit of this area. Keep mine makes your edit on the areas it was "
                            "split or merged into.")
                       : tr("Keep theirs drops your edit of this area. Keep mine makes your edit again on top of their "
                            "version.");
    if (conflict.canMerge())
        help += QLatin1Char(' ') + tr("Merge keeps what they changed and what you changed: the edits touched different "
                                      "things.");
    build(count > 1 ? tr("Changed by someone else (%1 of %2)").arg(index + 1).arg(count) : tr("Changed by someone else"),
          tr("<b>Area %1 was not saved.</b>").arg(conflict.areaId), conflict.message, help,
          conflict.canMerge() ? QString() : tr("Both edits changed the same thing, or one ended the area."),
          conflict.canKeepMine() ? QString()
          : conflict.successorIds.isEmpty()
              ? tr("The area no longer exists on the date of your edit.")
              : tr("Your new outline cannot be laid on the areas it was split or merged into."));
}

ConflictDialog::ConflictDialog(const PathConflict &conflict, int index, int count, QWidget *parent) : QDialog(parent)
{
    const QString help = tr("Keep theirs drops your edit of this path. Keep mine ends the path on your date in the "
                            "project as it is now.");
    build(count > 1 ? tr("Changed by someone else (%1 of %2)").arg(index + 1).arg(count) : tr("Changed by someone else"),
          tr("<b>Path %1 was not saved.</b>").arg(conflict.pathId), conflict.message, help,
          tr("A path edit only ends the path: there is nothing to merge."),
          conflict.mineApplies() ? QString() : tr("The path already ends before your date in the project."));
    m_merge->hide(); // a path edit changes one thing: there is never anything to merge
}

void ConflictDialog::build(const QString &title, const QString &heading, const QString &message, const QString &help,
                           const QString &mergeTip, const QString &mineTip)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(heading, this));
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("conflict.message"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto *explanation = new QLabel(help + QLatin1Char(' ') +
                                       tr("Nothing is written until the project is saved; Decide later keeps your edit "
                                          "unsaved."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *buttons = new QDialogButtonBox(this);
    m_theirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::DestructiveRole);
    m_theirs->setObjectName(QStringLiteral("conflict.keepTheirs"));
    m_mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    m_mine->setObjectName(QStringLiteral("conflict.keepMine"));
    m_mine->setEnabled(mineTip.isEmpty());
    m_mine->setToolTip(mineTip);
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("conflict.merge"));
    m_merge->setEnabled(mergeTip.isEmpty());
    m_merge->setToolTip(mergeTip.isEmpty() ? tr("Their changes and yours together.") : mergeTip);
    m_later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("conflict.later"));
    m_mine->setDefault(false);
    m_later->setDefault(true);
    connect(m_theirs, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepTheirs); });
    connect(m_mine, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepMine); });
    connect(m_merge, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Merge); });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    accept();
}

} // namespace engdrift::gui
