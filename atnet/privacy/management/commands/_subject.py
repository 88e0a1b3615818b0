"""Arguments shared by the personal-data commands: an email and/or record ids."""

from django.core.management.base import CommandError

from atnet.privacy.export import holds_anything
from atnet.privacy.subject import find_subject


def add_subject_arguments(parser) -> None:
    parser.add_argument("email", nargs="?", default="", help="The person's email address.")
    parser.add_argument("--person", type=int, action="append", default=[], help="network.Person id")
    parser.add_argument(
        "--participant", type=int, action="append", default=[], help="trainings.Participant id"
    )
    parser.add_argument("--user", type=int, action="append", default=[], help="user account id")


def subject_from_options(options):
    if not (options["email"] or options["person"] or options["participant"] or options["user"]):
        raise CommandError("Give an email address or --person/--participant/--user ids.")
    subject = find_subject(
        email=options["email"],
        user_ids=options["user"],
        person_ids=options["person"],
        participant_ids=options["participant"],
    )
    if not holds_anything(subject):
        raise CommandError("Nothing is held about this person.")
    return subject
