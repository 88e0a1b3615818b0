"""Uploads in an S3-compatible bucket (moto's server as the test peer).

Public media are readable at their URL; private files and documents are not
readable without a signature, i.e. without the permission-checking view that
signs a short-lived URL or streams them; erasure deletes the object; a backup
holds every object and a restore puts them back into an empty bucket.
"""

import json
import urllib.error
import urllib.request
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.users.models import UserProfile

from atnet.core import s3server
from atnet.core.backups import backup_create
from atnet.privacy.erasure import subject_erase
from atnet.privacy.subject import find_subject
from atnet.settings.storage import bucket_options, build_storages, uses_bucket

from .test_backup import scratch_database  # noqa: F401 - a fixture, used by name

STATIC = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


@pytest.fixture(scope="module")
def s3_endpoint():
    with s3server.moto_server() as endpoint:
        yield endpoint


def _use_bucket(monkeypatch, settings, endpoint: str) -> str:
    bucket = f"atnet-{uuid.uuid4().hex[:12]}"
    s3server.create_bucket(endpoint, bucket)
    monkeypatch.setenv("ATNET_STORAGE_URL", s3server.storage_url(endpoint, bucket))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", s3server.ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", s3server.SECRET_KEY)
    settings.STORAGES = build_storages(staticfiles=STATIC)
    return bucket


@pytest.fixture
def bucket(s3_endpoint, monkeypatch, settings):
    return _use_bucket(monkeypatch, settings, s3_endpoint)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - test server
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def _unsigned(url: str) -> str:
    return url.split("?", 1)[0]


# Settings ----------------------------------------------------------------------


def test_without_a_bucket_uploads_stay_in_local_folders(monkeypatch, settings, tmp_path):
    for name in ("ATNET_STORAGE_URL", "AWS_STORAGE_BUCKET_NAME"):
        monkeypatch.delenv(name, raising=False)
    settings.STORAGES = build_storages(staticfiles=STATIC)
    settings.ATNET_PRIVATE_ROOT = str(tmp_path / "private")
    assert not uses_bucket(settings.STORAGES)
    name = storages["private"].save("acts/act.pdf", ContentFile(b"%PDF-1.4 act"))
    assert (tmp_path / "private" / name).read_bytes() == b"%PDF-1.4 act"
    with pytest.raises(ValueError, match="no URL"):
        storages["private"].url(name)


def test_the_storage_url_names_bucket_endpoint_and_region(monkeypatch):
    monkeypatch.setenv("ATNET_STORAGE_URL", "s3://media?endpoint_url=http://s3:9000&region=eu-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    assert bucket_options() == {
        "bucket_name": "media",
        "endpoint_url": "http://s3:9000",
        "region_name": "eu-1",
        "access_key": "key",
        "secret_key": "secret",
    }
    assert uses_bucket(build_storages(staticfiles=STATIC))


@pytest.mark.parametrize(
    "url", ["http://media", "s3://", "s3://media/folder", "s3://media?colour=blue"]
)
def test_a_malformed_storage_url_stops_the_start(monkeypatch, url):
    monkeypatch.setenv("ATNET_STORAGE_URL", url)
    with pytest.raises(ImproperlyConfigured, match="ATNET_STORAGE_URL"):
        bucket_options()


def test_the_usual_aws_variables_select_a_bucket_too(monkeypatch):
    monkeypatch.delenv("ATNET_STORAGE_URL", raising=False)
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "atnet-media")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "https://s3.example.org")
    options = bucket_options()
    assert options["bucket_name"] == "atnet-media"
    assert options["endpoint_url"] == "https://s3.example.org"


# Against the S3-compatible server ----------------------------------------------


def test_a_public_image_is_read_at_its_unsigned_url(bucket):
    name = default_storage.save("original_images/logo.png", ContentFile(PNG))
    url = default_storage.url(name)
    assert bucket in url and "Signature" not in url
    assert _get(url) == (200, PNG)


def test_a_document_in_public_media_is_not_readable_at_its_address(bucket):
    name = default_storage.save("documents/plan.pdf", ContentFile(b"%PDF-1.4 plan"))
    status, body = _get(default_storage.url(name))
    assert status == 403 and body == b""


def test_a_private_file_is_refused_without_a_signed_url(bucket):
    storage = storages["private"]
    name = storage.save("meetings/annex.pdf", ContentFile(b"%PDF-1.4 annex"))
    signed = storage.url(name)
    query = parse_qs(urlsplit(signed).query)
    assert "X-Amz-Signature" in query and query["X-Amz-Expires"] == ["60"]
    assert _get(_unsigned(signed)) == (403, b"")
    assert _get(signed) == (200, b"%PDF-1.4 annex")
    # Nothing of the private files sits among public media.
    assert not default_storage.exists(name) and "/private/" in _unsigned(signed)


@pytest.mark.django_db
def test_erasure_deletes_the_object_from_the_bucket(bucket, django_capture_on_commit_callbacks):
    user = get_user_model().objects.create_user(
        "vasilisa", email="vasilisa.quernby@example.org", password="-"
    )
    profile = UserProfile.get_for_user(user)
    profile.avatar.save("vasilisa.png", ContentFile(PNG))
    name = profile.avatar.name
    assert default_storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        result = subject_erase(subject=find_subject(email="vasilisa.quernby@example.org"))

    assert result.files_deleted == 1
    assert not default_storage.exists(name)
    assert _get(default_storage.url(name))[0] == 404


@pytest.mark.django_db(transaction=True)  # a backup runs outside any transaction
def test_a_backup_holds_the_bucket_and_restores_it_into_an_empty_one(
    bucket, s3_endpoint, monkeypatch, settings, tmp_path, request
):
    public = default_storage.save("original_images/map.png", ContentFile(PNG))
    private = storages["private"].save("equipment/2026/act.pdf", ContentFile(b"%PDF-1.4 act"))
    folder = backup_create(tmp_path / "backups")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert set(manifest["buckets"]) == {"default", "private"}

    _use_bucket(monkeypatch, settings, s3_endpoint)  # a new, empty bucket
    settings.MEDIA_ROOT = tmp_path / "restored" / "media"
    settings.ATNET_PRIVATE_ROOT = str(tmp_path / "restored" / "private")
    assert not default_storage.exists(public)
    url, _state = request.getfixturevalue("scratch_database")
    call_command("restore", str(folder), database_url=url)

    assert default_storage.open(public).read() == PNG
    assert storages["private"].open(private).read() == b"%PDF-1.4 act"
    assert _get(_unsigned(storages["private"].url(private)))[0] == 403
    # A second restore into the same, now full, bucket is refused.
    with pytest.raises(CommandError, match="bucket is not empty"):
        call_command("restore", str(folder), database_url=url)
