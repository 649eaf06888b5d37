// Shapes from the map tools keep the coordinates they were given: moving one vertex of an area
// with the vertex tool leaves every other vertex exactly as it was stored.

#include "edit/geometry_edits.h"
#include "map_tools.h"
#include "properties_panel.h"
#include "window_fixture.h"

#include <QUndoStack>

#include <cmath>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

class GeometryEdits : public test::SampleWindow
{
protected:
    /// Adds and saves an area east of department 123-001 whose corners have sub-millimetre digits.
    qint64 addPreciseArea()
    {
        auto dept = window->document()->store().department({123, 1});
        EXPECT_TRUE(dept.ok() && dept->has_value());
        const QRectF extent = (**dept).extent;
        const double x = std::floor(extent.right()) + 40.0, y = std::floor(extent.center().y());
        const QList<QPointF> ring{{x + 0.123456789, y + 0.987654321},
                                  {x + 30.000000001 + 1.0 / 3.0, y + 0.5},
                                  {x + 28.777777777, y + 25.1 + std::sqrt(2.0) * 1e-6},
                                  {x + 0.3333333333, y + 24.0000000007}};
        auto polygon = Geometry::fromWkt(QStringLiteral("POLYGON((%1))").arg([&] {
            QStringList xy;
            for (const QPointF &p : ring)
                xy << QStringLiteral("%1 %2").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
            xy << xy.first();
            return xy.join(QLatin1Char(','));
        }()));
        EXPECT_TRUE(polygon.ok());
        auto step = window->document()->perform(
            window->document()->session().addArea(*polygon, {123, 1}, QStringLiteral("eng"), QDate(2019, 1, 1), {}));
        EXPECT_TRUE(step.ok()) << step.errorMessage().toStdString();
        if (!step.ok() || step->createdAreaIds.size() != 1)
            return 0;
        auto saved = window->document()->save();
        EXPECT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
        return saved.ok() ? saved->newIds.value(step->createdAreaIds.first()) : 0;
    }

    /// The outline of the area valid at kDate, as stored.
    QList<QPointF> storedRing(qint64 id)
    {
        AreaQuery q;
        q.ids = {id};
        q.at = kDate;
        auto versions = window->document()->store().areas(q);
        EXPECT_TRUE(versions.ok() && versions->size() == 1);
        if (!versions.ok() || versions->size() != 1)
            return {};
        auto geometry = window->document()->store().areaGeometry(versions->first().fid);
        EXPECT_TRUE(geometry.ok());
        return geometry.ok() ? geometry->rings().value(0) : QList<QPointF>();
    }
};

} // namespace

TEST_F(GeometryEdits, MovingOneVertexKeepsTheOthersBitForBit)
{
    const qint64 id = addPreciseArea();
    ASSERT_GT(id, 0);
    const QList<QPointF> before = storedRing(id);
    ASSERT_EQ(before.size(), 4);
    ASSERT_NE(before[0].x() * 1000, std::round(before[0].x() * 1000)); // finer than millimetres

    QRectF box;
    for (const QPointF &p : before)
        box |= QRectF(p, QSizeF(0.01, 0.01));
    window->canvas()->zoomToExtent(box.adjusted(-10, -10, 10, 10));
    test::settle(*window);
    window->properties()->setFromDate(kDate);
    window->canvas()->setSelection({id});
    window->setTool(MainWindow::Tool::Vertices);
    test::settle(*window);

    // Drag the second corner 3 m east.
    const MapView view = window->canvas()->view();
    const QPoint grab = view.toPixel(before[1]).toPoint();
    const QPoint drop = view.toPixel(before[1] + QPointF(3, 0)).toPoint();
    QTest::mousePress(window->canvas(), Qt::LeftButton, {}, grab);
    QTest::mouseMove(window->canvas(), (grab + drop) / 2);
    QTest::mouseMove(window->canvas(), drop);
    QTest::mouseRelease(window->canvas(), Qt::LeftButton, {}, drop);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();

    auto history = window->document()->session().history(id);
    ASSERT_TRUE(history.ok());
    const QList<QPointF> after = Geometry::fromWkb(history->last().wkb)->rings().value(0);
    ASSERT_EQ(after.size(), before.size());
    EXPECT_GT(after[1].x(), before[1].x() + 2);
    for (int i : {0, 2, 3}) {
        EXPECT_EQ(after[i].x(), before[i].x()) << "vertex " << i;
        EXPECT_EQ(after[i].y(), before[i].y()) << "vertex " << i;
    }
    // And so in the project once saved.
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    const QList<QPointF> saved = storedRing(id);
    ASSERT_EQ(saved.size(), 4);
    for (int i : {0, 2, 3})
        EXPECT_EQ(saved[i], before[i]) << "vertex " << i;
}

TEST_F(GeometryEdits, ASelectionPolygonThatCannotBeBuiltIsReported)
{
    const QSet<qint64> before = window->canvas()->selection();
    window->setTool(MainWindow::Tool::PolygonSelect);
    const QPointF c = window->canvas()->view().extent().center();
    window->polygonTool()->addPoint(c);
    window->polygonTool()->addPoint(c + QPointF(10, 0));
    window->polygonTool()->addPoint(QPointF(INFINITY, c.y())); // far off the map
    window->polygonTool()->finish();
    EXPECT_EQ(window->canvas()->selection(), before);
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("coordinates"))) << window->lastError().toStdString();
}
