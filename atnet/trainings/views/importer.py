"""Import participants: upload, preview every row with its problems, then confirm.

Between preview and confirmation the file is kept in the coordinator's session
(not on disk, not in the database), so nothing is saved until they confirm.
"""

import base64

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import ImportForm
from ..importing import ImportFileError, check_rows, read_rows, rows_save
from ..models import Session
from ..permissions import coordinator_required

SESSION_KEY = "trainings_import"


def _sessions():
    return Session.objects.select_related("course", "unit").order_by("-start_date")


@coordinator_required
def upload(request):
    form = ImportForm(request.POST or None, request.FILES or None, sessions=_sessions())
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        content = upload_file.read(2 * 1024 * 1024 + 1)
        try:
            rows = check_rows(read_rows(content=content, filename=upload_file.name))
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            session = form.cleaned_data["session"]
            request.session[SESSION_KEY] = {
                "content": base64.b64encode(content).decode(),
                "filename": upload_file.name,
                "session": session.pk if session else None,
            }
            return _preview(request, rows, session, upload_file.name)
    return render(request, "trainings/workspace/import.html", {"form": form})


def _preview(request, rows, session, filename):
    context = {
        "rows": rows,
        "session": session,
        "filename": filename,
        "problems": sum(1 for row in rows if row.errors),
        "new": sum(1 for row in rows if not row.errors and not row.exists),
        "known": sum(1 for row in rows if row.exists),
    }
    return render(request, "trainings/workspace/import_preview.html", context)


@require_POST
@coordinator_required
def confirm(request):
    stored = request.session.get(SESSION_KEY)
    if not stored:
        messages.error(request, _("Upload the file again: the preview has expired."))
        return redirect("trainings:import")
    content = base64.b64decode(stored["content"])
    session = _sessions().filter(pk=stored["session"]).first() if stored["session"] else None
    rows = check_rows(read_rows(content=content, filename=stored["filename"]))
    if any(row.errors for row in rows):
        messages.error(
            request, _("Nothing was saved: correct the rows with problems and upload again.")
        )
        return _preview(request, rows, session, stored["filename"])
    counts = rows_save(actor=request.user, rows=rows, session=session)
    del request.session[SESSION_KEY]
    messages.success(
        request,
        _(
            "Imported: %(created)s new participants, %(existing)s already known, "
            "%(enrolled)s enrolled."
        )
        % counts,
    )
    return redirect("trainings:participants")
