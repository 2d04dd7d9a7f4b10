"""Filters, counts, sorting and pagination for the experiences index.

Every filter is a plain link (?tema=..&kommune=..&periode=..&aar=..&sorter=..&side=..), so the
page works without JavaScript. Each facet's counts come from one aggregate query over the
experiences that match the *other* filters, so a visitor sees how many results a click gives.
The number of queries is the same however many experiences there are.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

PAGE_SIZE = 20

SORTS = {
    "nyeste": (_("Nyeste først"), ["-published_date", "-pk"]),
    "eldste": (_("Eldste først"), ["published_date", "pk"]),
    "tittel": (_("Tittel (A–Å)"), ["title", "pk"]),
}
DEFAULT_SORT = "nyeste"

# query-string parameter -> (facet heading, lookup used to filter)
FACETS = {
    "tema": (_("Tema"), "themes__slug"),
    "kommune": (_("Kommune"), "municipality__slug"),
    "periode": (_("Programperiode"), "period__start_year"),
    "aar": (_("År"), "year"),
}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    url: str
    selected: bool


@dataclass
class Facet:
    param: str
    heading: str
    values: list = field(default_factory=list)
    clear_url: str = ""

    @property
    def selected(self):
        return next((v for v in self.values if v.selected), None)


class ExperienceFilter:
    """Reads the query string, narrows the experiences and describes the facets for the template."""

    def __init__(self, queryset, params, base_url=""):
        self.base_url = base_url
        self.params = {}
        for param in FACETS:
            value = (params.get(param) or "").strip()
            if value and (param not in ("periode", "aar") or value.isdigit()):
                self.params[param] = value
        sort = params.get("sorter") or DEFAULT_SORT
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self.page_number = params.get("side") or 1
        self.base = queryset.annotate(year=ExtractYear("published_date"))

    # -- query string ---------------------------------------------------------------------

    def url(self, **changes):
        """This page's address with some parameters changed (None removes one); back to page 1."""
        params = dict(self.params, sorter=self.sort if self.sort != DEFAULT_SORT else None)
        params.update(changes)
        order = [*FACETS, "sorter", "side"]
        query = urlencode([(key, params[key]) for key in order if params.get(key) not in (None, "")])
        return f"{self.base_url}?{query}" if query else self.base_url or "?"

    # -- querysets ----------------------------------------------------------------------

    def _filtered(self, skip=None):
        qs = self.base
        for param, value in self.params.items():
            if param != skip:
                qs = qs.filter(**{FACETS[param][1]: value})
        return qs

    @property
    def results(self):
        return self._filtered().order_by(*SORTS[self.sort][1])

    def page(self):
        """One page of results, with municipality and themes loaded in two queries."""
        qs = self.results.select_related("municipality", "period").prefetch_related("themes")
        paginator = Paginator(qs, PAGE_SIZE)
        try:
            return paginator.page(self.page_number)
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def page_url(self, number):
        return self.url(side=number if number != 1 else None)

    # -- facets -------------------------------------------------------------------------

    def facets(self):
        rows = {
            "tema": self._counts("tema", "themes__slug", "themes__name", order="themes__name"),
            "kommune": self._counts(
                "kommune", "municipality__slug", "municipality__name", order="municipality__name"
            ),
            "periode": self._counts("periode", "period__start_year", "period__end_year"),
            "aar": self._counts("aar", "year", order="-year"),
        }
        facets = []
        for param, (heading, _lookup) in FACETS.items():
            facet = Facet(param=param, heading=heading, clear_url=self.url(**{param: None}))
            for value, label, count in rows[param]:
                value = str(value)
                if param == "periode":
                    label = f"{value}–{label}"
                facet.values.append(
                    FacetValue(
                        value=value,
                        label=str(label),
                        count=count,
                        url=self.url(**{param: value}),
                        selected=self.params.get(param) == value,
                    )
                )
            facets.append(facet)
        return facets

    def _counts(self, param, value_field, label_field=None, order=None):
        """(value, label, count) for one facet, in one aggregate query."""
        fields = [value_field] + ([label_field] if label_field else [])
        qs = (
            self._filtered(skip=param)
            .exclude(**{f"{value_field}__isnull": True})
            .values(*fields)
            .annotate(n=Count("pk", distinct=True))
            .order_by(order or value_field)
        )
        return [
            (row[value_field], row[label_field] if label_field else row[value_field], row["n"]) for row in qs
        ]

    def sort_options(self):
        return [
            {"value": key, "label": label, "url": self.url(sorter=key), "selected": key == self.sort}
            for key, (label, _order) in SORTS.items()
        ]

    @property
    def active(self):
        return bool(self.params)
