#!/usr/bin/python3
"""The peer of `engdrift-cli render`: QGIS (PyQGIS, Debian's QGIS 3.22) draws the areas of a GeoPackage
to a PNG with a categorized fill on care_type, the same size and extent.

    qgis_render.py GPKG OUT.png WIDTH HEIGHT [XMIN YMIN XMAX YMAX]

Prints the time spent rendering (QgsMapRendererParallelJob, start to finished) in seconds.
Run with QT_QPA_PLATFORM=offscreen. Reads the layer `areas` (a plain layer or an Engdrift project:
with an Engdrift project it draws the versions valid today, as engdrift-cli does by default).
"""
import json
import os
import sys
import time

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsRectangle, QgsRendererCategory, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

# Engdrift's colours, from the same file Engdrift draws with (styles/symbology.json).
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "styles", "symbology.json"),
          encoding="utf-8") as styles_file:
    STYLES = json.load(styles_file)
COLOURS = {code: (s["fill"], s["outline"]) for code, s in STYLES["care_types"].items()}


def main():
    path, out, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"{path}|layername=areas", "areas", "ogr")
    if not layer.isValid():
        print(f"cannot open {path}", file=sys.stderr)
        return 1
    if layer.fields().indexOf("valid_to") >= 0:
        layer.setSubsetString("valid_to IS NULL AND status = 'current'")
    categories = []
    for code, (fill, outline) in COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": "0.1"})
        categories.append(QgsRendererCategory(code, symbol, code))
    layer.setRenderer(QgsCategorizedSymbolRenderer("care_type", categories))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setOutputSize(QSize(width, height))
    settings.setDestinationCrs(layer.crs())
    if len(sys.argv) >= 9:
        settings.setExtent(QgsRectangle(*[float(v) for v in sys.argv[5:9]]))
    else:
        settings.setExtent(layer.extent())
    settings.setBackgroundColor(QColor(STYLES["map"]["background"]))
    job = QgsMapRendererParallelJob(settings)
    start = time.perf_counter()
    job.start()
    job.waitForFinished()
    elapsed = time.perf_counter() - start
    job.renderedImage().save(out)
    print(f"{elapsed:.3f}", flush=True)
    # QGIS 3.22 offscreen crashes in its exit clean-up; the picture is written, so leave at once.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
