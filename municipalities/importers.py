"""Import indicator values from CSV or from Statistics Norway's JSON-stat2 (PxWebApi).

Both formats are read into the same rows, checked in full, and written in one transaction:
a file with a single bad row imports nothing, and the report names every bad row with its
line (CSV) or cell (JSON-stat2) and the reason.

CSV columns (semicolon or comma separated, UTF-8, header row required; decimal comma allowed):

    kommunenummer;år;indikator;verdi[;antall][;innbyggere]

`kommunenummer` 0000 (or «0», «Hele landet») is the national figure. Old numbers are mapped
to the municipality that had the number in the value's year, so Ålesund's 1504 for 2015
lands on today's Ålesund.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Indicator, IndicatorValue, Municipality

NATIONAL_CODES = {"0", "00", "0000", "hele landet", "landet", "k-0", "k-0000", "eak"}
REQUIRED_COLUMNS = ["kommunenummer", "år", "indikator", "verdi"]
COLUMN_ALIASES = {"aar": "år", "ar": "år", "year": "år", "kommunenr": "kommunenummer", "knr": "kommunenummer"}
MAX_ERRORS_SHOWN = 200


@dataclass
class RowError:
    where: str  # "linje 4" or "celle 7 (Region=K-1504, Tid=2015)"
    reason: str

    def __str__(self):
        return f"{self.where}: {self.reason}"


@dataclass
class Row:
    where: str
    number: str
    year: int
    indicator: str
    value: float
    count: float | None = None
    population: float | None = None


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


class IndicatorImportError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors[:MAX_ERRORS_SHOWN]))


def _number(text):
    """A float from '12,5', '12.5' or '1 234,5'; None for empty or SSB's missing-value marks."""
    text = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if text in {"", ".", "..", "...", ":", "-"}:
        return None
    return float(text.replace(",", "."))


def _kommunenummer(text):
    code = str(text).strip()
    if code.lower() in NATIONAL_CODES:
        return "0000"
    if code.upper().startswith("K-"):
        code = code[2:]
    if not code.isdigit() or len(code) > 4:
        raise ValueError(_("ugyldig kommunenummer «%(code)s»") % {"code": text})
    return code.zfill(4)


def _year(text):
    year = int(str(text).strip()[:4])
    if not 1900 <= year <= 2100:
        raise ValueError
    return year


# --- reading ---------------------------------------------------------------------------------


def read_csv(text):
    """Rows and errors from CSV text."""
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows, errors = [], []
    header = None
    for record in reader:
        line_no = reader.line_num  # the physical line, also after quoted line breaks
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [COLUMN_ALIASES.get(c.strip().lower(), c.strip().lower()) for c in record]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                errors.append(
                    RowError(
                        _("linje %(line)s") % {"line": line_no},
                        _("mangler kolonne: %(cols)s") % {"cols": ", ".join(missing)},
                    )
                )
                return rows, errors
            continue
        where = _("linje %(line)s") % {"line": line_no}
        if len(record) != len(header):
            errors.append(
                RowError(
                    where,
                    _("har %(got)s felt, overskriften har %(want)s")
                    % {"got": len(record), "want": len(header)},
                )
            )
            continue
        cells = dict(zip(header, record, strict=True))
        row, reason = _row_from_cells(where, cells)
        if reason:
            errors.append(RowError(where, reason))
        elif row:
            rows.append(row)
    if header is None:
        errors.append(RowError(_("linje 1"), _("filen er tom")))
    return rows, errors


def _row_from_cells(where, cells):
    try:
        number = _kommunenummer(cells["kommunenummer"])
    except ValueError as exc:
        return None, str(exc)
    try:
        year = _year(cells["år"])
    except ValueError:
        return None, _("ugyldig år «%(year)s»") % {"year": cells["år"]}
    code = cells["indikator"].strip()
    if not code:
        return None, _("mangler indikator")
    try:
        value = _number(cells["verdi"])
        count = _number(cells.get("antall", ""))
        population = _number(cells.get("innbyggere", ""))
    except ValueError:
        return None, _("verdien er ikke et tall: «%(value)s»") % {"value": cells["verdi"]}
    if value is None:
        return None, _("mangler verdi")
    return Row(where, number, year, code, value, count, population), None


def read_jsonstat(text):
    """Rows and errors from a JSON-stat2 dataset (SSB PxWebApi v2 `outputFormat=json-stat2`)."""
    errors = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [RowError(_("linje %(line)s") % {"line": exc.lineno}, _("ikke gyldig JSON: %s") % exc.msg)]
    if not isinstance(data, dict) or data.get("class") != "dataset":
        return [], [RowError(_("datasett"), _("ikke et JSON-stat2-datasett (class = «dataset» mangler)"))]
    ids, sizes, dims = data.get("id"), data.get("size"), data.get("dimension")
    if not (isinstance(ids, list) and isinstance(sizes, list) and isinstance(dims, dict)) or len(ids) != len(
        sizes
    ):
        return [], [RowError(_("datasett"), _("«id», «size» og «dimension» mangler eller stemmer ikke"))]
    roles = {}
    for name in ids:
        key = name.lower()
        if key in {"region", "kommunenr", "kommune"}:
            roles["region"] = name
        elif key in {"tid", "time", "år"}:
            roles["time"] = name
        elif key in {"contentscode", "statistikkvariabel"}:
            roles["content"] = name
    role_meta = data.get("role") or {}
    for role, key in (("time", "time"), ("geo", "region"), ("metric", "content")):
        if key not in roles and role_meta.get(role):
            roles[key] = role_meta[role][0]
    missing = [r for r in ("region", "time", "content") if r not in roles]
    if missing:
        names = {"region": "Region", "time": "Tid", "content": "ContentsCode"}
        return [], [
            RowError(_("datasett"), _("mangler dimensjon: %s") % ", ".join(names[m] for m in missing))
        ]
    codes = []
    for name, size in zip(ids, sizes, strict=True):
        index = (dims.get(name) or {}).get("category", {}).get("index")
        if isinstance(index, dict):
            ordered = sorted(index, key=index.get)
        elif isinstance(index, list):
            ordered = index
        else:
            return [], [RowError(_("dimensjon %s") % name, _("mangler category.index"))]
        if len(ordered) != size:
            return [], [RowError(_("dimensjon %s") % name, _("size stemmer ikke med antall kategorier"))]
        if size != 1 and name not in roles.values():
            return [], [
                RowError(_("dimensjon %s") % name, _("ekstra dimensjon med flere verdier kan ikke tolkes"))
            ]
        codes.append(ordered)
    total = 1
    for size in sizes:
        total *= size
    values = data.get("value")
    if isinstance(values, dict):  # sparse form: {"index": value}
        values = [values.get(str(i)) for i in range(total)]
    if not isinstance(values, list) or len(values) != total:
        return [], [RowError(_("value"), _("har ikke %(n)s verdier (produktet av size)") % {"n": total})]

    rows = []
    positions = {role: ids.index(name) for role, name in roles.items()}
    for cell, value in enumerate(values):
        # Row-major order: the last dimension in `id` varies fastest.
        picked, rest = [], cell
        for size in reversed(sizes):
            picked.append(rest % size)
            rest //= size
        picked.reverse()
        region = codes[positions["region"]][picked[positions["region"]]]
        time = codes[positions["time"]][picked[positions["time"]]]
        content = codes[positions["content"]][picked[positions["content"]]]
        where = _("celle %(n)s (Region=%(r)s, Tid=%(t)s, ContentsCode=%(c)s)") % {
            "n": cell,
            "r": region,
            "t": time,
            "c": content,
        }
        if value is None:
            continue  # SSB leaves suppressed or missing figures empty; that is not an error
        if not isinstance(value, int | float) or isinstance(value, bool):
            errors.append(RowError(where, _("verdien er ikke et tall: «%(value)s»") % {"value": value}))
            continue
        try:
            number = _kommunenummer(region)
        except ValueError as exc:
            errors.append(RowError(where, str(exc)))
            continue
        try:
            year = _year(time)
        except ValueError:
            errors.append(RowError(where, _("ugyldig år «%(year)s»") % {"year": time}))
            continue
        rows.append(Row(where, number, year, content, float(value)))
    return rows, errors


# --- resolving and writing -------------------------------------------------------------------


class MunicipalityResolver:
    """Map (kommunenummer, year) to today's municipality, using each number's validity period."""

    def __init__(self):
        self.by_number = {}
        for municipality in Municipality.objects.prefetch_related("numbers"):
            for n in municipality.numbers.all():
                self.by_number.setdefault(n.number, []).append((n, municipality))

    def resolve(self, number, year):
        candidates = self.by_number.get(number, [])
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        in_year = {
            m.pk: m
            for n, m in candidates
            if n.valid_from <= end and (n.valid_to is None or n.valid_to >= start)
        }
        if len(in_year) == 1:
            return next(iter(in_year.values())), None
        if len(in_year) > 1:
            return None, _("kommunenummer %(n)s var brukt av flere kommuner i %(y)s") % {
                "n": number,
                "y": year,
            }
        # Statistics are often republished on a later geography (e.g. 1507 for 2015).
        anywhere = {m.pk: m for _n, m in candidates}
        if len(anywhere) == 1:
            return next(iter(anywhere.values())), None
        if anywhere:
            return None, _("kommunenummer %(n)s var ikke i bruk i %(y)s og kan ikke knyttes entydig") % {
                "n": number,
                "y": year,
            }
        return None, _("ukjent kommunenummer %(n)s") % {"n": number}


def _find_indicators():
    indicators = {}
    for indicator in Indicator.objects.all():
        indicators[indicator.code.lower()] = indicator
    return indicators


def import_rows(rows, errors=None, *, illustrative=False, progress=None):
    """Check every row, then write all of them in one transaction, or nothing.

    `progress` wraps an iterable (e.g. tqdm) to show how far the write has come.
    Raises IndicatorImportError with every problem found.
    """
    errors = list(errors or [])
    indicators = _find_indicators()
    resolver = MunicipalityResolver()
    resolved = {}
    for row in rows:
        indicator = indicators.get(row.indicator.lower())
        if indicator is None:
            errors.append(RowError(row.where, _("ukjent indikator «%(code)s»") % {"code": row.indicator}))
            continue
        municipality = None
        if row.number != "0000":
            municipality, reason = resolver.resolve(row.number, row.year)
            if reason:
                errors.append(RowError(row.where, reason))
                continue
        key = (indicator.pk, municipality.pk if municipality else None, row.year)
        if key in resolved:
            errors.append(
                RowError(
                    row.where,
                    _("samme indikator, kommune og år som %(other)s") % {"other": resolved[key][0].where},
                )
            )
            continue
        resolved[key] = (row, indicator, municipality)
    if errors:
        raise IndicatorImportError(errors)
    if not resolved:
        raise IndicatorImportError([RowError(_("fil"), _("ingen verdier å importere"))])

    result = ImportResult()
    existing = {
        (v.indicator_id, v.municipality_id, v.year): v
        for v in IndicatorValue.objects.filter(indicator__in={i for _r, i, _m in resolved.values()})
    }
    now = timezone.now()
    to_create, replaced = [], []
    items = resolved.items()
    for key, (row, indicator, municipality) in progress(items) if progress else items:
        current = existing.get(key)
        if current is not None:
            replaced.append(current.pk)
        to_create.append(
            IndicatorValue(
                indicator=indicator,
                municipality=municipality,
                year=row.year,
                value=row.value,
                count=row.count,
                population=row.population,
                is_illustrative=illustrative,
                imported_at=now,
            )
        )
    # Nothing refers to a value row, so replacing is safe, and far faster than bulk_update.
    with transaction.atomic():
        for start in range(0, len(replaced), 500):
            IndicatorValue.objects.filter(pk__in=replaced[start : start + 500]).delete()
        IndicatorValue.objects.bulk_create(to_create, batch_size=500)
    result.created, result.updated = len(to_create) - len(replaced), len(replaced)
    return result


def detect_format(name, text):
    if name.lower().endswith((".json", ".jsonstat", ".json-stat")) or text.lstrip().startswith("{"):
        return "jsonstat"
    return "csv"


def import_text(text, fmt="csv", *, illustrative=False, progress=None):
    """Read, check and import one file's text. Raises IndicatorImportError on any bad row."""
    reader = read_jsonstat if fmt == "jsonstat" else read_csv
    rows, errors = reader(text)
    return import_rows(rows, errors, illustrative=illustrative, progress=progress)
