from django.utils import translation

from atnet.reports.privacy import display, protect, suppress


def test_it_hides_counts_of_one_to_four_people_and_keeps_zero_and_five():
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == [0, None, None, 5, 12]
    with translation.override("en"):
        assert display(None) == "fewer than 5"
    assert display(7) == "7"


def test_it_also_hides_the_cell_that_would_give_a_hidden_one_back():
    # women 3 is hidden; with people 10 shown, men 7 would give it back, so men is hidden too.
    rows = [{"people": 10, "women": 3, "men": 7}]
    assert protect(rows, columns=[], groups=[["people", "women", "men"]]) == [
        {"people": 10, "women": None, "men": None}
    ]


def test_a_hidden_row_is_not_left_alone_above_a_shown_total():
    rows = [{"people": 3}, {"people": 8}, {"people": 20}, {"people": 31}]  # the last is the total
    protected = protect(rows, columns=["people"], groups=[])
    assert [row["people"] for row in protected] == [None, None, 20, 31]
