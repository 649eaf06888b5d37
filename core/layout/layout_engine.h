#pragma once
// LayoutEngine: draws a page of a LayoutTemplate for a LayoutPage onto any QPaintDevice (a PDF
// page, an image at a chosen resolution, an SVG), through the one map renderer.
//
// The page is composed in layout units of 1/96 inch (so the map renderer's line widths and
// label sizes mean the same on paper as on a screen at 96 dpi) and scaled to the device: on a
// PDF or SVG everything stays vector (text is text, areas are paths); an image gets the same
// picture at its resolution. Maps that share a scale ("same-scale-as") show the same extent at
// the same scale, fitted to the department's areas today and planned.
//
// Charts come from the program's chart code (app/plots), which core does not link: the caller
// hands in a LayoutCharts that draws them (without one, a chart element is left empty with a
// note).
//
// Threads: drawPage() reads the store it is given, on that store's thread; a LayoutEngine holds
// no state between pages, so one per thread draws pages in parallel.

#include "layout/layout_page.h"
#include "layout/layout_template.h"
#include "render/map_style.h"
#include "util/result.h"

#include <QFont>
#include <QRectF>

#include <atomic>

class QPainter;

namespace engdrift {

class ProjectStore;

/// Draws the charts a layout asks for; implemented by app/plots.
class LayoutCharts
{
public:
    virtual ~LayoutCharts() = default;
    /// Draws chart `kind` ("care-area", "adoption", "share") for the page's department into `rect`
    /// (layout units) of `painter`.
    virtual Result<void> drawChart(QPainter &painter, const QRectF &rect, const QString &kind, const LayoutPage &page,
                                   const ProjectStore &store) const = 0;
};

/// Layout units per millimetre (1/96 inch).
constexpr double kLayoutUnitsPerMm = 96.0 / 25.4;

/// The font of layouts at a size in points, in layout units.
QFont layoutFont(double points, bool bold = false);

class LayoutEngine
{
public:
    LayoutEngine(const ProjectStore &store, const LayoutCharts *charts = nullptr);

    /// Draws one page onto `painter`, whose device is the page (any resolution): the template's
    /// page fills the device. Returns what was drawn of the maps.
    Result<void> drawPage(QPainter &painter, const LayoutTemplate &layout, const LayoutPage &page,
                          const std::atomic_bool *cancel = nullptr) const;

private:
    const ProjectStore &m_store;
    const LayoutCharts *m_charts;
    MapStyle m_style;
};

} // namespace engdrift
