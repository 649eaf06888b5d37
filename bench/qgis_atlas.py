#!/usr/bin/python3
"""The peer of `engdrift-cli atlas ... --layout map-a3`: a QGIS print layout atlas (PyQGIS, Debian's
QGIS 3.22, QgsLayoutExporter.exportToPdf) with a page per department of a plain areas layer.

    qgis_atlas.py AREAS.gpkg OUT.pdf

The page is the plain one of the issue, as Engdrift's map-a3: A3 landscape, one map framed on the
department (with its areas drawn categorized on care_type in Engdrift's colours), a title, a
legend of the care types on the page's map only, and a scale bar. The atlas' coverage layer holds
one rectangle per department (organisation, department), in the order of organisation and
department number, as Engdrift orders its pages. Run with QT_QPA_PLATFORM=offscreen.
"""
import json
import os
import sys

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsFeature, QgsField, QgsFillSymbol,
                       QgsGeometry, QgsLayout, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout,
                       QgsProject, QgsRectangle, QgsRendererCategory, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QFont

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "styles", "symbology.json"),
          encoding="utf-8") as styles_file:
    STYLES = json.load(styles_file)
COLOURS = {code: (s["fill"], s["outline"]) for code, s in STYLES["care_types"].items()}
MM = QgsUnitTypes.LayoutMillimeters


def main():
    path, out = sys.argv[1], sys.argv[2]
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    areas = QgsVectorLayer(f"{path}|layername=areas", "areas", "ogr")
    if not areas.isValid():
        print(f"cannot open {path}", file=sys.stderr)
        return 1
    categories = []
    for code, (fill, outline) in COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": "0.1"})
        categories.append(QgsRendererCategory(code, symbol, code))
    areas.setRenderer(QgsCategorizedSymbolRenderer("care_type", categories))
    project.addMapLayer(areas)

    # The coverage: one rectangle per department.
    extents = {}
    for f in areas.getFeatures():
        key = (f["org_no"], f["dept_no"])
        box = f.geometry().boundingBox()
        if key in extents:
            extents[key].combineExtentWith(box)
        else:
            extents[key] = QgsRectangle(box)
    coverage = QgsVectorLayer(f"Polygon?crs={areas.crs().authid()}", "departments", "memory")
    provider = coverage.dataProvider()
    provider.addAttributes([QgsField("org_no", QVariant.Int), QgsField("dept_no", QVariant.Int)])
    coverage.updateFields()
    features = []
    for (org, dept), box in sorted(extents.items()):
        feature = QgsFeature(coverage.fields())
        feature.setAttributes([org, dept])
        feature.setGeometry(QgsGeometry.fromRect(box))
        features.append(feature)
    provider.addFeatures(features)
    project.addMapLayer(coverage, False)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A3", page.Landscape)

    title = QgsLayoutItemLabel(layout)
    title.setText("[% 'Organisation ' || \"org_no\" || ' · Department ' || lpad(\"dept_no\", 3, '0') %]")
    title.setFont(QFont("DejaVu Sans", 18, QFont.Bold))
    title.attemptMove(QgsLayoutPoint(14, 10, MM))
    title.attemptResize(QgsLayoutSize(300, 11, MM))
    layout.addLayoutItem(title)

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(14, 31, MM))
    map_item.attemptResize(QgsLayoutSize(300, 250, MM))
    map_item.setLayers([areas])
    map_item.setExtent(next(iter(extents.values())))
    map_item.setFrameEnabled(True)
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(0.05)
    layout.addLayoutItem(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Care types")
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only the care types on the page's map
    legend.attemptMove(QgsLayoutPoint(322, 50, MM))
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize()
    scale.attemptMove(QgsLayoutPoint(322, 262, MM))
    layout.addLayoutItem(scale)

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setSortFeatures(False)  # the coverage is in department order already
    atlas.setEnabled(True)
    settings = QgsLayoutExporter.PdfExportSettings()
    result, error = QgsLayoutExporter.exportToPdf(atlas, out, settings)
    if result != QgsLayoutExporter.Success:
        print(f"export failed: {error}", file=sys.stderr)
        os._exit(1)
    print(f"{len(features)} pages", flush=True)
    # QGIS 3.22 offscreen crashes in its exit clean-up; the PDF is written, so leave at once.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
