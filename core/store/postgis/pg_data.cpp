// PgStore: organisations and departments, adoption events, proposals, import batches,
// corrections, settings, and the sums of areas (one SQL GROUP BY each).

#include "store/postgis/pg_store.h"

#include "store/postgis/pg_store_p.h"
#include "store/store_rows.h"
#include "store/stored_biodiversity.h"
#include "util/dates.h"

#include <QRegularExpression>

#include <algorithm>

namespace engdrift {

using namespace store_rows;

namespace {

bool validKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.]{0,63}$"));
    return pattern.match(key).hasMatch();
}

const char *kDepartmentColumns = "org_no, dept_no, name, address, homes, ext_min_x, ext_min_y, ext_max_x, ext_max_y, "
                                 "strategic_significance";

/// One row; an unknown strategic significance is an error naming the department.
Result<Department> readDepartment(const PgResult &r, int row, const QString &path)
{
    Department dept{DepartmentKey{r.int32(row, 0), r.int32(row, 1)}, r.text(row, 2), r.text(row, 3), r.int32(row, 4), QRectF()};
    if (!r.isNull(row, 5))
        dept.extent = QRectF(QPointF(r.real(row, 5), r.real(row, 6)), QPointF(r.real(row, 7), r.real(row, 8)));
    auto significance = storedSignificance(r.text(row, 9), dept.key, path);
    if (!significance.ok())
        return significance.error();
    dept.strategicSignificance = *significance;
    return dept;
}

const char *kEventColumns = "fid, org_no, dept_no, event_date, scheme, event, body, votes_for, votes_against, votes_blank, "
                            "households, minutes_ref, note, proposal_id";

const char *kProposalColumns = "fid, org_no, dept_no, name, created, status, conversion_date, note";

Result<Proposal> readProposal(const PgResult &r, int row, const QString &path)
{
    Proposal p;
    p.id = r.int64(row, 0);
    p.department = DepartmentKey{r.int32(row, 1), r.int32(row, 2)};
    p.name = r.text(row, 3);
    p.created = r.date(row, 4);
    auto status = storedProposalStatus(r.text(row, 5), p, path);
    if (!status.ok())
        return status.error();
    p.status = *status;
    p.conversionDate = r.date(row, 6);
    p.note = r.text(row, 7);
    return p;
}

const char *kBatchColumns = "fid, imported_at, source, source_path, layer, org_no, dept_no, valid_from, valid_from_field, areas, "
                            "area_m2, departments_created, organisations_created, undone_at";

ImportBatch readBatch(const PgResult &r, int row)
{
    ImportBatch b;
    b.id = r.int64(row, 0);
    b.importedAt = parseTime(r.text(row, 1));
    b.source = r.text(row, 2);
    b.sourcePath = r.text(row, 3);
    b.layer = r.text(row, 4);
    if (!r.isNull(row, 5) && !r.isNull(row, 6))
        b.department = DepartmentKey{r.int32(row, 5), r.int32(row, 6)};
    b.validFrom = r.date(row, 7);
    b.validFromField = r.text(row, 8);
    b.areas = r.int64(row, 9);
    b.areaM2 = r.real(row, 10);
    b.departmentsCreated = parseDepartments(r.text(row, 11));
    b.organisationsCreated = parseOrganisations(r.text(row, 12));
    b.undoneAt = parseTime(r.text(row, 13));
    return b;
}

/// The values of a batch in kBatchColumns' order after fid, as placeholders.
QStringList batchValues(const ImportBatch &b, PgParams &p)
{
    return {p.addText(timeText(b.importedAt)),
            p.add(b.source),
            p.addText(b.sourcePath),
            p.addText(b.layer),
            b.department ? p.add(b.department->orgNo) : p.addNull(),
            b.department ? p.add(b.department->deptNo) : p.addNull(),
            p.addDate(b.validFrom),
            p.addText(b.validFromField),
            p.add(b.areas),
            p.add(b.areaM2),
            p.addText(departmentsText(b.departmentsCreated)),
            p.addText(organisationsText(b.organisationsCreated)),
            p.addText(timeText(b.undoneAt))};
}

} // namespace

// --- organisations and departments

Result<QList<Organisation>> PgStore::organisations() const
{
    auto r = d->db->exec(QStringLiteral("SELECT org_no, name FROM organisations ORDER BY org_no"), PgStoreText::tr("cannot read the organisations"));
    if (!r.ok())
        return r.error();
    QList<Organisation> list;
    for (int row = 0; row < r->rows(); ++row)
        list << Organisation{r->int32(row, 0), r->text(row, 1)};
    return list;
}

Result<QList<Department>> PgStore::departments() const
{
    return departments(QRectF());
}

Result<QList<Department>> PgStore::departments(const QRectF &bounds) const
{
    PgParams p;
    QString sql = QStringLiteral("SELECT %1 FROM departments").arg(QLatin1String(kDepartmentColumns));
    if (!bounds.isNull())
        sql += QStringLiteral(" WHERE ext_max_x >= %1 AND ext_min_x <= %2 AND ext_max_y >= %3 AND ext_min_y <= %4")
                   .arg(p.add(bounds.left()), p.add(bounds.right()), p.add(bounds.top()), p.add(bounds.bottom()));
    sql += QStringLiteral(" ORDER BY org_no, dept_no");
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read the departments"));
    if (!r.ok())
        return r.error();
    QList<Department> list;
    for (int row = 0; row < r->rows(); ++row) {
        auto department = readDepartment(*r, row, d->path);
        if (!department.ok())
            return department.error();
        list << *department;
    }
    return list;
}

Result<std::optional<Department>> PgStore::department(const DepartmentKey &key) const
{
    PgParams p;
    const QString sql = QStringLiteral("SELECT %1 FROM departments WHERE org_no = %2 AND dept_no = %3")
                            .arg(QLatin1String(kDepartmentColumns), p.add(key.orgNo), p.add(key.deptNo));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read department %1").arg(key.toString()));
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return std::optional<Department>();
    auto department = readDepartment(*r, 0, d->path);
    if (!department.ok())
        return department.error();
    return std::optional<Department>(*department);
}

Result<void> PgStore::saveOrganisation(const Organisation &organisation)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (organisation.orgNo <= 0)
        return makeError(PgStoreText::tr("%1: organisation number %2 must be a positive number.").arg(d->path).arg(organisation.orgNo));
    PgParams p;
    const QString sql = QStringLiteral("INSERT INTO organisations (org_no, name) VALUES (%1, %2) ON CONFLICT (org_no) DO UPDATE "
                                       "SET name = EXCLUDED.name")
                            .arg(p.add(organisation.orgNo), p.add(organisation.name));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot save organisation %1").arg(organisation.orgNo));
    if (!r.ok())
        return r.error();
    return {};
}

Result<void> PgStore::saveDepartment(const Department &department)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!department.key.isValid())
        return makeError(PgStoreText::tr("%1: %2 is not a department number (organisation number above 0, department 000-999).")
                             .arg(d->path, department.key.toString()));
    PgParams q;
    auto org = d->db->exec(QStringLiteral("SELECT 1 FROM organisations WHERE org_no = %1").arg(q.add(department.key.orgNo)), q,
                           PgStoreText::tr("cannot read the organisations"));
    if (!org.ok())
        return org.error();
    if (org->rows() == 0)
        return makeError(PgStoreText::tr("%1: organisation %2 does not exist; add it before its departments.")
                             .arg(d->path)
                             .arg(department.key.orgNo));
    PgParams p;
    const QString sql = QStringLiteral("INSERT INTO departments (org_no, dept_no, name, address, homes, strategic_significance) "
                                       "VALUES (%1, %2, %3, %4, %5, %6) "
                                       "ON CONFLICT (org_no, dept_no) DO UPDATE SET name = EXCLUDED.name, address = "
                                       "EXCLUDED.address, homes = EXCLUDED.homes, strategic_significance = "
                                       "EXCLUDED.strategic_significance")
                            .arg(p.add(department.key.orgNo), p.add(department.key.deptNo), p.add(department.name),
                                 p.add(department.address), p.add(department.homes),
                                 p.add(significanceCode(department.strategicSignificance)));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot save department %1").arg(department.key.toString()));
    if (!r.ok())
        return r.error();
    return {};
}

Result<void> PgStore::deleteDepartment(const DepartmentKey &key)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    PgParams p;
    auto r = d->db->exec(QStringLiteral("DELETE FROM departments WHERE org_no = %1 AND dept_no = %2").arg(p.add(key.orgNo), p.add(key.deptNo)),
                         p, PgStoreText::tr("cannot delete department %1").arg(key.toString()));
    if (!r.ok())
        return r.error();
    if (r->affected() == 0)
        return makeError(PgStoreText::tr("%1: there is no department %2.").arg(d->path, key.toString()));
    d->grownExtents.remove(key);
    return {};
}

Result<void> PgStore::deleteOrganisation(int orgNo)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    PgParams q;
    auto n = d->db->exec(QStringLiteral("SELECT count(*) FROM departments WHERE org_no = %1").arg(q.add(orgNo)), q,
                         PgStoreText::tr("cannot read the departments"));
    if (!n.ok())
        return n.error();
    const qint64 departments = n->int64(0, 0);
    if (departments > 0)
        return makeError(PgStoreText::tr("%1: organisation %2 still has %n department(s).", "", static_cast<int>(departments))
                             .arg(d->path)
                             .arg(orgNo));
    PgParams p;
    auto r = d->db->exec(QStringLiteral("DELETE FROM organisations WHERE org_no = %1").arg(p.add(orgNo)), p,
                         PgStoreText::tr("cannot delete organisation %1").arg(orgNo));
    if (!r.ok())
        return r.error();
    if (r->affected() == 0)
        return makeError(PgStoreText::tr("%1: there is no organisation %2.").arg(d->path).arg(orgNo));
    return {};
}

Result<ProjectStore::DepartmentUse> PgStore::departmentUse(const DepartmentKey &key) const
{
    PgParams p;
    const QString org = p.add(key.orgNo), dept = p.add(key.deptNo);
    const QString where = QStringLiteral("WHERE org_no = %1 AND dept_no = %2").arg(org, dept);
    const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM areas %1), (SELECT count(*) FROM paths %1), "
                                       "(SELECT count(*) FROM adoption_events %1), (SELECT count(*) FROM proposals %1)")
                            .arg(where);
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read what department %1 holds").arg(key.toString()));
    if (!r.ok())
        return r.error();
    DepartmentUse use;
    use.areaVersions = r->int64(0, 0);
    use.pathVersions = r->int64(0, 1);
    use.adoptionEvents = r->int64(0, 2);
    use.proposals = r->int64(0, 3);
    return use;
}

Result<QDate> PgStore::departmentStart(const DepartmentKey &department) const
{
    PgParams p;
    const QString sql = QStringLiteral("SELECT MIN(valid_from) FROM areas WHERE org_no = %1 AND dept_no = %2 AND status = 'current'")
                            .arg(p.add(department.orgNo), p.add(department.deptNo));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read the first date of department %1").arg(department.toString()));
    if (!r.ok())
        return r.error();
    return r->date(0, 0);
}

Result<void> PgStore::setAreaVersionStart(qint64 fid, const QDate &validFrom)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!validFrom.isValid())
        return makeError(PgStoreText::tr("%1: area version %2 needs a date it is valid from.").arg(d->path).arg(fid));
    auto stored = d->areaTable->version(fid);
    if (!stored.ok())
        return stored.error();
    if (!stored->has_value())
        return makeError(PgStoreText::tr("%1: there is no area version %2.").arg(d->path).arg(fid));
    const AreaVersion &v = **stored;
    if (v.validTo.isValid() && v.validTo <= validFrom)
        return makeError(PgStoreText::tr("%1: area %2 ends on %3, so it cannot begin on %4.")
                             .arg(d->path)
                             .arg(v.areaId)
                             .arg(isoDate(v.validTo), isoDate(validFrom)));
    PgParams p;
    auto r = d->db->exec(QStringLiteral("UPDATE areas SET valid_from = %1::date WHERE fid = %2").arg(p.addDate(validFrom), p.add(fid)), p,
                         PgStoreText::tr("cannot change area version %1").arg(fid));
    if (!r.ok())
        return r.error();
    return {};
}

// --- adoption events

Result<QList<AdoptionEvent>> PgStore::adoptionEvents(const std::optional<DepartmentKey> &department) const
{
    PgParams p;
    QString sql = QStringLiteral("SELECT %1 FROM adoption_events").arg(QLatin1String(kEventColumns));
    if (department)
        sql += QStringLiteral(" WHERE org_no = %1 AND dept_no = %2").arg(p.add(department->orgNo), p.add(department->deptNo));
    sql += QStringLiteral(" ORDER BY org_no, dept_no, event_date, fid");
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read the adoption events"));
    if (!r.ok())
        return r.error();
    QList<AdoptionEvent> events;
    for (int row = 0; row < r->rows(); ++row) {
        AdoptionEvent e;
        e.id = r->int64(row, 0);
        e.department = DepartmentKey{r->int32(row, 1), r->int32(row, 2)};
        e.date = r->date(row, 3);
        const QString scheme = r->text(row, 4);
        if (!scheme.isEmpty())
            e.scheme = scheme;
        const QString kind = r->text(row, 5);
        const auto k = kindFromCode(kind);
        if (!k)
            return makeError(PgStoreText::tr("%1: adoption event %2 has the unknown kind \"%3\".").arg(d->path).arg(e.id).arg(kind));
        e.kind = *k;
        const QString body = r->text(row, 6);
        const auto b = bodyFromCode(body);
        if (!b)
            return makeError(PgStoreText::tr("%1: adoption event %2 has the unknown meeting body \"%3\".").arg(d->path).arg(e.id).arg(body));
        e.body = *b;
        if (!r->isNull(row, 7) || !r->isNull(row, 8) || !r->isNull(row, 9) || !r->isNull(row, 10)) {
            Votes v;
            v.votesFor = r->int32(row, 7);
            v.votesAgainst = r->int32(row, 8);
            v.votesBlank = r->int32(row, 9);
            v.households = r->int32(row, 10);
            e.votes = v;
        }
        e.minutesRef = r->text(row, 11);
        e.note = r->text(row, 12);
        if (!r->isNull(row, 13))
            e.proposalId = r->int64(row, 13);
        events << e;
    }
    return events;
}

Result<void> PgStore::saveAdoptionEvent(AdoptionEvent &event)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!event.department.isValid())
        return makeError(PgStoreText::tr("%1: %2 is not a department number.").arg(d->path, event.department.toString()));
    if (!event.date.isValid())
        return makeError(PgStoreText::tr("%1: an adoption event of department %2 needs a date.").arg(d->path, event.department.toString()));
    PgParams p;
    const auto votes = event.votes;
    const QStringList values{p.add(event.department.orgNo),
                             p.add(event.department.deptNo),
                             p.addDate(event.date),
                             p.addText(event.scheme),
                             p.add(kindCode(event.kind)),
                             p.addText(bodyCode(event.body)),
                             votes ? p.add(votes->votesFor) : p.addNull(),
                             votes ? p.add(votes->votesAgainst) : p.addNull(),
                             votes ? p.add(votes->votesBlank) : p.addNull(),
                             votes ? p.add(votes->households) : p.addNull(),
                             p.addText(event.minutesRef),
                             p.addText(event.note),
                             event.proposalId ? p.add(*event.proposalId) : p.addNull()};
    const QString columns = QString::fromLatin1(kEventColumns).section(QStringLiteral(", "), 1);
    QString sql;
    if (event.id != 0)
        sql = QStringLiteral("UPDATE adoption_events SET (%1) = (%2::int, %3::int, %4::date, %5, %6, %7, %8::int, %9::int, "
                             "%10::int, %11::int, %12, %13, %14::bigint) WHERE fid = %15 RETURNING fid")
                  .arg(columns)
                  .arg(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8])
                  .arg(values[9], values[10], values[11], values[12], p.add(event.id));
    else
        sql = QStringLiteral("INSERT INTO adoption_events (%1) VALUES (%2) RETURNING fid").arg(columns, values.join(QStringLiteral(", ")));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot save the %1 event of department %2").arg(kindName(event.kind), event.department.toString()));
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return makeError(PgStoreText::tr("%1: there is no adoption event %2.").arg(d->path).arg(event.id));
    event.id = r->int64(0, 0);
    return {};
}

Result<void> PgStore::deleteAdoptionEvent(qint64 id)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    PgParams p;
    auto r = d->db->exec(QStringLiteral("DELETE FROM adoption_events WHERE fid = %1").arg(p.add(id)), p,
                         PgStoreText::tr("cannot delete adoption event %1").arg(id));
    if (!r.ok())
        return r.error();
    if (r->affected() == 0)
        return makeError(PgStoreText::tr("%1: there is no adoption event %2.").arg(d->path).arg(id));
    return {};
}

// --- proposals

Result<QList<Proposal>> PgStore::proposals(const std::optional<DepartmentKey> &department) const
{
    PgParams p;
    QString sql = QStringLiteral("SELECT %1 FROM proposals").arg(QLatin1String(kProposalColumns));
    if (department)
        sql += QStringLiteral(" WHERE org_no = %1 AND dept_no = %2").arg(p.add(department->orgNo), p.add(department->deptNo));
    sql += QStringLiteral(" ORDER BY org_no, dept_no, fid");
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read the proposals"));
    if (!r.ok())
        return r.error();
    QList<Proposal> list;
    for (int row = 0; row < r->rows(); ++row) {
        auto proposal = readProposal(*r, row, d->path);
        if (!proposal.ok())
            return proposal.error();
        list << *proposal;
    }
    return list;
}

Result<std::optional<Proposal>> PgStore::proposal(qint64 id) const
{
    PgParams p;
    auto r = d->db->exec(QStringLiteral("SELECT %1 FROM proposals WHERE fid = %2").arg(QLatin1String(kProposalColumns), p.add(id)), p,
                         PgStoreText::tr("cannot read proposal %1").arg(id));
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return std::optional<Proposal>();
    auto proposal = readProposal(*r, 0, d->path);
    if (!proposal.ok())
        return proposal.error();
    return std::optional<Proposal>(*proposal);
}

Result<void> PgStore::saveProposal(Proposal &proposal)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!proposal.department.isValid())
        return makeError(PgStoreText::tr("%1: a proposal needs a department.").arg(d->path));
    if (!proposal.created.isValid())
        return makeError(PgStoreText::tr("%1: a proposal needs the date it was made.").arg(d->path));
    PgParams p;
    const QStringList values{p.add(proposal.department.orgNo), p.add(proposal.department.deptNo), p.addText(proposal.name),
                             p.addDate(proposal.created),      p.add(proposalStatusCode(proposal.status)),
                             p.addDate(proposal.conversionDate), p.addText(proposal.note)};
    const QString columns = QString::fromLatin1(kProposalColumns).section(QStringLiteral(", "), 1);
    QString sql;
    if (proposal.id > 0)
        sql = QStringLiteral("UPDATE proposals SET (%1) = (%2::int, %3::int, %4, %5::date, %6, %7::date, %8) WHERE fid = %9 RETURNING fid")
                  .arg(columns, values[0], values[1], values[2], values[3], values[4], values[5], values[6], p.add(proposal.id));
    else
        sql = QStringLiteral("INSERT INTO proposals (%1) VALUES (%2) RETURNING fid").arg(columns, values.join(QStringLiteral(", ")));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot save the proposal %1").arg(proposal.name));
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return makeError(PgStoreText::tr("%1: there is no proposal %2.").arg(d->path).arg(proposal.id));
    proposal.id = r->int64(0, 0);
    return {};
}

// --- import batches and corrections

Result<void> PgStore::beginImportBatch(ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!batch.importedAt.isValid())
        batch.importedAt = QDateTime::currentDateTimeUtc();
    PgParams p;
    const QStringList values = batchValues(batch, p);
    const QString columns = QString::fromLatin1(kBatchColumns).section(QStringLiteral(", "), 1);
    auto r = d->db->exec(QStringLiteral("INSERT INTO imports (%1) VALUES (%2) RETURNING fid").arg(columns, values.join(QStringLiteral(", "))), p,
                         PgStoreText::tr("cannot record the import of %1").arg(batch.source));
    if (!r.ok())
        return r.error();
    batch.id = r->int64(0, 0);
    d->importBatchId = batch.id;
    return {};
}

namespace {
Result<void> updateBatch(PgConnection &db, const QString &path, const ImportBatch &batch)
{
    PgParams p;
    const QStringList values = batchValues(batch, p);
    const QStringList columns = QString::fromLatin1(kBatchColumns).split(QStringLiteral(", ")).mid(1);
    QStringList sets;
    for (int i = 0; i < columns.size(); ++i)
        sets << columns[i] + QStringLiteral(" = ") + values[i];
    auto r = db.exec(QStringLiteral("UPDATE imports SET %1 WHERE fid = %2").arg(sets.join(QStringLiteral(", ")), p.add(batch.id)), p,
                     PgStoreText::tr("cannot record the import of %1").arg(batch.source));
    if (!r.ok())
        return r.error();
    if (r->affected() == 0)
        return makeError(PgStoreText::tr("%1: there is no import %2.").arg(path).arg(batch.id));
    return {};
}
} // namespace

Result<void> PgStore::finishImportBatch(const ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (auto ok = updateBatch(*d->db, d->path, batch); !ok.ok())
        return ok;
    d->importBatchId = 0;
    return {};
}

Result<QList<ImportBatch>> PgStore::importBatches() const
{
    auto r = d->db->exec(QStringLiteral("SELECT %1 FROM imports ORDER BY fid").arg(QLatin1String(kBatchColumns)),
                         PgStoreText::tr("cannot read the imports"));
    if (!r.ok())
        return r.error();
    QList<ImportBatch> list;
    for (int row = 0; row < r->rows(); ++row)
        list << readBatch(*r, row);
    return list;
}

Result<std::optional<ImportBatch>> PgStore::importBatch(qint64 id) const
{
    PgParams p;
    auto r = d->db->exec(QStringLiteral("SELECT %1 FROM imports WHERE fid = %2").arg(QLatin1String(kBatchColumns), p.add(id)), p,
                         PgStoreText::tr("cannot read the imports"));
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return std::optional<ImportBatch>();
    return std::optional<ImportBatch>(readBatch(*r, 0));
}

Result<void> PgStore::deleteImportBatchAreas(ImportBatch &batch)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    PgParams p;
    auto r = d->db->exec(QStringLiteral("DELETE FROM areas WHERE import_id = %1 RETURNING org_no, dept_no").arg(p.add(batch.id)), p,
                         PgStoreText::tr("cannot delete the areas of import %1").arg(batch.id));
    if (!r.ok())
        return r.error();
    QList<DepartmentKey> touched;
    for (int row = 0; row < r->rows(); ++row) {
        const DepartmentKey key{r->int32(row, 0), r->int32(row, 1)};
        if (!touched.contains(key))
            touched << key;
    }
    for (const DepartmentKey &key : touched) {
        d->grownExtents.remove(key);
        if (auto ok = d->recomputeExtent(key); !ok.ok())
            return ok;
    }
    batch.undoneAt = QDateTime::currentDateTimeUtc();
    return updateBatch(*d->db, d->path, batch);
}

Result<QList<SourceImportSummary>> PgStore::importedFrom(const QString &source) const
{
    PgParams p;
    const QString sql = QStringLiteral("SELECT org_no, dept_no, COUNT(DISTINCT area_id), MIN(valid_from), MAX(import_id) FROM areas "
                                       "WHERE source = %1 AND status = 'current' GROUP BY org_no, dept_no ORDER BY org_no, dept_no")
                            .arg(p.add(source));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read the areas from %1").arg(source));
    if (!r.ok())
        return r.error();
    QList<SourceImportSummary> list;
    for (int row = 0; row < r->rows(); ++row) {
        SourceImportSummary s;
        s.department = DepartmentKey{r->int32(row, 0), r->int32(row, 1)};
        s.areas = r->int64(row, 2);
        s.firstValidFrom = r->date(row, 3);
        if (!r->isNull(row, 4))
            s.importId = r->int64(row, 4);
        list << s;
    }
    return list;
}

Result<void> PgStore::saveCorrection(Correction &correction)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!correction.madeAt.isValid())
        correction.madeAt = QDateTime::currentDateTimeUtc();
    PgParams p;
    const QString sql = QStringLiteral("INSERT INTO corrections (org_no, dept_no, kind, old_value, new_value, row_count, made_at, note) "
                                       "VALUES (%1, %2, %3, %4, %5, %6, %7, %8) RETURNING fid")
                            .arg(p.add(correction.department.orgNo), p.add(correction.department.deptNo), p.add(correction.kind),
                                 p.addText(correction.oldValue), p.addText(correction.newValue), p.add(correction.rows),
                                 p.add(timeText(correction.madeAt)), p.addText(correction.note));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot record the correction of department %1").arg(correction.department.toString()));
    if (!r.ok())
        return r.error();
    correction.id = r->int64(0, 0);
    return {};
}

Result<QList<Correction>> PgStore::corrections(const std::optional<DepartmentKey> &department) const
{
    PgParams p;
    QString sql = QStringLiteral("SELECT fid, org_no, dept_no, kind, old_value, new_value, row_count, made_at, note FROM corrections");
    if (department)
        sql += QStringLiteral(" WHERE org_no = %1 AND dept_no = %2").arg(p.add(department->orgNo), p.add(department->deptNo));
    sql += QStringLiteral(" ORDER BY fid");
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot read the corrections"));
    if (!r.ok())
        return r.error();
    QList<Correction> list;
    for (int row = 0; row < r->rows(); ++row) {
        Correction c;
        c.id = r->int64(row, 0);
        c.department = DepartmentKey{r->int32(row, 1), r->int32(row, 2)};
        c.kind = r->text(row, 3);
        c.oldValue = r->text(row, 4);
        c.newValue = r->text(row, 5);
        c.rows = r->int64(row, 6);
        c.madeAt = parseTime(r->text(row, 7));
        c.note = r->text(row, 8);
        list << c;
    }
    return list;
}

// --- settings: rows of meta under "setting.<key>", as in the GeoPackage

Result<std::optional<QString>> PgStore::setting(const QString &key) const
{
    if (!validKey(key))
        return makeError(PgStoreText::tr("\"%1\" is not a setting's name.").arg(key));
    PgParams p;
    auto r = d->db->exec(QStringLiteral("SELECT value FROM meta WHERE key = %1").arg(p.add(QStringLiteral("setting.") + key)), p,
                         PgStoreText::tr("cannot read the project setting %1").arg(key));
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return std::optional<QString>();
    return std::optional<QString>(r->text(0, 0));
}

Result<void> PgStore::saveSetting(const QString &key, const QString &value)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!validKey(key))
        return makeError(PgStoreText::tr("\"%1\" is not a setting's name.").arg(key));
    return pg_schema::setMeta(*d->db, QStringLiteral("setting.") + key, value);
}

Result<QMap<QString, QString>> PgStore::settings() const
{
    auto r = d->db->exec(QStringLiteral("SELECT substr(key, 9), value FROM meta WHERE key LIKE 'setting.%' ORDER BY key"),
                         PgStoreText::tr("cannot read the project settings"));
    if (!r.ok())
        return r.error();
    QMap<QString, QString> all;
    for (int row = 0; row < r->rows(); ++row)
        all.insert(r->text(row, 0), r->text(row, 1));
    return all;
}

Result<QString> PgStore::createdStamp() const
{
    auto meta = pg_schema::readMeta(*d->db);
    if (!meta.ok())
        return meta.error();
    return meta->value(QStringLiteral("created"));
}

Result<void> PgStore::saveCreatedStamp(const QString &stamp)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    return pg_schema::setMeta(*d->db, QStringLiteral("created"), stamp);
}

Result<void> PgStore::saveDepartmentExtent(const DepartmentKey &key, const QRectF &extent)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    PgParams p;
    const bool none = extent.isNull();
    const QString sql = QStringLiteral("UPDATE departments SET ext_min_x = %1::float8, ext_min_y = %2::float8, "
                                       "ext_max_x = %3::float8, ext_max_y = %4::float8 WHERE org_no = %5 AND dept_no = %6")
                            .arg(none ? p.addNull() : p.add(extent.left()), none ? p.addNull() : p.add(extent.top()),
                                 none ? p.addNull() : p.add(extent.right()), none ? p.addNull() : p.add(extent.bottom()),
                                 p.add(key.orgNo), p.add(key.deptNo));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot save the extent of department %1").arg(key.toString()));
    if (!r.ok())
        return r.error();
    if (r->affected() == 0)
        return makeError(PgStoreText::tr("%1: there is no department %2 to give an extent.").arg(d->path, key.toString()));
    return {};
}

namespace {
/// Gives the row just written as `written` the number `id` it has in the project it is copied
/// from (which must be free), and keeps the table's sequence past it.
Result<void> renumberCopiedRow(PgConnection &db, const char *table, qint64 written, qint64 id)
{
    const QString t = QString::fromLatin1(table);
    PgParams p;
    auto moved = db.exec(QStringLiteral("UPDATE %1 SET fid = %2 WHERE fid = %3").arg(t, p.add(id), p.add(written)), p,
                         PgStoreText::tr("cannot give row %1 of the %2 its number").arg(id).arg(t));
    if (!moved.ok())
        return moved.error();
    PgParams q;
    auto synced = db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, 'fid'), (SELECT max(fid) FROM %2))")
                              .arg(q.add(t), t),
                          q, PgStoreText::tr("cannot move the row numbers of the %1").arg(t));
    if (!synced.ok())
        return synced.error();
    return {};
}
} // namespace

Result<void> PgStore::insertProposalCopy(const Proposal &proposal)
{
    if (proposal.id <= 0)
        return makeError(PgStoreText::tr("%1: a copied proposal needs its number.").arg(d->path));
    Proposal row = proposal;
    row.id = 0;
    if (auto saved = saveProposal(row); !saved.ok())
        return saved;
    return renumberCopiedRow(*d->db, "proposals", row.id, proposal.id);
}

Result<void> PgStore::insertAdoptionEventCopy(const AdoptionEvent &event)
{
    if (event.id <= 0)
        return makeError(PgStoreText::tr("%1: a copied adoption event needs its number.").arg(d->path));
    AdoptionEvent row = event;
    row.id = 0;
    if (auto saved = saveAdoptionEvent(row); !saved.ok())
        return saved;
    return renumberCopiedRow(*d->db, "adoption_events", row.id, event.id);
}

Result<void> PgStore::insertImportBatchCopy(const ImportBatch &batch)
{
    if (batch.id <= 0)
        return makeError(PgStoreText::tr("%1: a copied import needs its number.").arg(d->path));
    ImportBatch row = batch;
    row.id = 0;
    const qint64 open = d->importBatchId;
    auto begun = beginImportBatch(row); // writes the whole row; the copy opens no batch
    d->importBatchId = open;
    if (!begun.ok())
        return begun;
    return renumberCopiedRow(*d->db, "imports", row.id, batch.id);
}

Result<void> PgStore::insertCorrectionCopy(const Correction &correction)
{
    if (correction.id <= 0)
        return makeError(PgStoreText::tr("%1: a copied correction needs its number.").arg(d->path));
    Correction row = correction;
    row.id = 0;
    if (auto saved = saveCorrection(row); !saved.ok())
        return saved;
    return renumberCopiedRow(*d->db, "corrections", row.id, correction.id);
}

// --- sums of areas, dates, summary

Result<QList<AreaTotal>> PgStore::areaTotals(const AreaQuery &query, AreaGrouping grouping) const
{
    const QString keys = store_rows::groupingColumns(grouping);
    // As the GeoPackage's: the sums are of the whole project (query.bounds is not a filter here).
    AreaQuery filterQuery = query;
    filterQuery.bounds.reset();
    PgParams p;
    QString sql = QStringLiteral("SELECT %1, SUM(area_m2), COUNT(*) FROM areas").arg(keys);
    const QStringList terms = d->areaTable->filterTerms(filterQuery, p);
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" GROUP BY %1 ORDER BY %1").arg(keys);
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot sum the areas"));
    if (!r.ok())
        return r.error();
    const bool byDepartment = grouping != AreaGrouping::CareType;
    const bool byCare = grouping != AreaGrouping::Department;
    QList<AreaTotal> totals;
    for (int row = 0; row < r->rows(); ++row) {
        AreaTotal t;
        int column = 0;
        if (byDepartment) {
            t.department = DepartmentKey{r->int32(row, 0), r->int32(row, 1)};
            column = 2;
        }
        if (byCare)
            t.careType = r->text(row, column++);
        t.areaM2 = r->real(row, column);
        t.count = r->int64(row, column + 1);
        totals << t;
    }
    return totals;
}

Result<QList<AreaIntervalTotal>> PgStore::areaIntervalTotals(const AreaQuery &query) const
{
    AreaQuery filterQuery = query;
    filterQuery.at.reset();
    filterQuery.bounds.reset();
    PgParams p;
    QString sql = QStringLiteral("SELECT care_type, valid_from, valid_to, SUM(area_m2), COUNT(*) FROM areas");
    const QStringList terms = d->areaTable->filterTerms(filterQuery, p);
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    // Text order of the care type as the GeoPackage's (bytes), an open end last.
    sql += QStringLiteral(" GROUP BY care_type, valid_from, valid_to ORDER BY care_type COLLATE \"C\", valid_from, valid_to NULLS LAST");
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot sum the areas over time"));
    if (!r.ok())
        return r.error();
    QList<AreaIntervalTotal> totals;
    for (int row = 0; row < r->rows(); ++row) {
        AreaIntervalTotal t;
        t.careType = r->text(row, 0);
        t.validFrom = r->date(row, 1);
        t.validTo = r->date(row, 2);
        t.areaM2 = r->real(row, 3);
        t.count = r->int64(row, 4);
        totals << t;
    }
    return totals;
}

Result<DateSpan> PgStore::dateSpan() const
{
    const QString sql = QStringLiteral("SELECT MIN(first), GREATEST(MAX(last_from), MAX(last_to)) FROM ("
                                       "SELECT MIN(valid_from) AS first, MAX(valid_from) AS last_from, MAX(valid_to) AS last_to FROM areas "
                                       "UNION ALL SELECT MIN(valid_from), MAX(valid_from), MAX(valid_to) FROM paths) s");
    auto r = d->db->exec(sql, PgStoreText::tr("cannot read the dates of the project"));
    if (!r.ok())
        return r.error();
    DateSpan span;
    span.first = r->date(0, 0);
    span.last = r->date(0, 1);
    return span;
}

Result<AreaOverlaps> PgStore::areaOverlaps(int limit) const
{
    // Each current version against the furthest end (open: infinity) of the versions of its area
    // before it (by valid_from, then fid): it overlaps when it begins before that end. Of each area
    // the first such version is named, with the first earlier version that reaches that end. One
    // pass in the server; only the named overlaps come over the connection.
    PgParams p;
    const QString sql = QStringLiteral(
        "WITH v AS (SELECT fid, area_id, org_no, dept_no, valid_from, "
        "MAX(COALESCE(valid_to, 'infinity'::date)) OVER (PARTITION BY area_id ORDER BY valid_from, fid "
        "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach FROM areas WHERE status = 'current'), "
        "o AS (SELECT DISTINCT ON (area_id) area_id, org_no, dept_no, fid, valid_from, reach FROM v "
        "WHERE reach > valid_from ORDER BY area_id, valid_from, fid), "
        "n AS (SELECT o.*, count(*) OVER () AS total FROM o ORDER BY area_id LIMIT %1) "
        "SELECT n.total, n.area_id, n.org_no, n.dept_no, n.fid, n.valid_from, b.fid, b.valid_from, b.valid_to FROM n "
        "CROSS JOIN LATERAL (SELECT fid, valid_from, valid_to FROM areas b WHERE b.area_id = n.area_id "
        "AND b.status = 'current' AND (b.valid_from, b.fid) < (n.valid_from, n.fid) "
        "AND COALESCE(b.valid_to, 'infinity'::date) = n.reach ORDER BY b.valid_from, b.fid LIMIT 1) b "
        "ORDER BY n.area_id")
                            .arg(p.add(std::max(1, limit)));
    auto r = d->db->exec(sql, p, PgStoreText::tr("cannot compare the versions of the areas"));
    if (!r.ok())
        return r.error();
    AreaOverlaps overlaps;
    for (int row = 0; row < r->rows(); ++row) {
        overlaps.areas = r->int64(row, 0);
        AreaOverlap o;
        o.areaId = r->int64(row, 1);
        o.department = DepartmentKey{r->int32(row, 2), r->int32(row, 3)};
        o.laterFid = r->int64(row, 4);
        o.laterFrom = r->date(row, 5);
        o.earlierFid = r->int64(row, 6);
        o.earlierFrom = r->date(row, 7);
        o.earlierTo = r->date(row, 8);
        if (overlaps.first.size() < limit)
            overlaps.first << o;
    }
    return overlaps;
}

Result<QList<UnknownAreaCondition>> PgStore::unknownAreaConditions(int limit) const
{
    PgParams p;
    QStringList placeholders;
    for (const QString &code : conditionCodes())
        placeholders << p.add(code);
    placeholders << p.add(std::max(1, limit));
    auto r = d->db->exec(store_rows::unknownConditionsSql(placeholders), p,
                         PgStoreText::tr("cannot read the conditions of the areas"));
    if (!r.ok())
        return r.error();
    QList<UnknownAreaCondition> found;
    for (int row = 0; row < r->rows(); ++row)
        store_rows::addUnknownConditionRow(found, r->text(row, 0), r->int64(row, 1), r->int64(row, 2), r->int64(row, 3));
    return found;
}

Result<QString> PgStore::modifiedStamp() const
{
    auto r = d->db->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'modified'"), PgStoreText::tr("cannot read the project's meta table"));
    if (!r.ok())
        return r.error();
    return r->rows() ? r->text(0, 0) : QString();
}

Result<ProjectSummary> PgStore::summary(const QDate &at) const
{
    auto meta = pg_schema::readMeta(*d->db);
    if (!meta.ok())
        return meta.error();
    ProjectSummary s = store_rows::summaryHead(*this, meta->value(QStringLiteral("schema_version")).toInt(),
                                               meta->value(QStringLiteral("created")),
                                               meta->value(QStringLiteral("modified")), at);
    auto counts = d->db->exec(QStringLiteral("SELECT (SELECT count(*) FROM organisations), (SELECT count(*) FROM departments), "
                                             "(SELECT count(*) FROM areas)"),
                              PgStoreText::tr("cannot read the project summary"));
    if (!counts.ok())
        return counts.error();
    s.organisations = counts->int64(0, 0);
    s.departments = counts->int64(0, 1);
    s.areaVersions = counts->int64(0, 2);
    if (auto added = store_rows::addAreasAt(*this, s); !added.ok())
        return added.error();
    auto depts = departments();
    if (!depts.ok())
        return depts.error();
    store_rows::addExtents(s, *depts);
    return s;
}

} // namespace engdrift
