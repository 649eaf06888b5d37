#pragma once
// GpkgTemporalTable: a TemporalLayer kept in a GeoPackage table (areas, paths, mowing_zones), read and written
// through GDAL. The columns every temporal table has (the id, valid_from, valid_to, org_no,
// dept_no, status, proposal_id) are handled here once; GpkgColumns<Version> adds the columns of
// each kind of version. Spatial filters are subqueries on the table's R-tree. Not a public API.

#include "store/gpkg/gpkg_store.h"
#include "store/temporal_layer.h"

#include <QString>

#include <functional>
#include <memory>

class OGRFeature;
class OGRFeatureDefn;
class OGRLayer;

namespace engdrift {

/// The columns particular to one kind of version, specialised in gpkg_temporal.cpp.
template <class Version>
struct GpkgColumns;

template <class Version>
class GpkgTemporalTable final : public TemporalLayer<Version>
{
public:
    GpkgTemporalTable(GpkgStore::Impl &store, const char *table, const char *idColumn);
    ~GpkgTemporalTable() override;

    /// Finds the table and its columns (after the dataset is opened or migrated); false when the
    /// table is missing (the caller says what to do about it).
    bool bind();
    OGRLayer *layer() const { return m_layer; }
    /// The transaction ended or began: ids are read again inside the next one.
    void transactionChanged() { this->resetIds(); }

    Result<void> forEach(const VersionQuery &query, bool withGeometry,
                         const typename TemporalLayer<Version>::Visitor &visit) const override;
    Result<void> forEachWkb(const VersionQuery &query, const typename TemporalLayer<Version>::WkbVisitor &visit) const override;
    Result<std::optional<Version>> version(qint64 fid) const override;
    Result<Geometry> geometry(qint64 fid) const override;

    /// The WHERE terms of `query`, without its bounds (for sums and other SQL over the table).
    QString filterTerms(const VersionQuery &query) const;
    /// The SELECT of `query` (with its bounds and order).
    QString selectSql(const VersionQuery &query, const QString &columns = QStringLiteral("*")) const;
    /// Reads a version from a feature of the table or of a SELECT * on it.
    /// An unknown code in a row (a condition this program does not know) is an error naming the row.
    Result<Version> read(const OGRFeature &feature) const;

protected:
    QString location() const override;
    const Catalogue &catalogue() const override;
    Result<void> requireTransaction() const override;
    Result<qint64> readMaxId() override;
    Result<void> writeRow(Version &version, const QByteArray &wkb, const QRectF &bounds) override;
    Result<bool> writeValidTo(qint64 fid, const QDate &validTo, const QDate &expectedValidTo, const QString &closedBy,
                              const QDateTime &closedAt) override;
    Result<bool> deleteRow(qint64 fid, const QDate &expectedValidTo, AreaStatus status) override;
    Result<bool> writeFields(const Version &version) override;

private:
    /// The feature in row `fid` if its valid_to and status are as expected.
    Result<std::unique_ptr<OGRFeature>> guardedFeature(qint64 fid, const QDate &expectedValidTo, AreaStatus status) const;

    struct Fields;
    Result<Version> read(const OGRFeature &feature, const Fields &fields) const;
    /// Runs the SELECT of `query` and calls visit with each version and its feature.
    Result<void> scan(const VersionQuery &query, bool withGeometry,
                      const std::function<bool(const Version &, const OGRFeature &)> &visit) const;

    GpkgStore::Impl &d;
    QByteArray m_table;
    QByteArray m_idColumn;
    OGRLayer *m_layer = nullptr;
    std::unique_ptr<Fields> m_fields;
    std::unique_ptr<OGRFeature> m_insert; ///< reused for every insert (fast bulk writes)
};

extern template class GpkgTemporalTable<AreaVersion>;
extern template class GpkgTemporalTable<PathVersion>;
extern template class GpkgTemporalTable<ZoneVersion>;

} // namespace engdrift
