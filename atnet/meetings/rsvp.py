"""Signed answer links in invitation emails.

The link carries the invitation id and the person id, signed with the site's
secret: changing either (to answer for someone else) breaks the signature, and
a valid signature over a pair that does not match is refused too.
"""

from django.core import signing

from .models import Invitation

SALT = "atnet.meetings.rsvp"


class InvalidLink(Exception):
    pass


def rsvp_token(invitation: Invitation) -> str:
    return signing.dumps({"i": invitation.pk, "p": invitation.person_id}, salt=SALT)


def rsvp_invitation(token: str) -> Invitation:
    try:
        data = signing.loads(token, salt=SALT)
        invitation = Invitation.objects.select_related(
            "person__organisation", "meeting__series", "meeting__host_unit"
        ).get(pk=int(data["i"]))
    except (
        signing.BadSignature,
        Invitation.DoesNotExist,
        KeyError,
        TypeError,
        ValueError,
    ) as error:
        raise InvalidLink from error
    if invitation.person_id != data.get("p"):
        raise InvalidLink
    return invitation
