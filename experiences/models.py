"""Experiences (erfaringer), themes and events (samlinger)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import BodyBlock


@register_snippet
class Theme(index.Indexed, models.Model):
    """A theme (tema), e.g. «Bostøtte og startlån». Experiences and forum topics carry themes."""

    name = models.CharField(_("navn"), max_length=120, unique=True)
    slug = models.SlugField(_("adresse (slug)"), max_length=120, unique=True)
    intro = models.TextField(_("ingress"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("intro")]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("intro"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("tema")
        verbose_name_plural = _("tema")

    def __str__(self):
        return self.name


class ExperienceIndexPage(Page):
    """«Erfaringer»: all experiences, with filters. Children are one section per municipality."""

    intro = RichTextField(_("ingress"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["experiences.MunicipalitySectionPage"]
    max_count = 1
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("erfaringsoversikt")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experiences"] = (
            ExperiencePage.objects.live()
            .public()
            .select_related("municipality", "period")
            .order_by("-first_published_at")
        )
        return context


class MunicipalitySectionPage(Page):
    """One municipality's section: members of that municipality write their drafts here."""

    municipality = models.OneToOneField(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="experience_section",
        verbose_name=_("kommune"),
    )
    intro = RichTextField(_("ingress"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("municipality"), FieldPanel("intro")]
    parent_page_types = ["experiences.ExperienceIndexPage"]
    subpage_types = ["experiences.ExperiencePage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("kommuneseksjon")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experiences"] = (
            ExperiencePage.objects.child_of(self).live().public().order_by("-first_published_at")
        )
        return context


class ExperiencePageQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Published, public experiences; drafts are handled by Wagtail's page permissions."""
        return self.live().public()


class ExperiencePage(Page):
    """An erfaring: what a municipality did, what worked and what it would do differently."""

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="experiences",
        verbose_name=_("kommune"),
    )
    period = models.ForeignKey(
        "municipalities.ProgrammePeriod",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="experiences",
        verbose_name=_("programperiode"),
    )
    themes = ParentalManyToManyField(Theme, blank=True, related_name="experiences", verbose_name=_("tema"))
    summary = models.TextField(_("sammendrag"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("innhold"), blank=True)
    what_worked = RichTextField(
        _("dette fungerte"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    do_differently = RichTextField(
        _("dette ville vi gjort annerledes"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    contact_name = models.CharField(_("kontaktperson"), max_length=200, blank=True)
    contact_role = models.CharField(_("rolle"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-post"), blank=True)
    published_date = models.DateField(_("publiseringsdato"), default=timezone.localdate)
    featured = models.BooleanField(_("framhevet på forsiden"), default=False)

    objects = PageManager.from_queryset(ExperiencePageQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("period"),
                FieldPanel("themes"),
                FieldPanel("published_date"),
            ],
            heading=_("Om erfaringen"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("what_worked"),
        FieldPanel("do_differently"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Kontaktperson"),
        ),
        InlinePanel("related_links", label=_("Relaterte erfaringer")),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured")]

    parent_page_types = ["experiences.MunicipalitySectionPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("what_worked"),
        index.SearchField("do_differently"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("municipality"),
        index.FilterField("period"),
        index.FilterField("themes"),
        index.FilterField("published_date"),
        index.FilterField("featured"),
    ]

    class Meta:
        verbose_name = _("erfaring")
        verbose_name_plural = _("erfaringer")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [
            link.target for link in self.related_links.select_related("target") if link.target.live
        ]
        return context


class ExperienceRelatedLink(Orderable):
    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(
        ExperiencePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("erfaring")
    )

    panels = [FieldPanel("target")]


class EventIndexPage(Page):
    """«Samlinger»: upcoming and past events."""

    intro = RichTextField(_("ingress"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["experiences.EventPage"]
    max_count = 1
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("samlingsoversikt")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        events = EventPage.objects.child_of(self).live().public()
        context["upcoming"] = events.filter(start_date__gte=today).order_by("start_date")
        context["past"] = events.filter(start_date__lt=today).order_by("-start_date")
        return context


class EventPage(Page):
    """A samling, e.g. the programme kick-off on 4 April 2013."""

    start_date = models.DateField(_("dato"))
    end_date = models.DateField(_("til dato"), null=True, blank=True)
    start_time = models.TimeField(_("starttid"), null=True, blank=True)
    end_time = models.TimeField(_("sluttid"), null=True, blank=True)
    place = models.CharField(_("sted"), max_length=255)
    period = models.ForeignKey(
        "municipalities.ProgrammePeriod",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("programperiode"),
    )
    intro = models.TextField(_("ingress"), blank=True)
    agenda = StreamField(BodyBlock(), verbose_name=_("program"), blank=True)
    materials = StreamField(BodyBlock(), verbose_name=_("materiell"), blank=True)
    summary = StreamField(BodyBlock(), verbose_name=_("oppsummering etter samlingen"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("start_date"),
                FieldPanel("end_date"),
                FieldPanel("start_time"),
                FieldPanel("end_time"),
                FieldPanel("place"),
                FieldPanel("period"),
            ],
            heading=_("Tid og sted"),
        ),
        FieldPanel("intro"),
        FieldPanel("agenda"),
        FieldPanel("materials"),
        FieldPanel("summary"),
    ]
    parent_page_types = ["experiences.EventIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("place"),
        index.SearchField("agenda"),
        index.SearchField("summary"),
        index.FilterField("start_date"),
        index.FilterField("period"),
    ]

    class Meta:
        verbose_name = _("samling")
        verbose_name_plural = _("samlinger")
