"""Run inside Django (production settings, a bench database): every reports figure vs its
hand-written SQL (atnet.reports.benchmark.compare), as JSON on stdout.

    python -m bench.figurecheck <year, or "all" for the ten years> <runs>
"""

import json
import sys

import django


def period(choice: str):
    from atnet.reports.period import Period

    from .datasets.common import FIRST_DAY, LAST_DAY

    if choice == "all":
        return Period(FIRST_DAY, LAST_DAY), f"{FIRST_DAY.year}–{LAST_DAY.year}, all records"
    return Period.year(int(choice)), f"the year {int(choice)}"


def main() -> None:
    django.setup()
    from django.db import connection

    from atnet.meetings.models import Attendance
    from atnet.reports.benchmark import compare

    chosen, label = period(sys.argv[1])
    runs = int(sys.argv[2])
    first, after = chosen.bounds
    in_period = Attendance.objects.filter(
        meeting__starts_at__gte=first, meeting__starts_at__lt=after
    ).count()
    rows = compare(chosen, runs=runs)
    print(
        json.dumps(
            {
                "backend": connection.vendor,
                "period": [chosen.start.isoformat(), chosen.end.isoformat()],
                "period_label": label,
                "attendances": Attendance.objects.count(),
                "attendances_in_period": in_period,
                "runs": runs,
                "rows": rows,
            }
        )
    )


if __name__ == "__main__":
    main()
