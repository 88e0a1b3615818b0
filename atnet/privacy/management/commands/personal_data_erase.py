from django.core.management.base import BaseCommand, CommandError

from atnet.privacy.services import erase_for_request

from ._subject import add_subject_arguments, subject_from_options


class Command(BaseCommand):
    help = (
        "Erase a person everywhere (an erasure request): records anonymised or deleted, files "
        "deleted, logs scrubbed. Asks to type the email again unless --yes is given."
    )

    def add_arguments(self, parser):
        add_subject_arguments(parser)
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        subject = subject_from_options(options)
        if not options["yes"] and not self._confirmed(options):
            raise CommandError("Not confirmed: nothing was erased.")
        result = erase_for_request(subject=subject, actor=None)
        for kind in ("anonymised", "deleted", "scrubbed"):
            for label, count in sorted(getattr(result, kind).items()):
                self.stdout.write(f"{kind} {label}: {count}")
        self.stdout.write(f"files deleted: {result.files_deleted}")

    def _confirmed(self, options) -> bool:
        expected = options["email"] or "erase"
        answer = input(f"Type {'the email address' if options['email'] else 'erase'} to confirm: ")
        return answer.strip().lower() == expected.strip().lower()
