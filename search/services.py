"""Search orchestration for the search page: one query over every content type.

Each content type (`Kind`) is searched on its own through Wagtail's search API, so the same
code runs on any search backend (the Whoosh backend, the database backend, Elasticsearch).
Permissions come from the querysets: pages through `.live().public()`, forum content through
`visible_to(user)`, documents through their collections' view restrictions.
"""

import datetime
import importlib
import logging
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.timezone import get_current_timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.base import EmptySearchResults, FilterFieldError
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, get_page_models
from wagtail.search.backends import get_search_backend

from experiences.models import EventPage, ExperiencePage, Theme
from forums.models import Post, Topic
from municipalities.models import Municipality, ProgrammePeriod

from . import fallback
from .fallback import stream_text

logger = logging.getLogger(__name__)

PER_PAGE = 10
PER_GROUP = 3  # hits shown per kind when all kinds are listed together
FACET_SCAN_LIMIT = 1000  # hits read to count facets when the backend cannot facet itself

FILTERS = ("kommune", "tema", "periode", "ar")


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
    ar: int | None = None

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


def _local_year(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(get_current_timezone()).year
    return value.year if value else None


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
        if filters.ar:
            qs = _dated(qs, "published_date", filters.ar)
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
    filters = frozenset({"periode", "ar"})

    def queryset(self, user, filters):
        qs = EventPage.objects.live().public()
        if filters.periode:
            qs = qs.filter(period=filters.periode)
        if filters.ar:
            qs = _dated(qs, "start_date", filters.ar)
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
        url = reverse("experiences:theme", kwargs={"slug": theme.slug})
        return Hit(theme.name, url, self.key, snippet([theme.intro], query))


class TopicKind(Kind):
    key = "emner"
    label = _("Forumemner")
    filters = frozenset({"ar"})

    def queryset(self, user, filters):
        qs = Topic.objects.visible_to(user)
        if filters.ar:
            qs = _dated(qs, "created_at", filters.ar, aware=True)
        return qs.select_related("forum")

    def hit(self, topic, query):
        first = topic.posts.order_by("number").first()
        extract = snippet([first.body if first else ""], query)
        meta = [topic.forum.name, _local_date(topic.created_at)]
        return Hit(topic.title, topic.get_absolute_url(), self.key, extract, meta)


class PostKind(Kind):
    key = "innlegg"
    label = _("Foruminnlegg")
    filters = frozenset({"ar"})

    def queryset(self, user, filters):
        qs = Post.objects.visible_to(user)
        if filters.ar:
            qs = _dated(qs, "created_at", filters.ar, aware=True)
        return qs.select_related("topic", "topic__forum")

    def hit(self, post, query):
        url = post.get_absolute_url() if hasattr(post, "get_absolute_url") else None
        url = url or f"{post.topic.get_absolute_url()}#innlegg-{post.number}"
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
        from django.contrib.contenttypes.models import ContentType

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


# Text: snippets, highlighting and "did you mean" -------------------------------------------


def _backend_function(name):
    """A text helper from the Whoosh backend package, when it provides one."""
    for module in ("search.backends", "search.backends.whoosh"):
        try:
            function = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if callable(function):
            return function
    return None


def _whoosh_is_default():
    # The backend's suggestions come from its own index, which only it keeps up to date.
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].startswith("search.backends")


def highlight(text, query, max_chars=240):
    """Escaped HTML of the part of `text` that matches `query`, matches in <mark>."""
    backend_highlight = _backend_function("highlight")
    if backend_highlight is not None:
        try:
            return backend_highlight(text, query, max_chars=max_chars)
        except Exception:
            logger.warning("the search backend's highlight failed; using the simple one", exc_info=True)
    return fallback.simple_highlight(text, query, max_chars)


def snippet(texts, query, max_chars=240):
    """A highlighted extract from the first text that matches, else the start of the first text."""
    texts = [" ".join(t.split()) for t in texts if t and t.strip()]
    for candidate in texts:
        html = highlight(candidate, query, max_chars)
        if "<mark>" in html:
            return mark_safe(html)  # noqa: S308 - built from escaped text
    if not texts:
        return ""
    return mark_safe(fallback.simple_highlight(texts[0], "", max_chars))  # noqa: S308 - escaped


def suggest(query, has_hits=False):
    """A corrected query for "Mente du …?", or None."""
    if not query:
        return None
    backend_suggest = _backend_function("suggest") if _whoosh_is_default() else None
    if backend_suggest is not None:
        try:
            suggestion = backend_suggest(query)
        except Exception:
            logger.warning("the search backend's suggest failed; using the simple one", exc_info=True)
        else:
            if suggestion and suggestion.strip().lower() != query.strip().lower():
                return suggestion
            if has_hits:
                return None
    return None if has_hits else fallback.simple_suggest(query)


# Facets --------------------------------------------------------------------------------------


def _facet(results, field_name, count_here):
    """Counts per value of a filter field: the backend's facet when it has one, else counted here."""
    if getattr(results, "supports_facet", False):
        try:
            return Counter(dict(results.facet(field_name)))
        except Exception:  # a backend may facet some fields only; count the others here
            logger.debug("backend could not facet %s; counting it here", field_name, exc_info=True)
    return count_here(list(results[:FACET_SCAN_LIMIT]))


def _count_themes(pages):
    through = ExperiencePage.themes.through
    rows = through.objects.filter(experiencepage_id__in=[p.pk for p in pages]).values_list(
        "theme_id", flat=True
    )
    return Counter(rows)


def _count_attr(attr):
    return lambda objs: Counter(getattr(obj, attr) for obj in objs)


def _years(counts):
    years = Counter()
    for value, n in counts.items():
        if value is not None:
            years[_local_year(value)] += n
    return years


FACET_SOURCES = {
    # filter name: [(kind, index field, fallback counter, value mapper)]
    "kommune": [(ExperienceKind, "municipality_id", _count_attr("municipality_id"), None)],
    "tema": [(ExperienceKind, "themes", _count_themes, None)],
    "periode": [
        (ExperienceKind, "period_id", _count_attr("period_id"), None),
        (EventKind, "period_id", _count_attr("period_id"), None),
    ],
    "ar": [
        (ExperienceKind, "published_date", _count_attr("published_date"), _years),
        (EventKind, "start_date", _count_attr("start_date"), _years),
        (TopicKind, "created_at", _count_attr("created_at"), _years),
        (PostKind, "created_at", _count_attr("created_at"), _years),
    ],
}


def facet_counts(query, user, filters):
    """For each filter, the hits each value would give with the other filters kept."""
    counts = {}
    for name, sources in FACET_SOURCES.items():
        total = Counter()
        others = filters.without(name)
        for kind_class, field_name, count_here, mapper in sources:
            results = KINDS_BY_KEY[kind_class.key].search(query, user, others)
            if results is None:
                continue
            part = _facet(results, field_name, count_here)
            total.update(mapper(part) if mapper else part)
        counts[name] = total
    return counts


@dataclass
class Option:
    label: str
    value: str
    count: int
    selected: bool


def facet_options(counts, filters):
    """Turn raw counts into labelled options, most hits first; a selected value is always listed."""
    selected_ids = {
        "kommune": filters.kommune and filters.kommune.pk,
        "tema": filters.tema and filters.tema.pk,
        "periode": filters.periode and filters.periode.pk,
    }
    options = {}
    for name, model, value_of in (
        ("kommune", Municipality, lambda o: o.slug),
        ("tema", Theme, lambda o: o.slug),
        ("periode", ProgrammePeriod, lambda o: str(o.start_year)),
    ):
        ids = {pk for pk, n in counts[name].items() if n and pk is not None} | {selected_ids[name]} - {None}
        objects = model.objects.in_bulk(ids)
        options[name] = sorted(
            (
                Option(str(obj), value_of(obj), counts[name].get(pk, 0), pk == selected_ids[name])
                for pk, obj in objects.items()
            ),
            key=lambda o: (-o.count, o.label),
        )
    years = {y for y, n in counts["ar"].items() if n} | ({filters.ar} if filters.ar else set())
    options["ar"] = [
        Option(str(y), str(y), counts["ar"].get(y, 0), y == filters.ar) for y in sorted(years, reverse=True)
    ]
    return options


# The page -------------------------------------------------------------------------------------


@dataclass
class Group:
    kind: Kind
    count: int
    hits: list


@dataclass
class SearchOutcome:
    query: str
    kind: Kind | None
    total: int
    kind_counts: list  # (kind, count) for every kind, in display order
    groups: list  # for the all-kinds view
    page: object = None  # a paginator page of Hit, for the one-kind view
    facets: dict = field(default_factory=dict)
    suggestion: str | None = None


def run_search(query, user, filters, kind_key=None, page_number=None):
    """Everything the search page shows for one request."""
    kind = KINDS_BY_KEY.get(kind_key)
    results = {k.key: k.search(query, user, filters) for k in KINDS}
    kind_counts = [(k, results[k.key].count() if results[k.key] is not None else 0) for k in KINDS]
    outcome = SearchOutcome(
        query=query,
        kind=kind,
        total=sum(n for _k, n in kind_counts),
        kind_counts=kind_counts,
        groups=[],
        facets=facet_options(facet_counts(query, user, filters), filters),
    )
    if kind is not None:
        selected = results[kind.key]
        paginator = Paginator(selected if selected is not None else [], PER_PAGE)
        outcome.page = paginator.get_page(page_number)
        outcome.page.object_list = [kind.hit(obj, query) for obj in outcome.page.object_list]
    else:
        outcome.groups = [
            Group(k, n, [k.hit(obj, query) for obj in results[k.key][:PER_GROUP]])
            for k, n in kind_counts
            if n
        ]
    outcome.suggestion = suggest(query, has_hits=outcome.total > 0)
    return outcome


# Autocomplete ---------------------------------------------------------------------------------


def _autocomplete(queryset, query, limit):
    # The backend directly: not every model's queryset has the search mixin.
    backend = get_search_backend()
    try:
        try:
            return list(backend.autocomplete(query, queryset)[:limit])
        except NotImplementedError:  # a backend without autocomplete: whole-word search will do
            return list(backend.search(query, queryset)[:limit])
    except FilterFieldError:  # see Kind.search: nothing rather than too much
        logger.exception("autocomplete of %s cannot apply its filters", queryset.model.__name__)
        return []


def autocomplete(query, user, limit=8):
    """Titles and addresses that start with what the user has typed, for the header box."""
    query = query.strip()
    if len(query) < 2:
        return []
    items = []
    for page in _autocomplete(Page.objects.live().public().exclude(depth__lte=2).specific(), query, 5):
        items.append(
            {"title": page.title, "url": page.url, "type": str(page.specific_class._meta.verbose_name)}
        )
    for theme in _autocomplete(Theme.objects.all(), query, 2):
        url = reverse("experiences:theme", kwargs={"slug": theme.slug})
        items.append({"title": theme.name, "url": url, "type": str(_("tema"))})
    for topic in _autocomplete(Topic.objects.visible_to(user), query, 2):
        items.append({"title": topic.title, "url": topic.get_absolute_url(), "type": str(_("forumemne"))})
    return items[:limit]
