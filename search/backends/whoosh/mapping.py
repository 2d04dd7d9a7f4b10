"""How indexed Django models become Whoosh documents, and the schema that holds them.

All models share one index. Column names carry the label of the model that *defines* a field
(``wagtailcore_page__title``), so two models' ``status`` fields can never clash, and a page
subclass keeps the columns it inherits:

- ``t__<col>`` searchable text (Norwegian analysis, positions for phrases), one per SearchField
- ``a__<col>`` autocomplete prefixes, one per AutocompleteField
- ``f__<col>`` filter values (numbers, dates, exact strings), sortable when single-valued
- ``x_text`` all searchable text in one field, each part weighted by its field's boost (BM25F):
  what a search over all fields reads, one posting list per word instead of one per column
- ``x_head`` the names: title, and the names of what it is filed under (theme, municipality); a
  word there scores again on its own
- ``x_folded`` all text ASCII-folded, ``x_words`` all words unstemmed (suggestions, typos)
- ``x_id`` unique key ``<root model>:<pk>``, ``x_pk``, ``x_ct`` the model and its indexed ancestors,
  ``x_nulls`` the filter columns whose value is empty (for ``isnull``)
"""

import datetime
import decimal
import re
import uuid
from collections import defaultdict
from functools import cache

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from modelsearch.backends.base import get_model_root
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField, get_indexed_models
from whoosh import fields
from whoosh.formats import unstopped
from whoosh.system import pack_uint

from . import analysis

INT_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
    "BooleanField",
    "NullBooleanField",
}
FLOAT_TYPES = {"FloatField", "DecimalField"}
DATE_TYPES = {"DateField", "DateTimeField"}


class MultiID(fields.ID):
    """An exact-value field that also accepts a list of values (many-to-many filters)."""

    def index(self, value, **kwargs):
        if isinstance(value, (list, tuple, set)):
            seen = {}
            for item in value:
                for btext, freq, weight, vbytes in super().index(item, **kwargs):
                    seen.setdefault(btext, (btext, freq, weight, vbytes))
            return iter(sorted(seen.values()))
        return super().index(value, **kwargs)


class WeightedText(fields.TEXT):
    """One text field holding several weighted parts: ``[(text, boost), ...]``.

    A word's weight in a document is its frequency in each part times that part's boost, so BM25
    on this one field is BM25F over the document's fields (title counts double, and so on).
    No positions: phrases are matched in the ``t__`` columns.
    """

    def __init__(self, analyzer):
        super().__init__(analyzer=analyzer, phrase=False)

    def index(self, value, **kwargs):
        parts = [(value, 1.0)] if isinstance(value, str) else value
        freqs, weights = defaultdict(int), defaultdict(float)
        for text, boost in parts:
            for token in unstopped(self.analyzer(text, mode="index")):
                freqs[token.text] += 1
                weights[token.text] += boost
        for word, freq in freqs.items():
            yield word.encode("utf-8"), freq, weights[word], pack_uint(freq)


def model_label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def _prefix(model, field):
    definition = field.get_definition_model(model) or model
    return f"{definition._meta.app_label}_{definition._meta.model_name}__"


def text_column(model, field, related=None):
    """Column for a SearchField (``related`` = the RelatedFields entry it sits in, if any)."""
    if related is not None:
        return f"t__{_prefix(model, related)}{related.field_name}__{field.field_name}"
    return f"t__{_prefix(model, field)}{field.field_name}"


def autocomplete_column(model, field, related=None):
    if related is not None:
        return f"a__{_prefix(model, related)}{related.field_name}__{field.field_name}"
    return f"a__{_prefix(model, field)}{field.field_name}"


def filter_column(model, field_path):
    """Column for a filter path: zero or more RelatedFields followed by a FilterField."""
    *relations, field = field_path
    if relations:
        names = "__".join(r.field_name for r in relations)
        related_model = model
        for relation in relations:
            related_model = relation.get_field(related_model).related_model
        return f"f__{_prefix(model, relations[0])}{names}__{field.get_attname(related_model)}"
    return f"f__{_prefix(model, field)}{field.get_attname(model)}"


def _is_multi_valued(model, field):
    try:
        model_field = field.get_field(model)
    except Exception:
        return False
    return bool(model_field.many_to_many or model_field.one_to_many)


def filter_kind(model, field):
    internal = field.get_type(model)
    if internal in INT_TYPES:
        return "bool" if internal in ("BooleanField", "NullBooleanField") else "int"
    if internal in FLOAT_TYPES:
        return "float"
    if internal in DATE_TYPES:
        return "date"
    return "str"


def filter_field_type(kind, multi):
    sortable = not multi
    if kind in ("int", "bool"):
        return fields.NUMERIC(numtype=int, bits=64, signed=True, sortable=sortable)
    if kind == "float":
        return fields.NUMERIC(numtype=float, sortable=sortable)
    if kind == "date":
        return fields.DATETIME(sortable=sortable)
    return MultiID(sortable=sortable)


def _filter_entries(model, search_fields, path=(), multi=False):
    """Yield (column, kind, multi) for every filter column of ``model`` (recursing into relations)."""
    for field in search_fields:
        if isinstance(field, FilterField):
            target = model
            for relation in path:
                target = relation.get_field(target).related_model
            yield (
                filter_column(model, (*path, field)),
                filter_kind(target, field),
                multi or _is_multi_valued(target, field),
            )
        elif isinstance(field, RelatedFields):
            target = model
            for relation in path:
                target = relation.get_field(target).related_model
            yield from _filter_entries(
                model, field.fields, (*path, field), multi or _is_multi_valued(target, field)
            )


def _text_entries(model):
    """Yield (kind, column, boost) for text and autocomplete columns of ``model``."""
    for field in model.get_search_fields():
        if isinstance(field, SearchField):
            yield "t", text_column(model, field), field.boost or 1.0
        elif isinstance(field, AutocompleteField):
            yield "a", autocomplete_column(model, field), 1.0
        elif isinstance(field, RelatedFields):
            for sub in field.fields:
                if isinstance(sub, SearchField):
                    yield "t", text_column(model, sub, field), sub.boost or 1.0
                elif isinstance(sub, AutocompleteField):
                    yield "a", autocomplete_column(model, sub, field), 1.0


@cache
def filter_columns(model):
    """{column: (kind, multi)} for ``model``."""
    return {col: (kind, multi) for col, kind, multi in _filter_entries(model, model.get_search_fields())}


def _subclasses(model):
    return [m for m in get_indexed_models() if issubclass(m, model)]


@cache
def search_columns(model, kind="t"):
    """[(column, boost)] searched for ``model``: its own fields and those of indexed subclasses."""
    columns = {}
    for m in _subclasses(model) or [model]:
        for entry_kind, column, boost in _text_entries(m):
            if entry_kind == kind:
                columns[column] = max(boost, columns.get(column, 0))
    return sorted(columns.items())


def named_columns(model, field_names, kind="t"):
    """Columns of the SearchFields (or AutocompleteFields) named in ``field_names``."""
    wanted = set(field_names)
    found = {}
    for field in model.get_search_fields():
        if field.field_name not in wanted:
            continue
        if kind == "t" and isinstance(field, SearchField):
            found[text_column(model, field)] = field.boost or 1.0
        elif kind == "a" and isinstance(field, AutocompleteField):
            found[autocomplete_column(model, field)] = 1.0
    return sorted(found.items())


def base_schema():
    """The fields every index has, whatever the models: keys, content types and the whole-text fields."""
    return fields.Schema(
        x_id=fields.ID(unique=True, stored=True),
        x_pk=fields.ID(stored=True),
        x_ct=fields.KEYWORD(lowercase=False, scorable=False),
        x_nulls=fields.KEYWORD(lowercase=False, scorable=False),
        x_text=WeightedText(analyzer=analysis.norwegian_analyzer()),
        x_head=fields.TEXT(analyzer=analysis.norwegian_analyzer(), phrase=False),
        x_folded=fields.TEXT(analyzer=analysis.folded_analyzer(), phrase=False),
        x_words=fields.TEXT(analyzer=analysis.words_analyzer(), phrase=False, spelling=True),
    )


#: Search fields that name the object or what it is filed under: a page's title, a theme's name,
#: and through RelatedFields the name of an experience's themes and municipality. BM25F lets a
#: word's weight saturate across fields, so a match there alone would barely outrank a long text
#: that repeats the word; scoring the names again, in their own field, keeps "the word is in the
#: title" the strong signal people expect.
HEADLINE_FIELDS = frozenset({"title", "name"})


def text_field():
    """A ``t__`` column: Norwegian analysis with positions, for phrases and field-restricted search."""
    return fields.TEXT(analyzer=analysis.norwegian_analyzer(), phrase=True)


def build_schema():
    """The schema for every indexed model currently installed."""
    schema = base_schema()
    for model in get_indexed_models():
        for kind, column, _boost in _text_entries(model):
            if column in schema:
                continue
            if kind == "t":
                schema.add(column, text_field())
            else:
                schema.add(column, fields.TEXT(analyzer=analysis.autocomplete_analyzer(), phrase=False))
        for column, (kind, multi) in filter_columns(model).items():
            if column not in schema:
                schema.add(column, filter_field_type(kind, multi))
    return schema


def object_key(obj):
    return f"{model_label(get_model_root(type(obj)))}:{obj.pk}"


def content_types(model):
    labels = [model_label(model)]
    parent = model.indexed_get_parent()
    while parent is not None:
        labels.append(model_label(parent))
        parent = parent.indexed_get_parent()
    return labels


_SPACE = re.compile(r"\s+")


def text_value(value):
    """Flatten a search field's value (strings, StreamField content lists, rich text) to plain text."""
    if value is None:
        return ""
    if isinstance(value, (models.Manager, models.QuerySet)) or callable(getattr(value, "all", None)):
        value = [str(v) for v in value.all()]
    if isinstance(value, (list, tuple, set)):
        return " ".join(text_value(v) for v in value)
    text = str(value)
    if "<" in text:
        text = strip_tags(text)
    return _SPACE.sub(" ", text).strip()


def filter_value(value, kind):
    """Convert a Python/Django value to what the filter column of ``kind`` stores and queries."""
    if isinstance(value, models.Model):
        value = value.pk
    if value is None:
        return None
    if kind in ("int", "bool"):
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "date":
        if isinstance(value, str):
            value = datetime.datetime.fromisoformat(value)
        if isinstance(value, datetime.datetime):
            if timezone.is_aware(value):
                value = timezone.make_naive(value, datetime.UTC)
            return value
        if isinstance(value, datetime.date):
            return datetime.datetime(value.year, value.month, value.day)
        return value
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    return str(value)


def unconvert(value, kind):
    """A filter column value back to a Python value, for facets."""
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    return value


def _field_value(field, obj):
    try:
        return field.get_value(obj)
    except Exception:  # a broken method/property on one object must not stop indexing it
        return None


def _add_text(doc, column, text):
    if text:
        doc[column] = f"{doc[column]} {text}" if column in doc else text


def _add_filter(doc, nulls, column, kind, multi, value):
    if multi or isinstance(value, (models.Manager, models.QuerySet, list, tuple, set)):
        if isinstance(value, (models.Manager, models.QuerySet)):
            value = list(value.all())
        items = value if isinstance(value, (list, tuple, set)) else [value]
        items = [filter_value(v, kind) for v in items]
        items = [v for v in items if v is not None]
        if not items:
            nulls.add(column)
            return
        existing = doc.get(column, [])
        doc[column] = list(dict.fromkeys([*existing, *items]))
        return
    converted = filter_value(value, kind)
    if converted is None:
        nulls.add(column)
    else:
        doc[column] = converted


def _related_objects(value):
    if value is None:
        return []
    if isinstance(value, (models.Manager, models.QuerySet)) or callable(getattr(value, "all", None)):
        # includes modelcluster's deferring managers, which are not Manager subclasses
        return list(value.all())
    if isinstance(value, (list, tuple, set)):
        return list(value)
    return [value]


def document(obj):
    """The Whoosh document (a dict of column → value) for one model instance."""
    model = type(obj)
    columns = filter_columns(model)
    doc = {"x_id": object_key(obj), "x_pk": str(obj.pk), "x_ct": " ".join(content_types(model))}
    nulls = set()
    texts = []  # (text, boost) of every SearchField

    def walk(search_fields, target, path):
        for field in search_fields:
            if isinstance(field, RelatedFields):
                related = _related_objects(field.get_value(target))
                if not related:
                    for sub in field.fields:
                        if isinstance(sub, FilterField):
                            nulls.add(filter_column(model, (*path, field, sub)))
                for item in related:
                    walk(field.fields, item, (*path, field))
                continue
            value = _field_value(field, target)
            relation = path[0] if path else None
            if isinstance(field, SearchField):
                text = text_value(value)
                _add_text(doc, text_column(model, field, relation), text)
                if text:
                    texts.append((text, field.boost or 1.0))
                    if field.field_name in HEADLINE_FIELDS:
                        _add_text(doc, "x_head", text)
            elif isinstance(field, AutocompleteField):
                _add_text(doc, autocomplete_column(model, field, relation), text_value(value))
            elif isinstance(field, FilterField):
                column = filter_column(model, (*path, field))
                kind, multi = columns.get(column, ("str", False))
                _add_filter(doc, nulls, column, kind, multi, value)

    walk(model.get_search_fields(), obj, ())
    if texts:
        all_text = " ".join(text for text, _boost in texts)
        doc["x_text"] = texts
        doc["x_folded"] = all_text
        doc["x_words"] = all_text
    if nulls:
        doc["x_nulls"] = " ".join(sorted(nulls))
    return doc
