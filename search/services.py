"""Search orchestration for the search page: one query over every content type."""

import logging
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.base import FilterFieldError
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from experiences.models import Theme
from forums.models import Topic

from .facets import facet_counts, facet_options
from .kinds import KINDS, KINDS_BY_KEY, Kind
from .text import suggest

logger = logging.getLogger(__name__)

PER_PAGE = 10
PER_GROUP = 3  # hits shown per kind when all kinds are listed together


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
        url = reverse("portal:theme", kwargs={"slug": theme.slug})
        items.append({"title": theme.name, "url": url, "type": str(_("tema"))})
    for topic in _autocomplete(Topic.objects.visible_to(user), query, 2):
        items.append({"title": topic.title, "url": topic.get_absolute_url(), "type": str(_("forumemne"))})
    return items[:limit]
