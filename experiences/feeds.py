"""RSS and Atom feeds: experiences (all, per theme, per municipality) and events.

Feeds are read by anonymous clients, so they list only published, public pages, whoever asks.
The page models build their feeds and hand over their own manager (`pages`), so this module
needs no import of the models that import it.
"""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_SIZE = 30
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def _as_datetime(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12, 0)))


class ExperienceFeed(Feed):
    """The latest published experiences, optionally for one theme or one municipality."""

    def __init__(self, index_page, pages, kind="rss", theme=None, municipality=None):
        super().__init__()
        self.index_page = index_page
        self.pages = pages
        self.feed_type = FEED_TYPES[kind]
        self.theme = theme
        self.municipality = municipality

    def title(self):
        if self.theme:
            return _("Erfaringer om %(theme)s – Delingsarena") % {"theme": self.theme.name}
        if self.municipality:
            return _("Erfaringer fra %(name)s – Delingsarena") % {"name": self.municipality.name}
        return _("Erfaringer – Delingsarena")

    def link(self):
        url = self.index_page.url
        if self.theme:
            return f"{url}?tema={self.theme.slug}"
        if self.municipality:
            return f"{url}?kommune={self.municipality.slug}"
        return url

    def description(self):
        return _("Nye erfaringer fra kommunene i Husbankens boligsosiale utviklingsprogram.")

    def items(self):
        qs = self.pages.visible_to(AnonymousUser())
        if self.theme:
            qs = qs.filter(themes=self.theme)
        if self.municipality:
            qs = qs.filter(municipality=self.municipality)
        return (
            qs.select_related("municipality")
            .prefetch_related("themes")
            .order_by("-published_date", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return _as_datetime(item.published_date)

    def item_updateddate(self, item):
        return item.last_published_at or _as_datetime(item.published_date)

    def item_author_name(self, item):
        return item.municipality.name

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class EventFeed(Feed):
    """Events, newest date first."""

    def __init__(self, index_page, pages, kind="rss"):
        super().__init__()
        self.index_page = index_page
        self.pages = pages
        self.feed_type = FEED_TYPES[kind]

    def title(self):
        return _("Samlinger – Delingsarena")

    def link(self):
        return self.index_page.url

    def description(self):
        return _("Delingsarenaer og samlinger i Husbankens boligsosiale utviklingsprogram.")

    def items(self):
        return self.pages.live().public().order_by("-start_date", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.title} ({item.start_date:%d.%m.%Y}, {item.place})"

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at or _as_datetime(item.start_date)
