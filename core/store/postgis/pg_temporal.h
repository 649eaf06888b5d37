#pragma once
// PgTemporalTable: a TemporalLayer kept in a PostGIS table (areas, paths, mowing_zones). The columns
// every temporal table has (fid, the id, valid_from, valid_to, org_no, dept_no, status,
// proposal_id, geom) are handled here once; PgColumns<Version> lists the columns of each kind, one
// line a column (name, SQL type, how it is written and read), and the schema is made from the
// same list. Spatial filters are `geom && ST_MakeEnvelope(...)` (GiST). Not a public API.

#include "store/postgis/pg_connection.h"
#include "store/postgis/pg_store.h"
#include "store/temporal_layer.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace engdrift {

/// A value written to a column: text as PostgreSQL reads it, or NULL.
using PgValue = std::optional<QByteArray>;

/// One column particular to a kind of version.
template <class Version>
struct PgColumn
{
    const char *name;
    const char *type; ///< SQL type and constraints, as in CREATE TABLE
    /// Rewritten in place by updatePlanned() (false: written once, with the new row).
    bool planned;
    PgValue (*write)(const Version &v, const PgStore::Impl &store);
    /// Reads the cell (nullptr: NULL) into the version; nullptr when the version has no field for it.
    void (*read)(Version &v, const char *cell);
    /// Checks the cell of a version read so far (its fid and id set): a code this program does not
    /// know is an error naming the row (nullptr: any value is read).
    Result<void> (*check)(const Version &v, const char *cell) = nullptr;
};

/// The columns particular to one kind of version, specialised in pg_temporal.cpp:
/// columns(), geometryType, written() and terms().
template <class Version>
struct PgColumns;

template <class Version>
class PgTemporalTable final : public TemporalLayer<Version>
{
public:
    PgTemporalTable(PgStore::Impl &store, const char *table, const char *idColumn);

    /// The CREATE TABLE and CREATE INDEX statements of the table (schema creation).
    static QStringList createStatements(const char *table, const char *idColumn, int srid);
    const char *table() const { return m_table; }

    /// The transaction ended or began: ids are read again inside the next one.
    void transactionChanged();
    /// Before the commit: moves the fid sequence past fids written explicitly.
    Result<void> syncSequence();
    /// A bulk insert begins: new rows go to the database through COPY (PgConnection::copyRow) until
    /// endBulk(); when the table is empty its indexes are dropped, and endBulk() makes them again.
    Result<void> beginBulk();
    /// Sends the rows kept and makes the dropped indexes again (nothing when no bulk insert is open).
    Result<void> endBulk();
    /// True when rows were written through COPY in this transaction.
    bool bulkWritten() const { return m_bulkWritten; }

    Result<void> forEach(const VersionQuery &query, bool withGeometry,
                         const typename TemporalLayer<Version>::Visitor &visit) const override;
    Result<void> forEachWkb(const VersionQuery &query, const typename TemporalLayer<Version>::WkbVisitor &visit) const override;
    Result<std::optional<Version>> version(qint64 fid) const override;
    Result<Geometry> geometry(qint64 fid) const override;

    /// The WHERE terms of `query` (with its bounds), their values added to `params`.
    QStringList filterTerms(const VersionQuery &query, PgParams &params) const;

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
    QString selectColumns(bool withGeometry) const;
    Result<Version> read(const PgResult &r, int row) const;
    Result<void> scan(const VersionQuery &query, bool withGeometry,
                      const std::function<bool(const Version &, const PgResult &, int row)> &visit) const;
    /// The columns a new row is written in, but fid and geom, and their values for `version`.
    QStringList writtenColumns() const;
    std::vector<PgValue> writtenValues(const Version &version) const;
    /// writeRow() in a bulk insert: the row is added to the COPY of the table.
    Result<void> copyRow(Version &version, const QByteArray &wkb, const QRectF &bounds);
    /// The fid of the next new row in a bulk insert, from a block taken from the fid sequence.
    Result<qint64> reservedFid();

    PgStore::Impl &d;
    const char *m_table;
    const char *m_idColumn;
    QString m_copySql; ///< the COPY statement of a bulk insert
    qint64 m_explicitFid = 0; ///< the largest fid written explicitly in this transaction (0: none)
    bool m_bulk = false;        ///< a bulk insert is open: new rows go through COPY
    bool m_bulkWritten = false; ///< rows went through COPY in this transaction
    QStringList m_droppedIndexes; ///< CREATE INDEX statements endBulk() runs
    std::vector<qint64> m_reservedFids; ///< fids taken from the sequence, not given out yet (last first)
};

extern template class PgTemporalTable<AreaVersion>;
extern template class PgTemporalTable<PathVersion>;
extern template class PgTemporalTable<ZoneVersion>;

/// The WHERE term of the versions valid at `date` (valid_from <= date < valid_to, open when NULL).
QString pgValidAtTerm(const QDate &date, PgParams &params);
/// The WHERE term of the rows whose geometry's box meets `bounds` (through the GiST index).
QString pgMeetsTerm(const QRectF &bounds, int srid, PgParams &params);

} // namespace engdrift
