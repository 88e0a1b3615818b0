from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import translation

from atnet.privacy.services import export_for_request

from ._subject import add_subject_arguments, subject_from_options


class Command(BaseCommand):
    help = (
        "Everything held about a person (an access request), as JSON or as a printable HTML "
        "page. Writes to stdout unless --output is given."
    )

    def add_arguments(self, parser):
        add_subject_arguments(parser)
        parser.add_argument("--format", choices=["json", "html"], default="json")
        parser.add_argument("--language", choices=["ro", "en", "ru"], default="ro")
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args, **options):
        subject = subject_from_options(options)
        with translation.override(options["language"]):
            export = export_for_request(subject=subject, actor=None, fmt=options["format"])
            if options["format"] == "json":
                text = export.as_json()
            else:
                text = render_to_string("privacy/export_document.html", {"export": export})
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(f"{export.row_count} rows written to {options['output']}")
        else:
            self.stdout.write(text)
