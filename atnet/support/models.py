"""Support to national authorities: equipment, key materials and their translations,
participation in international conferences.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from atnet.core.languages import in_language
from atnet.core.models import FoldedSearchModel, TimeStampedModel
from atnet.core.money import Currency, cost_errors
from atnet.core.private_files import RandomName, private_storage
from atnet.core.uploads import DOCUMENTS, validate_model_upload
from atnet.network.fields import ChoiceListField
from atnet.network.models import Domain
from atnet.portal.models import ContentPage

DOCUMENT_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xlsx", "pptx", "txt", "jpg", "png"]


class EquipmentCategory(models.TextChoices):
    IT = "it", _("Computers and IT")
    FORENSIC = "forensic", _("Forensic and investigation")
    COMMUNICATION = "communication", _("Communication")
    VEHICLE = "vehicle", _("Vehicles")
    OFFICE = "office", _("Office furniture and supplies")
    INTERVIEW_ROOM = "interview_room", _("Child-friendly interview room")
    OTHER = "other", _("Other")


class EquipmentStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DELIVERED = "delivered", _("Delivered")
    IN_USE = "in_use", _("In use")
    WRITTEN_OFF = "written_off", _("Written off")


class Equipment(TimeStampedModel):
    item = models.CharField(_("item"), max_length=255)
    category = models.CharField(_("category"), max_length=20, choices=EquipmentCategory.choices)
    quantity = models.PositiveIntegerField(
        _("quantity"), default=1, validators=[MinValueValidator(1)]
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2, null=True, blank=True)
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default="EUR"
    )
    recipient = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        related_name="equipment",
        verbose_name=_("recipient authority"),
    )
    unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("administrative unit"),
    )
    date = models.DateField(_("date"))
    handover_document = models.FileField(
        _("handover document"),
        storage=private_storage,
        upload_to=RandomName("equipment"),
        blank=True,
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS)],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EquipmentStatus.choices, default=EquipmentStatus.PLANNED
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")
        ordering = ["-date", "pk"]

    def __str__(self):
        return f"{self.item} × {self.quantity}"

    def clean(self):
        # The extension validator trusts the name; this checks the content of a new upload.
        validate_model_upload(
            self.handover_document, kinds=DOCUMENTS, field_name="handover_document"
        )


class MaterialKind(models.TextChoices):
    LAW = "law", _("Law or regulation")
    GUIDE = "guide", _("Guide")
    MANUAL = "manual", _("Manual")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other")


class Access(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")


class MaterialQuerySet(models.QuerySet):
    def public(self):
        return self.filter(access=Access.PUBLIC)


class Material(FoldedSearchModel, TimeStampedModel):
    """A key document; its files (original and translations) are MaterialFile rows."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=MaterialKind.choices)
    title_ro = models.CharField(_("title (Romanian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    summary_ro = models.TextField(_("summary (Romanian)"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_ru = models.TextField(_("summary (Russian)"), blank=True)
    original_language = models.CharField(
        _("original language"), max_length=2, choices=[*settings.LANGUAGES, ("fr", "Français")]
    )
    author = models.CharField(_("author or publisher"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    domains = ChoiceListField(_("domains"), item_choices=Domain.choices)
    access = models.CharField(
        _("access"), max_length=10, choices=Access.choices, default=Access.PUBLIC
    )
    folded_fields = (
        "title_ro", "title_en", "title_ru", "author", "summary_ro", "summary_en", "summary_ru",
    )  # fmt: skip

    objects = MaterialQuerySet.as_manager()

    class Meta:
        verbose_name = _("key material")
        verbose_name_plural = _("key materials")
        ordering = ["-year", "title_ro"]

    def __str__(self):
        return self.title

    def clean(self):
        if not (self.title_ro or self.title_en or self.title_ru):
            raise ValidationError(_("Give a title in at least one language."))

    @property
    def title(self) -> str:
        return in_language(self, "title")

    @property
    def summary(self) -> str:
        return in_language(self, "summary")


class MaterialFile(TimeStampedModel):
    """The material in one language: the original or a translation (who translated, when)."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    is_original = models.BooleanField(_("original"), default=False)
    translator = models.CharField(_("translator"), max_length=200, blank=True)
    translated_on = models.DateField(_("translated on"), null=True, blank=True)
    file = models.FileField(
        _("file"),
        storage=private_storage,
        upload_to=RandomName("materials"),
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS)],
    )

    class Meta:
        verbose_name = _("material file")
        verbose_name_plural = _("material files")
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["material", "language"], name="support_one_file_per_language"
            )
        ]

    def __str__(self):
        return f"{self.material_id}:{self.language}"

    def clean(self):
        validate_model_upload(self.file, kinds=DOCUMENTS, field_name="file")
        if not self.is_original and not self.translator:
            raise ValidationError({"translator": _("Name the translator of a translation.")})


class Distribution(TimeStampedModel):
    """Copies of a material handed to an organisation (the distribution log)."""

    material = models.ForeignKey(
        Material, on_delete=models.CASCADE, related_name="distributions", verbose_name=_("material")
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    copies = models.PositiveIntegerField(_("copies"), default=1, validators=[MinValueValidator(1)])
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="ro"
    )

    class Meta:
        verbose_name = _("distribution")
        verbose_name_plural = _("distributions")
        ordering = ["-date", "pk"]

    def __str__(self):
        return f"{self.material_id} → {self.organisation_id} ({self.copies})"


class Conference(TimeStampedModel):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title_ro = models.CharField(_("title (Romanian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country (ISO code)"), max_length=2)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")
        ordering = ["-start_date"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})

    @property
    def title(self) -> str:
        return in_language(self, "title")


class ConferenceRole(models.TextChoices):
    PARTICIPANT = "participant", _("Participant")
    SPEAKER = "speaker", _("Speaker")
    PANELLIST = "panellist", _("Panellist")
    DELEGATION = "delegation", _("Member of the national delegation")


class CostCovered(models.TextChoices):
    TRAVEL = "travel", _("Travel")
    ACCOMMODATION = "accommodation", _("Accommodation")
    REGISTRATION = "registration", _("Registration fee")
    PER_DIEM = "per_diem", _("Per diem")
    VISA = "visa", _("Visa")


class ConferenceParticipation(TimeStampedModel):
    """A supported participant (official or civil society); personal data, workspace only."""

    conference = models.ForeignKey(
        Conference,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("conference"),
    )
    full_name = models.CharField(_("full name"), max_length=200)
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("institution"),
    )
    role = models.CharField(_("role"), max_length=20, choices=ConferenceRole.choices)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("to"))
    costs_covered = ChoiceListField(_("costs covered"), item_choices=CostCovered.choices)
    # Who paid and what it cost: internal figures, never on the public site or API.
    funded_by = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="funded_conference_participations",
        verbose_name=_("funded by"),
    )
    cost_amount = models.DecimalField(
        _("cost"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, blank=True
    )
    report_back = models.TextField(_("report back"), blank=True)
    report_received_on = models.DateField(_("report received"), null=True, blank=True)

    class Meta:
        verbose_name = _("conference participation")
        verbose_name_plural = _("conference participations")
        ordering = ["conference", "full_name"]

    def __str__(self):
        return f"{self.full_name} – {self.conference}"

    def clean(self):
        errors = cost_errors(self.cost_amount, self.cost_currency)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first.")
        if errors:
            raise ValidationError(errors)

    @property
    def cost_display(self) -> str:
        """The cost with its currency, in the active language's number format ("" if none)."""
        if self.cost_amount is None:
            return ""
        return f"{number_format(self.cost_amount, 2, force_grouping=True)} {self.cost_currency}"


class LibraryPage(ContentPage):
    """The public library of key materials, searchable in the three languages."""

    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("materials library")

    def get_context(self, request, *args, **kwargs):
        from .selectors import library_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(library_listing(request=request))
        return context
