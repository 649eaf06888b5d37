#pragma once
// The inside of GpkgStore, shared by the files that implement it. Not a public API.

#include "store/gpkg/gpkg_store.h"
#include "store/gpkg/gpkg_temporal.h"
#include "store/gpkg/sqlite_file.h"
#include "util/gdal_error_scope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

struct sqlite3;

namespace engdrift {

struct ProjectStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

namespace store_detail {

/// Field indices of the areas table (or of a SELECT * on it).
struct AreaFields
{
    int areaId, validFrom, validTo, orgNo, deptNo, careType, status, proposalId, lineage, note, areaM2, source,
        sourceFid;
    int importId; ///< -1 in a project older than schema version 3
    static AreaFields of(OGRFeatureDefn *defn)
    {
        auto idx = [defn](const char *name) { return defn->GetFieldIndex(name); };
        return {idx("area_id"), idx("valid_from"), idx("valid_to"),    idx("org_no"),  idx("dept_no"),
                idx("care_type"), idx("status"),   idx("proposal_id"), idx("lineage"), idx("note"),
                idx("area_m2"), idx("source"),     idx("source_fid"),  idx("import_id")};
    }
};

inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

inline QDate dateField(const OGRFeature &f, int index)
{
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return {};
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    if (!f.GetFieldAsDateTime(index, &y, &m, &d, &h, &mi, &s, &tz))
        return {};
    return QDate(y, m, d);
}

inline void setDateField(OGRFeature &f, int index, const QDate &date)
{
    if (date.isValid())
        f.SetField(index, date.year(), date.month(), date.day(), 0, 0, 0.0f, 0);
    else
        f.SetFieldNull(index);
}

inline QString stringField(const OGRFeature &f, int index)
{
    return (index >= 0 && f.IsFieldSetAndNotNull(index)) ? QString::fromUtf8(f.GetFieldAsString(index)) : QString();
}

inline void setTextField(OGRFeature &f, int index, const QString &text)
{
    if (text.isEmpty())
        f.SetFieldNull(index);
    else
        f.SetField(index, text.toUtf8().constData());
}

} // namespace store_detail

/// The GeoPackage's own AreaStream of the project at `path`, for the calling thread (null when the
/// file cannot be read that way).
std::unique_ptr<AreaStream> openGpkgAreaStream(const QString &path);

struct GpkgStore::Impl
{
    Impl();
    GDALDatasetUniquePtr ds;
    QString path;
    Crs crs;
    Catalogue catalogue;
    bool writable = false;
    bool wal = false;              ///< this connection writes with SQLite's WAL (store/sqlite_file.h)
    bool inTransaction = false;
    bool bulkInsert = false;       ///< the areas' R-tree insert trigger is off until endBulkInsert()
    QByteArray rtreeInsertTrigger; ///< its SQL, to put it back
    QHash<DepartmentKey, QRectF> grownExtents; ///< departments whose extent grew in this transaction
    qint64 importBatchId = 0;      ///< area versions written now belong to this import (0: none)
    OGRLayer *areas = nullptr;
    OGRLayer *departments = nullptr;
    OGRLayer *organisations = nullptr;
    OGRLayer *meta = nullptr;
    store_detail::AreaFields af{};
    std::unique_ptr<GpkgTemporalTable<AreaVersion>> areaTable;
    std::unique_ptr<GpkgTemporalTable<PathVersion>> pathTable;
    std::unique_ptr<GpkgTemporalTable<ZoneVersion>> zoneTable;

    Result<void> bindLayers();
    Result<void> executeSql(const QString &statement, const QString &what);
    Result<void> writeExtents();
    Result<QList<Department>> readDepartments(const QString &filter) const;
    /// Sets a department's extent to the bounding box of the areas it still has (none: unset).
    Result<void> recomputeExtent(const DepartmentKey &key);
    /// Sets a department's extent (none: unset); nothing when there is no such department.
    Result<void> writeExtent(const DepartmentKey &key, const std::optional<QRectF> &extent);
    /// saveProposal (copy false) and insertProposalCopy (copy true: insert with proposal.id).
    Result<void> storeProposal(Proposal &proposal, bool copy);
    /// saveAdoptionEvent and insertAdoptionEventCopy likewise.
    Result<void> storeAdoptionEvent(AdoptionEvent &event, bool copy);
    /// saveCorrection and insertCorrectionCopy likewise.
    Result<void> storeCorrection(Correction &correction, bool copy);
    sqlite3 *sqliteHandle() const { return static_cast<sqlite3 *>(ds->GetInternalHandle("SQLITE_HANDLE")); }
    Result<void> requireTransaction() const
    {
        if (!writable)
            return makeError(ProjectStoreText::tr("The project %1 is open read-only.").arg(path));
        if (!inTransaction)
            return makeError(ProjectStoreText::tr("Internal error: a write to %1 outside a transaction.").arg(path));
        return {};
    }
    /// What failed, in a plain sentence when the cause is known (a full disk, a locked or
    /// read-only file...), with GDAL's and SQLite's words as the detail.
    Error gdalError(const QString &what, const GdalErrorScope &errors) const
    {
        return store_detail::storageError(path, writable ? FileAction::Save : FileAction::Read, what,
                                          errors.detailText(), ds ? sqliteHandle() : nullptr);
    }
};

} // namespace engdrift
