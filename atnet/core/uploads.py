"""Uploaded files: a size limit, the kinds each use accepts, and the content checked.

The extension alone proves nothing: a web page renamed `minutes.pdf` is still a
web page, and a browser that trusts it would run its scripts in our origin. So
every upload is identified by its first bytes (and, for Office/OpenDocument
files, by the members of the zip archive), must be one of the kinds its use
accepts, and must carry an extension of that kind. Web pages, SVG images and
scripts are refused whatever they are called.

Serving goes the same way (`file_response`): the Content-Type comes from the
content, not the name; anything that is not a real PDF or image is a download;
nosniff and the sandbox policy (core.security.FILE_POLICY) come with it.
"""

import io
import os
import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse, Http404, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

from .compat.django import pending_upload
from .private_files import accel_redirect_path
from .security import FILE_POLICY

DEFAULT_MAX_MB = 10
HEAD_BYTES = 8192


@dataclass(frozen=True)
class Kind:
    name: str
    extensions: tuple[str, ...]
    content_type: str
    # Shown in the browser rather than downloaded (a real PDF or raster image only).
    inline: bool = False


KINDS = {
    kind.name: kind
    for kind in (
        Kind("pdf", ("pdf",), "application/pdf", inline=True),
        Kind("png", ("png",), "image/png", inline=True),
        Kind("jpeg", ("jpg", "jpeg"), "image/jpeg", inline=True),
        Kind("webp", ("webp",), "image/webp", inline=True),
        Kind("gif", ("gif",), "image/gif", inline=True),
        Kind(
            "docx",
            ("docx",),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        Kind(
            "xlsx", ("xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
        Kind(
            "pptx",
            ("pptx",),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        Kind("odt", ("odt",), "application/vnd.oasis.opendocument.text"),
        Kind("ods", ("ods",), "application/vnd.oasis.opendocument.spreadsheet"),
        # Word/Excel/PowerPoint 97-2003 (OLE compound file): still sent by institutions.
        Kind("msoffice", ("doc", "xls", "ppt"), "application/octet-stream"),
        # Plain UTF-8 text without NUL bytes and without markup a browser would run.
        Kind("text", ("txt", "csv"), "text/plain; charset=utf-8"),
    )
}

# The kinds each use accepts.
DOCUMENTS = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "msoffice", "text", "png", "jpeg")
IMAGES = ("png", "jpeg", "webp", "gif")
SPREADSHEET_IMPORT = ("xlsx", "text")

ZIP_MEMBERS = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}
OPENDOCUMENT_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
# Markup a browser would render or run: refused in anything that is not a binary format.
ACTIVE_CONTENT = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|script|svg|iframe|frame|object|embed|meta|link"
    rb"|style|img|a|form|base|math|xml|\?xml)\b|<!\[cdata\[|javascript:|xmlns\s*=",
    re.IGNORECASE,
)
# Sent as the "kind" of refused content so callers and logs can tell why.
ACTIVE = "active"


def max_upload_bytes() -> int:
    return int(getattr(settings, "ATNET_UPLOAD_MAX_MB", DEFAULT_MAX_MB)) * 1024 * 1024


def _read_all(file) -> bytes:
    file.seek(0)
    content = file.read()
    file.seek(0)
    return content


def _zip_kind(file) -> str | None:
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            for member, kind in ZIP_MEMBERS.items():
                if member in names and "[Content_Types].xml" in names:
                    return kind
            if "mimetype" in names:
                # Read a few bytes only: a tiny entry may inflate to gigabytes.
                with archive.open("mimetype") as member:
                    return OPENDOCUMENT_MIMETYPES.get(member.read(100).strip())
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        return None
    finally:
        file.seek(0)
    return None


def _text_kind(content: bytes) -> str | None:
    if b"\x00" in content:
        return None
    try:
        content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return ACTIVE if ACTIVE_CONTENT.search(content) else "text"


def _pdf_kind(file, head: bytes) -> str:
    """A PDF, or ACTIVE for markup behind a PDF signature (a page a browser might render).

    The text before the first binary stream is searched (a real PDF's header and
    dictionaries hold no markup); a file that is all text is searched whole.
    Compressed streams are not: their random bytes may spell "<a " by chance.
    """
    before_streams = head.split(b"stream", 1)[0]
    if ACTIVE_CONTENT.search(before_streams):
        return ACTIVE
    if _text_kind(_read_all(file)) == ACTIVE:
        return ACTIVE
    return "pdf"


def sniff(file) -> str | None:
    """The kind of a file from its content (a name in KINDS), ACTIVE for markup, or None.

    `file` is a binary file object that can seek (an upload, an opened FieldFile)
    or bytes. The whole content is read only for text (to check it all).
    """
    if isinstance(file, bytes | bytearray):
        file = io.BytesIO(bytes(file))
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return _pdf_kind(file, head)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(file)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "msoffice"
    return _text_kind(_read_all(file))


def _extension(name: str) -> str:
    return os.path.splitext(name or "")[1].lstrip(".").lower()


def validate_upload(file, *, kinds, max_bytes: int | None = None) -> str:
    """The kind of an uploaded file, or ValidationError (a message for the user).

    Refused: larger than the limit, empty, markup (HTML, SVG, scripts) whatever
    the name, content of a kind this use does not accept, or an extension that
    does not belong to the content's kind.
    """
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    if file.size > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s MB.") % {"limit": f"{limit / 1024 / 1024:g}"},
            code="file_too_large",
        )
    if not file.size:
        raise ValidationError(_("The file is empty."), code="file_empty")
    kind = sniff(file)
    if kind == ACTIVE:
        raise ValidationError(
            _("Web pages, SVG images and scripts cannot be uploaded, whatever their name."),
            code="file_active_content",
        )
    accepted = sorted({ext for name in kinds for ext in KINDS[name].extensions})
    if kind not in kinds:
        raise ValidationError(
            _("This type of file is not accepted. Accepted: %(extensions)s.")
            % {"extensions": ", ".join(accepted)},
            code="file_kind",
        )
    if _extension(file.name) not in KINDS[kind].extensions:
        raise ValidationError(
            _("The file's content does not match its name: a %(ext)s file was expected.")
            % {"ext": ", ".join(KINDS[kind].extensions)},
            code="file_extension_mismatch",
        )
    return kind


@deconstructible(path="atnet.core.uploads.UploadValidator")
class UploadValidator:
    """A field validator: `FileField(validators=[UploadValidator(DOCUMENTS)])`."""

    def __init__(self, kinds=DOCUMENTS, max_mb: int | None = None):
        self.kinds = tuple(kinds)
        self.max_mb = max_mb

    def __call__(self, file):
        max_bytes = None if self.max_mb is None else self.max_mb * 1024 * 1024
        validate_upload(file, kinds=self.kinds, max_bytes=max_bytes)

    def __eq__(self, other):
        return (
            isinstance(other, UploadValidator)
            and self.kinds == other.kinds
            and self.max_mb == other.max_mb
        )


def validate_model_upload(field_file, *, kinds, field_name: str) -> None:
    """For a model's clean(): check a file being uploaded through a form now.

    Only uploads from a request (UploadedFile) are checked: a stored file was
    checked when it came in, and files our own code writes (ContentFile) are not
    user input. Errors are attached to the field, as a ModelForm shows them.
    """
    pending = pending_upload(field_file)
    if isinstance(pending, UploadedFile):
        try:
            validate_upload(pending, kinds=kinds)
        except ValidationError as error:
            raise ValidationError({field_name: error.messages}) from error


def file_response(
    field_file,
    *,
    filename: str | None = None,
    cache: str = "private, no-store",
    allow_inline: bool = False,
):
    """A stored file as a response whose type comes from its content.

    Always a download unless `allow_inline`: then a real PDF or raster image
    whose name agrees is shown in the browser. Anything whose content does not
    match its name, or is not a known kind, is an `application/octet-stream`
    download. The sandbox policy forbids any scripting even if a browser ignored all that.
    """
    if not field_file:
        raise Http404
    try:
        handle = field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    name = filename or os.path.basename(field_file.name)
    kind = KINDS.get(sniff(handle))
    matches = kind is not None and _extension(name) in kind.extensions
    content_type = kind.content_type if matches else "application/octet-stream"
    accel = accel_redirect_path(field_file)
    if accel:
        # nginx sends the bytes from its internal location; the headers are ours.
        handle.close()
        response = HttpResponse(content_type=content_type)
        response["Content-Disposition"] = content_disposition_header(True, name)
        response["X-Accel-Redirect"] = accel
    else:
        response = FileResponse(
            handle, as_attachment=True, filename=name, content_type=content_type
        )
    if allow_inline and matches and kind.inline:
        response["Content-Disposition"] = response["Content-Disposition"].replace(
            "attachment", "inline", 1
        )
    response["Cache-Control"] = cache
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_POLICY
    response.is_private_file = True
    return response
