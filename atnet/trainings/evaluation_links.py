"""Signed links with which a participant fills in their own end-of-course evaluation.

The link carries the enrolment id and the participant id, signed with the
site's secret and a salt of its own: changing either breaks the signature, and
a valid signature over a pair that no longer matches (e.g. after a merge) is
refused too. Submitting again updates the same evaluation.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from .models import Enrolment, EnrolmentStatus

SALT = "atnet.trainings.evaluation"
# Long enough for a participant to answer after the course, short enough to expire.
MAX_AGE = 60 * 60 * 24 * 180


class InvalidLink(Exception):
    def __init__(self, *, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def evaluation_token(enrolment: Enrolment) -> str:
    return signing.dumps({"e": enrolment.pk, "p": enrolment.participant_id}, salt=SALT)


def evaluation_link(request, enrolment: Enrolment) -> str:
    """The absolute link, in the participant's language."""
    with translation.override(enrolment.participant.language or "ro"):
        path = reverse("trainings:evaluation_self", args=[evaluation_token(enrolment)])
    return request.build_absolute_uri(path)


def evaluation_enrolment(token: str) -> Enrolment:
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise InvalidLink(expired=True) from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    try:
        enrolment = Enrolment.objects.select_related(
            "participant", "session__course", "evaluation"
        ).get(pk=int(data["e"]), participant_id=int(data["p"]))
    except (Enrolment.DoesNotExist, KeyError, TypeError, ValueError) as error:
        raise InvalidLink from error
    if enrolment.status != EnrolmentStatus.ACCEPTED:
        raise InvalidLink
    return enrolment
