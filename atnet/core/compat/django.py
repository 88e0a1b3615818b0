"""Django's private names the project relies on, each behind one function."""

from django.db import connection as default_connection


def raw_host(request) -> str:
    """The Host header as sent, without checking it against ALLOWED_HOSTS.

    `request.get_host()` raises for a host that is not allowed; the site cache
    only needs a key for the host, and an unknown host must not cost a 400
    before Django's own check answers it.
    """
    return request._get_raw_host()


def pending_upload(field_file):
    """The file being uploaded into a FileField and not yet saved, or None.

    A stored file was checked when it came in; only a new, uncommitted one
    needs checking. FieldFile keeps that file and the flag privately.
    """
    if not field_file or getattr(field_file, "_committed", True):
        return None
    return getattr(field_file, "_file", None)


def insert_rows(model, rows: list, fields: list, *, returning_fields=None, using=None):
    """INSERTs the rows of one table without save(), signals or bulk_create's checks.

    For the benchmark's data sets only: bulk_create() refuses multi-table
    inheritance (every Wagtail page), and a page's two tables must be filled
    in two statements. Returns the values of `returning_fields` per row.
    """
    return model._base_manager._insert(
        rows,
        fields=fields,
        returning_fields=returning_fields,
        using=using or default_connection.alias,
    )


def storage_location(storage, default: str) -> str:
    """A FileSystemStorage's own location if it was given one, else `default`.

    FileSystemStorage resolves its location lazily against MEDIA_ROOT; a storage
    that lives under another directory repeats that resolution with its own default.
    """
    return storage._value_or_setting(storage._location, default)
