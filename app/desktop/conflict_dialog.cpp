#include "conflict_dialog.h"

#include "util/dates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace engdrift::gui {

ConflictDialog::ConflictDialog(const AreaConflict &conflict, int index, int count, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(count > 1 ? tr("Changed by someone else (%1 of %2)").arg(index + 1).arg(count)
                             : tr("Changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Area %1 was not saved.</b>").arg(conflict.areaId), this);
    layout->addWidget(heading);
    auto *text = new QLabel(conflict.message, this);
    text->setObjectName(QStringLiteral("conflict.message"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    QString help = tr("Keep theirs drops your edit of this area. Keep mine makes your edit again on top of their "
                      "version.");
    if (conflict.canMerge())
        help += QLatin1Char(' ') + tr("Merge keeps what they changed and what you changed: the edits touched different "
                                      "things.");
    help += QLatin1Char(' ') + tr("Nothing is written until the project is saved; Decide later keeps your edit unsaved.");
    auto *explanation = new QLabel(help, this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *buttons = new QDialogButtonBox(this);
    m_theirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::DestructiveRole);
    m_theirs->setObjectName(QStringLiteral("conflict.keepTheirs"));
    m_mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    m_mine->setObjectName(QStringLiteral("conflict.keepMine"));
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("conflict.merge"));
    m_merge->setEnabled(conflict.canMerge());
    m_merge->setToolTip(conflict.canMerge() ? tr("Their changes and yours together.")
                                            : tr("Both edits changed the same thing, or one ended the area."));
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
