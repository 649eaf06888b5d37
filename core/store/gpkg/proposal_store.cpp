// ProjectStore: proposals (a department's planned changes) and their planned area versions.

#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"
#include "util/sql.h"

namespace engdrift {

using namespace store_detail;

namespace {

/// Reads one row; an unknown status is an error that names the row (a status this program does
/// not know is never read as another one).
Result<Proposal> readProposal(const OGRFeature &f, const QString &path)
{
    Proposal p;
    p.id = f.GetFID();
    p.department = DepartmentKey{f.GetFieldAsInteger("org_no"), f.GetFieldAsInteger("dept_no")};
    p.name = stringField(f, f.GetFieldIndex("name"));
    p.created = dateField(f, f.GetFieldIndex("created"));
    auto status = storedProposalStatus(stringField(f, f.GetFieldIndex("status")), p, path);
    if (!status.ok())
        return status.error();
    p.status = *status;
    p.conversionDate = dateField(f, f.GetFieldIndex("conversion_date"));
    p.note = stringField(f, f.GetFieldIndex("note"));
    return p;
}

} // namespace

Result<QList<Proposal>> GpkgStore::proposals(const std::optional<DepartmentKey> &department) const
{
    OGRLayer *layer = d->ds->GetLayerByName("proposals");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no proposals table.").arg(d->path));
    GdalErrorScope errors;
    layer->SetAttributeFilter(department ? QStringLiteral("org_no = %1 AND dept_no = %2")
                                                .arg(department->orgNo)
                                                .arg(department->deptNo)
                                                .toUtf8()
                                                .constData()
                                          : nullptr);
    layer->ResetReading();
    QList<Proposal> list;
    for (auto &f : *layer) {
        auto proposal = readProposal(*f, d->path);
        if (!proposal.ok()) {
            layer->SetAttributeFilter(nullptr);
            return proposal.error();
        }
        list << proposal.value();
    }
    layer->SetAttributeFilter(nullptr);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the proposals"), errors);
    std::sort(list.begin(), list.end(), [](const Proposal &a, const Proposal &b) {
        return a.department != b.department ? a.department < b.department : a.id < b.id;
    });
    return list;
}

Result<std::optional<Proposal>> GpkgStore::proposal(qint64 id) const
{
    OGRLayer *layer = d->ds->GetLayerByName("proposals");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no proposals table.").arg(d->path));
    GdalErrorScope errors;
    std::unique_ptr<OGRFeature> f(layer->GetFeature(id));
    if (!f)
        return errors.hasFailure() ? Result<std::optional<Proposal>>(d->gdalError(ProjectStoreText::tr("cannot read proposal %1").arg(id), errors))
                                   : Result<std::optional<Proposal>>(std::optional<Proposal>());
    auto read = readProposal(*f, d->path);
    if (!read.ok())
        return read.error();
    return std::optional<Proposal>(std::move(read).value());
}

Result<void> GpkgStore::saveProposal(Proposal &proposal)
{
    return d->storeProposal(proposal, false);
}

Result<void> GpkgStore::insertProposalCopy(const Proposal &proposal)
{
    if (proposal.id <= 0)
        return makeError(ProjectStoreText::tr("%1: a copied proposal needs its number.").arg(d->path));
    Proposal row = proposal;
    return d->storeProposal(row, true);
}

Result<void> GpkgStore::Impl::storeProposal(Proposal &proposal, bool copy)
{
    Impl *d = this;
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!proposal.department.isValid())
        return makeError(ProjectStoreText::tr("%1: a proposal needs a department.").arg(d->path));
    if (!proposal.created.isValid())
        return makeError(ProjectStoreText::tr("%1: a proposal needs the date it was made.").arg(d->path));
    OGRLayer *layer = d->ds->GetLayerByName("proposals");
    if (!layer)
        return makeError(ProjectStoreText::tr("%1 has no proposals table.").arg(d->path));
    GdalErrorScope errors;
    const bool update = proposal.id > 0 && !copy;
    std::unique_ptr<OGRFeature> f(update ? layer->GetFeature(proposal.id) : OGRFeature::CreateFeature(layer->GetLayerDefn()));
    if (!f)
        return makeError(ProjectStoreText::tr("%1: there is no proposal %2.").arg(d->path).arg(proposal.id));
    if (copy)
        f->SetFID(static_cast<GIntBig>(proposal.id));
    f->SetField("org_no", proposal.department.orgNo);
    f->SetField("dept_no", proposal.department.deptNo);
    setTextField(*f, f->GetFieldIndex("name"), proposal.name);
    setDateField(*f, f->GetFieldIndex("created"), proposal.created);
    f->SetField("status", proposalStatusCode(proposal.status).toUtf8().constData());
    setDateField(*f, f->GetFieldIndex("conversion_date"), proposal.conversionDate);
    setTextField(*f, f->GetFieldIndex("note"), proposal.note);
    const OGRErr err = update ? layer->SetFeature(f.get()) : layer->CreateFeature(f.get());
    if (err != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot save the proposal %1").arg(proposal.name), errors);
    proposal.id = f->GetFID();
    return {};
}

} // namespace engdrift
