// Fuzz target: a print layout template (styles/layouts/*.json, or a user's copy given by path:
// --layout FILE). The input is written to a file and read as a user's template (relative picture
// files resolve beside it); a template that is accepted is drawn onto a small picture for a page of
// the fixture project (a plain page or a mowing plan page, by the input's length), without charts
// (app/plots is not linked: a chart element stays empty).

#include "fuzz_support.h"

#include "layout/layout_engine.h"
#include "layout/layout_page.h"
#include "layout/layout_template.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace engdrift;

namespace {

const LayoutPage &fixturePage(bool mowing)
{
    auto gather = [](bool withMowing) {
        LayoutRequest request;
        request.department = DepartmentKey{1, 1};
        request.at = QDate(2024, 6, 1);
        request.printed = QDate(2024, 6, 2);
        request.meetingDate = QDate(2024, 9, 1);
        request.language = QStringLiteral("en");
        if (withMowing)
            request.mowingSeason = 2024;
        auto page = gatherLayoutPage(fuzz::fixtureProject(), request);
        if (!page.ok()) {
            std::fprintf(stderr, "fuzz setup: layout page: %s\n", page.errorMessage().toUtf8().constData());
            std::abort();
        }
        return *page;
    };
    static const LayoutPage plain = gather(false);
    static const LayoutPage plan = gather(true);
    return mowing ? plan : plain;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fixturePage(false);
    fixturePage(true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::freshDir() + QStringLiteral("/layout.json");
    if (!fuzz::writeFile(path, fuzz::bytes(data, size)))
        return 0;
    auto layout = LayoutTemplate::fromFile(path);
    if (!layout.ok()) {
        (void)layout.errorMessage();
        return 0;
    }
    (void)layout->pageLayout();
    // A small picture of the page's shape (the engine fits the page to any device).
    const QSizeF mm = layout->pageSizeMm();
    const double scale = 240.0 / std::max({mm.width(), mm.height(), 1.0});
    const int w = std::clamp(static_cast<int>(std::lround(std::isfinite(mm.width()) ? mm.width() * scale : 1)), 1, 240);
    const int h = std::clamp(static_cast<int>(std::lround(std::isfinite(mm.height()) ? mm.height() * scale : 1)), 1, 240);
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const LayoutEngine engine(fuzz::fixtureProject());
    auto drawn = engine.drawPage(painter, *layout, fixturePage(size % 2 == 1));
    if (!drawn.ok())
        (void)drawn.errorMessage();
    return 0;
}
