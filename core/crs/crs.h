#pragma once
// Crs: a coordinate reference system, described by PROJ.
//
// A Crs is a plain value (its WKT, authority id, name and area of use), safe to copy and to pass
// between threads; PROJ objects are created from it on the thread that needs them.

#include "util/result.h"

#include <QRectF>
#include <QString>

#include <optional>

namespace engdrift {

/// A rectangle in degrees: x = longitude (east), y = latitude (north).
struct GeoBounds
{
    double west = 0, south = 0, east = 0, north = 0;
    bool contains(double lon, double lat) const { return lon >= west && lon <= east && lat >= south && lat <= north; }
};

class Crs
{
public:
    Crs() = default;

    /// "EPSG:25832", a bare EPSG number, a WKT string, PROJJSON or a PROJ string.
    static Result<Crs> fromUserInput(const QString &text);
    /// The default project CRS, ETRS89 / UTM zone 32N.
    static Crs defaultProjectCrs();

    bool isValid() const { return !m_wkt.isEmpty(); }
    /// "EPSG:25832", or empty when the CRS has no authority code.
    QString authId() const { return m_authId; }
    /// The authId if any, otherwise the CRS's name.
    QString displayName() const { return m_authId.isEmpty() ? m_name : m_authId; }
    QString name() const { return m_name; }
    /// WKT2 (2019) text.
    QString wkt() const { return m_wkt; }
    bool isGeographic() const { return m_geographic; }
    /// Where PROJ says this CRS may be used, in degrees; unset if PROJ does not know.
    std::optional<GeoBounds> areaOfUse() const { return m_areaOfUse; }

    bool operator==(const Crs &other) const;

private:
    QString m_wkt;
    QString m_authId;
    QString m_name;
    bool m_geographic = false;
    std::optional<GeoBounds> m_areaOfUse;
    friend class CoordinateTransform;
};

} // namespace engdrift
