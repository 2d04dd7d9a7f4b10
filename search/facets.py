"""Facets of the search page: for each filter, how many hits each value would give."""

import datetime
import logging
from collections import Counter
from dataclasses import dataclass

from django.utils.timezone import get_current_timezone

from experiences.models import ExperiencePage, Theme
from municipalities.models import Municipality, ProgrammePeriod

from .kinds import KINDS_BY_KEY, EventKind, ExperienceKind, PostKind, TopicKind

logger = logging.getLogger(__name__)

FACET_SCAN_LIMIT = 1000  # hits read to count facets when the backend cannot facet itself


def _local_year(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(get_current_timezone()).year
    return value.year if value else None


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
    "aar": [
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
    years = {y for y, n in counts["aar"].items() if n} | ({filters.aar} if filters.aar else set())
    options["aar"] = [
        Option(str(y), str(y), counts["aar"].get(y, 0), y == filters.aar) for y in sorted(years, reverse=True)
    ]
    return options
