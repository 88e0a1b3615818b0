"""Public API: key materials of the public library (titles in three languages, file links)."""

from django.urls import reverse
from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, locale_for

from .models import Material
from .selectors import materials_search, materials_with_files

router = Router(tags=["support"])


class FileItem(Schema):
    language: str
    is_original: bool
    translator: str
    translated_on: str | None
    url: str

    @staticmethod
    def resolve_translated_on(version) -> str | None:
        return version.translated_on.isoformat() if version.translated_on else None

    @staticmethod
    def resolve_url(version, context) -> str:
        path = reverse("support:material_file", args=[version.material.slug, version.language])
        return context["request"].build_absolute_uri(path)


class MaterialItem(Schema):
    slug: str
    kind: str
    title: str
    title_ro: str
    title_en: str
    title_ru: str
    summary: str
    original_language: str
    author: str
    year: int | None
    domains: list[str]
    files: list[FileItem]

    @staticmethod
    def resolve_files(material) -> list:
        return list(material.files.all())


@router.get("/materials", response=list[MaterialItem], summary="Public key materials")
@paginate(ApiPagination)
def list_materials(request, lang: LanguageCode | None = None, q: str = "", kind: str = ""):
    locale_for(lang, request)
    materials = materials_search(Material.objects.public(), q)
    if kind:
        materials = materials.filter(kind=kind)
    return materials_with_files(materials).order_by("-year", "title_ro", "pk")
