from django.contrib import admin

from .models import AdministrativeUnit


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(admin.ModelAdmin):
    list_display = ["code", "name_ro", "name_en", "name_ru", "development_region"]
    list_filter = ["development_region", "kind"]
    search_fields = ["code", "name_ro", "name_en", "name_ru"]
