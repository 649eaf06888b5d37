#pragma once
// What the adoption tests share: a department with one area, and an event of a kind on a date.

#include "model/adoption.h"
#include "store/project_store.h"

#include <gtest/gtest.h>

namespace engdrift::adoption_test {

inline const DepartmentKey kDept{12, 5};

inline Geometry square(double x, double y, double size)
{
    return Geometry::rectangle(QRectF(x, y, size, size)).toMultiPolygon();
}

/// Adds department `key` to an open transaction, with one current area valid from `from` (none if
/// `from` is invalid).
inline void addDepartment(ProjectStore &store, const DepartmentKey &key, const QDate &from, double x = 699000)
{
    ASSERT_TRUE(store.saveOrganisation({key.orgNo, QStringLiteral("Boligselskabet Øst")}).ok());
    ASSERT_TRUE(store.saveDepartment({key, QStringLiteral("Afdeling %1").arg(key.deptText()), QString(), 100, {}}).ok());
    if (!from.isValid())
        return;
    AreaVersion a;
    a.department = key;
    a.careType = QStringLiteral("brugsplaene");
    a.validFrom = from;
    auto inserted = store.areaLayer().insert(a, square(x, 6171000, 30));
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
}

inline AdoptionEvent makeEvent(AdoptionEventKind kind, const QDate &date, const DepartmentKey &key = kDept)
{
    AdoptionEvent e;
    e.department = key;
    e.kind = kind;
    e.date = date;
    return e;
}


} // namespace engdrift::adoption_test
