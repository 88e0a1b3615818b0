"""Run inside Django: publish a new title for one page, as an editor's publish does."""

import sys

import django


def main() -> None:
    django.setup()
    from wagtail.models import Page

    page = Page.objects.get(pk=int(sys.argv[1])).specific
    page.title = sys.argv[2]
    page.save_revision().publish()


if __name__ == "__main__":
    main()
