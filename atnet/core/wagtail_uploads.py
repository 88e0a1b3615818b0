"""Wagtail documents and images get the same content check as every other upload.

Settings (lead-owned) name the form: WAGTAILDOCS_DOCUMENT_FORM_BASE =
"atnet.core.wagtail_uploads.DocumentForm". Serving (core/wagtail_hooks.py)
downloads a stored document whose content does not match its name as
`application/octet-stream`, never as what its extension claims.
"""

from django.core.files.uploadedfile import UploadedFile
from django.http import HttpResponse
from wagtail.documents.forms import BaseDocumentForm

from .uploads import DOCUMENTS, KINDS, file_response, sniff, validate_upload

SERVED_HEADERS = (
    "Content-Type",
    "Content-Disposition",
    "Cache-Control",
    "X-Content-Type-Options",
    "Content-Security-Policy",
)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            validate_upload(file, kinds=DOCUMENTS)
        return file


def serve_mismatched_document(document, request):
    """Serve as a download when the content is not what the name says; else let Wagtail serve.

    Registered after Wagtail's own view-restriction hook, so privacy checks come first.
    """
    try:
        with document.open_file() as handle:
            kind = KINDS.get(sniff(handle))
    except (FileNotFoundError, OSError):
        return None
    if kind is not None and document.file_extension.lower() in kind.extensions:
        return None
    streamed = file_response(document.file, filename=document.filename)
    # Wagtail acts only on an HttpResponse (a FileResponse streams, and is not one);
    # such files are rare and bounded by the upload limit, so read this one whole.
    try:
        response = HttpResponse(b"".join(streamed.streaming_content))
    finally:
        streamed.close()
    for header in SERVED_HEADERS:
        response[header] = streamed[header]
    response.is_private_file = True
    return response
