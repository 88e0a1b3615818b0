import pytest

from atnet.reports.benchmark import compare
from atnet.reports.charts import chart
from atnet.reports.figures import BY_SLUG, SPECS
from atnet.reports.period import Period

from .conftest import YEAR

pytestmark = pytest.mark.django_db


def test_every_figure_has_a_hand_written_sql_twin_giving_the_same_numbers(pages):
    rows = compare(Period.year(YEAR))
    assert [row["figure"] for row in rows] == [spec.slug for spec in SPECS]
    assert all(row["orm_ms"] > 0 and row["sql_ms"] > 0 and row["ratio"] > 0 for row in rows)


def test_a_chart_is_an_accessible_image_with_its_labels_escaped(records):
    figure = BY_SLUG["participants-by-organisation-type"].compute(Period.year(YEAR))
    figure.rows[0].label = "<script>x</script>"
    svg = chart(figure, "c1")
    assert 'role="img"' in svg and 'aria-labelledby="c1-title c1-desc"' in svg
    assert '<title id="c1-title">' in svg and '<desc id="c1-desc">' in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    line = chart(BY_SLUG["meetings-by-month"].compute(Period.year(YEAR)), "c2")
    assert "<polyline" in line and "12" in line
