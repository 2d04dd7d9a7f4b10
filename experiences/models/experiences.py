"""Experiences (erfaringer) and themes (tema)."""

from django.db import models
from django.db.models import Case, Count, IntegerField, Q, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from municipalities.models import Municipality

from ..blocks import BodyBlock
from ..feeds import FEED_TYPES, ExperienceFeed
from ..filters import ExperienceFilter
from ..forms import ExperiencePageForm


@register_snippet
class Theme(index.Indexed, ClusterableModel):
    """A theme (tema), e.g. «Bostøtte og startlån». Experiences and forum topics carry themes."""

    name = models.CharField(_("navn"), max_length=120, unique=True)
    slug = models.SlugField(_("adresse (slug)"), max_length=120, unique=True)
    intro = models.TextField(_("ingress"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("intro"),
        InlinePanel("featured_experiences", label=_("Framhevede erfaringer"), max_num=6),
    ]
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

    def get_absolute_url(self):
        return reverse("portal:theme", kwargs={"slug": self.slug})

    def featured_for(self, user):
        """The experiences editors chose for this theme, in their order, that `user` may see."""
        links = self.featured_experiences.filter(
            page__in=ExperiencePage.objects.visible_to(user).values("pk")
        ).select_related("page", "page__municipality")
        return [link.page for link in links]


class ThemeFeaturedExperience(Orderable):
    """An experience an editor has chosen to show first on a theme's landing page."""

    theme = ParentalKey(Theme, on_delete=models.CASCADE, related_name="featured_experiences")
    page = models.ForeignKey(
        "experiences.ExperiencePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("erfaring")
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("framhevet erfaring")
        verbose_name_plural = _("framhevede erfaringer")


def _feed_kind(kind):
    if kind not in FEED_TYPES:
        raise Http404
    return kind


class ExperienceIndexPage(RoutablePageMixin, Page):
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
        experience_filter = ExperienceFilter(
            ExperiencePage.objects.visible_to(request.user), request.GET, base_url=self.url
        )
        page = experience_filter.page()
        context.update(
            filter=experience_filter,
            facets=experience_filter.facets(),
            sort_options=experience_filter.sort_options(),
            results=page,
            experiences=page.object_list,
            page_links=[
                (n, experience_filter.page_url(n)) for n in page.paginator.get_elided_page_range(page.number)
            ],
            previous_url=experience_filter.page_url(page.previous_page_number())
            if page.has_previous()
            else None,
            next_url=experience_filter.page_url(page.next_page_number()) if page.has_next() else None,
            feed_url=self.feed_url(),
            atom_url=self.feed_url("atom"),
        )
        return context

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request, kind):
        return ExperienceFeed(self, ExperiencePage.objects, _feed_kind(kind))(request)

    @path("feed/tema/<slug:slug>/<str:kind>/", name="theme_feed")
    def theme_feed(self, request, slug, kind):
        theme = get_object_or_404(Theme, slug=slug)
        return ExperienceFeed(self, ExperiencePage.objects, _feed_kind(kind), theme=theme)(request)

    @path("feed/kommune/<slug:slug>/<str:kind>/", name="municipality_feed")
    def municipality_feed(self, request, slug, kind):
        municipality = get_object_or_404(Municipality, slug=slug)
        return ExperienceFeed(self, ExperiencePage.objects, _feed_kind(kind), municipality=municipality)(
            request
        )

    def feed_url(self, kind="rss", theme=None, municipality=None):
        if theme is not None:
            return self.url + self.reverse_subpage("theme_feed", kwargs={"slug": theme.slug, "kind": kind})
        if municipality is not None:
            return self.url + self.reverse_subpage(
                "municipality_feed", kwargs={"slug": municipality.slug, "kind": kind}
            )
        return self.url + self.reverse_subpage("feed", kwargs={"kind": kind})


class MunicipalitySectionPage(Page):
    """One municipality's section: members of that municipality write their drafts here."""

    municipality = models.OneToOneField(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="experience_section",
        verbose_name=_("kommune"),
    )
    intro = RichTextField(_("ingress"), blank=True)
    # The Wagtail group whose members may write drafts here (see experiences.permissions).
    editors_group = models.OneToOneField(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="experience_section",
        verbose_name=_("skrivegruppe"),
    )

    content_panels = Page.content_panels + [FieldPanel("municipality"), FieldPanel("intro")]
    parent_page_types = ["experiences.ExperienceIndexPage"]
    subpage_types = ["experiences.ExperiencePage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("kommuneseksjon")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experiences"] = (
            ExperiencePage.objects.visible_to(request.user)
            .child_of(self)
            .select_related("municipality")
            .order_by("-published_date", "-pk")
        )
        index_page = ExperienceIndexPage.objects.ancestor_of(self).first()
        if index_page:
            context["feed_url"] = index_page.feed_url(municipality=self.municipality)
        return context


class ExperiencePageQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Published, public experiences; drafts are handled by Wagtail's page permissions."""
        return self.live().public()


#: The written forms an experience can be in (content is written in the municipality's own form).
CONTENT_LANGUAGES = [("nb", _("Bokmål")), ("nn", _("Nynorsk"))]


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
    language = models.CharField(
        _("målform"),
        max_length=2,
        choices=CONTENT_LANGUAGES,
        default="nb",
        help_text=_("Målformen teksten er skrevet på. Skjermlesere bruker den for å lese teksten riktig."),
    )

    objects = PageManager.from_queryset(ExperiencePageQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("period"),
                FieldPanel("themes"),
                FieldPanel("published_date"),
                FieldPanel("language"),
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
    base_form_class = ExperiencePageForm

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
        context["related"] = self.chosen_related()
        context["suggested"] = self.suggested_related(exclude=context["related"])
        return context

    def chosen_related(self):
        """The experiences the author linked to, if they are published."""
        links = self.related_links.all().select_related("target", "target__municipality")
        return [link.target for link in links if link.target_id is not None and link.target.live]

    def suggested_related(self, limit=4, exclude=()):
        """Published experiences sharing most themes with this one, then from the same municipality.

        One query: the ranking is an annotation (shared themes, same municipality, newest).
        """
        theme_ids = [theme.pk for theme in self.themes.all()]
        shares_theme = ExperiencePage.themes.through.objects.filter(theme_id__in=theme_ids).values(
            "experiencepage_id"
        )
        return list(
            ExperiencePage.objects.live()
            .public()
            # A page being previewed before its first save has no pk; NOT IN (NULL) would match nothing.
            .exclude(pk__in=[pk for pk in [self.pk, *(page.pk for page in exclude)] if pk is not None])
            .filter(Q(pk__in=shares_theme) | Q(municipality_id=self.municipality_id))
            .annotate(
                shared=Count("themes", filter=Q(themes__in=theme_ids), distinct=True),
                same_municipality=Case(
                    When(municipality_id=self.municipality_id, then=1), default=0, output_field=IntegerField()
                ),
            )
            .select_related("municipality")
            .order_by("-shared", "-same_municipality", "-published_date", "-pk")[:limit]
        )


class ExperienceRelatedLink(Orderable):
    page = ParentalKey(ExperiencePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(
        ExperiencePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("erfaring")
    )

    panels = [FieldPanel("target")]
