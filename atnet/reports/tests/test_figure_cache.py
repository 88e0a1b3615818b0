"""Figures come from the cache until the records change, per period, scope and language."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from atnet.meetings.models import Meeting
from atnet.reports.figures import BY_SLUG
from atnet.reports.figures.cache import data_changed, data_version
from atnet.reports.period import Period

from . import factories as f
from .conftest import YEAR

pytestmark = pytest.mark.django_db
SPEC = BY_SLUG["meetings-by-unit"]


def _counts(period=None):
    figure = SPEC.compute(period or Period.year(YEAR))
    return {row.key: row["count"] for row in figure.rows}


def test_a_figure_asked_twice_is_read_from_the_database_once(records):
    first = _counts()
    with CaptureQueriesContext(connection) as again:
        assert _counts() == first
    assert len(again.captured_queries) == 0


def test_a_new_record_shows_at_once(records):
    assert _counts() == {"MD-CU": 2, "MD-CA": 1}
    f.meeting(records["meetings"][0].series, dt.date(YEAR, 7, 1), "MD-CA")
    assert _counts() == {"MD-CU": 2, "MD-CA": 2}


def test_a_write_without_signals_shows_once_audited_or_announced(records):
    assert _counts() == {"MD-CU": 2, "MD-CA": 1}
    Meeting.objects.filter(host_unit__code="MD-CA").update(status="cancelled")  # no signal
    data_changed()  # what log_action's audit row does for a service's bulk write
    assert _counts() == {"MD-CU": 2}


def test_each_period_and_region_has_its_own_entry(records):
    assert _counts() == {"MD-CU": 2, "MD-CA": 1}
    assert _counts(Period.year(YEAR - 1)) == {"MD-BA": 1}
    assert _counts(Period.year(YEAR, region="south")) == {"MD-CA": 1}


def test_each_language_has_its_own_notes(records):
    people = BY_SLUG["participants-by-unit"]  # its note on missing gender is text, not lazy
    with translation.override("en"):
        english = people.compute(Period.year(YEAR)).notes
    with translation.override("ru"):
        russian = people.compute(Period.year(YEAR)).notes
    assert english and russian and english != russian
    assert "Gender was not recorded" in english[0]


def test_the_audit_log_moves_the_data_version(records):
    from atnet.core.services import log_action

    before = data_version()
    log_action(actor=None, action="test", obj=records["meetings"][0])
    assert data_version() != before
