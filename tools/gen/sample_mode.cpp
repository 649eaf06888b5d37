// engdrift-gen sample: the bundled sample project, from a JSON spec (data/sample/estates.json).
//
// The spec names one organisation and its departments (number, name, address, homes, seed,
// centre in EPSG:25832) and a dated list of conversions. Every estate is drawn by the estate
// generator and checked; all areas are valid from the spec's valid_from; the conversions are then
// applied in date order with engdrift::tagAreas, so the project keeps the history as closed and
// open versions. Nothing is left behind on failure.

#include "modes.h"

#include "estate_generator.h"
#include "random.h"

#include "catalogue/catalogue.h"
#include "crs/crs.h"
#include "analysis/adoption.h"
#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "edit/tagging.h"
#include "geometry/geometry.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace engdrift::gen {
namespace {

struct SampleDepartment
{
    Department department;
    EstateOptions estate;
};

struct Conversion
{
    QDate date;
    int deptNo = 0;
    QString from;
    QString to;
    QString match; ///< only areas whose source_fid contains this text
    QString pick;  ///< largest, smallest or random
    int count = 0;
    std::uint64_t seed = 1;
    QString note;
    double mownPathM = 0; ///< > 0: a mown path this wide through the first picked area
};

/// A department's adoption event in the spec.
struct SpecEvent
{
    int deptNo = 0;
    AdoptionEvent event;
};

/// A draft proposal: planned care types for some of a department's areas.
struct SpecProposal
{
    int deptNo = 0;
    QString name;
    QDate created;
    Conversion plan; ///< which areas (from/pick/count) get which care type (to)
};

struct SampleSpec
{
    Organisation organisation;
    QDate validFrom;
    QList<SampleDepartment> departments;
    QList<Conversion> conversions;
    QList<SpecEvent> events;
    QList<SpecProposal> proposals;
};

/// Reads a required member; error names the member and where it is.
class SpecReader
{
public:
    explicit SpecReader(QString file) : m_file(std::move(file)) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QJsonValue member(const QJsonObject &o, const char *name, const QString &where, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() && required)
            fail(QStringLiteral("%1 lacks \"%2\"").arg(where, QLatin1String(name)));
        return v;
    }
    QString text(const QJsonObject &o, const char *name, const QString &where, bool required = true)
    {
        const QJsonValue v = member(o, name, where, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(QStringLiteral("%1: \"%2\" must be a text").arg(where, QLatin1String(name)));
        return v.toString();
    }
    double number(const QJsonObject &o, const char *name, const QString &where, bool required = true, double dflt = 0)
    {
        const QJsonValue v = member(o, name, where, required);
        if (v.isUndefined())
            return dflt;
        if (!v.isDouble())
            fail(QStringLiteral("%1: \"%2\" must be a number").arg(where, QLatin1String(name)));
        return v.toDouble();
    }
    QDate date(const QJsonObject &o, const char *name, const QString &where)
    {
        const QString t = text(o, name, where);
        if (!ok())
            return {};
        auto parsed = parseIsoDate(t, where + QStringLiteral(" ") + QLatin1String(name));
        if (!parsed.ok()) {
            fail(parsed.errorMessage());
            return {};
        }
        return parsed.value();
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_file + QStringLiteral(": ") + message;
    }

private:
    QString m_file;
    QString m_error;
};

Result<SampleSpec> readSpec(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read the spec: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(QStringLiteral("%1: not a JSON object: %2").arg(path, parseError.errorString()));
    const QJsonObject root = doc.object();
    SpecReader r(path);
    if (r.text(root, "format", QStringLiteral("the spec")) != QLatin1String("engdrift-gen-sample"))
        r.fail(QStringLiteral("\"format\" must be \"engdrift-gen-sample\""));
    if (r.number(root, "format_version", QStringLiteral("the spec")) != 1)
        r.fail(QStringLiteral("\"format_version\" must be 1"));

    SampleSpec spec;
    spec.validFrom = r.date(root, "valid_from", QStringLiteral("the spec"));
    const QJsonObject org = r.member(root, "organisation", QStringLiteral("the spec")).toObject();
    spec.organisation.orgNo = static_cast<int>(r.number(org, "org_no", QStringLiteral("organisation")));
    spec.organisation.name = r.text(org, "name", QStringLiteral("organisation"));

    const QJsonArray depts = r.member(root, "departments", QStringLiteral("the spec")).toArray();
    for (qsizetype i = 0; i < depts.size() && r.ok(); ++i) {
        const QJsonObject o = depts.at(i).toObject();
        const QString where = QStringLiteral("departments[%1]").arg(i);
        SampleDepartment d;
        d.department.key = {spec.organisation.orgNo, static_cast<int>(r.number(o, "dept_no", where))};
        d.department.name = r.text(o, "name", where);
        d.department.address = r.text(o, "address", where);
        d.department.homes = static_cast<int>(r.number(o, "homes", where));
        d.estate.seed = static_cast<std::uint64_t>(r.number(o, "seed", where));
        const QJsonArray centre = r.member(o, "centre", where).toArray();
        if (centre.size() != 2 || !centre.at(0).isDouble() || !centre.at(1).isDouble())
            r.fail(QStringLiteral("%1: \"centre\" must be [x, y] in EPSG:25832").arg(where));
        d.estate.originX = centre.at(0).toDouble();
        d.estate.originY = centre.at(1).toDouble();
        d.estate.targetAreaM2 = r.number(o, "outdoor_area_m2", where, false, 0);
        if (r.ok() && !d.department.key.isValid())
            r.fail(QStringLiteral("%1: %2 is not a department number").arg(where, d.department.key.toString()));
        spec.departments << d;
    }
    if (r.ok() && spec.departments.isEmpty())
        r.fail(QStringLiteral("no departments"));

    const QJsonArray conversions = r.member(root, "conversions", QStringLiteral("the spec"), false).toArray();
    for (qsizetype i = 0; i < conversions.size() && r.ok(); ++i) {
        const QJsonObject o = conversions.at(i).toObject();
        const QString where = QStringLiteral("conversions[%1]").arg(i);
        Conversion c;
        c.date = r.date(o, "date", where);
        c.deptNo = static_cast<int>(r.number(o, "dept_no", where));
        c.from = r.text(o, "from", where);
        c.to = r.text(o, "to", where);
        c.match = r.text(o, "match", where, false);
        c.pick = r.text(o, "pick", where, false);
        if (c.pick.isEmpty())
            c.pick = QStringLiteral("largest");
        c.count = static_cast<int>(r.number(o, "count", where));
        c.seed = static_cast<std::uint64_t>(r.number(o, "seed", where, false, 1));
        c.note = r.text(o, "note", where, false);
        if (o.contains(QStringLiteral("mown_path_m")))
            c.mownPathM = r.number(o, "mown_path_m", where);
        if (!r.ok())
            break;
        if (c.pick != QLatin1String("largest") && c.pick != QLatin1String("smallest") && c.pick != QLatin1String("random"))
            r.fail(QStringLiteral("%1: \"pick\" must be largest, smallest or random").arg(where));
        if (c.count <= 0)
            r.fail(QStringLiteral("%1: \"count\" must be positive").arg(where));
        const bool known = std::any_of(spec.departments.begin(), spec.departments.end(),
                                       [&](const SampleDepartment &d) { return d.department.key.deptNo == c.deptNo; });
        if (!known)
            r.fail(QStringLiteral("%1: department %2 is not in the spec").arg(where).arg(c.deptNo));
        for (const QString &code : {c.from, c.to}) {
            if (!Catalogue::builtIn().find(code))
                r.fail(QStringLiteral("%1: \"%2\" is not a care type of the catalogue").arg(where, code));
        }
        if (c.date < spec.validFrom)
            r.fail(QStringLiteral("%1: the date is before valid_from").arg(where));
        spec.conversions << c;
    }
    const QJsonArray events = r.member(root, "adoption_events", QStringLiteral("the spec"), false).toArray();
    for (qsizetype i = 0; i < events.size() && r.ok(); ++i) {
        const QJsonObject o = events.at(i).toObject();
        const QString where = QStringLiteral("adoption_events[%1]").arg(i);
        SpecEvent e;
        e.deptNo = static_cast<int>(r.number(o, "dept_no", where));
        const auto kind = kindFromCode(r.text(o, "event", where));
        if (!kind)
            r.fail(QStringLiteral("%1: unknown \"event\"").arg(where));
        e.event.kind = kind.value_or(AdoptionEventKind::Proposed);
        e.event.date = r.date(o, "date", where);
        e.event.body = bodyFromCode(r.text(o, "body", where, false)).value_or(MeetingBody::None);
        if (o.contains(QStringLiteral("households")))
            e.event.votes = Votes{static_cast<int>(r.number(o, "for", where)), static_cast<int>(r.number(o, "against", where)),
                                  static_cast<int>(r.number(o, "blank", where)),
                                  static_cast<int>(r.number(o, "households", where))};
        e.event.note = r.text(o, "note", where, false);
        spec.events << e;
    }
    const QJsonArray proposals = r.member(root, "proposals", QStringLiteral("the spec"), false).toArray();
    for (qsizetype i = 0; i < proposals.size() && r.ok(); ++i) {
        const QJsonObject o = proposals.at(i).toObject();
        const QString where = QStringLiteral("proposals[%1]").arg(i);
        SpecProposal p;
        p.deptNo = static_cast<int>(r.number(o, "dept_no", where));
        p.name = r.text(o, "name", where);
        p.created = r.date(o, "created", where);
        p.plan.deptNo = p.deptNo;
        p.plan.from = r.text(o, "from", where);
        p.plan.to = r.text(o, "to", where);
        p.plan.pick = r.text(o, "pick", where, false);
        if (p.plan.pick.isEmpty())
            p.plan.pick = QStringLiteral("largest");
        p.plan.count = static_cast<int>(r.number(o, "count", where));
        p.plan.date = p.created;
        if (o.contains(QStringLiteral("mown_path_m")))
            p.plan.mownPathM = r.number(o, "mown_path_m", where);
        spec.proposals << p;
    }
    if (!r.ok())
        return makeError(r.error());
    std::stable_sort(spec.conversions.begin(), spec.conversions.end(),
                     [](const Conversion &a, const Conversion &b) { return a.date < b.date; });
    return spec;
}

/// Picks the areas a conversion changes, from those of its department valid at its date.
Result<QList<qint64>> pickAreas(const ProjectStore &store, const Conversion &c, int orgNo)
{
    AreaQuery query;
    query.at = c.date;
    query.department = DepartmentKey{orgNo, c.deptNo};
    auto areas = store.areas(query);
    if (!areas.ok())
        return areas.error();
    QList<AreaVersion> candidates;
    for (const AreaVersion &v : *areas) {
        if (v.careType == c.from && (c.match.isEmpty() || v.sourceFid.contains(c.match)))
            candidates << v;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const AreaVersion &a, const AreaVersion &b) { return a.areaId < b.areaId; });
    if (c.pick == QLatin1String("random")) {
        std::vector<AreaVersion> shuffled(candidates.begin(), candidates.end());
        Random rng(c.seed);
        rng.shuffle(shuffled);
        candidates = QList<AreaVersion>(shuffled.begin(), shuffled.end());
    } else {
        const bool largest = c.pick == QLatin1String("largest");
        std::stable_sort(candidates.begin(), candidates.end(), [largest](const AreaVersion &a, const AreaVersion &b) {
            return largest ? a.areaM2 > b.areaM2 : a.areaM2 < b.areaM2;
        });
    }
    QList<qint64> ids;
    for (qsizetype i = 0; i < candidates.size() && ids.size() < c.count; ++i)
        ids << candidates.at(i).areaId;
    return ids;
}

/// A mown path through an area: a straight line along the longer side of its extent, through a
/// point inside it, 3 m short of the extent at each end and cut to the area.
Result<Geometry> pathThrough(const ProjectStore &store, qint64 areaId, const QDate &at)
{
    AreaQuery query;
    query.ids = {areaId};
    query.at = at;
    auto found = store.areas(query);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(QStringLiteral("area %1 does not exist on %2").arg(areaId).arg(isoDate(at)));
    auto area = store.areaGeometry(found->first().fid);
    if (!area.ok())
        return area.error();
    const QRectF box = area->envelope().adjusted(3, 3, -3, -3);
    const std::optional<QPointF> inside = area->pointOnSurface();
    if (!inside || box.isEmpty())
        return makeError(QStringLiteral("area %1 is too small for a path").arg(areaId));
    const QString wkt = box.width() >= box.height()
                            ? QStringLiteral("LINESTRING(%1 %2, %3 %2)").arg(box.left(), 0, 'f', 2).arg(inside->y(), 0, 'f', 2).arg(box.right(), 0, 'f', 2)
                            : QStringLiteral("LINESTRING(%1 %2, %1 %3)").arg(inside->x(), 0, 'f', 2).arg(box.top(), 0, 'f', 2).arg(box.bottom(), 0, 'f', 2);
    auto line = Geometry::fromWkt(wkt);
    if (!line.ok())
        return line.error();
    auto cut = line->intersection(*area);
    if (!cut.ok())
        return cut.error();
    if (!cut->isLineal() || cut->length() < 5)
        return makeError(QStringLiteral("area %1 has no room for a path").arg(areaId));
    return std::move(cut).value();
}

/// Mows a path through the first of the areas from the date (in the session's proposal, if any).
Result<void> addMownPath(ProjectStore &store, EditSession &session, const QList<qint64> &areaIds,
                         const DepartmentKey &department, double widthM, const QDate &from)
{
    if (widthM <= 0 || areaIds.isEmpty())
        return {};
    auto line = pathThrough(store, areaIds.first(), from);
    if (!line.ok())
        return line.error();
    auto added = session.addPath(*line, department, PathKind::MownPath, widthM, from);
    if (!added.ok())
        return added.error();
    return {};
}

int fail(const QString &message)
{
    QTextStream(stderr) << "engdrift-gen: " << message << '\n';
    return 1;
}

} // namespace

int runSample(const SampleOptions &options)
{
    QTextStream err(stderr);
    auto spec = readSpec(options.specPath);
    if (!spec.ok())
        return fail(spec.errorMessage());
    if (QFileInfo::exists(options.outPath)) {
        if (!options.force)
            return fail(QStringLiteral("%1 exists already; give --force to replace it").arg(options.outPath));
        if (!QFile::remove(options.outPath))
            return fail(QStringLiteral("%1 cannot be deleted").arg(options.outPath));
    }

    // Draw and check the estates first: nothing is written unless all of them are sound.
    std::vector<Estate> estates;
    for (const SampleDepartment &d : spec->departments) {
        estates.push_back(generateEstate(d.estate));
        if (auto checked = checkEstate(estates.back()); !checked.ok())
            return fail(QStringLiteral("department %1: %2").arg(d.department.key.toString(), checked.errorMessage()));
    }
    for (std::size_t i = 0; i < estates.size(); ++i) {
        const Geometry a = toGeometry(estates[i].outline);
        for (std::size_t j = i + 1; j < estates.size(); ++j) {
            const Geometry b = toGeometry(estates[j].outline);
            if (a.intersects(b))
                return fail(QStringLiteral("departments %1 and %2 overlap: move their centres apart")
                                .arg(spec->departments[static_cast<qsizetype>(i)].department.key.toString(),
                                     spec->departments[static_cast<qsizetype>(j)].department.key.toString()));
        }
    }

    auto created = createStore(options.outPath, Crs::defaultProjectCrs(), Catalogue::builtIn());
    if (!created.ok())
        return fail(created.errorMessage());
    std::unique_ptr<ProjectStore> store = std::move(created).value();
    std::optional<ProjectStore::Transaction> tx; // the open transaction, ended before the store
    auto abandon = [&](const QString &message) {
        tx.reset();
        store.reset();
        QFile::remove(options.outPath);
        return fail(message);
    };

    {
        auto begun = store->begin();
        if (!begun.ok())
            return abandon(begun.errorMessage());
        tx.emplace(std::move(begun).value());
        if (auto saved = store->saveOrganisation(spec->organisation); !saved.ok())
            return abandon(saved.errorMessage());
        for (const SampleDepartment &d : spec->departments) {
            if (auto saved = store->saveDepartment(d.department); !saved.ok())
                return abandon(saved.errorMessage());
        }
        auto committed = tx->commit();
        tx.reset();
        if (!committed.ok())
            return abandon(committed.errorMessage());
    }
    {
        auto begun = store->begin();
        if (!begun.ok())
            return abandon(begun.errorMessage());
        tx.emplace(std::move(begun).value());
        for (qsizetype i = 0; i < spec->departments.size(); ++i) {
            const Department &dept = spec->departments[i].department;
            const Estate &estate = estates[static_cast<std::size_t>(i)];
            for (const EstateArea &a : estate.areas) {
                AreaVersion v;
                v.validFrom = spec->validFrom;
                v.department = dept.key;
                v.careType = QString::fromUtf8(a.careType);
                v.source = QStringLiteral("engdrift-gen sample");
                v.sourceFid = dept.key.toString() + QLatin1Char('/') + QString::fromStdString(a.name);
                if (auto inserted = store->areaLayer().insert(v, toGeometry(a.polygon)); !inserted.ok())
                    return abandon(inserted.errorMessage());
            }
            err << QStringLiteral("%1 %2: %3 areas, %4 m² outdoors, %5 m² buildings (about %6 homes in %7 "
                                  "storeys), rotated %8°\n")
                       .arg(dept.key.toString(), dept.name)
                       .arg(estate.areas.size())
                       .arg(estate.outdoorAreaM2, 0, 'f', 0)
                       .arg(estate.buildingAreaM2, 0, 'f', 0)
                       .arg(estate.homes)
                       .arg(estate.storeys)
                       .arg(estate.rotationDegrees, 0, 'f', 1)
                << Qt::flush;
        }
        auto committed = tx->commit();
        tx.reset();
        if (!committed.ok())
            return abandon(committed.errorMessage());
    }

    for (const Conversion &c : spec->conversions) {
        auto ids = pickAreas(*store, c, spec->organisation.orgNo);
        if (!ids.ok())
            return abandon(ids.errorMessage());
        if (ids->size() < c.count)
            return abandon(QStringLiteral("%1, department %2: only %3 of %4 areas of %5 to convert")
                               .arg(isoDate(c.date))
                               .arg(c.deptNo)
                               .arg(ids->size())
                               .arg(c.count)
                               .arg(c.from));
        TagRequest request;
        request.areaIds = *ids;
        request.careType = c.to;
        request.from = c.date;
        request.note = c.note;
        auto tagged = tagAreas(*store, request);
        if (!tagged.ok())
            return abandon(tagged.errorMessage());
        if (c.mownPathM > 0) {
            EditSession paths(*store);
            if (auto path = addMownPath(*store, paths, *ids, DepartmentKey{spec->organisation.orgNo, c.deptNo}, c.mownPathM, c.date);
                !path.ok())
                return abandon(path.errorMessage());
            if (auto saved = paths.save(); !saved.ok())
                return abandon(saved.errorMessage());
        }
        err << QStringLiteral("%1: department %2: %3 areas %4 -> %5\n")
                   .arg(isoDate(c.date))
                   .arg(c.deptNo)
                   .arg(tagged->changed)
                   .arg(c.from, c.to)
            << Qt::flush;
    }
    for (const SpecEvent &e : spec->events) {
        AdoptionEvent event = e.event;
        event.department = DepartmentKey{spec->organisation.orgNo, e.deptNo};
        if (auto recorded = recordAdoptionEvent(*store, event); !recorded.ok())
            return abandon(recorded.errorMessage());
    }
    for (const SpecProposal &p : spec->proposals) {
        auto proposal = createProposal(*store, DepartmentKey{spec->organisation.orgNo, p.deptNo}, p.name, p.created);
        if (!proposal.ok())
            return abandon(proposal.errorMessage());
        auto ids = pickAreas(*store, p.plan, spec->organisation.orgNo);
        if (!ids.ok())
            return abandon(ids.errorMessage());
        EditSession session(*store);
        session.setProposal(proposal->id);
        if (auto planned = session.retag(*ids, p.plan.to, p.created); !planned.ok())
            return abandon(planned.errorMessage());
        if (auto path = addMownPath(*store, session, *ids, proposal->department, p.plan.mownPathM, p.created); !path.ok())
            return abandon(path.errorMessage());
        if (auto saved = session.save(); !saved.ok())
            return abandon(saved.errorMessage());
        err << QStringLiteral("proposal \"%1\" for department %2: %3 areas %4 -> %5\n")
                   .arg(p.name)
                   .arg(p.deptNo)
                   .arg(ids->size())
                   .arg(p.plan.from, p.plan.to)
            << Qt::flush;
    }
    store.reset();
    err << QStringLiteral("wrote %1\n").arg(options.outPath) << Qt::flush;
    return 0;
}

} // namespace engdrift::gen
