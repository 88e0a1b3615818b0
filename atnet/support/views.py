"""Private files through permission checks, and the support workspace."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from atnet.core.pagination import paginate
from atnet.core.private_files import download_name
from atnet.core.uploads import file_response
from atnet.trainings.permissions import login_url

from .models import Equipment, MaterialFile
from .permissions import can_read_equipment, can_read_material, is_coordinator, is_member
from .selectors import conferences_with_participants, equipment_for, members_materials


def _file_response(field_file, *, title: str, public: bool):
    # Type from the content (not the name), always a download, sandboxed; the
    # stored name is random, so the download is named after the record.
    cache = "public, max-age=3600" if public else "private, no-store"
    name = download_name(title, field_file.name)
    return file_response(field_file, filename=name, cache=cache)


def material_file(request, slug: str, language: str):
    """A material in one language: anyone for public materials, members for the others."""
    version = get_object_or_404(
        MaterialFile.objects.select_related("material"), material__slug=slug, language=language
    )
    if not can_read_material(request.user, version.material):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), login_url())
        raise Http404
    title = f"{version.material.slug}-{version.language}"
    return _file_response(version.file, title=title, public=version.material.access == "public")


def equipment_document(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), login_url())
    equipment = get_object_or_404(Equipment, pk=pk)
    if not can_read_equipment(request.user, equipment):
        raise Http404
    title = f"handover-{equipment.pk}"
    return _file_response(equipment.handover_document, title=title, public=False)


def workspace(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), login_url())
    if not is_member(request.user):
        raise Http404
    coordinator = is_coordinator(request.user)
    context = {
        "equipment": paginate(request, equipment_for(request.user)),
        "materials": members_materials()[:100],
        "conferences": conferences_with_participants()[:20] if coordinator else [],
        "is_coordinator": coordinator,
    }
    return render(request, "support/workspace.html", context)
