import re
import unicodedata
from xml.etree import ElementTree

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from atnet.geo import maps
from atnet.geo.models import AdministrativeUnit
from atnet.geo.units import unit_rows


def _folded(text: str) -> str:
    """Lower case without diacritics (the file writes ş ţ with cedillas, the project ș ț)."""
    plain = unicodedata.normalize("NFKD", text.replace("Tighina", "Bender"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).lower().strip()


def test_every_unit_has_exactly_one_path_and_every_path_one_unit():
    codes = [row["code"] for row in unit_rows()]
    assert len(codes) == 37
    assert sorted(maps.SVG_IDS) == sorted(codes)
    ids = list(maps.SVG_IDS.values())
    assert len(set(ids)) == len(ids)  # no path for two units
    assert sorted(maps.svg_paths()) == sorted(ids)  # no path without a unit, none missing
    svg = ElementTree.parse(maps.SVG_FILE).getroot()
    assert len(list(svg.iter("{http://www.w3.org/2000/svg}path"))) == 37


def test_each_path_is_the_unit_it_is_mapped_to():
    """The file's own names agree with the project's (catches a swap such as Fălești/Florești)."""
    names = {
        path.get("id"): _folded(path.get("name"))
        for path in ElementTree.parse(maps.SVG_FILE).getroot().iter()
        if path.get("name")
    }
    for row in unit_rows():
        ours = _folded(row["name_ro"]).replace("uta ", "").replace("stinga nistrului", "stinga")
        assert ours.split()[0] in names[maps.SVG_IDS[row["code"]]], row["code"]


def test_outlines_become_closed_polygons_inside_the_view_box():
    for code in maps.SVG_IDS:
        rings = maps.polygons(code)
        assert rings, code
        for ring in rings:
            assert all(-1 <= x <= 614 and -1 <= y <= 770 for x, y in ring), code


def test_class_ranges_cover_the_values_without_overlap():
    assert maps.class_ranges([]) == []
    assert maps.class_ranges([3]) == [(3, 3)]
    ranges = maps.class_ranges([1, 2, 2, 5, 8, 13, 40])
    assert ranges[0][0] == 1 and ranges[-1][1] == 40
    assert all(a[1] + 1 == b[0] for a, b in zip(ranges, ranges[1:], strict=False))


@pytest.fixture
def units(db):
    return list(AdministrativeUnit.objects.all())


def test_a_map_tells_zero_no_data_and_suppressed_apart(units):
    values = {"MD-CU": 40, "MD-BA": 12, "MD-CA": 3, "MD-SN": None}
    with translation.override("ru"):
        data = maps.numeric_map(
            "test", "Встречи", "Встречи", values, units=units, suppressed={"MD-CA"},
            url=lambda code: f"/list/?unit={code}",
        )  # fmt: skip
        html = render_to_string("geo/_map.html", {"map": data})
    states = {unit.code: unit.state for unit in data.units}
    assert states["MD-SN"] == maps.NO_DATA
    assert states["MD-CA"] == maps.SUPPRESSED
    assert states["MD-OR"] == maps.ZERO
    assert states["MD-CU"].startswith("c") and states["MD-BA"].startswith("c")
    assert len({states["MD-SN"], states["MD-CA"], states["MD-OR"], states["MD-CU"]}) == 4
    svg = str(data.svg)
    assert svg.count('class="unit state-') == 37
    assert "<title>Кишинёв: 40</title>" in svg  # named in the page's language
    assert 'href="/list/?unit=MD-BA"' in svg
    assert "CC BY 4.0" in html and "MapSVG / svg-maps" in html
    row = re.search(r'<tr data-unit="MD-CA">.*?</tr>', html).group(0)
    assert "3" not in row


def test_category_map_marks_units_without_a_category_as_no_data(units):
    classes = maps.category_classes([("recent", "recent"), ("old", "old")])
    data = maps.category_map(
        "cat", "T", "M", {"MD-CU": "recent", "MD-BA": "old"}, classes, units=units
    )
    states = {unit.code: unit.state for unit in data.units}
    assert states["MD-CU"] == "recent" and states["MD-BA"] == "old"
    assert states["MD-OR"] == maps.NO_DATA
    assert [c.key for c in data.classes] == ["recent", "old", maps.NO_DATA]
