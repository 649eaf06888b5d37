#pragma once
// Layout pages as files: a PDF (vector: text selectable, areas as paths, every page), a PNG at a
// chosen resolution, or an SVG. Written under a temporary name and renamed into place when whole
// (util/atomic_file.h): a failed or cancelled export leaves no file and any earlier one as it was.

#include "layout/layout_engine.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace engdrift {

enum class LayoutFormat { Pdf, Png, Svg };

/// The format an output path asks for by its extension (.pdf, .png, .svg); another extension is
/// an error that names the formats.
Result<LayoutFormat> layoutFormatOf(const QString &path);

struct LayoutExportOptions
{
    int dpi = 300;                         ///< pictures (PNG)
    const LayoutCharts *charts = nullptr;  ///< the chart code (app/plots); null: charts left empty
    const std::atomic_bool *cancel = nullptr;
    /// Called after each page with the pages done and all pages; false cancels.
    std::function<bool(int done, int total)> progress;
    QString title;                         ///< the document's title (PDF, SVG)
};

/// Writes `pages` drawn with `layout` to `path`. PDF takes any number of pages; PNG and SVG one.
Result<void> exportLayout(const ProjectStore &store, const LayoutTemplate &layout, const QList<LayoutPage> &pages,
                          const QString &path, const LayoutExportOptions &options = {});

} // namespace engdrift
