"""Draw the world as SVG on the server, one <path> a country, coloured by stance class.

Drawing on the server means the map needs no JavaScript, renders under a strict
Content-Security-Policy and redraws with a plain GET form. The shapes are the vendored
world-atlas TopoJSON (Natural Earth 1:110m), projected once per process with Natural Earth I.
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from math import radians

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from stances.links import page_url_maker
from stances.templatetags.stance_rows import esc, esc_repeated
from stances.templatetags.stance_tags import stance_class, stance_label

register = template.Library()

ATLAS_PATH = settings.BASE_DIR / "static" / "vendor" / "world-atlas-2.0.2" / "countries-110m.json"
# Antarctica carries no stance and would take a fifth of the map's height.
LEFT_OUT = {"010"}
WIDTH = 960


@dataclass(frozen=True)
class Shape:
    """One country's outline: its ISO numeric code (or "" when it has none), name and SVG path."""

    numeric: str
    name: str
    d: str


def _natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Project degrees with Natural Earth I (Šavrič et al.; as d3-geo's geoNaturalEarth1Raw)."""
    lam, phi = radians(lon), radians(lat)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (
        0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))
    )
    y = phi * (
        1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))
    )
    return x, y


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Undo TopoJSON's quantisation and delta encoding: every arc in degrees."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Join a ring's arcs, and keep it in one piece where it crosses the antimeridian.

    world-atlas leaves that crossing to the renderer (d3 clips there); a ring from 179°E to
    -179°E would otherwise be drawn as a stripe across the world. Unwrapping keeps longitudes
    continuous; the few degrees beyond 180° fall outside the viewBox and are clipped.
    """
    points: list[tuple[float, float]] = []
    for index in indexes:
        # A negative index ~i means arc i walked backwards; consecutive arcs share an end point.
        arc = arcs[~index][::-1] if index < 0 else arcs[index]
        points.extend(arc[1:] if points else arc)
    unwrapped = points[:1]
    for lon, lat in points[1:]:
        previous = unwrapped[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        unwrapped.append((lon, lat))
    # Put the ring back on the side of the antimeridian where most of it lies.
    mean = sum(lon for lon, _ in unwrapped) / len(unwrapped)
    shift = -360 if mean > 180 else 360 if mean < -180 else 0
    return [(lon + shift, lat) for lon, lat in unwrapped]


def _tenths(value: float) -> int:
    """Return `value` in tenths, rounded as f"{value:.1f}" rounds it.

    One decimal is finer than a pixel at the map's size.
    """
    return int(f"{value:.1f}".replace(".", ""))


def _number(tenths: int) -> str:
    """Write a number of tenths as briefly as SVG path data reads it: 15 as 1.5, -5 as -.5."""
    whole, tenth = divmod(abs(tenths), 10)
    sign = "-" if tenths < 0 else ""
    return f"{sign}{whole}" if not tenth else f"{sign}{whole or ''}.{tenth}"


def _numbers(values: list[int]) -> str:
    """Write numbers of tenths one after another, with a comma only where SVG needs one.

    A minus sign starts a new number, and so does a second decimal point ("1.5.5" reads as
    1.5 and .5): the parsing that the SVG path grammar defines and browsers follow.
    """
    written: list[str] = []
    for value in values:
        number = _number(value)
        if written and not (number[0] == "-" or (number[0] == "." and "." in written[-1])):
            written.append(",")
        written.append(number)
    return "".join(written)


def ring_path(points: list[tuple[int, int]]) -> str:
    """Write a closed ring of points in tenths as SVG path data, each after the first relative.

    Relative steps of a tenth or a few take a third of the characters of absolute screen
    coordinates: the map was half the conflict page's HTML. The steps are exact (whole
    tenths), so the points are the same.
    """
    (x, y), steps = points[0], []
    for next_x, next_y in points[1:]:
        steps += (next_x - x, next_y - y)
        x, y = next_x, next_y
    return f"M{_numbers(list(points[0]))}" + (f"l{_numbers(steps)}" if steps else "") + "Z"


@lru_cache(maxsize=1)
def world_shapes() -> tuple[tuple[Shape, ...], str]:
    """Return every country's shape and the SVG viewBox that frames them."""
    topology = json.loads(ATLAS_PATH.read_text())
    arcs = _decode_arcs(topology)
    geometries = [
        g
        for g in topology["objects"]["countries"]["geometries"]
        if g.get("id") not in LEFT_OUT and g.get("arcs")
    ]
    polygons_of = {
        id(g): g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] for g in geometries
    }
    # The frame spans the antimeridian both ways, and the land from north to south.
    east, _ = _natural_earth(180, 0)
    lats = [lat for arc in arcs for _, lat in arc]
    _, top = _natural_earth(0, max(lats))
    _, bottom = _natural_earth(0, min(lats))
    scale = WIDTH / (2 * east)
    height = round((top - bottom) * scale)

    def ring_points(indexes: list[int]) -> list[tuple[int, int]]:
        points: list[tuple[int, int]] = []
        for lon, lat in _ring(indexes, arcs):
            x, y = _natural_earth(lon, lat)
            # Screen y grows downwards.
            point = (_tenths((x + east) * scale), _tenths((top - y) * scale))
            if not points or points[-1] != point:
                points.append(point)
        return points

    def path(polygons: list[list[list[int]]]) -> str:
        return "".join(
            ring_path(ring_points(indexes)) for polygon in polygons for indexes in polygon
        )

    shapes = tuple(
        Shape(numeric=g.get("id", ""), name=g["properties"]["name"], d=path(polygons_of[id(g)]))
        for g in geometries
    )
    return shapes, f"0 0 {WIDTH} {height}"


@lru_cache(maxsize=1)
def _drawn_shapes() -> tuple[tuple[Shape, str, str], ...]:
    """Return each shape with its escaped `<path>` element and its no-data fallback.

    The geometry is the same for every request: only the link, class and title around it
    change, so the path markup is built and escaped once per process.
    """
    shapes, _ = world_shapes()
    return tuple(
        (
            shape,
            format_html('<path d="{}"/>', shape.d),
            format_html(
                '<path class="map-country no-data" d="{}">'
                "<title>{}: not in the atlas</title></path>",
                shape.d,
                shape.name,
            ),
        )
        for shape in shapes
    )


@register.simple_tag
def world_map(rows: dict, conflict, label: str) -> SafeString:
    """Draw the map; `rows` maps a country's numeric code, or its name, to its row.

    A row carries the country (for the link and the accessible name), its current stance on
    `conflict` and whether the page's filters keep it. Built in Python rather than a template
    loop (some 180 shapes, a fifth of the conflict page's rendering); every value that is
    not the process's own geometry is escaped (format_html, esc, esc_repeated).
    """
    _, view_box = world_shapes()
    url = page_url_maker()
    parts = [
        format_html(
            '<svg class="world-map" viewBox="{}" role="group" aria-label="{}" '
            'xmlns="http://www.w3.org/2000/svg">',
            view_box,
            label,
        )
    ]
    # The class and the stance's words, escaped once for each kind of stance on the map.
    looks: dict[tuple, tuple[str, str]] = {}
    for shape, path, no_data in _drawn_shapes():
        row = rows.get(shape.numeric) or rows.get(shape.name)
        if row is None:
            parts.append(no_data)
            continue
        country, current = row.country, row.current
        key = (getattr(current, "stance", None), getattr(current, "target_side", ""), row.shown)
        if key not in looks:
            said = stance_label(current, conflict) if row.shown else "outside the filter"
            looks[key] = (
                esc(stance_class(current)) + ("" if row.shown else " filtered-out"),
                esc(said),
            )
        css, said = looks[key]
        parts.append(
            f'<a href="{esc_repeated(url("pages:country", country.iso3))}" '
            f'data-iso3="{esc_repeated(country.iso3)}" class="map-country {css}">'
            f"<title>{esc_repeated(country.name)}: {said}</title>{path}</a>"
        )
    parts.append("</svg>")
    return mark_safe("\n".join(parts))  # noqa: S308 - built by format_html and esc()
