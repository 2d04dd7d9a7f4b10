"""The indicator tool's arithmetic: rank a region's municipalities by a weighted composite score.

For each indicator with a weight above zero, the region's values for the year are standardised
(z = (value − mean) / standard deviation, population standard deviation over the municipalities
that have a value), turned by the indicator's direction so that a positive z always means a
larger challenge, and averaged with the weights. A municipality missing a value is scored on
the indicators it has (the weights of those are renormalised). Higher score = larger challenge.
"""

import math
from dataclasses import dataclass, field

from django.db.models import Q

from .models import Indicator, IndicatorValue, Municipality


@dataclass
class Cell:
    value: IndicatorValue | None
    z: float | None = None  # standardised, direction applied

    @property
    def per_thousand(self):
        v = self.value
        if v is None or v.count is None or not v.population:
            return None
        return v.count / v.population * 1000


@dataclass
class Column:
    indicator: Indicator
    weight: float
    regional_average: float | None = None
    national: IndicatorValue | None = None
    mean: float | None = None
    sd: float | None = None


@dataclass
class RankRow:
    municipality: Municipality
    score: float | None
    cells: list
    rank: int | None = None
    in_programme: bool = False


@dataclass
class Ranking:
    region: str
    year: int
    columns: list
    rows: list = field(default_factory=list)
    illustrative: bool = False

    @property
    def weighted_columns(self):
        return [c for c in self.columns if c.weight > 0]


def standardise(values):
    """Mean, population standard deviation and z per key for {key: number}."""
    if not values:
        return None, None, {}
    n = len(values)
    mean = sum(values.values()) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values.values()) / n)
    # All equal: nobody stands out, so the indicator does not move the ranking.
    z = {k: ((v - mean) / sd if sd > 0 else 0.0) for k, v in values.items()}
    return mean, sd, z


def rank(region, year, weights, indicators=None):
    """Rank the municipalities of `region` for `year`; `weights` maps indicator code to weight."""
    indicators = list(indicators if indicators is not None else Indicator.objects.all())
    municipalities = list(
        Municipality.objects.filter(region=region).prefetch_related("numbers").order_by("name")
    )
    in_programme = set(
        Municipality.objects.filter(region=region)
        .filter(memberships__period__region=region)
        .values_list("pk", flat=True)
    )
    values = IndicatorValue.objects.filter(year=year, indicator__in=indicators).filter(
        Q(municipality__in=municipalities) | Q(municipality__isnull=True)
    )
    by_key = {}
    national = {}
    illustrative = False
    for v in values:
        if v.municipality_id is None:
            national[v.indicator_id] = v
        else:
            by_key[(v.indicator_id, v.municipality_id)] = v
        illustrative = illustrative or v.is_illustrative

    columns = []
    z_by_column = []
    for indicator in indicators:
        weight = max(float(weights.get(indicator.code, 0) or 0), 0.0)
        raw = {
            m.pk: by_key[(indicator.pk, m.pk)].value for m in municipalities if (indicator.pk, m.pk) in by_key
        }
        mean, sd, z = standardise(raw)
        columns.append(
            Column(
                indicator=indicator,
                weight=weight,
                regional_average=mean,
                national=national.get(indicator.pk),
                mean=mean,
                sd=sd,
            )
        )
        z_by_column.append({k: indicator.direction * v for k, v in z.items()})

    rows = []
    for m in municipalities:
        cells, total, weight_sum = [], 0.0, 0.0
        for column, z in zip(columns, z_by_column, strict=True):
            cell = Cell(by_key.get((column.indicator.pk, m.pk)), z.get(m.pk))
            cells.append(cell)
            if column.weight > 0 and cell.z is not None:
                total += column.weight * cell.z
                weight_sum += column.weight
        score = total / weight_sum if weight_sum else None
        rows.append(RankRow(m, score, cells, in_programme=m.pk in in_programme))
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0), r.municipality.name))
    for position, row in enumerate(rows, start=1):
        row.rank = position if row.score is not None else None
    return Ranking(region=region, year=year, columns=columns, rows=rows, illustrative=illustrative)


def available_years():
    return list(
        IndicatorValue.objects.for_municipalities()
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def available_regions():
    return list(
        Municipality.objects.exclude(region="").order_by("region").values_list("region", flat=True).distinct()
    )


def profile(municipality):
    """The municipality's row in its region's default ranking for its latest year with data, or None."""
    years = list(
        municipality.indicator_values.order_by("-year").values_list("year", flat=True).distinct()[:1]
    )
    if not years or not municipality.region:
        return None
    indicators = list(Indicator.objects.all())
    result = rank(municipality.region, years[0], {i.code: i.default_weight for i in indicators}, indicators)
    row = next((r for r in result.rows if r.municipality.pk == municipality.pk), None)
    if row is None:
        return None
    return {
        "ranking": result,
        "row": row,
        "items": list(zip(result.columns, row.cells, strict=True)),
        "ranked_count": sum(1 for r in result.rows if r.rank),
        "year": years[0],
    }
