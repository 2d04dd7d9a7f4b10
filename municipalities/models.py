"""Municipalities, their kommunenummer history, programmes, periods, memberships and profiles."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index

from .access import is_editor


class LanguageForm(models.TextChoices):
    BOKMAL = "nb", _("Bokmål")
    NYNORSK = "nn", _("Nynorsk")
    NEUTRAL = "", _("Nøytral")


class MunicipalityQuerySet(models.QuerySet):
    def with_number(self, number, on=None):
        """Municipalities that had `number` on the date `on` (default: any time)."""
        q = Q(numbers__number=str(number).zfill(4))
        if on is not None:
            q &= Q(numbers__valid_from__lte=on) & (
                Q(numbers__valid_to__isnull=True) | Q(numbers__valid_to__gte=on)
            )
        return self.filter(q).distinct()

    def in_active_programme(self):
        return self.filter(memberships__period__is_active=True).distinct()


class Municipality(index.Indexed, ClusterableModel):
    """A kommune. Never keyed on its name: numbers change with reforms, names are reused."""

    name = models.CharField(_("navn"), max_length=100)
    slug = models.SlugField(_("adresse (slug)"), max_length=100, unique=True)
    county = models.CharField(_("fylke"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    language_form = models.CharField(_("målform"), max_length=2, choices=LanguageForm.choices, blank=True)
    description = models.TextField(_("beskrivelse"), blank=True)

    objects = MunicipalityQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("county"),
        FieldPanel("region"),
        FieldPanel("language_form"),
        FieldPanel("description"),
        InlinePanel("numbers", label=_("Kommunenummer")),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("county"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommune")
        verbose_name_plural = _("kommuner")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("portal:municipality", kwargs={"slug": self.slug})

    def number_on(self, date=None):
        """The kommunenummer valid on `date` (today by default)."""
        date = date or timezone.localdate()
        for n in self.numbers.all():
            if n.valid_from <= date and (n.valid_to is None or n.valid_to >= date):
                return n.number
        return None

    @property
    def current_number(self):
        return self.number_on()


class MunicipalityNumber(models.Model):
    """A kommunenummer and the period it was valid, e.g. Ålesund 1504 until 2019."""

    municipality = ParentalKey(Municipality, on_delete=models.CASCADE, related_name="numbers")
    number = models.CharField(_("kommunenummer"), max_length=4)
    valid_from = models.DateField(_("gyldig fra"), default=datetime.date(1838, 1, 1))
    valid_to = models.DateField(_("gyldig til"), null=True, blank=True)

    panels = [FieldPanel("number"), FieldPanel("valid_from"), FieldPanel("valid_to")]

    class Meta:
        ordering = ["valid_from"]
        verbose_name = _("kommunenummer")
        verbose_name_plural = _("kommunenummer")
        constraints = [
            models.UniqueConstraint(fields=["number", "valid_from"], name="unique_municipality_number_from")
        ]

    def __str__(self):
        end = self.valid_to.year if self.valid_to else ""
        return f"{self.number} ({self.valid_from.year}–{end})"


class Programme(models.Model):
    name = models.CharField(_("navn"), max_length=200)
    slug = models.SlugField(unique=True)
    description = models.TextField(_("beskrivelse"), blank=True)

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("program")

    def __str__(self):
        return self.name


class ProgrammePeriodQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class ProgrammePeriod(ClusterableModel):
    """One period of a programme in a region, e.g. Midt-Norge 2013–2016."""

    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="periods")
    region = models.CharField(_("region"), max_length=100)
    start_year = models.PositiveSmallIntegerField(_("fra år"))
    end_year = models.PositiveSmallIntegerField(_("til år"))
    # Set by administrators: members of an active period are "programme members".
    is_active = models.BooleanField(_("aktiv periode"), default=False)

    objects = ProgrammePeriodQuerySet.as_manager()

    panels = [
        FieldPanel("programme"),
        FieldPanel("region"),
        FieldPanel("start_year"),
        FieldPanel("end_year"),
        FieldPanel("is_active"),
        InlinePanel("memberships", label=_("Deltakende kommuner")),
    ]

    class Meta:
        ordering = ["start_year", "region"]
        verbose_name = _("programperiode")
        verbose_name_plural = _("programperioder")

    def __str__(self):
        return f"{self.region} {self.start_year}–{self.end_year}"

    @property
    def label(self):
        return f"{self.start_year}–{self.end_year}"


class Membership(models.Model):
    """A municipality taking part in a programme period."""

    period = ParentalKey(ProgrammePeriod, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="memberships")
    joined = models.DateField(_("med fra"), null=True, blank=True)

    panels = [FieldPanel("municipality"), FieldPanel("joined")]

    class Meta:
        verbose_name = _("deltakelse")
        verbose_name_plural = _("deltakelser")
        constraints = [
            models.UniqueConstraint(fields=["period", "municipality"], name="unique_membership_per_period")
        ]

    def __str__(self):
        return f"{self.municipality} i {self.period}"


class UserProfile(models.Model):
    """Ties a user to one municipality; programme membership follows from it."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("kommune"),
    )
    job_title = models.CharField(_("stilling"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("brukerprofil")
        verbose_name_plural = _("brukerprofiler")

    def __str__(self):
        return f"{self.user} ({self.municipality or '-'})"


# --- Indicators: the basis of the tool that chose the programme municipalities -----------------


class IndicatorCategory(models.TextChoices):
    POPULATION = "befolkningssammensetning", _("Befolkningssammensetning")
    GROWTH = "befolkningsutvikling", _("Befolkningsutvikling")
    FINANCE = "okonomiske-virkemidler", _("Økonomiske virkemidler (startlån, bostøtte)")
    ACTIVITY = "kommunal-aktivitet", _("Kommunal aktivitet")
    HOUSING = "boligmarked", _("Boligmarked")


class Direction(models.IntegerChoices):
    # The sign turns a standardised value into "challenge": higher composite score = larger challenge.
    HIGHER_IS_WORSE = 1, _("Høy verdi betyr større utfordring")
    HIGHER_IS_BETTER = -1, _("Høy verdi betyr mindre utfordring")


class Indicator(models.Model):
    """One indicator, e.g. households receiving bostøtte per 1,000 inhabitants."""

    code = models.SlugField(
        _("kode"),
        max_length=60,
        unique=True,
        help_text=_("Brukes i importfiler (kolonnen «indikator» eller SSBs ContentsCode)."),
    )
    name = models.CharField(_("navn"), max_length=200)
    category = models.CharField(_("kategori"), max_length=40, choices=IndicatorCategory.choices)
    definition = models.TextField(_("definisjon"))
    unit = models.CharField(
        _("enhet"), max_length=60, help_text=_("F.eks. «per 1 000 innbyggere» eller «prosent».")
    )
    count_label = models.CharField(
        _("hva antallet teller"),
        max_length=100,
        blank=True,
        help_text=_("F.eks. «husstander». Tomt når indikatoren ikke har et antall bak seg."),
    )
    direction = models.SmallIntegerField(
        _("retning"), choices=Direction.choices, default=Direction.HIGHER_IS_WORSE
    )
    source = models.CharField(_("kilde"), max_length=255)
    source_url = models.URLField(_("lenke til kilden"), blank=True)
    default_weight = models.PositiveSmallIntegerField(_("standardvekt"), default=1)
    position = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("category"),
        FieldPanel("definition"),
        FieldPanel("unit"),
        FieldPanel("count_label"),
        FieldPanel("direction"),
        FieldPanel("source"),
        FieldPanel("source_url"),
        FieldPanel("default_weight"),
        FieldPanel("position"),
    ]

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")

    def __str__(self):
        return self.name


class IndicatorValueQuerySet(models.QuerySet):
    def national(self):
        return self.filter(municipality__isnull=True)

    def for_municipalities(self):
        return self.filter(municipality__isnull=False)


class IndicatorValue(models.Model):
    """A figure for one municipality (or, without one, the whole country) in one year."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indicator_values",
        verbose_name=_("kommune"),
        help_text=_("Tomt for landsgjennomsnittet."),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    value = models.FloatField(_("verdi"))
    count = models.FloatField(_("antall"), null=True, blank=True)
    population = models.FloatField(_("innbyggere (nevner)"), null=True, blank=True)
    # Demo and test figures are not published statistics; the interface says so.
    is_illustrative = models.BooleanField(_("illustrativ verdi"), default=False)
    imported_at = models.DateTimeField(_("importert"), default=timezone.now)

    objects = IndicatorValueQuerySet.as_manager()

    panels = [
        FieldPanel("indicator"),
        FieldPanel("municipality"),
        FieldPanel("year"),
        FieldPanel("value"),
        FieldPanel("count"),
        FieldPanel("population"),
        FieldPanel("is_illustrative"),
    ]

    class Meta:
        ordering = ["indicator", "year", "municipality__name"]
        verbose_name = _("indikatorverdi")
        verbose_name_plural = _("indikatorverdier")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "municipality", "year"],
                condition=Q(municipality__isnull=False),
                name="unique_indicator_value",
            ),
            models.UniqueConstraint(
                fields=["indicator", "year"],
                condition=Q(municipality__isnull=True),
                name="unique_national_indicator_value",
            ),
        ]

    def __str__(self):
        where = self.municipality or _("Hele landet")
        return f"{self.indicator} {where} {self.year}: {self.value}"


class SelectionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Saved selections are working material for Husbanken's editors only."""
        return self if is_editor(user) else self.none()


class Selection(models.Model):
    """An editor's saved *utvalg*: year, weights and chosen municipalities, e.g. for a new period."""

    name = models.CharField(_("navn"), max_length=200)
    region = models.CharField(_("region"), max_length=100)
    year = models.PositiveSmallIntegerField(_("år"))
    weights = models.JSONField(_("vekter"), default=dict, blank=True)
    municipalities = models.ManyToManyField(
        Municipality, related_name="selections", verbose_name=_("valgte kommuner"), blank=True
    )
    period = models.ForeignKey(
        ProgrammePeriod,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="selections",
        verbose_name=_("grunnlag for programperiode"),
    )
    note = models.TextField(_("notat"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("lagret"), default=timezone.now)

    objects = SelectionQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("region"),
        FieldPanel("year"),
        FieldPanel("weights"),
        FieldPanel("municipalities"),
        FieldPanel("period"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("utvalg")
        verbose_name_plural = _("utvalg")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("municipalities:selection", kwargs={"pk": self.pk})
