"""The home page, plain content pages and site-wide settings."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from experiences.blocks import BodyBlock
from experiences.models import EventPage, ExperiencePage
from forums.models import Topic


class HomePage(Page):
    """The front page: what Delingsarena is, featured and latest experiences, events, forums."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), verbose_name=_("innhold"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "experiences.ExperienceIndexPage",
        "experiences.EventIndexPage",
        "portal.StandardPage",
    ]
    max_count = 1
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("forside")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        live = ExperiencePage.objects.visible_to(request.user).select_related("municipality")
        context["featured"] = live.filter(featured=True).order_by("-published_date")[:3]
        context["latest"] = live.order_by("-published_date", "-pk")[:6]
        context["upcoming_events"] = (
            EventPage.objects.live()
            .public()
            .filter(start_date__gte=timezone.localdate())
            .order_by("start_date")[:3]
        )
        context["latest_topics"] = Topic.objects.visible_to(request.user).select_related("forum")[:5]
        return context


class StandardPage(Page):
    """A plain content page, e.g. «Om Delingsarena» or the accessibility statement."""

    intro = models.TextField(_("ingress"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("innhold"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("innholdsside")
        verbose_name_plural = _("innholdssider")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Links every page needs: the accessibility statement and the contact address."""

    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("tilgjengelighetserklæring"),
    )
    contact_email = models.EmailField(_("kontakt-e-post"), blank=True)

    panels = [FieldPanel("accessibility_statement"), FieldPanel("contact_email")]

    class Meta:
        verbose_name = _("portalinnstillinger")
