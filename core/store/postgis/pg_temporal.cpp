// PgTemporalTable: the areas, paths and mowing_zones tables of a PostGIS project.

#include "store/postgis/pg_temporal.h"

#include "store/postgis/pg_store_p.h"
#include "store/store_rows.h"
#include "store/stored_biodiversity.h"

#include <utility>

namespace engdrift {
namespace {

PgValue text(const QString &value)
{
    return value.isEmpty() ? PgValue() : PgValue(value.toUtf8());
}

PgValue real(double value)
{
    return QByteArray::number(value, 'g', 17);
}

PgValue integer(qint64 value)
{
    return QByteArray::number(value);
}

QString textOf(const char *cell)
{
    return cell ? QString::fromUtf8(cell) : QString();
}

double realOf(const char *cell)
{
    return cell ? QByteArray(cell).toDouble() : 0.0;
}

/// The number of columns every temporal table has before the columns of its kind.
constexpr int kCommonColumns = 8;

/// New rows without a fid in a bulk insert take their fids from the sequence in blocks of this many.
constexpr int kReservedFids = 4096;

PgValue date(const QDate &value)
{
    return value.isValid() ? PgValue(value.toString(Qt::ISODate).toLatin1()) : PgValue();
}

quint32 word(const QByteArray &bytes, qsizetype at, bool littleEndian)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData()) + at;
    return littleEndian ? quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24
                        : quint32(b[3]) | quint32(b[2]) << 8 | quint32(b[1]) << 16 | quint32(b[0]) << 24;
}

void appendWord(QByteArray &bytes, quint32 value, bool littleEndian)
{
    for (int i = 0; i < 4; ++i)
        bytes += static_cast<char>(littleEndian ? value >> (8 * i) : value >> (8 * (3 - i)));
}

/// WKB as the geometry column reads it in COPY: hex EWKB carrying the project's SRID, a polygon or
/// a line string made a multi geometry of one part (what ST_Multi(ST_GeomFromWKB(wkb, srid)) does
/// in an INSERT). What is not WKB is passed on for the database to refuse, as an INSERT would.
QByteArray copyGeometry(const QByteArray &wkb, int srid)
{
    constexpr quint32 kSridFlag = 0x20000000;
    if (wkb.size() < 5 || (wkb[0] != 0 && wkb[0] != 1))
        return wkb.toHex();
    const bool little = wkb[0] == 1;
    const quint32 type = word(wkb, 1, little);
    const bool hadSrid = (type & kSridFlag) != 0;
    if (hadSrid && wkb.size() < 9)
        return wkb.toHex();
    const quint32 plainType = type & ~kSridFlag;
    const QByteArray body = wkb.mid(hadSrid ? 9 : 5);
    // The kind without the Z/M flags of EWKB (high bits) and ISO WKB (thousands).
    const quint32 kind = (plainType & 0x0FFFFFFF) % 1000;
    QByteArray out;
    out.reserve(wkb.size() + 18);
    out += wkb[0];
    if (kind == 2 || kind == 3) { // LineString, Polygon: MultiLineString, MultiPolygon of one part
        appendWord(out, (plainType + 3) | kSridFlag, little);
        appendWord(out, static_cast<quint32>(srid), little);
        appendWord(out, 1, little);
        out += wkb[0];
        appendWord(out, plainType, little);
    } else {
        appendWord(out, plainType | kSridFlag, little);
        appendWord(out, static_cast<quint32>(srid), little);
    }
    out += body;
    return out.toHex();
}

/// A stamp's time as the text columns keep it (ISO 8601, UTC); NULL when unknown.
PgValue stampText(const QDateTime &at)
{
    return at.isValid() ? PgValue(at.toUTC().toString(Qt::ISODate).toUtf8()) : PgValue();
}

QDateTime stampOf(const char *c)
{
    return c ? QDateTime::fromString(QString::fromUtf8(c), Qt::ISODate).toUTC() : QDateTime();
}

} // namespace

/// The columns of a kind followed by who wrote each version and when (schema 6), which every
/// temporal table has: written once with the row, never rewritten.
template <class V>
std::vector<PgColumn<V>> withChangeColumns(std::vector<PgColumn<V>> columns)
{
    columns.push_back({"changed_by", "text", false, [](const V &v, const PgStore::Impl &) { return text(v.changedBy); },
                       [](V &v, const char *c) { v.changedBy = textOf(c); }});
    columns.push_back({"changed_at", "text", false, [](const V &v, const PgStore::Impl &) { return stampText(v.changedAt); },
                       [](V &v, const char *c) { v.changedAt = stampOf(c); }});
    // Who ended the version and when (schema 8): set with valid_to (writeValidTo), copied as read.
    columns.push_back({"closed_by", "text", false, [](const V &v, const PgStore::Impl &) { return text(v.closedBy); },
                       [](V &v, const char *c) { v.closedBy = textOf(c); }});
    columns.push_back({"closed_at", "text", false, [](const V &v, const PgStore::Impl &) { return stampText(v.closedAt); },
                       [](V &v, const char *c) { v.closedAt = stampOf(c); }});
    return columns;
}

// --- the columns of each kind of version: one line a column

template <>
struct PgColumns<AreaVersion>
{
    static constexpr const char *geometryType = "MultiPolygon";
    static const std::vector<PgColumn<AreaVersion>> &columns()
    {
        using V = AreaVersion;
        using I = PgStore::Impl;
        static const std::vector<PgColumn<V>> list = withChangeColumns<V>({
            {"care_type", "text NOT NULL", true, [](const V &v, const I &) { return PgValue(v.careType.toUtf8()); },
             [](V &v, const char *c) { v.careType = textOf(c); }},
            {"lineage", "text", true, [](const V &v, const I &) { return text(store_rows::lineageText(v.lineage)); },
             [](V &v, const char *c) { v.lineage = store_rows::parseLineage(textOf(c)); }},
            {"note", "text", true, [](const V &v, const I &) { return text(v.note); },
             [](V &v, const char *c) { v.note = textOf(c); }},
            {"area_m2", "double precision NOT NULL", true, [](const V &v, const I &) { return real(v.areaM2); },
             [](V &v, const char *c) { v.areaM2 = realOf(c); }},
            {"source", "text", true, [](const V &v, const I &) { return text(v.source); },
             [](V &v, const char *c) { v.source = textOf(c); }},
            {"source_fid", "text", true, [](const V &v, const I &) { return text(v.sourceFid); },
             [](V &v, const char *c) { v.sourceFid = textOf(c); }},
            // the habitat condition (a code of conditionCode(); NULL: the care type's default), planned
            // versions rewritten with it like their care type
            {"condition", "text", true,
             [](const V &v, const I &) { return v.condition ? PgValue(conditionCode(*v.condition).toUtf8()) : PgValue(); },
             [](V &v, const char *c) { v.condition = conditionFromCode(textOf(c)); },
             [](const V &v, const char *c) -> Result<void> {
                 auto known = storedAreaCondition(textOf(c), v);
                 return known.ok() ? Result<void>() : Result<void>(known.error());
             }},
            // the import batch a new row belongs to (io/import_batches.h)
            // (a copied row, which comes with its fid, keeps its own: TemporalLayer::insertCopy)
            {"import_id", "bigint", false,
             [](const V &v, const I &d) {
                 if (v.fid != 0)
                     return v.importId ? integer(*v.importId) : PgValue();
                 return d.importBatchId > 0 ? integer(d.importBatchId) : PgValue();
             },
             [](V &v, const char *c) { v.importId = c ? std::optional<qint64>(QByteArray(c).toLongLong()) : std::nullopt; }},
        });
        return list;
    }
    static QStringList indexes()
    {
        return {QStringLiteral("CREATE INDEX areas_department ON areas(org_no, dept_no, care_type, valid_from, valid_to, "
                               "status, area_m2)"),
                QStringLiteral("CREATE INDEX areas_proposal ON areas(proposal_id)"),
                QStringLiteral("CREATE INDEX areas_import ON areas(import_id)"),
                QStringLiteral("CREATE INDEX areas_source ON areas(source, org_no, dept_no)")};
    }
    static void terms(const VersionQuery &query, PgParams &params, QStringList &terms)
    {
        if (query.importId)
            terms << QStringLiteral("import_id = %1").arg(params.add(*query.importId));
    }
    /// After a new row: its department's extent grows with it.
    static void written(PgStore::Impl &d, const AreaVersion &v, const QRectF &bounds) { d.grownExtents[v.department] |= bounds; }
};

template <>
struct PgColumns<PathVersion>
{
    static constexpr const char *geometryType = "MultiLineString";
    static const std::vector<PgColumn<PathVersion>> &columns()
    {
        using V = PathVersion;
        using I = PgStore::Impl;
        static const std::vector<PgColumn<V>> list = withChangeColumns<V>({
            {"kind", "text NOT NULL", true, [](const V &v, const I &) { return PgValue(pathKindCode(v.kind).toUtf8()); },
             [](V &v, const char *c) { v.kind = pathKindFromCode(textOf(c)).value_or(PathKind::MownPath); }},
            {"width_m", "double precision NOT NULL", true, [](const V &v, const I &) { return real(v.widthM); },
             [](V &v, const char *c) { v.widthM = realOf(c); }},
            {"length_m", "double precision NOT NULL", true, [](const V &v, const I &) { return real(v.lengthM); },
             [](V &v, const char *c) { v.lengthM = realOf(c); }},
            {"note", "text", true, [](const V &v, const I &) { return text(v.note); },
             [](V &v, const char *c) { v.note = textOf(c); }},
        });
        return list;
    }
    static QStringList indexes()
    {
        return {QStringLiteral("CREATE INDEX paths_department ON paths(org_no, dept_no, status, proposal_id)")};
    }
    static void terms(const VersionQuery &, PgParams &, QStringList &) {}
    static void written(PgStore::Impl &, const PathVersion &, const QRectF &) {}
};

template <>
struct PgColumns<ZoneVersion>
{
    static constexpr const char *geometryType = "MultiPolygon";
    static const std::vector<PgColumn<ZoneVersion>> &columns()
    {
        using V = ZoneVersion;
        using I = PgStore::Impl;
        static const std::vector<PgColumn<V>> list = withChangeColumns<V>({
            {"zone_no", "integer NOT NULL", true, [](const V &v, const I &) { return integer(v.number); },
             [](V &v, const char *c) { v.number = c ? QByteArray(c).toInt() : 0; }},
            {"name", "text", true, [](const V &v, const I &) { return text(v.name); },
             [](V &v, const char *c) { v.name = textOf(c); }},
            {"care_type", "text NOT NULL", true, [](const V &v, const I &) { return PgValue(v.careType.toUtf8()); },
             [](V &v, const char *c) { v.careType = textOf(c); }},
            {"overrides", "text", true, [](const V &v, const I &) { return text(seasonOverridesToJson(v.overrides)); },
             [](V &v, const char *c) {
                 // Written by this program and checked before: a row that is not is read without them.
                 auto overrides = seasonOverridesFromJson(textOf(c));
                 v.overrides = overrides.ok() ? *overrides : SeasonOverrides();
             }},
            {"area_m2", "double precision NOT NULL", true, [](const V &v, const I &) { return real(v.areaM2); },
             [](V &v, const char *c) { v.areaM2 = realOf(c); }},
            {"note", "text", true, [](const V &v, const I &) { return text(v.note); },
             [](V &v, const char *c) { v.note = textOf(c); }},
        });
        return list;
    }
    static QStringList indexes()
    {
        return {QStringLiteral("CREATE INDEX mowing_zones_department ON mowing_zones(org_no, dept_no, status, valid_from)")};
    }
    static void terms(const VersionQuery &, PgParams &, QStringList &) {}
    static void written(PgStore::Impl &, const ZoneVersion &, const QRectF &) {}
};

// --- the columns every temporal table has

template <class Version>
PgTemporalTable<Version>::PgTemporalTable(PgStore::Impl &store, const char *table, const char *idColumn)
    : d(store), m_table(table), m_idColumn(idColumn),
      m_copySql(QStringLiteral("COPY %1 (fid, %2, geom) FROM STDIN").arg(QLatin1String(table), writtenColumns().join(QStringLiteral(", "))))
{
}

template <class Version>
QStringList PgTemporalTable<Version>::createStatements(const char *table, const char *idColumn, int srid)
{
    const QString t = QString::fromLatin1(table);
    const QString id = QString::fromLatin1(idColumn);
    QStringList columns{QStringLiteral("fid bigserial PRIMARY KEY"),
                        id + QStringLiteral(" bigint NOT NULL"),
                        QStringLiteral("valid_from date NOT NULL"),
                        QStringLiteral("valid_to date"),
                        QStringLiteral("org_no integer NOT NULL"),
                        QStringLiteral("dept_no integer NOT NULL"),
                        QStringLiteral("status text NOT NULL"),
                        QStringLiteral("proposal_id bigint")};
    for (const PgColumn<Version> &c : PgColumns<Version>::columns())
        columns << QStringLiteral("%1 %2").arg(QLatin1String(c.name), QLatin1String(c.type));
    columns << QStringLiteral("geom geometry(%1, %2)").arg(QLatin1String(PgColumns<Version>::geometryType)).arg(srid);
    QStringList statements{QStringLiteral("CREATE TABLE %1 (%2)").arg(t, columns.join(QStringLiteral(", "))),
                           QStringLiteral("CREATE INDEX %1_%2 ON %1(%2, valid_from)").arg(t, id),
                           QStringLiteral("CREATE INDEX %1_geom ON %1 USING GIST (geom)").arg(t)};
    statements << PgColumns<Version>::indexes();
    return statements;
}

template <class Version>
void PgTemporalTable<Version>::transactionChanged()
{
    this->resetIds();
    m_explicitFid = 0;
    // A rollback took the dropped indexes back; a commit came after endBulk().
    m_bulk = false;
    m_bulkWritten = false;
    m_droppedIndexes.clear();
    m_reservedFids.clear();
}

template <class Version>
Result<void> PgTemporalTable<Version>::syncSequence()
{
    if (m_explicitFid <= 0)
        return {};
    PgParams params;
    const QString table = params.add(QByteArray(m_table));
    const QString fid = params.add(m_explicitFid);
    auto done = d.db->exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, 'fid'), GREATEST(%2::bigint, "
                                          "(SELECT last_value FROM %3_fid_seq)))")
                               .arg(table, fid, QLatin1String(m_table)),
                           params, PgStoreText::tr("cannot move the row numbers of the %1").arg(QLatin1String(m_table)));
    if (!done.ok())
        return done.error();
    m_explicitFid = 0;
    return {};
}

template <class Version>
QString PgTemporalTable<Version>::selectColumns(bool withGeometry) const
{
    QStringList columns{QStringLiteral("fid"),    QString::fromLatin1(m_idColumn), QStringLiteral("valid_from"),
                        QStringLiteral("valid_to"), QStringLiteral("org_no"),      QStringLiteral("dept_no"),
                        QStringLiteral("status"), QStringLiteral("proposal_id")};
    for (const PgColumn<Version> &c : PgColumns<Version>::columns())
        columns << QString::fromLatin1(c.name);
    if (withGeometry)
        columns << QStringLiteral("ST_AsBinary(geom)");
    return columns.join(QStringLiteral(", "));
}

template <class Version>
Result<Version> PgTemporalTable<Version>::read(const PgResult &r, int row) const
{
    Version v;
    v.fid = r.int64(row, 0);
    VersionTraits<Version>::id(v) = r.int64(row, 1);
    v.validFrom = r.date(row, 2);
    v.validTo = r.date(row, 3);
    v.department = DepartmentKey{r.int32(row, 4), r.int32(row, 5)};
    v.status = r.text(row, 6) == QLatin1String("proposed") ? AreaStatus::Proposed : AreaStatus::Current;
    if (!r.isNull(row, 7))
        v.proposalId = r.int64(row, 7);
    int column = kCommonColumns;
    for (const PgColumn<Version> &c : PgColumns<Version>::columns()) {
        if (c.check) {
            if (auto ok = c.check(v, r.raw(row, column)); !ok.ok())
                return rephrased(ok.error(), QStringLiteral("%1: %2").arg(d.path, ok.errorMessage()));
        }
        if (c.read)
            c.read(v, r.raw(row, column));
        ++column;
    }
    return v;
}

template <class Version>
QStringList PgTemporalTable<Version>::filterTerms(const VersionQuery &query, PgParams &params) const
{
    QStringList terms;
    if (query.at)
        terms << pgValidAtTerm(*query.at, params);
    if (query.status)
        terms << QStringLiteral("status = %1").arg(params.add(QByteArray(areaStatusCode(*query.status))));
    if (query.department)
        terms << QStringLiteral("org_no = %1 AND dept_no = %2")
                     .arg(params.add(query.department->orgNo), params.add(query.department->deptNo));
    if (query.organisation)
        terms << QStringLiteral("org_no = %1").arg(params.add(*query.organisation));
    if (query.proposalId)
        terms << QStringLiteral("proposal_id = %1").arg(params.add(*query.proposalId));
    PgColumns<Version>::terms(query, params, terms);
    if (!query.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.ids)
            ids << QString::number(id);
        terms << QStringLiteral("%1 = ANY(%2::bigint[])")
                     .arg(QLatin1String(m_idColumn), params.add(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')));
    }
    if (query.bounds)
        terms << pgMeetsTerm(*query.bounds, d.srid, params);
    return terms;
}

QString pgValidAtTerm(const QDate &date, PgParams &params)
{
    return QStringLiteral("valid_from <= %1::date AND (valid_to IS NULL OR valid_to > %1::date)").arg(params.addDate(date));
}

QString pgMeetsTerm(const QRectF &bounds, int srid, PgParams &params)
{
    return QStringLiteral("geom && ST_MakeEnvelope(%1, %2, %3, %4, %5)")
        .arg(params.add(bounds.left()), params.add(bounds.top()), params.add(bounds.right()), params.add(bounds.bottom()))
        .arg(srid);
}

template <class Version>
Result<void> PgTemporalTable<Version>::scan(const VersionQuery &query, bool withGeometry,
                                            const std::function<bool(const Version &, const PgResult &, int)> &visit) const
{
    PgParams params;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectColumns(withGeometry), QLatin1String(m_table));
    const QStringList terms = filterTerms(query, params);
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    if (query.ordered)
        sql += QStringLiteral(" ORDER BY %1, valid_from, fid").arg(QLatin1String(m_idColumn));
    std::optional<Error> unreadable;
    auto done = d.db->forEachRow(sql, params, PgStoreText::tr("cannot read the %1").arg(QLatin1String(m_table)),
                                 [&](const PgResult &result, int row) {
                                     auto version = read(result, row);
                                     if (!version.ok()) {
                                         unreadable = version.error();
                                         return false;
                                     }
                                     return visit(*version, result, row);
                                 });
    if (!done.ok())
        return done;
    if (unreadable)
        return *unreadable;
    return {};
}

template <class Version>
Result<void> PgTemporalTable<Version>::forEach(const VersionQuery &query, bool withGeometry,
                                               const typename TemporalLayer<Version>::Visitor &visit) const
{
    const int geometryColumn = kCommonColumns + static_cast<int>(PgColumns<Version>::columns().size());
    return scan(query, withGeometry, [&](const Version &v, const PgResult &r, int row) {
        if (!withGeometry)
            return visit(v, nullptr);
        Geometry geometry;
        if (!r.isNull(row, geometryColumn)) {
            auto parsed = Geometry::fromWkb(r.bytes(row, geometryColumn));
            if (parsed.ok())
                geometry = std::move(parsed).value();
        }
        return visit(v, &geometry);
    });
}

template <class Version>
Result<void> PgTemporalTable<Version>::forEachWkb(const VersionQuery &query,
                                                  const typename TemporalLayer<Version>::WkbVisitor &visit) const
{
    const int geometryColumn = kCommonColumns + static_cast<int>(PgColumns<Version>::columns().size());
    return scan(query, true, [&](const Version &v, const PgResult &r, int row) { return visit(v, r.bytes(row, geometryColumn)); });
}

template <class Version>
Result<std::optional<Version>> PgTemporalTable<Version>::version(qint64 fid) const
{
    PgParams params;
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE fid = %3").arg(selectColumns(false), QLatin1String(m_table), params.add(fid));
    auto result = d.db->exec(sql, params, PgStoreText::tr("cannot read version %1 of the %2").arg(fid).arg(QLatin1String(m_table)));
    if (!result.ok())
        return result.error();
    if (result->rows() == 0)
        return std::optional<Version>();
    auto read = this->read(*result, 0);
    if (!read.ok())
        return read.error();
    return std::optional<Version>(*read);
}

template <class Version>
Result<Geometry> PgTemporalTable<Version>::geometry(qint64 fid) const
{
    PgParams params;
    const QString sql = QStringLiteral("SELECT ST_AsBinary(geom) FROM %1 WHERE fid = %2").arg(QLatin1String(m_table), params.add(fid));
    auto result = d.db->exec(sql, params, PgStoreText::tr("cannot read version %1 of the %2").arg(fid).arg(QLatin1String(m_table)));
    if (!result.ok())
        return result.error();
    if (result->rows() == 0 || result->isNull(0, 0))
        return makeError(PgStoreText::tr("%1: there is no version %2 in the %3.").arg(d.path).arg(fid).arg(QLatin1String(m_table)));
    return Geometry::fromWkb(result->bytes(0, 0));
}

template <class Version>
QString PgTemporalTable<Version>::location() const
{
    return d.path;
}

template <class Version>
const Catalogue &PgTemporalTable<Version>::catalogue() const
{
    return d.catalogue;
}

template <class Version>
Result<void> PgTemporalTable<Version>::requireTransaction() const
{
    return d.requireTransaction();
}

template <class Version>
Result<qint64> PgTemporalTable<Version>::readMaxId()
{
    // Inside the write transaction, which holds the project's advisory lock (PgStore::startTransaction):
    // no other writer can add an id until it ends.
    auto result = d.db->exec(QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2").arg(QLatin1String(m_idColumn), QLatin1String(m_table)),
                             PgStoreText::tr("cannot read the numbers of the %1").arg(QLatin1String(m_table)));
    if (!result.ok())
        return result.error();
    return result->int64(0, 0);
}

template <class Version>
QStringList PgTemporalTable<Version>::writtenColumns() const
{
    QStringList names{QString::fromLatin1(m_idColumn), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                      QStringLiteral("org_no"),        QStringLiteral("dept_no"),    QStringLiteral("status"),
                      QStringLiteral("proposal_id")};
    for (const PgColumn<Version> &c : PgColumns<Version>::columns())
        names << QString::fromLatin1(c.name);
    return names;
}

template <class Version>
std::vector<PgValue> PgTemporalTable<Version>::writtenValues(const Version &version) const
{
    std::vector<PgValue> values{integer(VersionTraits<Version>::id(version)),
                                date(version.validFrom),
                                date(version.validTo),
                                integer(version.department.orgNo),
                                integer(version.department.deptNo),
                                PgValue(QByteArray(areaStatusCode(version.status))),
                                version.proposalId ? integer(*version.proposalId) : PgValue()};
    for (const PgColumn<Version> &c : PgColumns<Version>::columns())
        values.push_back(c.write(version, d));
    return values;
}

template <class Version>
Result<void> PgTemporalTable<Version>::writeRow(Version &version, const QByteArray &wkb, const QRectF &bounds)
{
    if (m_bulk)
        return copyRow(version, wkb, bounds);
    const qint64 id = VersionTraits<Version>::id(version);
    if (version.fid <= 0) {
        // The sequence must be past the numbers given explicitly in this transaction.
        if (auto synced = syncSequence(); !synced.ok())
            return synced;
    }
    PgParams params;
    QStringList names = writtenColumns();
    QStringList values;
    for (const PgValue &value : writtenValues(version))
        values << (value ? params.add(*value) : params.addNull());
    names << QStringLiteral("geom");
    values << QStringLiteral("ST_Multi(ST_GeomFromWKB(%1, %2))").arg(params.addBinary(wkb)).arg(d.srid);
    if (version.fid > 0) {
        // A row number given by the caller (a copy of a project keeps its rows' numbers).
        names.prepend(QStringLiteral("fid"));
        values.prepend(params.add(version.fid));
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING fid")
                            .arg(QLatin1String(m_table), names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    auto result = d.db->exec(sql, params, PgStoreText::tr("cannot write %1 %2").arg(QLatin1String(m_idColumn)).arg(id));
    if (!result.ok())
        return result.error();
    if (version.fid > 0)
        m_explicitFid = std::max(m_explicitFid, version.fid);
    version.fid = result->int64(0, 0);
    PgColumns<Version>::written(d, version, bounds);
    return {};
}

template <class Version>
Result<qint64> PgTemporalTable<Version>::reservedFid()
{
    if (m_reservedFids.empty()) {
        // The sequence must be past the numbers given explicitly in this transaction.
        if (auto synced = syncSequence(); !synced.ok())
            return synced.error();
        PgParams params;
        const QString sql = QStringLiteral("SELECT nextval(pg_get_serial_sequence(%1, 'fid')) FROM generate_series(1, %2) "
                                           "ORDER BY 1 DESC")
                                .arg(params.add(QByteArray(m_table)), params.add(kReservedFids));
        auto result = d.db->exec(sql, params, PgStoreText::tr("cannot number the new rows of the %1").arg(QLatin1String(m_table)));
        if (!result.ok())
            return result.error();
        for (int row = 0; row < result->rows(); ++row)
            m_reservedFids.push_back(result->int64(row, 0));
        if (m_reservedFids.empty())
            return makeError(PgStoreText::tr("%1: cannot number the new rows of the %2.").arg(d.path, QLatin1String(m_table)));
    }
    const qint64 fid = m_reservedFids.back();
    m_reservedFids.pop_back();
    return fid;
}

template <class Version>
Result<void> PgTemporalTable<Version>::copyRow(Version &version, const QByteArray &wkb, const QRectF &bounds)
{
    // The values first: a column may depend on whether the row came with its fid (import_id).
    const std::vector<PgValue> values = writtenValues(version);
    qint64 fid = version.fid;
    if (fid > 0) {
        m_explicitFid = std::max(m_explicitFid, fid);
        // Fids taken before may lie past this one: new rows take theirs after the sequence moved.
        m_reservedFids.clear();
    } else {
        auto reserved = reservedFid();
        if (!reserved.ok())
            return reserved.error();
        fid = *reserved;
    }
    PgCopyRow row;
    row.addPlain(QByteArray::number(fid));
    for (const PgValue &value : values)
        row.add(value);
    row.addPlain(copyGeometry(wkb, d.srid));
    if (auto ok = d.db->copyRow(m_copySql, row.finish(), PgStoreText::tr("cannot write the %1").arg(QLatin1String(m_table)), fid);
        !ok.ok())
        return ok;
    m_bulkWritten = true;
    version.fid = fid;
    PgColumns<Version>::written(d, version, bounds);
    return {};
}

template <class Version>
Result<void> PgTemporalTable<Version>::beginBulk()
{
    if (m_bulk)
        return {};
    auto empty = d.db->exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(m_table)),
                            PgStoreText::tr("cannot read the %1").arg(QLatin1String(m_table)));
    if (!empty.ok())
        return empty.error();
    if (empty->boolean(0, 0)) {
        // Filling an empty table, building its indexes once at the end is much faster than keeping
        // them row by row. This is safe: the table is empty, and this transaction holds the project's
        // write lock (PgStore::startTransaction), so no other writer adds rows while the indexes are
        // gone, and a rollback brings the indexes back. DROP INDEX locks the table until the
        // commit: another connection reading it waits for the load (of a table that had nothing to
        // show). The primary key stays: it checks that fids are unique.
        for (const QString &statement : createStatements(m_table, m_idColumn, d.srid)) {
            if (!statement.startsWith(QLatin1String("CREATE INDEX ")))
                continue;
            const QString index = statement.section(QLatin1Char(' '), 2, 2);
            if (auto ok = d.db->run(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index),
                                    PgStoreText::tr("cannot prepare the %1 for a bulk insert").arg(QLatin1String(m_table)));
                !ok.ok())
                return ok;
            m_droppedIndexes << statement;
        }
    }
    m_bulk = true;
    return {};
}

template <class Version>
Result<void> PgTemporalTable<Version>::endBulk()
{
    if (!m_bulk)
        return {};
    m_bulk = false;
    m_reservedFids.clear(); // rows written now take their fids from the sequence again
    if (auto ok = d.db->flushCopy(); !ok.ok())
        return ok;
    const QStringList indexes = std::exchange(m_droppedIndexes, QStringList());
    if (!indexes.isEmpty()) {
        // Sorting a big table's keys in memory rather than on disk (for this transaction only).
        if (auto ok = d.db->run(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
                                PgStoreText::tr("cannot rebuild the indexes of the %1").arg(QLatin1String(m_table)));
            !ok.ok())
            return ok;
    }
    for (const QString &statement : indexes) {
        if (auto ok = d.db->run(statement, PgStoreText::tr("cannot rebuild the indexes of the %1").arg(QLatin1String(m_table)));
            !ok.ok())
            return ok;
    }
    return {};
}

template <class Version>
Result<bool> PgTemporalTable<Version>::writeValidTo(qint64 fid, const QDate &validTo, const QDate &expectedValidTo,
                                                    const QString &closedBy, const QDateTime &closedAt)
{
    PgParams params;
    const PgValue by = text(closedBy);
    const PgValue at = stampText(closedAt);
    const QString sql = QStringLiteral("UPDATE %1 SET valid_to = %2::date, closed_by = %3, closed_at = %4 WHERE fid = %5 AND "
                                       "valid_to IS NOT DISTINCT FROM %6::date AND status = 'current'")
                            .arg(QLatin1String(m_table), params.addDate(validTo), by ? params.add(*by) : params.addNull(),
                                 at ? params.add(*at) : params.addNull(), params.add(fid), params.addDate(expectedValidTo));
    auto result = d.db->exec(sql, params, PgStoreText::tr("cannot close version %1 of the %2").arg(fid).arg(QLatin1String(m_table)));
    if (!result.ok())
        return result.error();
    return result->affected() == 1;
}

template <class Version>
Result<bool> PgTemporalTable<Version>::deleteRow(qint64 fid, const QDate &expectedValidTo, AreaStatus status)
{
    PgParams params;
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE fid = %2 AND valid_to IS NOT DISTINCT FROM %3::date AND status = %4")
                            .arg(QLatin1String(m_table), params.add(fid), params.addDate(expectedValidTo),
                                 params.add(QByteArray(areaStatusCode(status))));
    auto result = d.db->exec(sql, params, PgStoreText::tr("cannot delete version %1 of the %2").arg(fid).arg(QLatin1String(m_table)));
    if (!result.ok())
        return result.error();
    return result->affected() == 1;
}

template <class Version>
Result<bool> PgTemporalTable<Version>::writeFields(const Version &version)
{
    PgParams params;
    QStringList sets;
    for (const PgColumn<Version> &c : PgColumns<Version>::columns()) {
        if (!c.planned)
            continue;
        const PgValue value = c.write(version, d);
        sets << QStringLiteral("%1 = %2").arg(QLatin1String(c.name), value ? params.add(*value) : params.addNull());
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE fid = %3 AND status = 'proposed'")
                            .arg(QLatin1String(m_table), sets.join(QStringLiteral(", ")), params.add(version.fid));
    auto result = d.db->exec(sql, params, PgStoreText::tr("cannot change the planned version %1").arg(version.fid));
    if (!result.ok())
        return result.error();
    return result->affected() == 1;
}

template class PgTemporalTable<AreaVersion>;
template class PgTemporalTable<PathVersion>;
template class PgTemporalTable<ZoneVersion>;

} // namespace engdrift
