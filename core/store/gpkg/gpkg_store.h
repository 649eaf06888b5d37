#pragma once
// GpkgStore: a project kept in one GeoPackage file (*.engdrift.gpkg), through GDAL's GPKG driver.
//
// The file opens in QGIS and ogrinfo as it is. What is particular to GeoPackage lives here and in
// the files beside it: the schema and its migrations (schema.*), the journal and the recovery of
// an interrupted write (sqlite_file.*), R-tree subqueries for spatial filters, the one-pass R-tree
// load of big imports (rtree_bulk_load.*), and the workarounds for GDAL 3.6's driver. Use it
// through the ProjectStore interface (openStore()/createStore()); nothing outside store/ includes
// this header.

#include "store/project_store.h"

namespace engdrift {

class GpkgStore final : public ProjectStore
{
public:
    /// Creates a new project file. Refuses to overwrite an existing file.
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path, const Crs &crs, const Catalogue &catalogue);
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, OpenMode mode);

    ~GpkgStore() override;

    QString path() const override;
    const Crs &crs() const override;
    const Catalogue &catalogue() const override;
    bool isWritable() const override;
    bool inTransaction() const override;

    AreaLayer &areaLayer() override;
    const AreaLayer &areaLayer() const override;
    PathLayer &pathLayer() override;
    const PathLayer &pathLayer() const override;
    ZoneLayer &zoneLayer() override;
    const ZoneLayer &zoneLayer() const override;

    Result<QList<Organisation>> organisations() const override;
    Result<QList<Department>> departments() const override;
    Result<QList<Department>> departments(const QRectF &bounds) const override;
    Result<std::optional<Department>> department(const DepartmentKey &key) const override;
    Result<void> saveOrganisation(const Organisation &organisation) override;
    Result<void> saveDepartment(const Department &department) override;
    Result<void> deleteDepartment(const DepartmentKey &key) override;
    Result<void> deleteOrganisation(int orgNo) override;
    Result<DepartmentUse> departmentUse(const DepartmentKey &key) const override;
    Result<QDate> departmentStart(const DepartmentKey &department) const override;

    Result<void> beginBulkInsert() override;
    Result<void> endBulkInsert() override;
    Result<void> setAreaVersionStart(qint64 fid, const QDate &validFrom) override;
    Result<QList<AreaTotal>> areaTotals(const AreaQuery &query, AreaGrouping grouping) const override;
    Result<QList<AreaIntervalTotal>> areaIntervalTotals(const AreaQuery &query) const override;
    Result<DateSpan> dateSpan() const override;
    Result<AreaOverlaps> areaOverlaps(int limit) const override;
    Result<QList<UnknownAreaCondition>> unknownAreaConditions(int limit) const override;
    std::unique_ptr<AreaStream> areaStream() const override;
    Result<ProjectSummary> summary(const QDate &at) const override;
    Result<QString> modifiedStamp() const override;

    Result<void> beginImportBatch(ImportBatch &batch) override;
    Result<void> finishImportBatch(const ImportBatch &batch) override;
    Result<QList<ImportBatch>> importBatches() const override;
    Result<std::optional<ImportBatch>> importBatch(qint64 id) const override;
    Result<void> deleteImportBatchAreas(ImportBatch &batch) override;
    Result<QList<SourceImportSummary>> importedFrom(const QString &source) const override;
    Result<void> saveCorrection(Correction &correction) override;
    Result<QList<Correction>> corrections(const std::optional<DepartmentKey> &department) const override;

    Result<QList<AdoptionEvent>> adoptionEvents(const std::optional<DepartmentKey> &department) const override;
    Result<void> saveAdoptionEvent(AdoptionEvent &event) override;
    Result<void> deleteAdoptionEvent(qint64 id) override;

    Result<std::optional<QString>> setting(const QString &key) const override;
    Result<void> saveSetting(const QString &key, const QString &value) override;

    Result<QList<Proposal>> proposals(const std::optional<DepartmentKey> &department) const override;
    Result<std::optional<Proposal>> proposal(qint64 id) const override;
    Result<void> saveProposal(Proposal &proposal) override;

    Result<QList<CheckFinding>> checkStorage() const override;
    Result<QStringList> rebuildDerived(const QList<CheckFinding> &findings) override;
    Result<QMap<QString, QString>> settings() const override;
    Result<QString> createdStamp() const override;
    Result<void> saveCreatedStamp(const QString &stamp) override;
    Result<void> saveDepartmentExtent(const DepartmentKey &key, const QRectF &extent) override;
    Result<void> insertProposalCopy(const Proposal &proposal) override;
    Result<void> insertAdoptionEventCopy(const AdoptionEvent &event) override;
    Result<void> insertImportBatchCopy(const ImportBatch &batch) override;
    Result<void> insertCorrectionCopy(const Correction &correction) override;

    struct Impl;

protected:
    Result<void> startTransaction() override;
    Result<void> commitTransaction() override;
    void rollbackTransaction() override;

private:
    GpkgStore();
    std::unique_ptr<Impl> d;
};

} // namespace engdrift
