"""The map's path data: relative steps in tenths that read back as the same points."""

import re

from hypothesis import given
from hypothesis import strategies as st

from stances.templatetags.world_map import ring_path, world_shapes

NUMBER = re.compile(r"-?(?:\d+(?:\.\d)?|\.\d)")


def rings(d: str) -> list[list[tuple[int, int]]]:
    """Read path data of M, l and Z back as rings of absolute points in tenths, as SVG does."""
    read = []
    for ring in d.split("Z")[:-1]:
        start, _, steps = ring.removeprefix("M").partition("l")
        x, y = (round(float(n) * 10) for n in NUMBER.findall(start))
        points = [(x, y)]
        numbers = [round(float(n) * 10) for n in NUMBER.findall(steps)]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
        read.append(points)
    return read


@given(st.lists(st.tuples(st.integers(-99999, 99999), st.integers(-99999, 99999)), min_size=1))
def test_a_ring_reads_back_as_its_points(points):
    assert rings(ring_path(points)) == [points]


def test_steps_are_written_without_needless_separators():
    assert ring_path([(9482, 2960), (9490, 2955), (9497, 2964), (9497, 2974)]) == (
        "M948.2,296l.8-.5.7.9,0,1Z"
    )


def test_the_atlas_keeps_its_points():
    shapes = {shape.name: shape for shape in world_shapes()[0]}
    # Fiji's first ring, as the map drew it in absolute coordinates.
    assert rings(shapes["Fiji"].d)[0][:3] == [(9482, 2960), (9490, 2955), (9497, 2964)]
