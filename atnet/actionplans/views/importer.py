"""Import measures: upload, preview what would be created and changed, then confirm.

As in the participants' import, the file waits in the coordinator's session
between preview and confirmation; nothing is saved until they confirm.
"""

import base64

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import ImportForm
from ..importing import ImportFileError, check_rows, read_rows, rows_save
from ..models import Plan
from ..permissions import coordinator_required

SESSION_KEY = "actionplans_import"


@coordinator_required
def upload(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload_file, plan = form.cleaned_data["file"], form.cleaned_data["plan"]
        content = upload_file.read(2 * 1024 * 1024 + 1)
        try:
            rows = check_rows(read_rows(content=content, filename=upload_file.name), plan=plan)
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            request.session[SESSION_KEY] = {
                "content": base64.b64encode(content).decode(),
                "filename": upload_file.name,
                "plan": plan.pk,
            }
            return _preview(request, rows, plan, upload_file.name)
    status = 400 if request.method == "POST" else 200
    return render(request, "actionplans/workspace/import.html", {"form": form}, status=status)


def _preview(request, rows, plan, filename):
    context = {
        "rows": rows,
        "plan": plan,
        "filename": filename,
        "problems": sum(1 for row in rows if row.errors),
        "created": sum(1 for row in rows if row.action == "create"),
        "changed": sum(1 for row in rows if row.action == "change"),
        "same": sum(1 for row in rows if row.action == "same"),
    }
    return render(request, "actionplans/workspace/import_preview.html", context)


@require_POST
@coordinator_required
def confirm(request):
    stored = request.session.get(SESSION_KEY)
    plan = Plan.objects.filter(pk=stored["plan"]).first() if stored else None
    if plan is None:
        messages.error(request, _("Upload the file again: the preview has expired."))
        return redirect("actionplans:import")
    content = base64.b64decode(stored["content"])
    rows = check_rows(read_rows(content=content, filename=stored["filename"]), plan=plan)
    if any(row.errors for row in rows):
        messages.error(
            request, _("Nothing was saved: correct the rows with problems and upload again.")
        )
        return _preview(request, rows, plan, stored["filename"])
    counts = rows_save(actor=request.user, plan=plan, rows=rows)
    del request.session[SESSION_KEY]
    messages.success(
        request,
        _("Imported: %(create)s new measures, %(change)s changed, %(same)s unchanged.") % counts,
    )
    return redirect("actionplans:workspace")
