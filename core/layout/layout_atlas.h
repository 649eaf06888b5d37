#pragma once
// The atlas: one PDF with a page of a layout per department (all of them, one organisation's, or
// a chosen few), in a fixed order (organisation number, then department number), after a contents
// page that lists them with their page numbers.
//
// Pages are drawn in parallel, one worker per core, each with its own read-only connection to the
// project (the store's thread rule) and its own LayoutEngine; a worker records its page as a
// QPicture and the caller's thread writes the pictures into the PDF in page order as they come,
// so the file is the same whatever the number of workers. A layout with charts is drawn on the
// caller's thread alone: the chart code (app/plots) makes widgets, which only that thread may.
// Written like every export: under a temporary name, renamed into place when whole; a failure or
// a cancel leaves no file and any earlier one as it was.

#include "layout/layout_export.h"
#include "layout/layout_page.h"
#include "layout/layout_template.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

class ProjectStore;

struct AtlasRequest
{
    std::optional<int> organisation; ///< only this organisation's departments
    QList<DepartmentKey> departments; ///< only these (empty: all, or all of the organisation)
    LayoutRequest page;              ///< date, meeting, language, printed, unsaved edits; its department is ignored
    bool contents = true;            ///< a contents page (or pages) first
    int threads = 0;                 ///< workers drawing pages; 0: one per core
};

struct AtlasResult
{
    int departmentPages = 0;
    int contentsPages = 0;
    int skipped = 0; ///< departments asked for without areas at the date (no page)
};

/// The departments an atlas has pages for, in page order: those asked for that have areas.
Result<QList<Department>> atlasDepartments(const ProjectStore &store, const AtlasRequest &request, int *skipped = nullptr);

/// Writes the atlas to `path` (a .pdf). `options.progress` is called on the caller's thread after
/// each page written, with the pages done and all pages; false cancels.
Result<AtlasResult> exportAtlas(const ProjectStore &store, const LayoutTemplate &layout, const AtlasRequest &request,
                                const QString &path, const LayoutExportOptions &options = {});

} // namespace engdrift
