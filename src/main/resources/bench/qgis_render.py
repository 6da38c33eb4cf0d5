"""`clashmap bench render`'s peer: QGIS draws the same events to the same PNG, headless.

Usage: python3 qgis_render.py EVENTS.gpkg OUT.png WIDTH HEIGHT W,S,E,N clustered|points

EVENTS.gpkg is the bench's point layer "events" (one row per event and place, made from the ClashMap
database the render reads, with an event_type column). The map is drawn in Web Mercator (EPSG:3857, as
ClashMap draws), the lon/lat box fitted into WIDTH x HEIGHT, antialiased, one simple marker per point
coloured and shaped by event type as ClashMap's IncidentStyle (circle, triangle, square, diamond; the
same Okabe-Ito colours), 2.5 logical px of radius scaled like ClashMap's symbols. "clustered" wraps
that renderer in QGIS's point cluster renderer at ClashMap's cluster cell (44 logical px), the way an
analyst would cluster a point layer in QGIS; the output DPI is 96 times that scale, so QGIS's own sizes
in mm (the cluster symbol and its count) grow with the image as ClashMap's do. Nothing else is drawn (no basemap, title or legend):
QGIS is given less to do than ClashMap, so a ratio at or below 1.0 is not flattered.

Prints one line: points in the layer, seconds to draw, seconds to write the PNG.
"""
import math
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402  (the platform must be chosen before Qt loads)
    QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
    QgsMapRendererParallelJob, QgsMapSettings, QgsMarkerSymbol, QgsPointClusterRenderer, QgsProject,
    QgsRectangle, QgsRendererCategory, QgsSimpleMarkerSymbolLayerBase, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

# ClashMap's IncidentStyle: colour and shape per ACLED event type.
LOOKS = {
    "BATTLES": ("#D55E00", QgsSimpleMarkerSymbolLayerBase.Circle),
    "EXPLOSIONS_REMOTE_VIOLENCE": ("#E69F00", QgsSimpleMarkerSymbolLayerBase.Triangle),
    "VIOLENCE_AGAINST_CIVILIANS": ("#CC79A7", QgsSimpleMarkerSymbolLayerBase.Square),
    "STRATEGIC_DEVELOPMENTS": ("#0072B2", QgsSimpleMarkerSymbolLayerBase.Diamond),
}
# ClashMap's PointPainter.RADIUS and IncidentPainter.CLUSTER_CELL, logical px; MapImageRenderer's reference view.
RADIUS, CLUSTER_CELL, REFERENCE_W, REFERENCE_H = 2.5, 44, 1600, 900


def marker(colour, shape, diameter_px):
    symbol = QgsMarkerSymbol.createSimple({})
    layer = symbol.symbolLayer(0)
    layer.setShape(shape)
    layer.setColor(QColor(colour))
    layer.setStrokeColor(QColor("#3c2f24"))
    layer.setStrokeWidth(1)
    layer.setStrokeWidthUnit(QgsUnitTypes.RenderPixels)
    symbol.setSize(diameter_px)
    symbol.setSizeUnit(QgsUnitTypes.RenderPixels)
    return symbol


def main(argv):
    if len(argv) != 7:
        sys.exit(__doc__)
    gpkg, out, width, height, bbox, style = argv[1], argv[2], int(argv[3]), int(argv[4]), argv[5], argv[6]
    west, south, east, north = (float(v) for v in bbox.split(","))
    scale = max(1.0, math.sqrt(width * height / (REFERENCE_W * REFERENCE_H)))

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        print(draw(gpkg, out, width, height, (west, south, east, north), style, scale))
    finally:
        app.exitQgis()


def draw(gpkg, out, width, height, box, style, scale):
    """Draws the layer and writes the PNG; every QGIS object it makes is gone before QGIS exits (else it crashes on exit)."""
    layer = QgsVectorLayer(gpkg + "|layername=events", "events", "ogr")
    if not layer.isValid():
        sys.exit("qgis_render: cannot open the layer 'events' in " + gpkg)
    categories = [QgsRendererCategory(kind, marker(colour, shape, 2 * RADIUS * scale), kind)
                  for kind, (colour, shape) in LOOKS.items()]
    renderer = QgsCategorizedSymbolRenderer("event_type", categories)
    if style == "clustered":
        clusters = QgsPointClusterRenderer()
        clusters.setEmbeddedRenderer(renderer)
        clusters.setTolerance(CLUSTER_CELL * scale)
        clusters.setToleranceUnit(QgsUnitTypes.RenderPixels)
        renderer = clusters
    elif style != "points":
        sys.exit("qgis_render: style must be clustered or points, not " + style)
    layer.setRenderer(renderer)

    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(mercator)
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96 * scale)  # QGIS's sizes in mm (the cluster symbol and its count) scale as ClashMap's frame does
    settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(*box)))
    settings.setBackgroundColor(QColor("white"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)

    t0 = time.monotonic()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    t1 = time.monotonic()
    if not image.save(out, "PNG"):
        sys.exit("qgis_render: cannot write " + out)
    t2 = time.monotonic()
    return "%d points, drawn in %.2f s, PNG written in %.2f s" % (layer.featureCount(), t1 - t0, t2 - t1)


if __name__ == "__main__":
    main(sys.argv)
