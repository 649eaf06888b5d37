#pragma once
// The map as a file: a picture (PNG, JPEG) or a drawing (PDF, SVG), drawn by the same MapRenderer
// as the canvas. The file is written under a temporary name and renamed into place once whole, so
// a failed export (a full disk, a cancelled render) leaves any earlier file as it was.

#include "render/map_renderer.h"
#include "util/result.h"

#include <QString>

namespace engdrift::gui {

enum class MapFileFormat { Png, Jpeg, Pdf, Svg };

struct MapFileTarget
{
    QString path; ///< with its extension
    MapFileFormat format = MapFileFormat::Png;
};

/// Where a map named `path` goes: its extension picks the format (.png, .jpg/.jpeg, .pdf, .svg,
/// in any case); a name without one gets `defaultSuffix` ("png" unless told). Another extension
/// is an error that names the formats Engdrift can write.
Result<MapFileTarget> mapFileTarget(const QString &path, const QString &defaultSuffix = QStringLiteral("png"));

/// True for the formats that keep the map as vector drawing (PDF, SVG).
inline bool isVectorFormat(MapFileFormat format)
{
    return format == MapFileFormat::Pdf || format == MapFileFormat::Svg;
}

/// Draws the map with `options` and writes it. options.view gives the size: pixels of a picture,
/// and the page of a drawing at 96 dots per inch. Runs on the thread of `store`; cancel stops it
/// (nothing is written then).
Result<void> writeMapFile(const ProjectStore &store, const RenderOptions &options, const MapFileTarget &target,
                          const std::atomic_bool *cancel = nullptr);

} // namespace engdrift::gui
