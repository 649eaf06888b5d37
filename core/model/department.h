#pragma once
// Organisations and departments (afdelinger).
//
// A department is identified by its organisation's number and its own three-digit number, never
// by its name: names repeat across organisations.

#include "model/biodiversity.h"

#include <QHashFunctions>
#include <QRectF>
#include <QString>

#include <compare>

namespace engdrift {

struct DepartmentKey
{
    int orgNo = 0;
    int deptNo = 0; ///< 0-999, written with three digits

    auto operator<=>(const DepartmentKey &) const = default;
    bool isValid() const { return orgNo > 0 && deptNo >= 0 && deptNo <= 999; }
    /// The department number written with three digits, e.g. "005".
    QString deptText() const { return QStringLiteral("%1").arg(deptNo, 3, 10, QLatin1Char('0')); }
    /// "12-005"
    QString toString() const { return QString::number(orgNo) + QLatin1Char('-') + deptText(); }
};

inline size_t qHash(const DepartmentKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.orgNo, key.deptNo);
}

struct Organisation
{
    int orgNo = 0;
    QString name;
};

struct Department
{
    DepartmentKey key;
    QString name;
    QString address;
    int homes = 0;
    /// The bounding box of every area the department has had (kept by the store; read-only).
    QRectF extent;
    /// The biodiversity metric's strategic significance of the department's location.
    StrategicSignificance strategicSignificance = StrategicSignificance::Low;
};

} // namespace engdrift
