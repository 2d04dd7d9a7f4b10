"""Illustrative indicator values for the indicator tool's demo.

None of these figures are published statistics: they are generated so that the tool has
something to rank, every value is stored with is_illustrative=True, and the interface says so.
The numbers go through the real importer, with each year's kommunenummer (Ålesund 1504 in
2012, 1507 in 2020), so the demo also shows old numbers landing on today's municipality.
"""

import datetime
import hashlib

from municipalities.importers import Row, import_rows
from municipalities.models import Direction, Indicator, IndicatorCategory, IndicatorValue, Municipality

YEARS = [2012, 2016, 2020]

# code, name, category, unit, count label, direction, default weight, national base, spread, definition
INDICATORS = [
    (
        "lavinntekt",
        "Personer i husholdninger med vedvarende lavinntekt",
        IndicatorCategory.POPULATION,
        "prosent",
        "",
        Direction.HIGHER_IS_WORSE,
        8.5,
        3.0,
        "Andel av befolkningen som bor i husholdninger med inntekt under 60 prosent av medianinntekten "
        "i tre år på rad (EU-skala).",
    ),
    (
        "befolkningsvekst",
        "Befolkningsvekst siste fem år",
        IndicatorCategory.GROWTH,
        "prosent",
        "",
        Direction.HIGHER_IS_WORSE,
        5.5,
        4.0,
        "Endring i folketallet de siste fem årene i prosent. Rask vekst gir press på boligmarkedet.",
    ),
    (
        "bostotte",
        "Husstander med bostøtte",
        IndicatorCategory.FINANCE,
        "per 1 000 innbyggere",
        "husstander",
        Direction.HIGHER_IS_WORSE,
        22.0,
        8.0,
        "Husstander som fikk statlig bostøtte i desember, per 1 000 innbyggere.",
    ),
    (
        "startlan",
        "Startlån",
        IndicatorCategory.FINANCE,
        "per 1 000 innbyggere",
        "lån",
        Direction.HIGHER_IS_BETTER,
        2.2,
        1.2,
        "Startlån innvilget av kommunen i løpet av året, per 1 000 innbyggere. Aktiv bruk av startlån "
        "hjelper flere fra leie til eie.",
    ),
    (
        "kommunale-boliger",
        "Kommunalt disponerte boliger",
        IndicatorCategory.ACTIVITY,
        "per 1 000 innbyggere",
        "boliger",
        Direction.HIGHER_IS_BETTER,
        20.0,
        7.0,
        "Boliger kommunen eier eller leier og tildeler til vanskeligstilte, per 1 000 innbyggere.",
    ),
    (
        "boligpris",
        "Kvadratmeterpris for brukte boliger",
        IndicatorCategory.HOUSING,
        "kroner",
        "",
        Direction.HIGHER_IS_WORSE,
        30000.0,
        12000.0,
        "Gjennomsnittlig pris per kvadratmeter for omsatte brukte boliger.",
    ),
]

# Round, illustrative populations: the denominators for the per-1,000 indicators.
POPULATION = {
    "trondheim": 180000,
    "alesund": 45000,
    "molde": 26000,
    "kristiansund": 24000,
    "melhus": 16000,
    "stjordal": 23000,
    "verdal": 14500,
    "levanger": 19500,
    "steinkjer": 22000,
    "namsos": 13000,
    "malvik": 13500,
    "volda": 9000,
}

SOURCE = "Illustrative tall laget for demoen (ikke publisert statistikk)"


def _fraction(*parts):
    """A stable number in [-1, 1) from the parts, so every demo load gives the same figures."""
    digest = hashlib.sha256("/".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**31 - 1


def load(log):
    for position, (code, name, category, unit, count_label, direction, *_rest, definition) in enumerate(
        INDICATORS
    ):
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "category": category,
                "unit": unit,
                "count_label": count_label,
                "direction": direction,
                "definition": definition,
                "source": SOURCE,
                "position": position,
            },
        )
    if IndicatorValue.objects.exists():
        return
    municipalities = list(Municipality.objects.filter(slug__in=POPULATION).prefetch_related("numbers"))
    rows = []
    for code, _name, _category, _unit, count_label, _direction, base, spread, _definition in INDICATORS:
        for year in YEARS:
            drift = 1 + (year - YEARS[0]) * 0.01
            rows.append(Row(f"{code} {year} landet", "0000", year, code, round(base * drift, 1)))
            for municipality in municipalities:
                value = round(max(base * drift + spread * _fraction(code, municipality.slug, year), 0.1), 1)
                count = population = None
                if count_label:
                    population = POPULATION[municipality.slug]
                    count = round(value * population / 1000)
                    value = round(count / population * 1000, 1)
                number = municipality.number_on(datetime.date(year, 7, 1))
                rows.append(Row(f"{code} {year} {number}", number, year, code, value, count, population))
    result = import_rows(rows, illustrative=True)
    log(f"  {result.created} illustrative indikatorverdier")
