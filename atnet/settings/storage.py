"""Where uploaded files live: local folders, or an S3-compatible bucket when one is configured.

Two storage aliases hold uploads (`django.core.files.storage.storages`):

``default``
    Public media: images and their renditions, and Wagtail's documents (the
    documents are served through Wagtail's permission-checked view, never by
    their own address: see `atnet.core.objectstorage`).
``private``
    Files that only a permission-checking view may hand out (minutes'
    attachments, handover acts, members' materials). They never get a public
    ACL; the view streams them or redirects to a presigned URL that expires
    after ``ATNET_PRIVATE_URL_SECONDS``.

Without a bucket these are MEDIA_ROOT and ``ATNET_PRIVATE_ROOT`` on the local
disk, as in development. With one, every node of a cluster reads and writes
the same files, so an upload through one node downloads through another.

The bucket is named by ``ATNET_STORAGE_URL``, for example
``s3://atnet-media?endpoint_url=https://s3.example.org&region=eu-central-1``,
or by django-storages' usual ``AWS_STORAGE_BUCKET_NAME`` (with
``AWS_S3_ENDPOINT_URL`` and ``AWS_S3_REGION_NAME``). The keys come from
``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY`` (or their ``_FILE`` variants),
never from the URL, so that they do not show up in a process list or a log.
"""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

from .env import env, env_int

S3_BACKEND = "storages.backends.s3.S3Storage"
PUBLIC_S3_BACKEND = "atnet.core.objectstorage.PublicMediaStorage"
LOCAL_BACKEND = "django.core.files.storage.FileSystemStorage"
LOCAL_PRIVATE_BACKEND = "atnet.core.private_files.PrivateStorage"
# Query parameters of ATNET_STORAGE_URL and the S3Storage option each sets.
URL_OPTIONS = {
    "endpoint_url": "endpoint_url",
    "region": "region_name",
    "addressing_style": "addressing_style",
    "signature_version": "signature_version",
    "custom_domain": "custom_domain",
}


def bucket_options() -> dict | None:
    """The S3 options shared by both aliases, or None when no bucket is configured."""
    url = env("ATNET_STORAGE_URL", "")
    if url:
        return _options_from_url(url)
    bucket = env("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return None
    options = {"bucket_name": bucket}
    for name, option in (
        ("AWS_S3_ENDPOINT_URL", "endpoint_url"),
        ("AWS_S3_REGION_NAME", "region_name"),
    ):
        if env(name):
            options[option] = env(name)
    return _with_keys(options)


def _options_from_url(url: str) -> dict:
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc or parts.path not in ("", "/"):
        raise ImproperlyConfigured(
            f"ATNET_STORAGE_URL must look like s3://bucket?endpoint_url=...&region=..., not {url!r}"
        )
    options = {"bucket_name": parts.netloc}
    for name, values in parse_qs(parts.query, strict_parsing=bool(parts.query)).items():
        if name not in URL_OPTIONS:
            raise ImproperlyConfigured(
                f"ATNET_STORAGE_URL: unknown option {name!r} (known: {', '.join(URL_OPTIONS)})"
            )
        options[URL_OPTIONS[name]] = values[-1]
    return _with_keys(options)


def _with_keys(options: dict) -> dict:
    # boto3 would find the AWS_* variables by itself; reading them here lets a
    # key come from a file (AWS_SECRET_ACCESS_KEY_FILE) like every other secret.
    for name, option in (
        ("AWS_ACCESS_KEY_ID", "access_key"),
        ("AWS_SECRET_ACCESS_KEY", "secret_key"),
    ):
        if env(name):
            options[option] = env(name)
    return options


def build_storages(*, staticfiles: dict) -> dict:
    """The STORAGES setting: local folders, or the bucket when one is configured."""
    shared = bucket_options()
    if shared is None:
        return {
            # MEDIA_ROOT and ATNET_PRIVATE_ROOT, read at each access (tests move them).
            "default": {"BACKEND": LOCAL_BACKEND},
            "private": {"BACKEND": LOCAL_PRIVATE_BACKEND},
            "staticfiles": staticfiles,
        }
    return {
        "default": {
            "BACKEND": PUBLIC_S3_BACKEND,
            "OPTIONS": {
                **shared,
                "location": "media",
                "querystring_auth": False,
                # Wagtail and Django expect a new name rather than an overwrite.
                "file_overwrite": False,
            },
        },
        "private": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **shared,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": env_int("ATNET_PRIVATE_URL_SECONDS", 60),
                "file_overwrite": False,
                # Presigned URLs name the bucket's own host, never a CDN's.
                "custom_domain": None,
            },
        },
        "staticfiles": staticfiles,
    }


def uses_bucket(storages: dict) -> bool:
    """Whether both upload aliases are in a bucket that every node shares."""
    return all(
        storages.get(alias, {}).get("BACKEND") in (S3_BACKEND, PUBLIC_S3_BACKEND)
        for alias in ("default", "private")
    )
