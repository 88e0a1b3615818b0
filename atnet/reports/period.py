"""The period and scope every figure is computed for, and the form that chooses them."""

import datetime as dt
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import MAX_YEAR, MIN_YEAR  # re-exported for the app
from atnet.geo.models import DevelopmentRegion
from atnet.network.models import Domain


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    region: str = ""
    domain: str = ""

    @classmethod
    def year(cls, year: int, **scope) -> "Period":
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), **scope)

    @property
    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """Aware datetimes [start, end) in the site's time zone, so indexes on datetimes serve."""
        zone = timezone.get_current_timezone()
        first = dt.datetime.combine(self.start, dt.time.min, tzinfo=zone)
        after = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        return first, after

    def query(self) -> dict[str, str]:
        """The period as GET parameters, for links to the records and the exports."""
        params = {"from": self.start.isoformat(), "to": self.end.isoformat()}
        params |= {name: value for name in ("region", "domain") if (value := getattr(self, name))}
        return params


class DateInput(forms.DateInput):
    """A native date picker, which needs ISO dates whatever the language's format."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=MIN_YEAR, max_value=MAX_YEAR
    )
    start = forms.DateField(label=_("From"), required=False, widget=DateInput)
    end = forms.DateField(label=_("To"), required=False, widget=DateInput)
    region = forms.ChoiceField(
        label=_("Development region"),
        required=False,
        choices=[("", _("All regions")), *DevelopmentRegion.choices],
    )
    domain = forms.ChoiceField(
        label=_("Domain"), required=False, choices=[("", _("All domains")), *Domain.choices]
    )

    def __init__(self, data=None, **kwargs):
        # The dates travel as `from` and `to` in links; the form's fields cannot be named so.
        if data is not None:
            data = data.copy()
            for outer, inner in (("from", "start"), ("to", "end")):
                if outer in data and inner not in data:
                    data[inner] = data[outer]
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        for name in ("start", "end"):
            # 9999-12-31 is a valid date, but its next day (the period's end bound) is not.
            date = cleaned.get(name)
            if date and not MIN_YEAR <= date.year <= MAX_YEAR:
                self.add_error(
                    name,
                    _("Choose a date between %(first)s and %(last)s.")
                    % {"first": MIN_YEAR, "last": MAX_YEAR},
                )
                cleaned.pop(name, None)
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the period cannot be before its start."))
        return cleaned

    def period(self) -> Period:
        """The chosen period; a field with an invalid value falls back to its default."""
        self.is_valid()  # fills cleaned_data and errors; an unbound form has neither
        cleaned = getattr(self, "cleaned_data", {})
        valid = {name: value for name, value in cleaned.items() if name not in self.errors}
        start, end = valid.get("start"), valid.get("end")
        year = valid.get("year") or (start or end or timezone.localdate()).year
        start = start or dt.date(year, 1, 1)
        end = end or dt.date(year, 12, 31)
        if end < start:
            end = dt.date(start.year, 12, 31)
        return Period(start, end, valid.get("region") or "", valid.get("domain") or "")
