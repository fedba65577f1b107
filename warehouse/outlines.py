"""Country outlines for maps, offline: Natural Earth's 1:110m countries (public domain) as
TopoJSON, the file `countries-110m.json` of the `world-atlas` npm package (ISC licence; see
NOTICE), shipped unchanged in `warehouse/data/`.

No Python package we could find ships country outlines inside its wheel without pulling in a
GIS stack (geopandas dropped its bundled Natural Earth files in 1.0; cartopy and geodatasets
download theirs at run time), so the 108 KB file is shipped here.
"""

from __future__ import annotations

import json
from itertools import accumulate
from pathlib import Path

OUTLINES_FILE = Path(__file__).parent / "data" / "countries-110m.json"

Ring = list[tuple[float, float]]
# Rings entirely south of this latitude (Antarctica) are not drawn.
SOUTHERNMOST = -60.0


def country_rings(path: Path = OUTLINES_FILE) -> list[Ring]:
    """Every ring (outer edge or hole) of every country, as (longitude, latitude) points, with
    rings that cross the 180th meridian (Russia's Chukotka, Fiji) drawn on past it rather than
    back across the map. Antarctica is left out: no news event is placed there."""
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decoded_arcs(topology)
    rings: list[Ring] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            rings += [_unwrapped(_ring(indices, arcs)) for indices in polygon]
    return [ring for ring in rings if max(lat for _, lat in ring) > SOUTHERNMOST]


def _decoded_arcs(topology: dict) -> list[Ring]:
    """TopoJSON's arcs are delta-encoded integers; the transform scales them to degrees."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        xs = accumulate(point[0] for point in arc)
        ys = accumulate(point[1] for point in arc)
        decoded.append([(x * sx + tx, y * sy + ty) for x, y in zip(xs, ys, strict=True)])
    return decoded


def _ring(indices: list[int], arcs: list[Ring]) -> Ring:
    """A ring joined from its arcs; a negative index ~i is arc i walked backwards, and each
    arc after the first starts where the previous one ended."""
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points += arc if not points else arc[1:]
    return points


def _unwrapped(ring: Ring) -> Ring:
    """The ring with each jump of more than half the globe in longitude undone (+180 to -180
    is one step east, not a line back across the map)."""
    shift = 0.0
    points: Ring = []
    previous = None
    for lon, lat in ring:
        if previous is not None and abs(lon - previous) > 180:
            shift += 360.0 if previous > lon else -360.0
        points.append((lon + shift, lat))
        previous = lon
    return points
