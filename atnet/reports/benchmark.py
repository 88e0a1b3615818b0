"""Each dashboard figure timed against a hand-written SQL aggregate of the same figure.

`compare(period)` runs on the current database (SQLite or PostgreSQL): for each
figure it times the ORM figure (`Spec.build`, as the dashboard computes it on a
cache miss, rows and labels included) and the raw SQL below through `connection.cursor()`,
asserts they give the same numbers, and returns rows (figure, ORM ms, SQL ms,
ratio). Each time is the median of `runs` runs, the two taking turns to go
first so neither always finds the cache warmed by the other. The figure is
computed without a region or domain; the SQL takes the same period.

Times are CPU time (see `Clock`): the work of the figure, not the time spent
waiting for a core on a shared machine. Wall-clock medians are kept beside them.

The SQL is what one would write by hand for the figure, in the form both
backends run fastest: filtered aggregates (`FILTER (WHERE ...)`, SQLite 3.30+
and PostgreSQL) rather than CASE inside the aggregate.
"""

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connection

from .figures import BY_SLUG
from .figures.base import Figure
from .period import Period

REPEATS = 3
MAX_RUNS, QUICK_MS = 51, 500.0
MEETINGS = """FROM meetings_meeting m
WHERE m.status = 'held' AND m.starts_at >= %(first)s AND m.starts_at < %(after)s"""
# Each statement joins only the tables its figure needs (the organisation for its
# type, the unit for its code), as one writes it by hand: {joins} marks the place.
ATTENDANCES = """FROM meetings_attendance a
JOIN meetings_meeting m ON m.id = a.meeting_id {joins}
WHERE a.status = 'present' AND m.status = 'held'
  AND m.starts_at >= %(first)s AND m.starts_at < %(after)s"""
ORGANISATION = "LEFT JOIN network_organisation o ON o.id = {}.organisation_id"
GENDERS = ("female", "male", "other", "")


def _meeting_people() -> str:
    """People (walk-ins one each), attendances, then people of each gender."""

    def people(condition: str = "1 = 1") -> str:
        distinct = f"COUNT(DISTINCT a.person_id) FILTER (WHERE {condition})"
        return f"{distinct} + COUNT(*) FILTER (WHERE a.person_id IS NULL AND {condition})"

    return ", ".join([people(), "COUNT(*)", *(people(f"a.gender = '{g}'") for g in GENDERS)])


def _trained_people() -> str:
    genders = (f"COUNT(DISTINCT e.participant_id) FILTER (WHERE p.gender = '{g}')" for g in GENDERS)
    return ", ".join(["COUNT(DISTINCT e.participant_id)", "COUNT(*)", *genders])


MEETING_PEOPLE = _meeting_people()
TRAINED_PEOPLE = _trained_people()
TRAINED = """FROM trainings_enrolment e
JOIN trainings_session s ON s.id = e.session_id
JOIN trainings_participant p ON p.id = e.participant_id {joins}
WHERE e.status = 'accepted' AND e.days_attended > 0
  AND s.start_date >= %(start)s AND s.start_date <= %(end)s"""
PAGES = """JOIN wagtailcore_page pg ON pg.id = x.page_ptr_id
JOIN wagtailcore_locale l ON l.id = pg.locale_id
WHERE pg.live AND l.language_code = %(language)s"""
PROJECTS = f"""FROM projects_projectpage x {PAGES}
  AND COALESCE(x.actual_start, x.planned_start) <= %(end)s
  AND (COALESCE(x.actual_end, x.planned_end) >= %(start)s
       OR COALESCE(x.actual_end, x.planned_end) IS NULL)"""


def _month(column: str, aware: bool) -> str:
    """The month of a date or datetime column as the backend spells it (local time zone)."""
    if connection.vendor == "postgresql":
        local = f"{column} AT TIME ZONE %(zone)s" if aware else column
        return f"to_char({local}, 'YYYY-MM')"
    if aware:  # Django's own SQLite function converts to local time, as TruncMonth does
        return f"substr(django_datetime_trunc('month', {column}, %(zone)s, 'UTC'), 1, 7)"
    return f"strftime('%%Y-%%m', {column})"


def _contains(column: str, value: str) -> str:
    if connection.vendor == "postgresql":
        return f"{column} @> '[\"{value}\"]'::jsonb"
    return f"{column} LIKE '%%\"{value}\"%%'"


def _budget_sums(condition: str = "1 = 1") -> str:
    return ", ".join(
        f"SUM(x.budget) FILTER (WHERE {condition} AND x.currency = '{c}')"
        for c in ("EUR", "USD", "MDL")
    )


HOST = "LEFT JOIN geo_administrativeunit u ON u.id = m.host_unit_id"
SESSION_UNIT = "LEFT JOIN geo_administrativeunit u ON u.id = s.unit_id"


def _people(key: str, measures: str, source: str, joins: str = "") -> tuple[str, str]:
    """The grouped rows and the total: a figure of people is these two aggregates."""
    grouped = f"SELECT {key} AS k, {measures} {source.format(joins=joins)} GROUP BY k"
    return grouped, f"SELECT {measures} {source.format(joins='')}"


def _domains_sql() -> str:
    from atnet.network.models import Domain

    parts = []
    for domain in Domain.values:
        has = _contains("x.domains", domain)
        parts.append(f"COUNT(*) FILTER (WHERE {has}), {_budget_sums(has)}")
    return f"SELECT {', '.join(parts)} {PROJECTS}"


# Sessions by their first day, participations by the conference's; each with a funder or a cost.
COSTED = """FROM (
  SELECT 's' AS kind, s.funded_by_id AS funder, s.cost_currency AS currency, s.cost_amount AS amount
  FROM trainings_session s
  WHERE s.start_date >= %(start)s AND s.start_date <= %(end)s
    AND (s.funded_by_id IS NOT NULL OR s.cost_amount IS NOT NULL)
  UNION ALL
  SELECT 'p', c.funded_by_id, c.cost_currency, c.cost_amount
  FROM support_conferenceparticipation c JOIN support_conference f ON f.id = c.conference_id
  WHERE f.start_date >= %(start)s AND f.start_date <= %(end)s
    AND (c.funded_by_id IS NOT NULL OR c.cost_amount IS NOT NULL)
) x"""


def _costs_sql() -> str:
    """Per funder and currency (key `<funder id>:<currency>`): never summed across currencies."""
    key = "COALESCE(CAST(x.funder AS TEXT), '') || ':' || x.currency"
    per_kind = ", ".join(
        f"COUNT(*) FILTER (WHERE x.kind = '{k}'), SUM(x.amount) FILTER (WHERE x.kind = '{k}')"
        for k in ("s", "p")
    )
    return f"SELECT {key} AS k, COUNT(*), {per_kind}, SUM(x.amount) {COSTED} GROUP BY k"  # noqa: S608


SQL: dict[str, Callable[[], str]] = {
    "meetings-by-series": lambda: f"SELECT m.series_id, COUNT(*) {MEETINGS} GROUP BY m.series_id",
    "meetings-by-unit": lambda: (
        f"SELECT u.code, COUNT(*) {MEETINGS.replace('WHERE', HOST + ' WHERE', 1)} GROUP BY u.code"
    ),
    "meetings-by-month": lambda: (
        f"SELECT {_month('m.starts_at', True)} AS k, COUNT(*) {MEETINGS} GROUP BY k"
    ),
    "participants-by-organisation-type": lambda: _people(
        "o.type", MEETING_PEOPLE, ATTENDANCES, ORGANISATION.format("a")
    ),
    "participants-by-unit": lambda: _people("u.code", MEETING_PEOPLE, ATTENDANCES, HOST),
    "trained-by-profession": lambda: _people("p.profession", TRAINED_PEOPLE, TRAINED),
    "trained-by-unit": lambda: _people("u.code", TRAINED_PEOPLE, TRAINED, SESSION_UNIT),
    "trained-by-course": lambda: _people("s.course_id", TRAINED_PEOPLE, TRAINED),
    "trained-by-institution-type": lambda: _people(
        "o.type", TRAINED_PEOPLE, TRAINED, ORGANISATION.format("p")
    ),
    "trained-by-month": lambda: _people(_month("s.start_date", False), TRAINED_PEOPLE, TRAINED),
    "knowledge-gain": lambda: f"""SELECT s.course_id, COUNT(DISTINCT e.participant_id)
        {TRAINED.format(joins="")}
        AND e.pre_score IS NOT NULL AND e.post_score IS NOT NULL GROUP BY s.course_id""",
    "equipment-by-category": lambda: """SELECT q.category, SUM(q.quantity), COUNT(*),
        COUNT(DISTINCT q.recipient_id) FROM support_equipment q
        WHERE q.status <> 'planned' AND q.date >= %(start)s AND q.date <= %(end)s
        GROUP BY q.category""",
    "materials-distributed": lambda: """SELECT d.material_id, SUM(d.copies), COUNT(*),
        COUNT(DISTINCT d.organisation_id) FROM support_distribution d
        WHERE d.date >= %(start)s AND d.date <= %(end)s GROUP BY d.material_id""",
    "projects-by-domain": _domains_sql,
    "projects-by-status": lambda: (
        f"SELECT x.status, COUNT(*), {_budget_sums()} {PROJECTS} GROUP BY x.status"
    ),
    "legislation-by-status": lambda: f"""SELECT x.status, COUNT(*)
        FROM legislation_actpage x {PAGES}
        AND x.year >= %(start_year)s AND x.year <= %(end_year)s GROUP BY x.status""",  # noqa: S608
    "organisations-active-by-unit": lambda: """SELECT u.code, COUNT(DISTINCT a.organisation_id)
        FROM network_activity a
        LEFT JOIN network_activity_regions r ON r.activity_id = a.id
        LEFT JOIN geo_administrativeunit u ON u.id = r.administrativeunit_id
        WHERE a.start_date <= %(end)s AND (a.end_date >= %(start)s OR a.end_date IS NULL)
        GROUP BY u.code""",
    "costs-by-funder": _costs_sql,
}  # fmt: skip


def _params(period: Period) -> dict:
    first, after = period.bounds
    adapt = connection.ops.adapt_datetimefield_value
    return {
        "first": adapt(first), "after": adapt(after), "start": period.start, "end": period.end,
        "start_year": period.start.year, "end_year": period.end.year,
        "zone": settings.TIME_ZONE, "language": settings.LANGUAGE_CODE,
    }  # fmt: skip


def run_sql(slug: str, period: Period) -> list[list[tuple]]:
    """The results of the figure's statement(s): grouped rows, then the total for people."""
    statements = SQL[slug]()
    results = []
    with connection.cursor() as cursor:
        for statement in [statements] if isinstance(statements, str) else statements:
            # Statements are this module's constants; every value is a bound parameter.
            cursor.execute(statement, _params(period))
            results.append(cursor.fetchall())
    return results


def _key(value) -> str:
    return (
        ""
        if value is None
        else str(value)[:7]
        if len(str(value)) >= 7 and str(value)[4:5] == "-"
        else str(value)
    )


def _number(value):
    return None if value is None else round(float(value), 2)


def orm_result(figure: Figure) -> set[tuple]:
    """The figure's rows (and total) reduced to what its SQL returns."""
    if figure.slug == "projects-by-domain":
        return {tuple(_number(row[c]) for c, _l in figure.columns) for row in figure.rows}
    keys = [key for key, _label in figure.columns if key != "share_women"]
    if figure.slug == "knowledge-gain":
        keys = ["people"]
    rows = [row for row in figure.rows if row[keys[0]]]  # months without records are added rows
    result = {(_key(row.key), *(_number(row[k]) for k in keys)) for row in rows}
    if figure.people:
        result.add(("total", *(_number(figure.total[k]) for k in keys)))
    return result


def sql_result(slug: str, results: list[list[tuple]]) -> set[tuple]:
    rows = results[0]
    if slug == "projects-by-domain":
        flat, size = rows[0], 4
        chunks = [flat[j : j + size] for j in range(0, len(flat), size)]
        return {(_number(chunk[0] or 0), *(_number(v) for v in chunk[1:])) for chunk in chunks}
    result = {(_key(row[0]), *(_number(v) for v in row[1:])) for row in rows}
    if len(results) > 1:
        result.add(("total", *(_number(v or 0) for v in results[1][0])))
    return result


class Clock:
    """Wall time, and the CPU time of the work: this process's, plus that of the
    PostgreSQL backend serving it when the server runs on this machine (its
    /proc/<pid>/schedstat, in nanoseconds). On SQLite the query runs in this
    process. CPU time leaves out the time spent waiting for a core, which on a
    shared machine is most of the noise of a wall clock.
    """

    def __init__(self):
        self.backend: Path | None = None
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # The backend's CPU is all the work only without parallel workers.
                cursor.execute("SET max_parallel_workers_per_gather = 0")
                cursor.execute("SELECT pg_backend_pid()")
                pid = cursor.fetchone()[0]
            proc = Path(f"/proc/{pid}")
            if (proc / "comm").exists() and (proc / "comm").read_text().startswith("postgres"):
                self.backend = proc / "schedstat"

    @property
    def kind(self) -> str:
        return "cpu" if connection.vendor == "sqlite" or self.backend else "wall"

    def now(self) -> tuple[float, float]:
        """(wall, cpu) in ms; cpu is the wall time when the server's CPU cannot be read."""
        wall = time.perf_counter() * 1000
        if self.kind == "wall":
            return wall, wall
        cpu = time.process_time() * 1000
        if self.backend:
            cpu += int(self.backend.read_text().split()[0]) / 1e6
        return wall, cpu


def _interleaved(orm, sql, runs: int, clock: Clock) -> tuple[dict, object, object]:
    """ORM and SQL timed in turns (ORM first in even runs, SQL first in odd ones).

    At least `runs` runs; when more than one is asked for, a figure of a few
    milliseconds gets more (up to MAX_RUNS, while both together took under
    QUICK_MS of wall time), because one scheduler slice is longer than the
    figure itself. One run (a check of the scripts) is one run.
    """
    times = {name: [] for name in ("orm", "sql", "orm_wall", "sql_wall")}
    functions, results = {"orm": orm, "sql": sql}, {}
    run = 0
    more = runs > 1
    while run < runs or (
        more and run < MAX_RUNS and sum(times["orm_wall"]) + sum(times["sql_wall"]) < QUICK_MS
    ):
        for which in ("orm", "sql") if run % 2 == 0 else ("sql", "orm"):
            wall, cpu = clock.now()
            results[which] = functions[which]()
            wall_after, cpu_after = clock.now()
            times[which].append(cpu_after - cpu)
            times[f"{which}_wall"].append(wall_after - wall)
        run += 1
    return times, results["orm"], results["sql"]


def check(slug: str, figure: Figure, rows: list[list[tuple]]) -> None:
    """The figure and its SQL twin must give the same numbers, not only a time."""
    expected, got = orm_result(figure), sql_result(slug, rows)
    if expected != got:
        raise AssertionError(
            f"{slug}: ORM {sorted(expected, key=str)} != SQL {sorted(got, key=str)}"
        )


def compare(period: Period, runs: int = REPEATS) -> list[dict]:
    """For each figure: median ORM ms, median SQL ms and their ratio; results checked equal.

    `clock` says what the ms are: "cpu" (see Clock) or "wall"; the wall-clock
    medians are in `orm_wall_ms` and `sql_wall_ms` either way.
    """
    connection.ensure_connection()
    clock, results = Clock(), []
    for slug, spec in BY_SLUG.items():
        times, figure, rows = _interleaved(
            # `build`, not `compute`: the figure as computed on a cache miss, never
            # the cached copy (the bench of 2026-12-05 timed cache hits: ratios 0.05–0.16).
            lambda spec=spec: spec.build(spec, period),
            lambda slug=slug: run_sql(slug, period),
            runs,
            clock,
        )
        check(slug, figure, rows)
        median = {name: statistics.median(values) for name, values in times.items()}
        results.append(
            {
                "figure": slug,
                "orm_ms": round(median["orm"], 2),
                "sql_ms": round(median["sql"], 2),
                "ratio": round(median["orm"] / median["sql"], 2) if median["sql"] else float("inf"),
                "orm_wall_ms": round(median["orm_wall"], 2),
                "sql_wall_ms": round(median["sql_wall"], 2),
                "runs": len(times["orm"]),
                "clock": clock.kind,
            }
        )
    return results
