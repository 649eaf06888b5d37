#pragma once
// PlainWriter: a plain GeoPackage of areas (one layer "areas", MultiPolygon, fields org_no,
// dept_no, care_type), written with GDAL directly in one transaction: the kind of file a housing
// organisation would hand over, and the peer of an Engdrift project in the benchmarks.
//
// The file is created by create() and complete only after finish(); a writer destroyed before
// that rolls back and deletes the file. Use it on one thread.

#include "estate_generator.h"

#include "util/result.h"

#include <QString>

#include <memory>

class OGRGeometry;

namespace engdrift::gen {

class PlainWriter
{
public:
    /// Creates the file (which must not exist) with the CRS EPSG:epsg, axes in GIS order.
    static Result<std::unique_ptr<PlainWriter>> create(const QString &path, int epsg);
    ~PlainWriter();
    PlainWriter(const PlainWriter &) = delete;
    PlainWriter &operator=(const PlainWriter &) = delete;

    /// Writes one area; the polygon is in the file's CRS.
    Result<void> write(int orgNo, int deptNo, const char *careType, const Polygon &polygon);
    /// Commits and closes the file.
    Result<void> finish();

private:
    PlainWriter() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// The polygon as a new OGR MultiPolygon (the caller owns it).
OGRGeometry *toOgrMultiPolygon(const Polygon &polygon);

} // namespace engdrift::gen
