// ProjectStore: the adoption events of the departments (table adoption_events).

#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"

#include "util/dates.h"
#include "util/gdal_error_scope.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace engdrift {
namespace {

using namespace store_detail;

/// Field indices of the adoption_events table (or of a SELECT * on it); -1 for a missing column
/// (proposal_id is missing in a schema 1 project opened read-only).
struct EventFields
{
    int orgNo, deptNo, date, scheme, event, body, votesFor, votesAgainst, votesBlank, households, minutesRef, note,
        proposalId;
    static EventFields of(OGRFeatureDefn *defn)
    {
        auto idx = [defn](const char *name) { return defn->GetFieldIndex(name); };
        return {idx("org_no"),        idx("dept_no"),    idx("event_date"),  idx("scheme"), idx("event"),
                idx("body"),          idx("votes_for"),  idx("votes_against"), idx("votes_blank"),
                idx("households"),    idx("minutes_ref"), idx("note"),       idx("proposal_id")};
    }
    bool complete() const
    {
        for (int i : {orgNo, deptNo, date, scheme, event, body, votesFor, votesAgainst, votesBlank, households,
                      minutesRef, note}) {
            if (i < 0)
                return false;
        }
        return true;
    }
};

bool isSet(const OGRFeature &f, int index)
{
    return index >= 0 && f.IsFieldSetAndNotNull(index);
}

/// Reads one row; an unknown event or body code is an error that names the row.
Result<AdoptionEvent> readEvent(const OGRFeature &f, const EventFields &ef, const QString &path)
{
    AdoptionEvent e;
    e.id = f.GetFID();
    e.department = DepartmentKey{f.GetFieldAsInteger(ef.orgNo), f.GetFieldAsInteger(ef.deptNo)};
    e.date = dateField(f, ef.date);
    const QString kind = stringField(f, ef.event);
    const auto k = kindFromCode(kind);
    if (!k)
        return makeError(ProjectStoreText::tr("%1: adoption event %2 has the unknown kind \"%3\".")
                             .arg(path)
                             .arg(e.id)
                             .arg(kind));
    e.kind = *k;
    const QString body = stringField(f, ef.body);
    const auto b = bodyFromCode(body);
    if (!b)
        return makeError(ProjectStoreText::tr("%1: adoption event %2 has the unknown meeting body \"%3\".")
                             .arg(path)
                             .arg(e.id)
                             .arg(body));
    e.body = *b;
    if (isSet(f, ef.votesFor) || isSet(f, ef.votesAgainst) || isSet(f, ef.votesBlank) || isSet(f, ef.households)) {
        Votes v;
        v.votesFor = f.GetFieldAsInteger(ef.votesFor);
        v.votesAgainst = f.GetFieldAsInteger(ef.votesAgainst);
        v.votesBlank = f.GetFieldAsInteger(ef.votesBlank);
        v.households = f.GetFieldAsInteger(ef.households);
        e.votes = v;
    }
    const QString scheme = stringField(f, ef.scheme);
    if (!scheme.isEmpty())
        e.scheme = scheme;
    if (isSet(f, ef.proposalId))
        e.proposalId = f.GetFieldAsInteger64(ef.proposalId);
    e.minutesRef = stringField(f, ef.minutesRef);
    e.note = stringField(f, ef.note);
    return e;
}

void setIntField(OGRFeature &f, int index, const std::optional<int> &value)
{
    if (value)
        f.SetField(index, *value);
    else
        f.SetFieldNull(index);
}

} // namespace

Result<QList<AdoptionEvent>> GpkgStore::adoptionEvents(const std::optional<DepartmentKey> &department) const
{
    GdalErrorScope errors;
    QString sqlText = QStringLiteral("SELECT * FROM adoption_events");
    if (department)
        sqlText += QStringLiteral(" WHERE org_no = %1 AND dept_no = %2").arg(department->orgNo).arg(department->deptNo);
    sqlText += QStringLiteral(" ORDER BY org_no, dept_no, event_date, fid");
    OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot read the adoption events"), errors);
    const EventFields ef = EventFields::of(result->GetLayerDefn());
    QList<AdoptionEvent> events;
    std::optional<Error> failure;
    if (!ef.complete()) {
        failure = makeError(ProjectStoreText::tr("%1 is damaged: the adoption_events table lacks a column.").arg(d->path));
    } else {
        for (auto &f : *result) {
            auto e = readEvent(*f, ef, d->path);
            if (!e.ok()) {
                failure = e.error();
                break;
            }
            events << std::move(e).value();
        }
    }
    d->ds->ReleaseResultSet(result);
    if (failure)
        return *failure;
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the adoption events"), errors);
    return events;
}

Result<void> GpkgStore::saveAdoptionEvent(AdoptionEvent &event)
{
    return d->storeAdoptionEvent(event, false);
}

Result<void> GpkgStore::insertAdoptionEventCopy(const AdoptionEvent &event)
{
    if (event.id <= 0)
        return makeError(ProjectStoreText::tr("%1: a copied adoption event needs its number.").arg(d->path));
    AdoptionEvent row = event;
    return d->storeAdoptionEvent(row, true);
}

Result<void> GpkgStore::Impl::storeAdoptionEvent(AdoptionEvent &event, bool copy)
{
    Impl *d = this;
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!event.department.isValid())
        return makeError(ProjectStoreText::tr("%1: %2 is not a department number.").arg(d->path, event.department.toString()));
    if (!event.date.isValid())
        return makeError(ProjectStoreText::tr("%1: an adoption event of department %2 needs a date.")
                             .arg(d->path, event.department.toString()));
    GdalErrorScope errors;
    OGRLayer *layer = d->ds->GetLayerByName("adoption_events");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 is damaged: a table of the Engdrift schema is missing.").arg(d->path));
    const EventFields ef = EventFields::of(layer->GetLayerDefn());
    if (!ef.complete() || ef.proposalId < 0)
        return makeError(ProjectStoreText::tr("%1 is damaged: the adoption_events table lacks a column.").arg(d->path));

    std::unique_ptr<OGRFeature> f;
    const bool update = event.id != 0 && !copy;
    if (update) {
        f.reset(layer->GetFeature(event.id));
        if (!f)
            return makeError(ProjectStoreText::tr("%1: there is no adoption event %2.").arg(d->path).arg(event.id));
    } else {
        f.reset(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (copy)
            f->SetFID(static_cast<GIntBig>(event.id));
    }
    f->SetField(ef.orgNo, event.department.orgNo);
    f->SetField(ef.deptNo, event.department.deptNo);
    setDateField(*f, ef.date, event.date);
    setTextField(*f, ef.scheme, event.scheme);
    f->SetField(ef.event, kindCode(event.kind).toUtf8().constData());
    setTextField(*f, ef.body, bodyCode(event.body));
    const auto votes = event.votes;
    setIntField(*f, ef.votesFor, votes ? std::optional<int>(votes->votesFor) : std::nullopt);
    setIntField(*f, ef.votesAgainst, votes ? std::optional<int>(votes->votesAgainst) : std::nullopt);
    setIntField(*f, ef.votesBlank, votes ? std::optional<int>(votes->votesBlank) : std::nullopt);
    setIntField(*f, ef.households, votes ? std::optional<int>(votes->households) : std::nullopt);
    setTextField(*f, ef.minutesRef, event.minutesRef);
    setTextField(*f, ef.note, event.note);
    if (event.proposalId)
        f->SetField(ef.proposalId, static_cast<GIntBig>(*event.proposalId));
    else
        f->SetFieldNull(ef.proposalId);

    const OGRErr err = update ? layer->SetFeature(f.get()) : layer->CreateFeature(f.get());
    if (err != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot save the %1 event of department %2")
                                .arg(kindName(event.kind), event.department.toString()),
                            errors);
    event.id = f->GetFID();
    return {};
}

Result<void> GpkgStore::deleteAdoptionEvent(qint64 id)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    GdalErrorScope errors;
    OGRLayer *layer = d->ds->GetLayerByName("adoption_events");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 is damaged: a table of the Engdrift schema is missing.").arg(d->path));
    const OGRErr err = layer->DeleteFeature(id);
    if (err == OGRERR_NON_EXISTING_FEATURE)
        return makeError(ProjectStoreText::tr("%1: there is no adoption event %2.").arg(d->path).arg(id));
    if (err != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot delete adoption event %1").arg(id), errors);
    return {};
}

Result<QDate> GpkgStore::departmentStart(const DepartmentKey &department) const
{
    GdalErrorScope errors;
    // The covering index areas_department (org_no, dept_no, care_type, valid_from, ..., status)
    // answers this without reading the rows.
    const QString sqlText = QStringLiteral("SELECT MIN(valid_from) AS start FROM areas WHERE org_no = %1 AND "
                                           "dept_no = %2 AND status = 'current'")
                                .arg(department.orgNo)
                                .arg(department.deptNo);
    OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot read the first date of department %1").arg(department.toString()),
                            errors);
    QDate start;
    if (std::unique_ptr<OGRFeature> f(result->GetNextFeature()); f && f->IsFieldSetAndNotNull(0)) {
        const OGRFieldType type = f->GetFieldDefnRef(0)->GetType();
        if (type == OFTDate || type == OFTDateTime)
            start = dateField(*f, 0);
        else // SQLite hands the aggregate back as text
            start = QDate::fromString(QString::fromUtf8(f->GetFieldAsString(0)).left(10), Qt::ISODate);
    }
    d->ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the first date of department %1").arg(department.toString()),
                            errors);
    return start;
}

} // namespace engdrift
