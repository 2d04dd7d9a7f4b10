"""The kinds of content the search page lists, each searched on its own.

Each content type (`Kind`) is searched through Wagtail's search API, so the same code runs on
any search backend (the Whoosh backend, the database backend, Elasticsearch). Permissions come
from the querysets: pages through `.live().public()`, forum content through `visible_to(user)`,
documents through their collections' view restrictions.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.timezone import get_current_timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.base import EmptySearchResults, FilterFieldError
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, get_page_models
from wagtail.search.backends import get_search_backend

from experiences.models import EventPage, ExperiencePage, Theme
from forums.models import Post, Topic
from municipalities.models import Municipality, ProgrammePeriod

from .text import snippet, stream_text

logger = logging.getLogger(__name__)

FILTERS = ("kommune", "tema", "periode", "aar")


@dataclass
class Hit:
    title: str
    url: str
    kind: str
    snippet: str = ""
    meta: list = field(default_factory=list)
    lang: str = ""  # the content's written form when known ("nn" for nynorsk), for lang=""


@dataclass
class Filters:
    """The active filters, resolved to objects. Empty values mean "no filter"."""

    kommune: Municipality | None = None
    tema: Theme | None = None
    periode: ProgrammePeriod | None = None
    aar: int | None = None

    def active(self):
        return {name for name in FILTERS if getattr(self, name) is not None}

    def without(self, name):
        values = {n: getattr(self, n) for n in FILTERS if n != name}
        return Filters(**values)


def _year_range(year, aware=False):
    start, end = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    if aware:
        tz = get_current_timezone()
        start = datetime.datetime.combine(start, datetime.time(), tzinfo=tz)
        end = datetime.datetime.combine(end, datetime.time(), tzinfo=tz)
    return start, end


def _dated(queryset, field_name, year, aware=False):
    start, end = _year_range(year, aware)
    return queryset.filter(**{f"{field_name}__gte": start, f"{field_name}__lt": end})


class Kind:
    """One content type on the search page."""

    key = ""
    label = ""
    filters = frozenset()  # the filters this kind can honour; others exclude it

    def queryset(self, user, filters):
        raise NotImplementedError

    def hit(self, obj, query):
        raise NotImplementedError

    def search(self, query, user, filters):
        """The ranked results, or None when an active filter does not apply to this kind."""
        if not filters.active() <= self.filters:
            return None
        try:
            backend = get_search_backend()
            queryset = self.queryset(user, filters)
            # Every word must match (precise, and much faster on a large index); a query whose
            # words never meet in one document falls back to any word matching.
            results = backend.search(query, queryset, operator="and")
            if len(query.split()) > 1 and not results.count():
                results = backend.search(query, queryset, operator="or")
            return results
        except FilterFieldError:
            # A permission filter the index cannot apply: show nothing rather than too much.
            logger.exception("search of %s cannot apply its filters", self.key)
            return EmptySearchResults()


class ExperienceKind(Kind):
    key = "erfaringer"
    label = _("Erfaringer")
    filters = frozenset(FILTERS)

    def queryset(self, user, filters):
        qs = ExperiencePage.objects.live().public()
        if filters.kommune:
            qs = qs.filter(municipality=filters.kommune)
        if filters.periode:
            qs = qs.filter(period=filters.periode)
        if filters.aar:
            qs = _dated(qs, "published_date", filters.aar)
        if filters.tema:
            # Search filters cannot follow the many-to-many relation: filter on the page ids.
            ids = list(ExperiencePage.objects.filter(themes=filters.tema).values_list("pk", flat=True))
            qs = qs.filter(id__in=ids)
        return qs.select_related("municipality", "period")

    def hit(self, page, query):
        texts = [page.summary, stream_text(page.body), strip_tags(page.what_worked)]
        texts.append(strip_tags(page.do_differently))
        meta = [page.municipality.name, page.published_date.strftime("%Y")]
        return Hit(page.title, page.url, self.key, snippet(texts, query), meta, lang=page.language)


class EventKind(Kind):
    key = "samlinger"
    label = _("Samlinger")
    filters = frozenset({"periode", "aar"})

    def queryset(self, user, filters):
        qs = EventPage.objects.live().public()
        if filters.periode:
            qs = qs.filter(period=filters.periode)
        if filters.aar:
            qs = _dated(qs, "start_date", filters.aar)
        return qs

    def hit(self, page, query):
        texts = [page.intro, stream_text(page.agenda), stream_text(page.summary)]
        meta = [page.place, page.start_date.strftime("%d.%m.%Y")]
        return Hit(page.title, page.url, self.key, snippet(texts, query), meta)


class ThemeKind(Kind):
    key = "tema"
    label = _("Tema")

    def queryset(self, user, filters):
        return Theme.objects.all()

    def hit(self, theme, query):
        url = reverse("portal:theme", kwargs={"slug": theme.slug})
        return Hit(theme.name, url, self.key, snippet([theme.intro], query))


class TopicKind(Kind):
    key = "emner"
    label = _("Forumemner")
    filters = frozenset({"aar"})

    def queryset(self, user, filters):
        qs = Topic.objects.visible_to(user)
        if filters.aar:
            qs = _dated(qs, "created_at", filters.aar, aware=True)
        return qs.select_related("forum")

    def hit(self, topic, query):
        first = topic.posts.order_by("number").first()
        extract = snippet([first.body if first else ""], query)
        meta = [topic.forum.name, _local_date(topic.created_at)]
        return Hit(topic.title, topic.get_absolute_url(), self.key, extract, meta)


class PostKind(Kind):
    key = "innlegg"
    label = _("Foruminnlegg")
    filters = frozenset({"aar"})

    def queryset(self, user, filters):
        qs = Post.objects.visible_to(user)
        if filters.aar:
            qs = _dated(qs, "created_at", filters.aar, aware=True)
        return qs.select_related("topic", "topic__forum")

    def hit(self, post, query):
        url = post.get_absolute_url()
        meta = [post.topic.forum.name, _local_date(post.created_at)]
        return Hit(post.topic.title, url, self.key, snippet([post.body], query), meta)


class DocumentKind(Kind):
    key = "dokumenter"
    label = _("Dokumenter")

    def queryset(self, user, filters):
        restricted = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        collections = Collection.objects.all()
        for path in restricted:  # a restriction covers the collection and those below it
            collections = collections.exclude(path__startswith=path)
        return get_document_model().objects.filter(
            collection_id__in=list(collections.values_list("pk", flat=True))
        )

    def hit(self, document, query):
        return Hit(document.title, document.url, self.key, "", [document.file_extension.upper()])


class OtherPageKind(Kind):
    key = "sider"
    label = _("Andre sider")

    def queryset(self, user, filters):
        models = [m for m in get_page_models() if m not in (ExperiencePage, EventPage)]
        type_ids = [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]
        return Page.objects.live().public().filter(content_type_id__in=type_ids).exclude(depth=1)

    def hit(self, page, query):
        page = page.specific
        texts = [getattr(page, "search_description", ""), strip_tags(str(getattr(page, "intro", "") or ""))]
        if hasattr(page, "body"):
            texts.append(stream_text(page.body))
        return Hit(page.title, page.url, self.key, snippet(texts, query))


def _local_date(value):
    return value.astimezone(get_current_timezone()).strftime("%d.%m.%Y")


KINDS = [ExperienceKind(), EventKind(), ThemeKind(), TopicKind(), PostKind(), DocumentKind(), OtherPageKind()]
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
