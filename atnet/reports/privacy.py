"""Small-cell suppression for every figure shown to the public.

The counter-trafficking data convention (k-anonymity): a count of people
between 1 and K-1 is never published, so nobody can be singled out. This
module is the one place that decides it; the public page, the exports of
public figures and the API all go through `suppress` and `protect`.

Hiding one cell is not enough when a total is shown beside it (total minus the
others gives it back), so `protect` also hides the smallest other cell of the
same row or column (secondary suppression) until no hidden cell stands alone.
"""

from django.utils.translation import gettext_lazy as _

K = 5
FEWER_THAN_K = _("fewer than 5")


def suppress(count: int | None) -> int | None:
    """The count if it may be published, else None (it is 1 to K-1 people)."""
    if count is None or 0 < count < K:
        return None
    return count


def display(count: int | None) -> str:
    """How a published (possibly suppressed) count reads."""
    return str(FEWER_THAN_K) if count is None else str(count)


def protect(
    rows: list[dict[str, int]], *, columns: list[str], groups: list[list[str]]
) -> list[dict]:
    """Rows of people counts with small cells (and those that would reveal them) set to None.

    `columns` are summed into a shown total across rows; each of `groups` is a set
    of cells of one row that add up to a shown total (e.g. women, men, other).
    """
    counted = set(columns).union(*groups)
    hidden = {(i, c) for i, row in enumerate(rows) for c in counted if suppress(row[c]) is None}
    while True:
        lines = [[(i, c) for i in range(len(rows))] for c in columns]
        lines += [[(i, c) for c in group] for i in range(len(rows)) for group in groups]
        added = {cell for line in lines if (cell := _partner(line, hidden, rows))}
        if not added:
            break
        hidden |= added
    return [
        {c: (None if (i, c) in hidden else value) for c, value in row.items()}
        for i, row in enumerate(rows)
    ]


def _partner(line, hidden, rows):
    """The cell to hide with a hidden cell that is alone in its line, if any."""
    if sum(cell in hidden for cell in line) != 1:
        return None
    candidates = [cell for cell in line if cell not in hidden and rows[cell[0]][cell[1]]]
    return min(candidates, key=lambda cell: rows[cell[0]][cell[1]], default=None)
