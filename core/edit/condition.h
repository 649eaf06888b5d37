#pragma once
// Habitat condition: record the condition of areas from a date, keeping their history
// (the biodiversity metric's condition, model/biodiversity.h).
//
// Like tagging (edit/tagging.h): for each area the version valid at the date is closed on that date
// and a new version with the new condition opens on it (ending where the old one ended, so later
// versions stay as they are; a version that begins on the very date is replaced). All areas change
// in one transaction: if one cannot, none does. Called inside an open transaction of the store, it
// works in that one and leaves the commit to the caller.
//
// Which edits keep the condition: a condition belongs to a habitat, so a change of care type
// (tagging, a proposal carried out) resets it to unset, the new care type's default in the
// catalogue; an edit of the outline, a split, a merge into the largest area's care type and a move
// to another department keep it.

#include "model/area_version.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

class ProjectStore;

struct ConditionRequest
{
    QList<qint64> areaIds;
    std::optional<HabitatCondition> condition; ///< unset: back to the care type's default
    QDate from;
};

struct ConditionResult
{
    int changed = 0;
    int unchanged = 0; ///< already had that condition at that date
};

/// `read`: the versions the caller read (by area id), as for tagAreas(): an area changed by someone
/// else since is a conflict and nothing is written.
Result<ConditionResult> setAreaCondition(ProjectStore &store, const ConditionRequest &request,
                                         const QHash<qint64, AreaVersion> &read = {});

/// The condition in words, for people ("Fairly good"; Danish "Nogenlunde god"), translated.
QString conditionName(HabitatCondition condition);
/// The strategic significance in words ("Medium"), translated.
QString significanceName(StrategicSignificance significance);

/// The condition an area version counts with: its own, else its care type's default in the
/// catalogue (Moderate for a care type the catalogue lacks, as the catalogue's own default).
class Catalogue;
HabitatCondition effectiveCondition(const AreaVersion &version, const Catalogue &catalogue);

} // namespace engdrift
