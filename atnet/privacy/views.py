"""Coordinators answer access and erasure requests and read the audit log.

The email address travels only in POST bodies, never in a URL, so it stays out
of the server's access logs and the browser's history.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from atnet.accounts.roles import is_coordinator
from atnet.core.models import AuditLogEntry
from atnet.core.pagination import paginate

from . import services
from .export import holds_anything
from .forms import NOT_FOUND, AuditFilterForm, EraseForm, SubjectForm
from .subject import find_subject


def coordinator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
        if not is_coordinator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def _subject_or_none(form):
    subject = find_subject(email=form.cleaned_data["email"])
    return subject if holds_anything(subject) else None


@require_http_methods(["GET", "POST"])
@coordinator_required
def home(request):
    form = SubjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        subject = _subject_or_none(form)
        if subject is not None:
            export = services.export_for_request(subject=subject, actor=request.user, fmt="page")
            context = {"export": export, "email": form.cleaned_data["email"]}
            context["erase_form"] = EraseForm(initial={"email": form.cleaned_data["email"]})
            return render(request, "privacy/subject.html", context)
        form.add_error("email", NOT_FOUND)
    status = 400 if request.method == "POST" else 200
    return render(request, "privacy/home.html", {"form": form}, status=status)


@require_POST
@coordinator_required
def export(request, fmt: str):
    if fmt not in ("json", "html"):
        raise Http404
    form = SubjectForm(request.POST)
    subject = _subject_or_none(form) if form.is_valid() else None
    if subject is None:
        if form.is_valid():
            form.add_error("email", NOT_FOUND)
        return render(request, "privacy/home.html", {"form": form}, status=400)
    result = services.export_for_request(subject=subject, actor=request.user, fmt=fmt)
    stamp = timezone.localtime(result.generated_at).strftime("%Y%m%d-%H%M")
    if fmt == "json":
        response = HttpResponse(result.as_json(), content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="personal-data-{stamp}.json"'
        return response
    response = render(request, "privacy/export_document.html", {"export": result})
    response["Content-Disposition"] = f'inline; filename="personal-data-{stamp}.html"'
    return response


@require_POST
@coordinator_required
def erase(request):
    form = EraseForm(request.POST)
    if not form.is_valid():
        return render(request, "privacy/erase_confirm.html", {"form": form}, status=400)
    subject = _subject_or_none(form)
    if subject is None:
        form.add_error(None, NOT_FOUND)
        return render(request, "privacy/erase_confirm.html", {"form": form}, status=400)
    result = services.erase_for_request(subject=subject, actor=request.user)
    return render(request, "privacy/erase_done.html", {"result": result})


def _object_types() -> list[str]:
    return list(
        AuditLogEntry.objects.order_by("object_type")
        .values_list("object_type", flat=True)
        .distinct()
    )


@require_GET
@coordinator_required
def audit_log(request):
    form = AuditFilterForm(request.GET or None, object_types=_object_types())
    entries = AuditLogEntry.objects.select_related("actor").order_by("-created_at", "-pk")
    if form.is_bound and form.is_valid():
        entries = form.filter(entries)
    elif form.is_bound:
        entries = entries.none()
    page = paginate(request, entries, per_page=50)
    context = {"form": form, "items": page}
    return render(
        request, "privacy/audit_log.html", context, status=200 if not form.errors else 400
    )
