// The map export of the desktop program: it writes the map as shown, the proposal in the
// proposal view; the file name picks the format (PNG, JPEG, PDF, SVG) or is refused with the
// formats named.

#include "edit/proposals.h"
#include "render/map_renderer.h"
#include "test_support.h"
#include "window_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

class MapExport : public test::SampleWindow
{
protected:
    /// Exports through the window and waits for the file; returns whether it was written.
    bool exportTo(const QString &name, QString *written = nullptr)
    {
        QSignalSpy done(window.get(), &MainWindow::mapExported);
        if (!window->exportMap(dir.filePath(name)))
            return false;
        EXPECT_TRUE(done.wait(30000));
        if (done.isEmpty())
            return false;
        if (written)
            *written = done.first().at(0).toString();
        return done.first().at(1).toBool();
    }

    /// The picture export's view: the canvas's, at twice its resolution.
    MapView exportView() const
    {
        const MapView canvas = window->canvas()->view();
        return MapView(canvas.centre(), canvas.mapUnitsPerPixel() / 2, canvas.size() * 2);
    }

    /// A point well inside the area (a 3 m square around it is in it) and away from its label.
    QPointF quietPoint(const AreaShape &area) const
    {
        auto g = Geometry::fromWkb(area.wkb);
        const QPointF label = *g->pointOnSurface();
        const double upp = window->canvas()->view().mapUnitsPerPixel();
        for (double y = area.bounds.top(); y < area.bounds.bottom(); y += 0.5) {
            for (double x = area.bounds.left(); x < area.bounds.right(); x += 0.5) {
                const QPointF p(x, y);
                const Geometry square = Geometry::rectangle(QRectF(p - QPointF(1.5, 1.5), QSizeF(3, 3)));
                auto inside = square.intersection(*g);
                if (inside.ok() && inside->area() > 9.0 - 1e-6 && QLineF(p, label).length() > 40 * upp)
                    return p;
            }
        }
        ADD_FAILURE() << "no quiet point in area " << area.version.areaId;
        return label;
    }

    /// How many pixels in a 9 x 9 square around `at` are within a small distance of `colour`.
    static int near(const QImage &image, const QPoint &at, const QColor &colour)
    {
        int n = 0;
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; ++dx) {
                const QColor c = image.pixelColor(at + QPoint(dx, dy));
                if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                        std::abs(c.blue() - colour.blue()) < 24)
                    ++n;
            }
        }
        return n;
    }
};

} // namespace

TEST_F(MapExport, InTheProposalViewItWritesTheProposal)
{
    // Plan the largest lawn of 123-001 as flower meadow (unsaved, in the proposal).
    auto created = createProposal(window->document()->store(), {123, 1}, QStringLiteral("Forslag 2027"), kDate);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    auto areas = window->document()->session().areasAt(kDate, std::nullopt, DepartmentKey{123, 1});
    ASSERT_TRUE(areas.ok());
    const AreaShape *lawn = nullptr;
    for (const AreaShape &a : *areas)
        if (a.version.careType == QLatin1String("brugsplaene") && (!lawn || a.version.areaM2 > lawn->version.areaM2))
            lawn = &a;
    ASSERT_TRUE(lawn);
    const qint64 id = lawn->version.areaId;
    const QPointF inside = quietPoint(*lawn);
    window->setProposal(created->id, created->name);
    window->canvas()->setSelection({id});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    window->canvas()->setSelection({});
    test::settle(*window);

    QString written;
    ASSERT_TRUE(exportTo(QStringLiteral("proposal"), &written)) << window->lastError().toStdString();
    EXPECT_EQ(written, dir.filePath(QStringLiteral("proposal.png"))); // the extension added
    QImage exported(written);
    ASSERT_FALSE(exported.isNull());

    // The same renderer, told to draw the proposal.
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    RenderOptions options;
    options.view = exportView();
    options.at = kDate;
    options.language = window->language();
    options.overlay = window->document()->session().overlay();
    options.proposalId = created->id;
    const MapStyle style((*store)->catalogue());
    auto reference = MapRenderer(**store, style).renderImage(options);
    ASSERT_TRUE(reference.ok()) << reference.errorMessage().toStdString();
    ASSERT_EQ(exported.size(), reference->size());
    const QImage a = exported.convertToFormat(QImage::Format_RGB32);
    const QImage b = reference->convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    EXPECT_LT(differing, a.width() * a.height() / 1000) << differing << " pixels differ";

    // Inside the planned area, away from its edges and its label: flower meadow, not lawn.
    const QPoint pixel = options.view.toPixel(inside).toPoint();
    const CareStyle &meadow = style.careStyle(QStringLiteral("blomstereng"));
    const CareStyle &lawnStyle = style.careStyle(QStringLiteral("brugsplaene"));
    EXPECT_GT(near(a, pixel, meadow.fill) + near(a, pixel, meadow.hatchColour), 60);
    EXPECT_EQ(near(a, pixel, lawnStyle.fill), 0);

    // Back in today's view, the export shows the lawn.
    window->setProposal(std::nullopt);
    test::settle(*window);
    ASSERT_TRUE(exportTo(QStringLiteral("today.png"), &written)) << window->lastError().toStdString();
    const QImage today = QImage(written).convertToFormat(QImage::Format_RGB32);
    EXPECT_GT(near(today, pixel, lawnStyle.fill), 60);
}

TEST_F(MapExport, TheNamePicksTheFormat)
{
    QString written;
    ASSERT_TRUE(exportTo(QStringLiteral("map.PDF"), &written)) << window->lastError().toStdString();
    QFile pdf(written);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_GT(pdf.size(), 2000);

    ASSERT_TRUE(exportTo(QStringLiteral("map.svg"), &written)) << window->lastError().toStdString();
    QFile svg(written);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    EXPECT_TRUE(drawing.contains("<svg"));
    EXPECT_TRUE(drawing.contains("<path")); // drawn as vectors

    ASSERT_TRUE(exportTo(QStringLiteral("map.jpg"), &written)) << window->lastError().toStdString();
    EXPECT_EQ(QImage(written).size(), exportView().size());

    // A format Engdrift does not write: refused, the formats named, nothing written.
    EXPECT_FALSE(window->exportMap(dir.filePath(QStringLiteral("map.bmp"))));
    const QString message = window->lastError();
    EXPECT_TRUE(message.contains(QStringLiteral(".png")) && message.contains(QStringLiteral(".pdf")) &&
                message.contains(QStringLiteral(".svg")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("cannot be written"))) << message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("map.bmp"))));
}

TEST_F(MapExport, AFailedExportLeavesTheOldFile)
{
    // The folder is gone: the export says so, and writes nothing anywhere.
    QString written;
    EXPECT_FALSE(exportTo(QStringLiteral("missing/map.png"), &written));
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("missing"))) << window->lastError().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

TEST_F(MapExport, TheVoteSheetShowsTheProposalWithItsUnsavedEdits)
{
    // Plan the largest lawn of 123-001 as flower meadow (unsaved, in the proposal view).
    auto created = createProposal(window->document()->store(), {123, 1}, QStringLiteral("Forslag 2027"), kDate);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    auto areas = window->document()->session().areasAt(kDate, std::nullopt, DepartmentKey{123, 1});
    ASSERT_TRUE(areas.ok());
    const AreaShape *lawn = nullptr;
    double meadowToday = 0;
    for (const AreaShape &a : *areas) {
        if (a.version.careType == QLatin1String("brugsplaene") && (!lawn || a.version.areaM2 > lawn->version.areaM2))
            lawn = &a;
        if (a.version.careType == QLatin1String("blomstereng"))
            meadowToday += a.version.areaM2;
    }
    ASSERT_TRUE(lawn);
    const double planned = meadowToday + lawn->version.areaM2;
    window->setProposal(created->id, created->name);
    window->canvas()->setSelection({lawn->version.areaId});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    test::settle(*window);

    const QString pdf = dir.filePath(QStringLiteral("vote.pdf"));
    ASSERT_TRUE(window->writeVoteSheet(pdf)) << window->lastError().toStdString();
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
    EXPECT_TRUE(info.contains(QStringLiteral("(A3)"))) << info.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(text.contains(QStringLiteral("Forslag 2027"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Stationsparken"))) << text.toStdString();
    // The table's proposal column counts the unsaved change.
    const QString language = window->language();
    EXPECT_TRUE(text.contains(formatLayoutNumber(planned, language))) << formatLayoutNumber(planned, language).toStdString()
                                                                      << " m² of flower meadow planned in " << text.toStdString();
    EXPECT_TRUE(text.contains(formatLayoutNumber(meadowToday, language)));

    // A4 when the name asks for it; a name of another kind is refused with the formats named.
    const QString a4 = dir.filePath(QStringLiteral("vote-a4.pdf"));
    ASSERT_TRUE(window->writeVoteSheet(a4)) << window->lastError().toStdString();
    EXPECT_TRUE(test::runTool(QStringLiteral("pdfinfo"), {a4}, &ok).contains(QStringLiteral("(A4)")));
    EXPECT_FALSE(window->writeVoteSheet(dir.filePath(QStringLiteral("vote.docx"))));
    EXPECT_TRUE(window->lastError().contains(QStringLiteral(".pdf"))) << window->lastError().toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("vote.docx"))));
}
