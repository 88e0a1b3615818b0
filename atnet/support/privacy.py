"""Personal data held by the support app, registered with atnet.privacy."""

from django.utils.translation import gettext_lazy as _

from atnet.privacy.registry import Source, erased_name, register

register(Source(
    "support.ConferenceParticipation", _("Conference participation"),
    lambda s, m: s.name_q(m, "full_name", "organisation_id"),
    ("conference", "full_name", "organisation", "role", "start_date", "end_date",
     "costs_covered", "funded_by", "cost_amount", "cost_currency", "report_back",
     "report_received_on"),
    anonymise={"full_name": erased_name, "report_back": ""},
))  # fmt: skip
