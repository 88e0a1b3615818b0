"""The network: organisations, their focal points, memberships and activities.

One row per organisation with its name in the three languages, so that other
apps (projects, legislation, meetings) can simply ForeignKey to it.
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from atnet.core.languages import in_language
from atnet.core.models import FoldedSearchModel, TimeStampedModel
from atnet.portal.models import ContentPage

from .fields import ChoiceListField, choice_list_contains


class Domain(models.TextChoices):
    """The seven domains of the programme brochure."""

    TRAFFICKING_PREVENTION = (
        "trafficking_prevention",
        _("Prevention of trafficking in human beings, including children"),
    )
    PROTECTION_ASSISTANCE = (
        "protection_assistance",
        _("Protection and assistance of vulnerable persons"),
    )
    GENDER_EQUALITY_DV = "gender_equality_dv", _("Gender equality and combating domestic violence")
    WOMENS_RIGHTS_PEACE = "womens_rights_peace", _("Women's rights and peace-building")
    MIGRATION_POLICY = "migration_policy", _("Migration policy")
    CAPACITY_BUILDING = (
        "capacity_building",
        _("Capacity building of anti-trafficking and gender actors"),
    )
    ANTI_DISCRIMINATION = "anti_discrimination", _("Preventing and combating discrimination")


class OrganisationType(models.TextChoices):
    CENTRAL_AUTHORITY = "central_authority", _("Central authority or ministry")
    POLICE = "police", _("Police")
    PROSECUTION = "prosecution", _("Prosecution")
    COURT = "court", _("Court")
    LOCAL_AUTHORITY = "local_authority", _("Local public authority")
    NGO = "ngo", _("Non-governmental organisation")
    INTERNATIONAL = "international", _("International organisation")
    SOCIAL_SERVICE = "social_service", _("Social-service provider")
    OTHER = "other", _("Other")


class Level(models.TextChoices):
    LOCAL = "local", _("Local")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")


class Role(models.TextChoices):
    FOCAL_POINT = "focal_point", _("Focal point (may edit)")
    MEMBER = "member", _("Member (may read)")


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class TargetGroup(models.TextChoices):
    CHILDREN = "children", _("Children and young people")
    WOMEN = "women", _("Women and girls")
    VICTIMS = "victims", _("Victims and presumed victims of trafficking")
    DV_SURVIVORS = "dv_survivors", _("Survivors of domestic violence")
    MIGRANTS = "migrants", _("Migrants and returnees")
    PROFESSIONALS = "professionals", _("Judges, prosecutors and police officers")
    SOCIAL_WORKERS = "social_workers", _("Social workers and service providers")
    LOCAL_AUTHORITIES = "local_authorities", _("Local public authorities")
    MINORITIES = "minorities", _("Roma and other minorities")
    DISABILITIES = "disabilities", _("Persons with disabilities")
    GENERAL_PUBLIC = "general_public", _("General public")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_domain(self, domain: str):
        return self.filter(choice_list_contains("domains", domain))


class Organisation(FoldedSearchModel, TimeStampedModel):
    name_ro = models.CharField(_("name (Romanian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=255, blank=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    type = models.CharField(_("type"), max_length=30, choices=OrganisationType.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    regions = models.ManyToManyField(
        "geo.AdministrativeUnit",
        blank=True,
        related_name="organisations",
        verbose_name=_("regions covered"),
    )
    domains = ChoiceListField(_("domains"), item_choices=Domain.choices)
    description_ro = models.TextField(_("description (Romanian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_public = models.BooleanField(
        _("public profile"),
        default=True,
        help_text=_("Shown in the public directory; otherwise visible to members only."),
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    folded_fields = (
        "name_ro", "name_en", "name_ru", "acronym",
        "description_ro", "description_en", "description_ru",
    )  # fmt: skip

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_ro"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return in_language(self, "name")

    @property
    def description(self) -> str:
        return in_language(self, "description")

    def get_domains_display(self) -> list[str]:
        return [str(Domain(value).label) for value in self.domains if value in Domain.values]


class Person(TimeStampedModel):
    """A focal point or contact person of an organisation (personal data: never public)."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="people",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_people",
        verbose_name=_("user account"),
    )
    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=settings.LANGUAGES, default="ro"
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    is_focal_point = models.BooleanField(_("focal point"), default=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]

    def __str__(self):
        return self.full_name


class Membership(TimeStampedModel):
    """A user account belongs to an organisation with a role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="network_unique_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"


class ActivityQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True, organisation__is_public=True)

    def with_domain(self, domain: str):
        return self.filter(choice_list_contains("domains", domain))

    def with_target_group(self, group: str):
        return self.filter(choice_list_contains("target_groups", group))


class Activity(FoldedSearchModel, TimeStampedModel):
    """An activity or initiative of an organisation ("who does what where")."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("organisation"),
    )
    title_ro = models.CharField(_("title (Romanian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    description_ro = models.TextField(_("description (Romanian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    domains = ChoiceListField(_("domains"), item_choices=Domain.choices)
    regions = models.ManyToManyField(
        "geo.AdministrativeUnit", blank=True, related_name="activities", verbose_name=_("regions")
    )
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActivityStatus.choices, default=ActivityStatus.PLANNED
    )
    target_groups = ChoiceListField(_("target groups"), item_choices=TargetGroup.choices)
    partners = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="partner_activities",
        verbose_name=_("partner organisations"),
    )
    is_public = models.BooleanField(_("public"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    folded_fields = (
        "title_ro", "title_en", "title_ru", "description_ro", "description_en", "description_ru",
    )  # fmt: skip

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-start_date", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if not (self.title_ro or self.title_en or self.title_ru):
            errors[NON_FIELD_ERRORS] = _("Give a title in at least one language.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end cannot be before the start.")
        if errors:
            raise ValidationError(errors)

    @property
    def title(self) -> str:
        return in_language(self, "title")

    @property
    def description(self) -> str:
        return in_language(self, "description")

    def get_domains_display(self) -> list[str]:
        return [str(Domain(value).label) for value in self.domains if value in Domain.values]

    def get_target_groups_display(self) -> list[str]:
        groups = (TargetGroup(value) for value in self.target_groups if value in TargetGroup.values)
        return [str(group.label) for group in groups]


class NetworkDirectoryPage(RoutablePageMixin, ContentPage):
    """The public directory: public profiles and public activities, in each language.

    One page per language (Wagtail translations), so the menu, the language
    switcher, hreflang and the sitemap work as for every other page; the
    listings and profiles are routes under it.
    """

    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("network directory")

    @path("")
    def organisations(self, request):
        from .views.directory import organisations

        return organisations(request, self)

    @path("organisations/<slug:slug>/")
    def organisation(self, request, slug):
        from .views.directory import organisation

        return organisation(request, self, slug)

    @path("activities/")
    def activities(self, request):
        from .views.directory import activities

        return activities(request, self)
