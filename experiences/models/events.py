"""Events (samlinger): the events index and one page per gathering."""

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import ical
from ..blocks import BodyBlock
from ..feeds import EventFeed
from .experiences import _feed_kind


class EventIndexPage(RoutablePageMixin, Page):
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
        context["feed_url"] = self.feed_url()
        context["atom_url"] = self.feed_url("atom")
        today = timezone.localdate()
        events = EventPage.objects.child_of(self).live().public()
        context["upcoming"] = events.filter(start_date__gte=today).order_by("start_date")
        context["past"] = events.filter(start_date__lt=today).order_by("-start_date")
        return context

    @path("feed/<str:kind>/", name="feed")
    def feed(self, request, kind):
        return EventFeed(self, EventPage.objects, _feed_kind(kind))(request)

    @path("kalender/", name="calendar")
    def calendar(self, request):
        events = EventPage.objects.child_of(self).live().public().order_by("start_date")
        return ics_response(ical.calendar(events, request, self.title), "samlinger.ics")

    def feed_url(self, kind="rss"):
        return self.url + self.reverse_subpage("feed", kwargs={"kind": kind})

    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")


def ics_response(text, filename):
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class EventPage(RoutablePageMixin, Page):
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

    @property
    def is_upcoming(self):
        return (self.end_date or self.start_date) >= timezone.localdate()

    @path("kalender/", name="calendar")
    def calendar(self, request):
        return ics_response(ical.calendar([self], request, self.title), f"{self.slug}.ics")

    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")
