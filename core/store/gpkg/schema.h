#pragma once
// The tables of an Engdrift project, their versions and the migrations between them.
//
// Schema version 1 is created by createSchema(). A later version adds a step to the migration list
// in schema.cpp; migrate() runs the steps from a project's version up to currentVersion() inside
// the caller's transaction.

#include "catalogue/catalogue.h"
#include "crs/crs.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

class GDALDataset;

namespace engdrift::schema {

int currentVersion();

struct Meta
{
    int schemaVersion = 0;
    QString crs;    ///< authority id, e.g. EPSG:25832
    QString crsWkt; ///< WKT2 of the project CRS
    QString created;
    QString modified;
    QString application;
    QByteArray catalogueJson;
};

/// Creates every table of the current schema in an empty dataset (inside the caller's transaction).
Result<void> createSchema(GDALDataset &ds, const Crs &crs, const Catalogue &catalogue, const QString &now);
/// Reads the meta table; an error if the dataset is not an Engdrift project.
Result<Meta> readMeta(GDALDataset &ds);
Result<void> setMetaValue(GDALDataset &ds, const QString &key, const QString &value);
/// Upgrades a project from `fromVersion` to currentVersion() (inside the caller's transaction).
Result<void> migrate(GDALDataset &ds, int fromVersion, const QString &now);

} // namespace engdrift::schema
