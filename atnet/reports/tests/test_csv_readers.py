"""CSV exports read with pandas' defaults: the header row comes first."""

import io

import pandas
import pytest

from . import factories as f
from .conftest import YEAR

EXPORTS = [
    f"/ro/workspace/reports/export/trained-by-profession.csv?year={YEAR}",
    f"/en/workspace/reports/export/meetings-by-series.csv?year={YEAR}",
]


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(f.coordinator())
    return client


@pytest.mark.parametrize("url", EXPORTS)
def test_pandas_reads_each_csv_export_with_its_header(coordinator_client, records, url):
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert f"-{YEAR}-01-01-{YEAR}-12-31.csv" in response["Content-Disposition"]
    frame = pandas.read_csv(io.BytesIO(response.content))
    header = response.content.decode("utf-8-sig").splitlines()[0].split(",")
    assert list(frame.columns) == header
    assert len(frame.columns) > 1 and len(frame) >= 1
    assert not [name for name in frame.columns if name.startswith("Unnamed")]
