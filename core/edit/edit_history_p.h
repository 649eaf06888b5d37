#pragma once
// The rules of an edit session's histories, shared by the files of EditSession (edit_*.cpp): how
// a change on a date closes one version and opens the next, and the words for areas and dates in
// its messages. Not a public API.

#include "edit/edit_session.h"

#include <QCoreApplication>
#include <QStringList>

namespace engdrift {

struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

namespace edit_detail {

void sortHistory(AreaHistory &history);

AreaShape shapeOf(const AreaVersion &version, const Geometry &geometry);

/// A stored version that an edit on the very day it begins replaced: the session keeps it, ended
/// on that day, until save() retracts it from the project (a version is never of zero length).
bool isReplaced(const AreaVersion &v);

bool isReplaced(const PathVersion &v);

/// The index of the current version valid at `date`, or -1.
qsizetype versionAt(const AreaHistory &history, const QDate &date);

/// Why an area has no version at `date`: the period it does exist in.
Error notValidAt(qint64 areaId, const AreaHistory &history, const QDate &date);

/// Geometry edits need the version valid at the date to be the last one, still open.
std::optional<Error> requireLast(qint64 areaId, const AreaHistory &history, qsizetype index);

/// Rule of every change: the version at `from` closes on `from` and `next` takes over until that
/// version's end (later versions stay). A version that begins on `from` is replaced: an unsaved
/// one at once, a stored one is kept ended on that day (isReplaced) and retracted on save.
void changeFrom(AreaHistory &history, qsizetype index, const QDate &from, AreaShape next);

/// The version at `from` ends on `from`. A new, unsaved version that begins on `from` is dropped
/// (it would never be valid) and returned; a stored one is kept ended on that day (isReplaced)
/// and retracted on save.
std::optional<AreaShape> endAt(AreaHistory &history, qsizetype index, const QDate &from);

/// The history to keep for an area after an edit: a new area with no version left is forgotten.
std::optional<AreaHistory> keptHistory(qint64 areaId, const AreaHistory &history);

QList<qint64> uniqueIds(const QList<qint64> &ids);

QString idList(const QList<qint64> &ids);

/// "a", "a and b", "a, b and c".
QString joinAnd(const QStringList &parts);

/// An area in m² with as few decimals as say something: 3.4, 0.8, 0.03, 120.
QString formatM2(double m2);

/// The text with its first letter in upper case, for a name that begins a sentence.
QString capitalized(const QString &text);

Result<Geometry> geometryOf(const AreaShape &shape);

/// Checks a drawn outline against the areas around it at `from`: snapped (if asked), valid,
/// overlaps refused or clipped. `self` (if not 0) is the area being reshaped; `subject` names the
/// shape in the middle of a sentence ("the new area", "area 12").
Result<Geometry> fitOutline(const EditSession &session, const Geometry &geometry, const QDate &from,
                            const OverlapRules &rules, qint64 self, const QString &subject);

EditStep makeStep(const QHash<qint64, AreaHistory> &current, const QString &description,
                  const QHash<qint64, std::optional<AreaHistory>> &after, const QList<qint64> &created = {});

} // namespace edit_detail
} // namespace engdrift
