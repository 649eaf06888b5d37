#include "edit/edit_session.h"

#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace engdrift {
namespace {
struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(Edit)
};
} // namespace
namespace {

constexpr int kFormatVersion = 1;

/// Do two rectangles meet (touching counts)? QRectF::intersects() says no for touching edges and
/// for the zero-width envelope of a degenerate shape.
bool rectsMeet(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

/// The versions valid at `date` (status current) in `histories`, by area id.
QList<AreaShape> shapesIn(const QHash<qint64, AreaHistory> &histories, const QDate &date,
                          const std::optional<QRectF> &bounds, const std::optional<DepartmentKey> &department)
{
    QList<AreaShape> shapes;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        for (const AreaShape &shape : it.value()) {
            const AreaVersion &v = shape.version;
            if (v.status != AreaStatus::Current || !v.isValidAt(date))
                continue;
            if (department && v.department != *department)
                continue;
            if (bounds && !rectsMeet(*bounds, shape.bounds))
                continue;
            shapes << shape;
        }
    }
    std::sort(shapes.begin(), shapes.end(),
              [](const AreaShape &a, const AreaShape &b) { return a.version.areaId < b.version.areaId; });
    return shapes;
}

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
                                  "merged or removed.")
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
                  const QHash<qint64, std::optional<AreaHistory>> &after, const QList<qint64> &created = {})
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

// --- JSON

QString statusText(AreaStatus status)
{
    return status == AreaStatus::Proposed ? QStringLiteral("proposed") : QStringLiteral("current");
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonObject versionToJson(const AreaShape &shape)
{
    const AreaVersion &v = shape.version;
    QJsonArray lineage;
    for (qint64 id : v.lineage)
        lineage.append(id);
    QJsonObject o;
    o.insert(QStringLiteral("fid"), v.fid);
    o.insert(QStringLiteral("area_id"), v.areaId);
    o.insert(QStringLiteral("valid_from"), dateValue(v.validFrom));
    o.insert(QStringLiteral("valid_to"), dateValue(v.validTo));
    o.insert(QStringLiteral("org_no"), v.department.orgNo);
    o.insert(QStringLiteral("dept_no"), v.department.deptNo);
    o.insert(QStringLiteral("care_type"), v.careType);
    o.insert(QStringLiteral("status"), statusText(v.status));
    o.insert(QStringLiteral("proposal_id"), v.proposalId ? QJsonValue(*v.proposalId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("lineage"), lineage);
    o.insert(QStringLiteral("note"), v.note);
    o.insert(QStringLiteral("area_m2"), v.areaM2);
    o.insert(QStringLiteral("source"), v.source);
    o.insert(QStringLiteral("source_fid"), v.sourceFid);
    o.insert(QStringLiteral("wkb"), QString::fromLatin1(shape.wkb.toHex()));
    return o;
}

/// Reads the fields of the serialized edits, remembering the first thing that is wrong.
class JsonReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QJsonValue field(const QJsonObject &o, const QString &where, const QString &key, QJsonValue::Type type,
                     bool nullable = false)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined())
            fail(EditText::tr("%1 has no \"%2\"").arg(where, key));
        else if (!(nullable && value.isNull()) && value.type() != type)
            fail(EditText::tr("\"%2\" of %1 has the wrong type").arg(where, key));
        return value;
    }
    qint64 integer(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QJsonValue value = field(o, where, key, QJsonValue::Double);
        const double d = value.toDouble();
        if (!failed() && (d != std::floor(d) || std::abs(d) > 9007199254740992.0))
            fail(EditText::tr("\"%2\" of %1 is not a whole number").arg(where, key));
        return value.toInteger();
    }
    QString text(const QJsonObject &o, const QString &where, const QString &key)
    {
        return field(o, where, key, QJsonValue::String).toString();
    }
    QDate date(const QJsonObject &o, const QString &where, const QString &key, bool nullable)
    {
        const QJsonValue value = field(o, where, key, QJsonValue::String, nullable);
        if (failed() || value.isNull())
            return {};
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            fail(EditText::tr("\"%2\" of %1 is not a date (YYYY-MM-DD): \"%3\"").arg(where, key, value.toString()));
        return d;
    }

private:
    QString m_error;
};

std::optional<AreaShape> versionFromJson(JsonReader &r, const QJsonObject &o, const QString &where)
{
    AreaShape shape;
    AreaVersion &v = shape.version;
    v.fid = r.integer(o, where, QStringLiteral("fid"));
    v.areaId = r.integer(o, where, QStringLiteral("area_id"));
    v.validFrom = r.date(o, where, QStringLiteral("valid_from"), false);
    v.validTo = r.date(o, where, QStringLiteral("valid_to"), true);
    v.department.orgNo = static_cast<int>(r.integer(o, where, QStringLiteral("org_no")));
    v.department.deptNo = static_cast<int>(r.integer(o, where, QStringLiteral("dept_no")));
    v.careType = r.text(o, where, QStringLiteral("care_type"));
    const QString status = r.text(o, where, QStringLiteral("status"));
    const QJsonValue proposal = r.field(o, where, QStringLiteral("proposal_id"), QJsonValue::Double, true);
    const QJsonValue lineage = r.field(o, where, QStringLiteral("lineage"), QJsonValue::Array);
    v.note = r.text(o, where, QStringLiteral("note"));
    v.areaM2 = r.field(o, where, QStringLiteral("area_m2"), QJsonValue::Double).toDouble();
    v.source = r.text(o, where, QStringLiteral("source"));
    v.sourceFid = r.text(o, where, QStringLiteral("source_fid"));
    const QString wkbHex = r.text(o, where, QStringLiteral("wkb"));
    if (r.failed())
        return std::nullopt;

    if (status == QLatin1String("current"))
        v.status = AreaStatus::Current;
    else if (status == QLatin1String("proposed"))
        v.status = AreaStatus::Proposed;
    else
        r.fail(EditText::tr("\"status\" of %1 is \"%2\", not \"current\" or \"proposed\"").arg(where, status));
    if (!proposal.isNull())
        v.proposalId = proposal.toInteger();
    for (const QJsonValue &id : lineage.toArray()) {
        if (!id.isDouble())
            r.fail(EditText::tr("\"lineage\" of %1 holds something that is not an area id").arg(where));
        v.lineage << id.toInteger();
    }
    if (v.fid < 0)
        r.fail(EditText::tr("\"fid\" of %1 is negative").arg(where));
    if (v.validTo.isValid() && v.validTo < v.validFrom)
        r.fail(EditText::tr("%1 ends before it begins").arg(where));
    shape.wkb = QByteArray::fromHex(wkbHex.toLatin1());
    auto geometry = Geometry::fromWkb(shape.wkb);
    if (!geometry.ok() || !geometry->isPolygonal())
        r.fail(EditText::tr("\"wkb\" of %1 is not a polygon").arg(where));
    else
        shape.bounds = geometry->envelope();
    if (r.failed())
        return std::nullopt;
    return shape;
}

} // namespace

// --- EditOverlay

QList<AreaShape> EditOverlay::shapesAt(const QDate &date, const std::optional<QRectF> &bounds) const
{
    return shapesIn(histories, date, bounds, std::nullopt);
}

QHash<qint64, AreaShape> EditOverlay::plannedShapes(qint64 proposalId, const std::optional<QRectF> &bounds) const
{
    QHash<qint64, AreaShape> planned;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        for (const AreaShape &shape : it.value()) {
            const AreaVersion &v = shape.version;
            if (v.status == AreaStatus::Proposed && v.proposalId == proposalId && (!bounds || rectsMeet(*bounds, shape.bounds)))
                planned.insert(it.key(), shape);
        }
    }
    return planned;
}

QList<PathShape> EditOverlay::pathsAt(const QDate &date, const std::optional<qint64> &proposalId,
                                      const std::optional<QRectF> &bounds) const
{
    QList<PathShape> shapes;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        for (const PathShape &shape : it.value()) {
            const PathVersion &v = shape.version;
            const bool current = v.status == AreaStatus::Current && v.isValidAt(date);
            const bool planned = proposalId && v.status == AreaStatus::Proposed && v.proposalId == proposalId;
            if ((current || planned) && (!bounds || rectsMeet(*bounds, shape.bounds)))
                shapes << shape;
        }
    }
    return shapes;
}

// --- EditSession

EditSession::EditSession(ProjectStore &store) : m_store(store) {}

std::optional<Error> EditSession::refuseInProposal(const QString &what) const
{
    if (!m_proposal)
        return std::nullopt;
    return makeError(EditText::tr("A proposal plans new care types and new areas; %1 is done on today's map. Leave the "
                                  "proposal view first.")
                         .arg(what));
}

Result<EditStep> EditSession::retagPlanned(const QList<qint64> &areaIds, const QString &careType, const QDate &from)
{
    const qint64 proposal = *m_proposal;
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        // The area's planned version in this proposal, if it has one already.
        qsizetype planned = -1;
        for (qsizetype i = 0; i < history->size(); ++i) {
            const AreaVersion &v = history->at(i).version;
            if (v.status == AreaStatus::Proposed && v.proposalId == proposal)
                planned = i;
        }
        if (planned >= 0) {
            if (history->at(planned).version.careType == careType)
                continue;
            (*history)[planned].version.careType = careType;
        } else {
            const qsizetype index = versionAt(*history, from);
            if (index < 0)
                return notValidAt(id, *history, from);
            if (history->at(index).version.careType == careType)
                continue;
            AreaShape next = history->at(index);
            next.version.fid = 0;
            next.version.status = AreaStatus::Proposed;
            next.version.proposalId = proposal;
            next.version.careType = careType;
            next.version.validFrom = from;
            next.version.validTo = QDate();
            history->append(std::move(next));
            sortHistory(*history);
        }
        after.insert(id, std::move(history).value());
    }
    if (after.isEmpty())
        return makeError(EditText::tr("Nothing to change: the proposal already gives the areas the care type %1.")
                             .arg(m_store.catalogue().careTypeName(careType, currentLanguage())));
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Plan the care type of %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

std::shared_ptr<const EditOverlay> EditSession::overlay() const
{
    // (plannedShapes() reads the proposal's versions from the histories; the renderer asks for them.)
    auto snapshot = std::make_shared<EditOverlay>();
    snapshot->histories = m_histories;
    snapshot->paths = m_paths;
    return snapshot;
}

Result<AreaHistory> EditSession::history(qint64 areaId) const
{
    auto edited = editedHistory(areaId);
    if (!edited.ok())
        return edited;
    AreaHistory shown;
    for (const AreaShape &shape : *edited) {
        if (!isReplaced(shape.version))
            shown << shape;
    }
    return shown;
}

Result<AreaHistory> EditSession::editedHistory(qint64 areaId) const
{
    const auto found = m_histories.constFind(areaId);
    if (found != m_histories.cend())
        return found.value();
    return loadHistory(areaId);
}

Result<AreaHistory> EditSession::loadHistory(qint64 areaId) const
{
    if (areaId <= 0)
        return makeError(EditText::tr("There is no area %1 in the project.").arg(areaId));
    AreaQuery query;
    query.areaIds = {areaId};
    query.status.reset();
    query.ordered = true;
    AreaHistory history;
    qint64 missingGeometry = 0;
    auto done = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
        if (!g || g->isEmpty()) {
            missingGeometry = v.fid;
            return false;
        }
        history << shapeOf(v, *g);
        return true;
    });
    if (!done.ok())
        return done.error();
    if (missingGeometry != 0)
        return makeError(EditText::tr("Area %1: version %2 has no outline in the project %3.")
                             .arg(areaId)
                             .arg(missingGeometry)
                             .arg(m_store.path()));
    if (history.isEmpty())
        return makeError(EditText::tr("There is no area %1 in the project.").arg(areaId));
    sortHistory(history);
    return history;
}

Result<QList<AreaShape>> EditSession::areasAt(const QDate &date, const std::optional<QRectF> &bounds,
                                              const std::optional<DepartmentKey> &department) const
{
    if (!date.isValid())
        return makeError(EditText::tr("Which date should the map show? The date is missing."));
    AreaQuery query;
    query.at = date;
    query.bounds = bounds;
    query.department = department;
    query.status = AreaStatus::Current;
    query.ordered = false;
    QList<AreaShape> shapes;
    auto done = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
        if (!m_histories.contains(v.areaId) && g && !g->isNull())
            shapes << shapeOf(v, *g);
        return true;
    });
    if (!done.ok())
        return done.error();
    shapes << shapesIn(m_histories, date, bounds, department);
    if (!m_proposal)
        return shapes;

    // The map as the proposal plans it: planned versions replace the areas' current ones, and
    // planned new areas join them.
    QHash<qint64, AreaShape> planned = overlay()->plannedShapes(*m_proposal, bounds);
    AreaQuery plannedQuery;
    plannedQuery.status = AreaStatus::Proposed;
    plannedQuery.proposalId = m_proposal;
    plannedQuery.bounds = bounds;
    plannedQuery.department = department;
    plannedQuery.ordered = false;
    auto stored = m_store.forEachArea(plannedQuery, true, [&](const AreaVersion &v, const Geometry *g) {
        if (!m_histories.contains(v.areaId) && g && !g->isNull())
            planned.insert(v.areaId, shapeOf(v, *g));
        return true;
    });
    if (!stored.ok())
        return stored.error();
    for (AreaShape &shape : shapes) {
        const auto found = planned.constFind(shape.version.areaId);
        if (found != planned.cend()) {
            shape = found.value();
            planned.remove(shape.version.areaId);
        }
    }
    for (auto it = planned.cbegin(); it != planned.cend(); ++it) {
        if (!department || it->version.department == *department)
            shapes << it.value();
    }
    return shapes;
}

Result<EditStep> EditSession::retag(const QList<qint64> &areaIds, const QString &careType, const QDate &from)
{
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to give a care type."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the new care type applies from."));
    if (!m_store.catalogue().find(careType))
        return makeError(EditText::tr("\"%1\" is not a care type of the catalogue %2.").arg(careType, m_store.catalogue().id()));
    if (m_proposal)
        return retagPlanned(areaIds, careType, from);
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (history->at(index).version.careType == careType)
            continue;
        AreaShape next = history->at(index);
        next.version.careType = careType;
        changeFrom(*history, index, from, std::move(next));
        after.insert(id, std::move(history).value());
    }
    if (after.isEmpty())
        return makeError(EditText::tr("Nothing to change: the areas already have the care type %1 on %2.")
                             .arg(m_store.catalogue().careTypeName(careType, currentLanguage()), isoDate(from)));
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Set the care type of %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::setNote(const QList<qint64> &areaIds, const QString &note, const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("writing notes")))
        return *refused;
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to write the note on."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the note applies from."));
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (history->at(index).version.note == note)
            continue;
        AreaShape next = history->at(index);
        next.version.note = note;
        changeFrom(*history, index, from, std::move(next));
        after.insert(id, std::move(history).value());
    }
    if (after.isEmpty())
        return makeError(EditText::tr("Nothing to change: the areas already have this note on %1.").arg(isoDate(from)));
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Change the note of %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::addArea(const Geometry &geometry, const DepartmentKey &department, const QString &careType,
                                      const QDate &from, const OverlapRules &rules)
{
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the new area is valid from."));
    auto dept = m_store.department(department);
    if (!dept.ok())
        return dept.error();
    if (!dept->has_value())
        return makeError(EditText::tr("Department %1 does not exist in the project; add it before its areas.")
                             .arg(department.toString()));
    if (!m_store.catalogue().find(careType))
        return makeError(EditText::tr("\"%1\" is not a care type of the catalogue %2.").arg(careType, m_store.catalogue().id()));
    auto outline = fitOutline(*this, geometry, from, rules, 0, EditText::tr("the new area"));
    if (!outline.ok())
        return outline.error();

    AreaVersion v;
    v.areaId = allocateTemporaryId();
    v.validFrom = from;
    v.department = department;
    v.careType = careType;
    v.status = m_proposal ? AreaStatus::Proposed : AreaStatus::Current;
    v.proposalId = m_proposal;
    v.areaM2 = outline->area();
    QHash<qint64, std::optional<AreaHistory>> after;
    after.insert(v.areaId, AreaHistory{shapeOf(v, *outline)});
    EditStep step = makeStep(m_histories, EditText::tr("Add an area"), after, {v.areaId});
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::reshape(qint64 areaId, const Geometry &geometry, const QDate &from, const OverlapRules &rules)
{
    if (auto refused = refuseInProposal(EditText::tr("reshaping")))
        return *refused;
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the new outline applies from."));
    auto history = editedHistory(areaId);
    if (!history.ok())
        return history.error();
    const qsizetype index = versionAt(*history, from);
    if (index < 0)
        return notValidAt(areaId, *history, from);
    if (auto notLast = requireLast(areaId, *history, index))
        return *notLast;
    const QString subject = EditText::tr("area %1").arg(areaId);
    auto outline = fitOutline(*this, geometry, from, rules, areaId, subject);
    if (!outline.ok())
        return outline.error();
    auto old = geometryOf(history->at(index));
    if (!old.ok())
        return old.error();
    if (old->equalsExact(*outline))
        return makeError(EditText::tr("Nothing to change: the outline of area %1 is the same as before.").arg(areaId));

    AreaShape next = shapeOf(history->at(index).version, *outline);
    next.version.areaM2 = outline->area();
    changeFrom(*history, index, from, std::move(next));
    QHash<qint64, std::optional<AreaHistory>> after;
    after.insert(areaId, std::move(history).value());
    EditStep step = makeStep(m_histories, EditText::tr("Reshape area %1").arg(areaId), after);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::split(qint64 areaId, const Geometry &line, const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("splitting")))
        return *refused;
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the split applies from."));
    auto history = editedHistory(areaId);
    if (!history.ok())
        return history.error();
    const qsizetype index = versionAt(*history, from);
    if (index < 0)
        return notValidAt(areaId, *history, from);
    if (auto notLast = requireLast(areaId, *history, index))
        return *notLast;
    const AreaShape old = history->at(index);
    auto geometry = geometryOf(old);
    if (!geometry.ok())
        return geometry.error();
    auto pieces = splitPolygon(*geometry, line);
    if (!pieces.ok())
        return makeError(EditText::tr("Cannot split area %1: %2.").arg(areaId).arg(pieces.errorMessage()));

    endAt(*history, index, from);
    // A new area split on the day it begins leaves no trace: its pieces come from its own parents.
    const bool leftNoTrace = std::all_of(history->cbegin(), history->cend(),
                                         [](const AreaShape &shape) { return isReplaced(shape.version); });
    const QList<qint64> lineage = leftNoTrace ? old.version.lineage : QList<qint64>{areaId};
    QHash<qint64, std::optional<AreaHistory>> after;
    after.insert(areaId, keptHistory(areaId, *history));
    QList<qint64> created;
    for (const Geometry &piece : *pieces) {
        AreaVersion v;
        v.areaId = allocateTemporaryId();
        v.validFrom = from;
        v.department = old.version.department;
        v.careType = old.version.careType;
        v.status = AreaStatus::Current;
        v.lineage = lineage;
        v.note = old.version.note;
        v.areaM2 = piece.area();
        after.insert(v.areaId, AreaHistory{shapeOf(v, piece)});
        created << v.areaId;
    }
    EditStep step = makeStep(m_histories,
                             EditText::tr("Split area %1 in %2").arg(areaId).arg(created.size()), after, created);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::merge(const QList<qint64> &areaIds, const QDate &from, const QString &careType)
{
    if (auto refused = refuseInProposal(EditText::tr("merging")))
        return *refused;
    const QList<qint64> ids = uniqueIds(areaIds);
    if (ids.size() < 2)
        return makeError(EditText::tr("Choose at least two areas to merge."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the merge applies from."));
    if (!careType.isEmpty() && !m_store.catalogue().find(careType))
        return makeError(EditText::tr("\"%1\" is not a care type of the catalogue %2.").arg(careType, m_store.catalogue().id()));

    QList<AreaHistory> histories;
    QList<qsizetype> indexes;
    std::vector<Geometry> geometries;
    for (qint64 id : ids) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (auto notLast = requireLast(id, *history, index))
            return *notLast;
        auto geometry = geometryOf(history->at(index));
        if (!geometry.ok())
            return geometry.error();
        geometries.push_back(std::move(geometry).value());
        indexes << index;
        histories << std::move(history).value();
    }
    const DepartmentKey department = histories.first().at(indexes.first()).version.department;
    bool oneDepartment = true;
    QStringList belongs;
    qsizetype largest = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const AreaVersion &v = histories.at(i).at(indexes.at(i)).version;
        oneDepartment = oneDepartment && v.department == department;
        belongs << EditText::tr("%1 (department %2)").arg(ids.at(i)).arg(v.department.toString());
        if (v.areaM2 > histories.at(largest).at(indexes.at(largest)).version.areaM2)
            largest = i;
    }
    if (!oneDepartment)
        return makeError(EditText::tr("Areas %1 belong to different departments; only areas of one department can be merged.")
                             .arg(joinAnd(belongs)));
    QList<const Geometry *> parts;
    for (const Geometry &g : geometries)
        parts << &g;
    auto merged = mergePolygons(parts);
    if (!merged.ok())
        return makeError(EditText::tr("Cannot merge areas %1: %2.").arg(idList(ids), merged.errorMessage()));

    const AreaVersion biggest = histories.at(largest).at(indexes.at(largest)).version;
    QHash<qint64, std::optional<AreaHistory>> after;
    QList<qint64> lineage;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        AreaHistory &history = histories[i];
        const std::optional<AreaShape> dropped = endAt(history, indexes.at(i), from);
        // A new area merged on the day it begins leaves no trace: the merge comes from its parents.
        const bool leftNoTrace = std::all_of(history.cbegin(), history.cend(),
                                             [](const AreaShape &shape) { return isReplaced(shape.version); });
        if (leftNoTrace && (dropped || !history.isEmpty()))
            lineage << (dropped ? dropped->version.lineage : history.last().version.lineage);
        else
            lineage << ids.at(i);
        after.insert(ids.at(i), keptHistory(ids.at(i), history));
    }
    AreaVersion v;
    v.areaId = allocateTemporaryId();
    v.validFrom = from;
    v.department = department;
    v.careType = careType.isEmpty() ? biggest.careType : careType;
    v.status = AreaStatus::Current;
    v.lineage = uniqueIds(lineage);
    v.note = biggest.note;
    v.areaM2 = merged->area();
    after.insert(v.areaId, AreaHistory{shapeOf(v, *merged)});
    EditStep step = makeStep(m_histories, EditText::tr("Merge areas %1").arg(idList(ids)), after, {v.areaId});
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::remove(const QList<qint64> &areaIds, const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("ending areas")))
        return *refused;
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to remove."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the areas end on."));
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (auto notLast = requireLast(id, *history, index))
            return *notLast;
        endAt(*history, index, from);
        after.insert(id, keptHistory(id, *history));
    }
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Remove %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

void EditSession::apply(const EditStep &step, bool forward)
{
    const auto &states = forward ? step.after : step.before;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value())
            m_histories.insert(it.key(), *it.value());
        else
            m_histories.remove(it.key());
    }
    const auto &paths = forward ? step.pathsAfter : step.pathsBefore;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        if (it.value())
            m_paths.insert(it.key(), *it.value());
        else
            m_paths.remove(it.key());
    }
}

Result<PathHistory> EditSession::pathHistory(qint64 pathId) const
{
    const auto found = m_paths.constFind(pathId);
    if (found != m_paths.cend())
        return found.value();
    if (pathId <= 0)
        return makeError(EditText::tr("There is no path %1 in the project.").arg(pathId));
    ProjectStore::PathQuery query;
    query.pathIds = {pathId};
    query.status.reset();
    PathHistory history;
    auto done = m_store.forEachPath(query, true, [&](const PathVersion &v, const Geometry *g) {
        if (g && !g->isEmpty())
            history << PathShape{v, g->toWkb(), g->envelope()};
        return true;
    });
    if (!done.ok())
        return done.error();
    if (history.isEmpty())
        return makeError(EditText::tr("There is no path %1 in the project.").arg(pathId));
    return history;
}

Result<EditStep> EditSession::addPath(const Geometry &line, const DepartmentKey &department, PathKind kind, double widthM,
                                      const QDate &from)
{
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the path is mown from."));
    if (line.isNull() || !line.isLineal() || line.length() < 0.5)
        return makeError(EditText::tr("A path is a line of at least half a metre."));
    if (!(widthM > 0) || widthM > 20)
        return makeError(EditText::tr("A mown path is 0-20 m wide, not %1 m.").arg(widthM));
    auto dept = m_store.department(department);
    if (!dept.ok())
        return dept.error();
    if (!dept->has_value())
        return makeError(EditText::tr("Department %1 does not exist in the project.").arg(department.toString()));
    PathVersion v;
    v.pathId = allocateTemporaryId();
    v.validFrom = from;
    v.department = department;
    v.kind = kind;
    v.widthM = widthM;
    v.status = m_proposal ? AreaStatus::Proposed : AreaStatus::Current;
    v.proposalId = m_proposal;
    v.lengthM = line.length();
    EditStep step;
    step.description = m_proposal ? EditText::tr("Plan a mown path") : EditText::tr("Add a mown path");
    step.pathsBefore.insert(v.pathId, std::nullopt);
    step.pathsAfter.insert(v.pathId, PathHistory{PathShape{v, line.toWkb(), line.envelope()}});
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::endPaths(const QList<qint64> &pathIds, const QDate &from)
{
    if (pathIds.isEmpty())
        return makeError(EditText::tr("Choose the paths to end."));
    EditStep step;
    for (qint64 id : uniqueIds(pathIds)) {
        auto history = pathHistory(id);
        if (!history.ok())
            return history.error();
        PathHistory next = *history;
        bool changed = false;
        for (qsizetype i = 0; i < next.size(); ++i) {
            PathVersion &v = next[i].version;
            if (m_proposal && v.status == AreaStatus::Proposed && v.proposalId == m_proposal) {
                next.removeAt(i--); // a planned path is simply dropped from the plan
                changed = true;
            } else if (!m_proposal && v.status == AreaStatus::Current && v.isValidAt(from)) {
                if (v.fid == 0 && v.validFrom == from)
                    next.removeAt(i--);
                else
                    v.validTo = from;
                changed = true;
            }
        }
        if (!changed)
            return makeError(EditText::tr("Path %1 is not mown on %2.").arg(id).arg(isoDate(from)));
        step.pathsBefore.insert(id, m_paths.contains(id) ? std::optional<PathHistory>(m_paths.value(id)) : std::nullopt);
        step.pathsAfter.insert(id, (id < 0 && next.isEmpty()) ? std::nullopt : std::optional<PathHistory>(next));
    }
    step.description = EditText::tr("End %n path(s)", nullptr, static_cast<int>(step.pathsAfter.size()));
    apply(step, true);
    return step;
}

Result<QList<PathShape>> EditSession::pathsAt(const QDate &date, const std::optional<QRectF> &bounds,
                                              const std::optional<DepartmentKey> &department) const
{
    QList<PathShape> shapes;
    auto collect = [&](const ProjectStore::PathQuery &query) -> Result<void> {
        return m_store.forEachPath(query, true, [&](const PathVersion &v, const Geometry *g) {
            if (!m_paths.contains(v.pathId) && g && !g->isEmpty())
                shapes << PathShape{v, g->toWkb(), g->envelope()};
            return true;
        });
    };
    ProjectStore::PathQuery current;
    current.at = date;
    current.bounds = bounds;
    current.department = department;
    if (auto done = collect(current); !done.ok())
        return done.error();
    if (m_proposal) {
        ProjectStore::PathQuery planned;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = m_proposal;
        planned.bounds = bounds;
        planned.department = department;
        if (auto done = collect(planned); !done.ok())
            return done.error();
    }
    for (const PathShape &shape : overlay()->pathsAt(date, m_proposal, bounds)) {
        if (!department || shape.version.department == *department)
            shapes << shape;
    }
    return shapes;
}

Result<void> EditSession::savePaths(SaveReport &report)
{
    auto next = m_store.nextPathId();
    if (!next.ok())
        return next.error();
    qint64 nextId = *next;
    QList<qint64> ids = m_paths.keys();
    std::sort(ids.begin(), ids.end(), [](qint64 a, qint64 b) { return (a > 0) != (b > 0) ? a > 0 : (a > 0 ? a < b : a > b); });
    for (qint64 id : ids) {
        const PathHistory history = m_paths.value(id);
        qint64 realId = id > 0 ? id : nextId++;
        if (id > 0) {
            ProjectStore::PathQuery query;
            query.pathIds = {id};
            query.status.reset();
            auto stored = m_store.paths(query);
            if (!stored.ok())
                return stored.error();
            QSet<qint64> kept;
            for (const PathShape &shape : history) {
                const PathVersion &v = shape.version;
                if (v.fid <= 0)
                    continue;
                kept.insert(v.fid);
                for (const PathVersion &s : *stored) {
                    if (s.fid != v.fid)
                        continue;
                    if (isReplaced(v) && s.status == AreaStatus::Current) {
                        if (auto retracted = m_store.retractPathVersion(v.fid); !retracted.ok())
                            return retracted.error();
                        ++report.versionsClosed;
                        continue;
                    }
                    if (s.validTo == v.validTo)
                        continue;
                    if (!v.validTo.isValid() || (s.validTo.isValid() && v.validTo > s.validTo))
                        return makeError(EditText::tr("path %1: the edit would overwrite its history.").arg(id));
                    if (auto closed = m_store.closePathVersion(v.fid, v.validTo); !closed.ok())
                        return closed.error();
                    ++report.versionsClosed;
                }
            }
            for (const PathVersion &s : *stored) {
                if (kept.contains(s.fid))
                    continue;
                if (s.status != AreaStatus::Proposed)
                    return makeError(EditText::tr("path %1 was changed in the project after it was edited here.").arg(id));
                if (auto deleted = m_store.deleteProposedPath(s.fid); !deleted.ok())
                    return deleted.error();
            }
        }
        for (const PathShape &shape : history) {
            if (shape.version.fid > 0)
                continue;
            PathVersion v = shape.version;
            v.pathId = realId;
            auto line = Geometry::fromWkb(shape.wkb);
            if (!line.ok())
                return line.error();
            if (auto inserted = m_store.insertPathVersion(v, *line); !inserted.ok())
                return inserted.error();
            ++report.versionsInserted;
        }
    }
    return {};
}

Result<SaveReport> EditSession::save()
{
    SaveReport report;
    if (!isModified())
        return report;
    auto failed = [](const QString &message) { return makeError(EditText::tr("Nothing was saved: %1").arg(message)); };
    auto failedWith = [](const Error &error) { return rephrased(error, EditText::tr("Nothing was saved: %1").arg(error.message)); };

    auto tx = m_store.begin();
    if (!tx.ok())
        return failedWith(tx.error());

    // Stored areas first (by id), then the new ones in the order they were made (-1, -2, ...).
    QList<qint64> ids = m_histories.keys();
    std::sort(ids.begin(), ids.end(), [](qint64 a, qint64 b) {
        if ((a > 0) != (b > 0))
            return a > 0;
        return a > 0 ? a < b : a > b;
    });
    auto next = m_store.nextAreaId();
    if (!next.ok())
        return failedWith(next.error());
    qint64 nextId = *next;
    for (qint64 id : ids) {
        if (id < 0)
            report.newIds.insert(id, nextId++);
    }
    auto storedId = [&report](qint64 id) -> std::optional<qint64> {
        if (id > 0)
            return id;
        const auto found = report.newIds.constFind(id);
        return found == report.newIds.cend() ? std::nullopt : std::optional<qint64>(found.value());
    };

    for (qint64 id : ids) {
        const AreaHistory history = m_histories.value(id);
        if (id > 0) {
            // Compare with what is stored: versions may only end earlier, none may be lost.
            AreaQuery query;
            query.areaIds = {id};
            query.status.reset();
            auto stored = m_store.areas(query);
            if (!stored.ok())
                return failedWith(stored.error());
            QHash<qint64, AreaVersion> byFid;
            for (const AreaVersion &v : *stored)
                byFid.insert(v.fid, v);
            qsizetype known = 0;
            QSet<qint64> kept;
            for (const AreaShape &shape : history) {
                const AreaVersion &v = shape.version;
                if (v.fid <= 0)
                    continue;
                ++known;
                kept.insert(v.fid);
                const auto found = byFid.constFind(v.fid);
                if (found != byFid.cend() && found->status == AreaStatus::Proposed) {
                    // A planned version is a draft: its care type and note may change in place.
                    if (found->careType != v.careType || found->note != v.note) {
                        if (auto updated = m_store.updateProposedVersion(v); !updated.ok())
                            return failedWith(updated.error());
                        ++report.versionsInserted;
                    }
                    continue;
                }
                if (found == byFid.cend() || found->areaId != id || found->validFrom != v.validFrom)
                    return failed(EditText::tr("area %1 was changed in the project after it was edited here (its "
                                               "version from %2 is no longer there); discard the edits of this area "
                                               "and make them again.")
                                      .arg(id)
                                      .arg(isoDate(v.validFrom)));
                const AreaVersion &s = found.value();
                if (isReplaced(v)) {
                    // Changed on the day it began: the new version replaces it.
                    if (auto retracted = m_store.retractAreaVersion(v.fid); !retracted.ok())
                        return failedWith(retracted.error());
                    ++report.versionsClosed;
                    continue;
                }
                if (v.validTo == s.validTo)
                    continue;
                const bool earlier = v.validTo.isValid() && (!s.validTo.isValid() || v.validTo < s.validTo);
                if (!earlier) {
                    const QString storedEnd = s.validTo.isValid() ? EditText::tr("ends on %1").arg(isoDate(s.validTo))
                                                                  : EditText::tr("is still valid");
                    const QString editedEnd = v.validTo.isValid() ? EditText::tr("end on %1").arg(isoDate(v.validTo))
                                                                  : EditText::tr("be valid again");
                    return failed(EditText::tr("the version of area %1 from %2 %3 in the project, and the edit "
                                               "would make it %4; that would overwrite history.")
                                      .arg(id)
                                      .arg(isoDate(v.validFrom), storedEnd, editedEnd));
                }
                if (auto closed = m_store.closeAreaVersion(v.fid, v.validTo); !closed.ok())
                    return failedWith(closed.error());
                ++report.versionsClosed;
            }
            // Planned versions that the edits dropped are deleted (drafts, not history).
            for (auto it = byFid.cbegin(); it != byFid.cend(); ++it) {
                if (it->status == AreaStatus::Proposed && !kept.contains(it.key())) {
                    if (auto deleted = m_store.deleteProposedVersion(it.key()); !deleted.ok())
                        return failedWith(deleted.error());
                    ++known;
                }
            }
            if (known != byFid.size())
                return failed(EditText::tr("area %1 was changed in the project after it was edited here (it has %2 "
                                           "versions there, the edits know %3); discard the edits of this area and "
                                           "make them again.")
                                  .arg(id)
                                  .arg(byFid.size())
                                  .arg(known));
        }
        for (const AreaShape &shape : history) {
            if (shape.version.fid > 0)
                continue;
            AreaVersion v = shape.version;
            v.areaId = *storedId(id);
            for (qint64 &parent : v.lineage) {
                const auto real = storedId(parent);
                if (!real)
                    return failed(EditText::tr("area %1 comes from the new area %2, which is no longer among the edits.")
                                      .arg(id)
                                      .arg(parent));
                parent = *real;
            }
            auto geometry = geometryOf(shape);
            if (!geometry.ok())
                return failedWith(geometry.error());
            if (auto inserted = m_store.insertAreaVersion(v, *geometry); !inserted.ok())
                return failedWith(inserted.error());
            ++report.versionsInserted;
        }
    }
    if (auto paths = savePaths(report); !paths.ok())
        return failedWith(paths.error());
    if (auto committed = tx->commit(); !committed.ok())
        return failedWith(committed.error());
    m_histories.clear();
    m_paths.clear();
    return report;
}

void EditSession::discard()
{
    m_histories.clear();
    m_paths.clear();
}

QByteArray EditSession::serialize(const QString &baseModified) const
{
    QList<qint64> ids = m_histories.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray areas;
    for (qint64 id : ids) {
        QJsonArray versions;
        for (const AreaShape &shape : m_histories.value(id))
            versions.append(versionToJson(shape));
        QJsonObject area;
        area.insert(QStringLiteral("area_id"), id);
        area.insert(QStringLiteral("history"), versions);
        areas.append(area);
    }
    QJsonArray paths;
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it) {
        QJsonArray versions;
        for (const PathShape &shape : it.value()) {
            const PathVersion &v = shape.version;
            QJsonObject o;
            o.insert(QStringLiteral("fid"), v.fid);
            o.insert(QStringLiteral("path_id"), v.pathId);
            o.insert(QStringLiteral("valid_from"), isoDate(v.validFrom));
            o.insert(QStringLiteral("valid_to"), v.validTo.isValid() ? QJsonValue(isoDate(v.validTo)) : QJsonValue());
            o.insert(QStringLiteral("org_no"), v.department.orgNo);
            o.insert(QStringLiteral("dept_no"), v.department.deptNo);
            o.insert(QStringLiteral("kind"), pathKindCode(v.kind));
            o.insert(QStringLiteral("width_m"), v.widthM);
            o.insert(QStringLiteral("status"), statusText(v.status));
            o.insert(QStringLiteral("proposal_id"), v.proposalId ? QJsonValue(*v.proposalId) : QJsonValue());
            o.insert(QStringLiteral("note"), v.note);
            o.insert(QStringLiteral("wkb"), QString::fromLatin1(shape.wkb.toHex()));
            versions.append(o);
        }
        paths.append(QJsonObject{{QStringLiteral("path_id"), it.key()}, {QStringLiteral("history"), versions}});
    }
    QJsonObject root;
    root.insert(QStringLiteral("paths"), paths);
    root.insert(QStringLiteral("format"), QStringLiteral("engdrift-edits"));
    root.insert(QStringLiteral("format_version"), kFormatVersion);
    root.insert(QStringLiteral("base_modified"), baseModified);
    root.insert(QStringLiteral("last_temporary_id"), m_lastTemporaryId);
    root.insert(QStringLiteral("areas"), areas);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<EditStep> EditSession::restore(const QByteArray &json, const QString &currentModified)
{
    auto damaged = [](const QString &what) {
        return makeError(EditText::tr("The saved edits cannot be read: %1.").arg(what));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(EditText::tr("broken JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return damaged(EditText::tr("the text is not a JSON object"));
    const QJsonObject root = doc.object();
    JsonReader r;
    const QString top = EditText::tr("the file");
    const QString format = r.text(root, top, QStringLiteral("format"));
    const qint64 version = r.integer(root, top, QStringLiteral("format_version"));
    const QString base = r.text(root, top, QStringLiteral("base_modified"));
    const qint64 lastTemporaryId = r.integer(root, top, QStringLiteral("last_temporary_id"));
    const QJsonArray areas = r.field(root, top, QStringLiteral("areas"), QJsonValue::Array).toArray();
    if (r.failed())
        return damaged(r.error());
    if (format != QLatin1String("engdrift-edits"))
        return damaged(EditText::tr("it is not a file of Engdrift edits (format \"%1\")").arg(format));
    if (version != kFormatVersion)
        return damaged(EditText::tr("it has format version %1; this program reads version %2").arg(version).arg(kFormatVersion));
    if (base != currentModified)
        return makeError(EditText::tr("The project was saved after these edits were made (they were made on the project "
                                      "as saved at %1, it is now as saved at %2); they cannot be applied.")
                             .arg(base, currentModified));

    QHash<qint64, AreaHistory> histories;
    qint64 lowest = std::min<qint64>(lastTemporaryId, 0);
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString where = QStringLiteral("areas[%1]").arg(i);
        if (!areas.at(i).isObject())
            return damaged(EditText::tr("%1 is not an object").arg(where));
        const QJsonObject area = areas.at(i).toObject();
        const qint64 areaId = r.integer(area, where, QStringLiteral("area_id"));
        const QJsonArray versions = r.field(area, where, QStringLiteral("history"), QJsonValue::Array).toArray();
        if (r.failed())
            return damaged(r.error());
        if (areaId == 0 || histories.contains(areaId))
            return damaged(EditText::tr("%1 has the area id %2 twice or an id of 0").arg(where).arg(areaId));
        if (versions.isEmpty())
            return damaged(EditText::tr("%1 has no versions").arg(where));
        AreaHistory history;
        for (qsizetype j = 0; j < versions.size(); ++j) {
            const QString at = QStringLiteral("%1.history[%2]").arg(where).arg(j);
            if (!versions.at(j).isObject())
                return damaged(EditText::tr("%1 is not an object").arg(at));
            auto shape = versionFromJson(r, versions.at(j).toObject(), at);
            if (!shape)
                return damaged(r.error());
            if (shape->version.areaId != areaId)
                return damaged(EditText::tr("%1 belongs to area %2, not to area %3").arg(at).arg(shape->version.areaId).arg(areaId));
            if (areaId < 0 && shape->version.fid != 0)
                return damaged(EditText::tr("%1 is a new area but has a stored version (fid %2)").arg(at).arg(shape->version.fid));
            history << *shape;
        }
        sortHistory(history);
        histories.insert(areaId, history);
        lowest = std::min(lowest, areaId);
    }
    QHash<qint64, PathHistory> pathHistories;
    const QJsonArray paths = root.value(QStringLiteral("paths")).toArray();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QJsonObject path = paths.at(i).toObject();
        const qint64 pathId = path.value(QStringLiteral("path_id")).toInteger();
        PathHistory history;
        for (const QJsonValue &value : path.value(QStringLiteral("history")).toArray()) {
            const QJsonObject o = value.toObject();
            PathShape shape;
            PathVersion &v = shape.version;
            v.fid = o.value(QStringLiteral("fid")).toInteger();
            v.pathId = o.value(QStringLiteral("path_id")).toInteger();
            v.validFrom = QDate::fromString(o.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
            v.validTo = QDate::fromString(o.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
            v.department = DepartmentKey{o.value(QStringLiteral("org_no")).toInt(), o.value(QStringLiteral("dept_no")).toInt()};
            v.kind = pathKindFromCode(o.value(QStringLiteral("kind")).toString()).value_or(PathKind::MownPath);
            v.widthM = o.value(QStringLiteral("width_m")).toDouble();
            v.status = o.value(QStringLiteral("status")).toString() == QLatin1String("proposed") ? AreaStatus::Proposed
                                                                                                : AreaStatus::Current;
            if (!o.value(QStringLiteral("proposal_id")).isNull())
                v.proposalId = o.value(QStringLiteral("proposal_id")).toInteger();
            v.note = o.value(QStringLiteral("note")).toString();
            shape.wkb = QByteArray::fromHex(o.value(QStringLiteral("wkb")).toString().toLatin1());
            auto line = Geometry::fromWkb(shape.wkb);
            if (!v.validFrom.isValid() || !line.ok() || v.pathId != pathId)
                return damaged(EditText::tr("paths[%1] is not a path version").arg(i));
            v.lengthM = line->length();
            shape.bounds = line->envelope();
            history << shape;
        }
        if (pathId == 0 || history.isEmpty())
            return damaged(EditText::tr("paths[%1] has no path id or no versions").arg(i));
        pathHistories.insert(pathId, history);
        lowest = std::min(lowest, pathId);
    }
    // One step from the edits before to the restored ones, for the undo stack.
    EditStep step;
    step.description = EditText::tr("Recovered edits");
    auto before = [](const auto &current, qint64 id) {
        const auto found = current.constFind(id);
        return found == current.cend() ? std::nullopt : std::make_optional(found.value());
    };
    for (const QHash<qint64, AreaHistory> *side : {&m_histories, &histories}) {
        for (auto it = side->cbegin(); it != side->cend(); ++it) {
            step.before.insert(it.key(), before(m_histories, it.key()));
            step.after.insert(it.key(), before(histories, it.key()));
        }
    }
    for (const QHash<qint64, PathHistory> *side : {&m_paths, &pathHistories}) {
        for (auto it = side->cbegin(); it != side->cend(); ++it) {
            step.pathsBefore.insert(it.key(), before(m_paths, it.key()));
            step.pathsAfter.insert(it.key(), before(pathHistories, it.key()));
        }
    }
    m_histories = histories;
    m_paths = pathHistories;
    m_lastTemporaryId = lowest;
    return step;
}

} // namespace engdrift
