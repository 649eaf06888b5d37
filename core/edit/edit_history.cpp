// EditSession's rules for histories: see edit/edit_history_p.h.

#include "edit/edit_history_p.h"

#include "util/dates.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace engdrift::edit_detail {

void sortHistory(AreaHistory &history)
{
    std::stable_sort(history.begin(), history.end(),
                     [](const AreaShape &a, const AreaShape &b) { return a.version.validFrom < b.version.validFrom; });
}

AreaShape shapeOf(const AreaVersion &version, const Geometry &geometry)
{
    return AreaShape{version, geometry.toWkb(), geometry.envelope()};
}

/// A stored version that an edit on the very day it begins replaced: the session keeps it, ended
/// on that day, until save() retracts it from the project (a version is never of zero length).
bool isReplaced(const AreaVersion &v)
{
    return v.fid > 0 && v.validTo.isValid() && v.validTo <= v.validFrom;
}

bool isReplaced(const PathVersion &v)
{
    return v.fid > 0 && v.validTo.isValid() && v.validTo <= v.validFrom;
}

/// The index of the current version valid at `date`, or -1.
qsizetype versionAt(const AreaHistory &history, const QDate &date)
{
    for (qsizetype i = 0; i < history.size(); ++i) {
        const AreaVersion &v = history.at(i).version;
        if (v.status == AreaStatus::Current && v.isValidAt(date))
            return i;
    }
    return -1;
}

/// Why an area has no version at `date`: the period it does exist in.
Error notValidAt(qint64 areaId, const AreaHistory &history, const QDate &date)
{
    QDate first, last;
    bool open = false, any = false;
    for (const AreaShape &shape : history) {
        const AreaVersion &v = shape.version;
        if (v.status != AreaStatus::Current || isReplaced(v))
            continue;
        if (!any || v.validFrom < first)
            first = v.validFrom;
        if (!v.validTo.isValid())
            open = true;
        else if (!last.isValid() || v.validTo > last)
            last = v.validTo;
        any = true;
    }
    if (!any)
        return makeError(EditText::tr("Area %1 exists only as a proposal; it cannot be edited.").arg(areaId));
    if (open)
        return makeError(EditText::tr("Area %1 does not exist on %2; it exists from %3.")
                             .arg(areaId)
                             .arg(isoDate(date), isoDate(first)));
    return makeError(EditText::tr("Area %1 does not exist on %2; it exists from %3 until %4.")
                         .arg(areaId)
                         .arg(isoDate(date), isoDate(first), isoDate(last)));
}

/// Geometry edits need the version valid at the date to be the last one, still open.
std::optional<Error> requireLast(qint64 areaId, const AreaHistory &history, qsizetype index)
{
    const AreaVersion &v = history.at(index).version;
    if (!v.validTo.isValid())
        return std::nullopt;
    QDate next;
    for (const AreaShape &shape : history) {
        const AreaVersion &later = shape.version;
        if (later.status == AreaStatus::Current && !isReplaced(later) && later.validFrom >= v.validTo &&
            (!next.isValid() || later.validFrom < next))
            next = later.validFrom;
    }
    if (next.isValid())
        return makeError(EditText::tr("Area %1 has a later change on %2; edit from that date or later.")
                             .arg(areaId)
                             .arg(isoDate(next)));
    return makeError(EditText::tr("Area %1 ends on %2; only an area that is still valid can be reshaped, split, "
                                  "merged or retired.")
                         .arg(areaId)
                         .arg(isoDate(v.validTo)));
}

/// Rule of every change: the version at `from` closes on `from` and `next` takes over until that
/// version's end (later versions stay). A version that begins on `from` is replaced: an unsaved
/// one at once, a stored one is kept ended on that day (isReplaced) and retracted on save.
void changeFrom(AreaHistory &history, qsizetype index, const QDate &from, AreaShape next)
{
    AreaShape &old = history[index];
    next.version.fid = 0;
    next.version.validFrom = from;
    next.version.validTo = old.version.validTo;
    if (old.version.fid == 0 && old.version.validFrom == from) {
        old = std::move(next);
    } else {
        old.version.validTo = from;
        history.insert(index + 1, std::move(next));
    }
    sortHistory(history);
}

/// The version at `from` ends on `from`. A new, unsaved version that begins on `from` is dropped
/// (it would never be valid) and returned; a stored one is kept ended on that day (isReplaced)
/// and retracted on save.
std::optional<AreaShape> endAt(AreaHistory &history, qsizetype index, const QDate &from)
{
    AreaShape &version = history[index];
    if (version.version.fid == 0 && version.version.validFrom == from)
        return history.takeAt(index);
    version.version.validTo = from;
    return std::nullopt;
}

/// The history to keep for an area after an edit: a new area with no version left is forgotten.
std::optional<AreaHistory> keptHistory(qint64 areaId, const AreaHistory &history)
{
    if (areaId < 0 && history.isEmpty())
        return std::nullopt;
    return history;
}

QList<qint64> uniqueIds(const QList<qint64> &ids)
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    }
    return unique;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

/// "a", "a and b", "a, b and c".
QString joinAnd(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return EditText::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

/// An area in m² with as few decimals as say something: 3.4, 0.8, 0.03, 120.
QString formatM2(double m2)
{
    QString text = QString::number(m2, 'f', m2 < 1 ? 2 : 1);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

/// The text with its first letter in upper case, for a name that begins a sentence.
QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

Result<Geometry> geometryOf(const AreaShape &shape)
{
    auto g = Geometry::fromWkb(shape.wkb);
    if (!g.ok())
        return makeError(EditText::tr("Area %1 (version from %2): %3")
                             .arg(shape.version.areaId)
                             .arg(isoDate(shape.version.validFrom), g.errorMessage()));
    return g;
}

/// Checks a drawn outline against the areas around it at `from`: snapped (if asked), valid,
/// overlaps refused or clipped. `self` (if not 0) is the area being reshaped; `subject` names the
/// shape in the middle of a sentence ("the new area", "area 12").
Result<Geometry> fitOutline(const EditSession &session, const Geometry &geometry, const QDate &from,
                            const OverlapRules &rules, qint64 self, const QString &subject)
{
    const QString sentenceStart = capitalized(subject);
    if (geometry.isNull() || geometry.isEmpty())
        return makeError(EditText::tr("%1 needs an outline.").arg(sentenceStart));
    if (!geometry.isPolygonal())
        return makeError(EditText::tr("The outline of %1 must be a polygon, not a %2.").arg(subject, geometry.geometryType()));
    if (!std::isfinite(rules.snapTolerance) || rules.snapTolerance < 0 || !std::isfinite(rules.overlapTolerance) ||
        rules.overlapTolerance < 0)
        return makeError(EditText::tr("The snapping distance and the overlap tolerance must be zero or more."));

    const double reach = rules.snapTolerance + 1.0;
    const QRectF box = geometry.envelope().adjusted(-reach, -reach, reach, reach);
    auto around = session.areasAt(from, box);
    if (!around.ok())
        return around.error();
    QList<qint64> ids;
    std::vector<Geometry> geometries;
    geometries.reserve(static_cast<size_t>(around->size()));
    for (const AreaShape &shape : *around) {
        if (self != 0 && shape.version.areaId == self)
            continue;
        auto g = geometryOf(shape);
        if (!g.ok())
            return g.error();
        ids << shape.version.areaId;
        geometries.push_back(std::move(g).value());
    }
    QList<const Geometry *> neighbours;
    for (const Geometry &g : geometries)
        neighbours << &g;

    Geometry outline = geometry.clone();
    if (rules.snapTolerance > 0) {
        auto snapped = snapTo(outline, neighbours, rules.snapTolerance);
        if (!snapped.ok())
            return makeError(EditText::tr("%1: %2").arg(sentenceStart, snapped.errorMessage()));
        outline = std::move(snapped).value();
    }
    if (outline.isEmpty() || !outline.isPolygonal())
        return makeError(EditText::tr("Nothing polygonal is left of the outline of %1 after snapping; draw it again.").arg(subject));
    if (!outline.isValid()) {
        const QString reason = outline.invalidReason();
        if (reason.contains(QLatin1String("elf-intersection")))
            return makeError(EditText::tr("The outline of %1 crosses itself (%2); draw it again.").arg(subject, reason));
        return makeError(EditText::tr("The outline of %1 is not a valid polygon (%2); draw it again.").arg(subject, reason));
    }

    const QList<double> overlaps = overlapAreas(outline, neighbours);
    QStringList overlapTexts;
    QList<qint64> overlapping;
    for (qsizetype i = 0; i < overlaps.size(); ++i) {
        if (std::isnan(overlaps.at(i)))
            return makeError(EditText::tr("Cannot tell how much %1 overlaps area %2; check the outline of area %2.")
                                 .arg(subject)
                                 .arg(ids.at(i)));
        if (overlaps.at(i) > rules.overlapTolerance) {
            overlapTexts << EditText::tr("area %1 by %2 m²").arg(ids.at(i)).arg(formatM2(overlaps.at(i)));
            overlapping << ids.at(i);
        }
    }
    if (overlapping.isEmpty())
        return outline;
    if (rules.policy == OverlapPolicy::Refuse)
        return makeError(EditText::tr("%1 overlaps %2. Move the outline off the neighbouring areas, or let the "
                                      "overlaps be cut away.")
                             .arg(sentenceStart, joinAnd(overlapTexts)));
    auto clipped = clipAway(outline, neighbours);
    if (!clipped.ok())
        return makeError(EditText::tr("%1: %2").arg(sentenceStart, clipped.errorMessage()));
    if (clipped->isEmpty())
        return makeError(EditText::tr("Nothing is left of %1 once the areas it overlaps (%2) are cut away.")
                             .arg(subject, idList(overlapping)));
    return std::move(clipped).value();
}

EditStep makeStep(const QHash<qint64, AreaHistory> &current, const QString &description,
                  const QHash<qint64, std::optional<AreaHistory>> &after, const QList<qint64> &created)
{
    EditStep step;
    step.description = description;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto found = current.constFind(it.key());
        step.before.insert(it.key(), found == current.cend() ? std::nullopt : std::optional<AreaHistory>(found.value()));
    }
    step.after = after;
    step.createdAreaIds = created;
    return step;
}

} // namespace engdrift::edit_detail
