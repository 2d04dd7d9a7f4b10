"""Translate modelsearch queries and queryset filters into Whoosh queries."""

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Subquery
from django.db.models.sql import Query
from django.db.models.sql.constants import MULTI, SINGLE
from modelsearch.backends.base import BaseSearchQueryCompiler
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import query as wq
from whoosh import sorting

from . import analysis
from .analysis import AUTOCOMPLETE_MAX
from .mapping import (
    filter_column,
    filter_columns,
    filter_value,
    model_label,
    named_columns,
    search_columns,
)

#: Weight of the ASCII-folded catch-all field against the real (unfolded) fields.
FOLDED_BOOST = 0.3
#: Weight of a word found in the headline (on top of its weight in the whole text).
HEADLINE_BOOST = 2.0
#: Weight of a bokmål/nynorsk synonym against the word as typed.
SYNONYM_BOOST = 0.8
#: Weight of a one-letter typo correction against the word as typed.
TYPO_BOOST = 0.5
#: Typos are only corrected in words at least this long, and only if the word is unknown.
TYPO_MIN_LENGTH = 4
TYPO_MAX_CORRECTIONS = 3


def corrections(reader, word, limit=TYPO_MAX_CORRECTIONS):
    """Words of the index vocabulary one edit from ``word`` (same first letter), commonest first."""
    if len(word) < TYPO_MIN_LENGTH or "x_words" not in reader.schema:
        return []
    candidates = {c for c in reader.terms_within("x_words", word, 1, prefix=1) if c != word}
    ranked = sorted(candidates, key=lambda c: (-reader.doc_frequency("x_words", c), c))
    return ranked[:limit]


def is_known(reader, word):
    return "x_words" in reader.schema and reader.doc_frequency("x_words", word) > 0


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    column_kind = "t"

    def check(self):
        super().check()
        # Translate the filters now, so an unsupported lookup raises FilterError at .search().
        self._filters = self._get_filters_from_queryset()

    # Filters (``_process_lookup`` & co. are called by the base class for each WHERE node)

    def _resolve(self, value, result_type):
        if isinstance(value, (Query, Subquery)):
            db_alias = self.queryset._db or DEFAULT_DB_ALIAS
            query = value.query if isinstance(value, Subquery) else value
            result = query.get_compiler(db_alias).execute_sql(result_type=result_type)
            if result_type == SINGLE:
                return result[0] if result else None
            return [row[0] for chunk in result for row in chunk]
        return value

    def _process_lookup(self, field_path, lookup, value):
        model = self.queryset.model
        column = filter_column(model, field_path)
        kind, _multi = filter_columns(model).get(column, ("str", False))

        if lookup == "isnull":
            return wq.Term("x_nulls", column) if value else wq.Not(wq.Term("x_nulls", column))
        if lookup == "exact":
            value = self._resolve(value, SINGLE)
            if value is None:
                return wq.Term("x_nulls", column)
            return self._exact(column, kind, value)
        if lookup == "in":
            values = self._resolve(value, MULTI)
            queries = [self._exact(column, kind, v) for v in values if v is not None]
            return wq.Or(queries) if queries else wq.NullQuery
        if lookup in ("gt", "gte", "lt", "lte"):
            converted = filter_value(value, kind)
            start = converted if lookup in ("gt", "gte") else None
            end = converted if lookup in ("lt", "lte") else None
            return self._range(column, kind, start, end, lookup == "gt", lookup == "lt")
        if lookup == "range":
            lower, upper = value
            return self._range(
                column, kind, filter_value(lower, kind), filter_value(upper, kind), False, False
            )
        if lookup in ("startswith", "prefix") and kind == "str":
            return wq.Prefix(column, str(value))
        return None  # the base class turns this into modelsearch's FilterError

    def _exact(self, column, kind, value):
        converted = filter_value(value, kind)
        if kind == "str":
            return wq.Term(column, converted)
        return self._range(column, kind, converted, converted, False, False)

    def _range(self, column, kind, start, end, startexcl, endexcl):
        if kind == "date":
            return wq.DateRange(column, start, end, startexcl=startexcl, endexcl=endexcl)
        if kind == "str":
            return wq.TermRange(column, start, end, startexcl=startexcl, endexcl=endexcl)
        return wq.NumericRange(column, start, end, startexcl=startexcl, endexcl=endexcl)

    def _process_match_none(self):
        return wq.NullQuery

    def _connect_filters(self, filters, connector, negated):
        filters = [f for f in filters if f is not None]
        if not filters:
            return None
        combined = filters[0] if len(filters) == 1 else (wq.And if connector == "AND" else wq.Or)(filters)
        return wq.Not(combined) if negated else combined

    def get_filter(self):
        """Content type restriction plus the queryset's filters, as one Whoosh query."""
        content_type = wq.Term("x_ct", model_label(self.queryset.model))
        filters = getattr(self, "_filters", None)
        return content_type if filters is None else wq.And([content_type, filters])

    # Ordering

    def get_sort(self):
        facets = []
        for reverse, field in self._get_order_by() or ():
            facets.append(sorting.FieldFacet(filter_column(self.queryset.model, (field,)), reverse=reverse))
        return facets

    # Text

    def columns(self):
        if self.fields:
            return named_columns(self.queryset.model, self.fields, self.column_kind)
        return search_columns(self.queryset.model, self.column_kind)

    def get_query(self, reader):
        return self._compile(self.query, reader, 1.0)

    def _compile(self, query, reader, boost):
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, PlainText):
            return self._plain_text(query.query_string, query.operator, reader, boost * query.boost)
        if isinstance(query, Phrase):
            return self._phrase(query.query_string, boost)
        if isinstance(query, Fuzzy):
            return self._fuzzy(query.query_string, query.operator, boost)
        if isinstance(query, Boost):
            return self._compile(query.subquery, reader, boost * query.boost)
        if isinstance(query, And):
            return wq.And([self._compile(q, reader, boost) for q in query.subqueries])
        if isinstance(query, Or):
            return wq.Or([self._compile(q, reader, boost) for q in query.subqueries])
        if isinstance(query, Not):
            if isinstance(query.subquery, MatchAll):
                return wq.NullQuery
            return wq.And([wq.Every(), wq.Not(self._compile(query.subquery, reader, boost))])
        raise NotImplementedError(f"{type(query).__name__} queries are not supported by the Whoosh backend")

    def _combine(self, clauses, operator, boost):
        if not clauses:
            return wq.NullQuery
        combined = clauses[0] if len(clauses) == 1 else (wq.And if operator == "and" else wq.Or)(clauses)
        if boost != 1.0:
            combined = combined.with_boost(combined.boost * boost)
        return combined

    def text_columns(self, reader):
        """Where typed words are looked up: the weighted whole-text field, or the chosen fields."""
        if not self.fields and "x_text" in reader.schema:
            # The field boosts are in x_text's term weights.
            return [("x_text", 1.0), ("x_head", HEADLINE_BOOST)]
        return self.columns()

    def _plain_text(self, text, operator, reader, boost):
        columns = self.text_columns(reader)
        clauses = [self._word(word, columns, reader) for word in analysis.words(text)]
        return self._combine([c for c in clauses if c is not None], operator, boost)

    def _word(self, word, columns, reader):
        """One typed word: its stem in every column, plus synonyms, typo fixes and the folded field."""
        stemmed = analysis.stem(word)
        alternatives = {stemmed: 1.0}
        for synonym in analysis.synonyms_of_stem(stemmed):
            alternatives.setdefault(synonym, SYNONYM_BOOST)
        known = is_known(reader, word)
        if not known:
            for correction in corrections(reader, word):
                corrected = analysis.stem(correction)
                alternatives.setdefault(corrected, TYPO_BOOST)
                for synonym in analysis.synonyms_of_stem(corrected):
                    alternatives.setdefault(synonym, TYPO_BOOST * SYNONYM_BOOST)
        terms = [
            wq.Term(column, term, boost=column_boost * weight)
            for column, column_boost in columns
            for term, weight in alternatives.items()
        ]
        # The folded field only serves words the index does not know as typed (bostotte): for
        # known words it would repeat the main match and double the postings read per query.
        if not self.fields and not known:
            for folded in analysis.folded_stems(word):
                terms.append(wq.Term("x_folded", folded, boost=FOLDED_BOOST))
        if not terms:
            return None
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def _phrase(self, text, boost):
        stems = analysis.stems(text)
        if not stems:
            return wq.NullQuery
        clauses = []
        for column, column_boost in self.columns():
            if len(stems) == 1:
                clauses.append(wq.Term(column, stems[0], boost=column_boost * boost))
            else:
                clauses.append(wq.Phrase(column, stems, boost=column_boost * boost))
        return self._combine(clauses, "or", 1.0)

    def _fuzzy(self, text, operator, boost):
        clauses = []
        for stemmed in analysis.stems(text):
            terms = [
                wq.FuzzyTerm(column, stemmed, boost=column_boost, maxdist=1, prefixlength=1)
                for column, column_boost in self.columns()
            ]
            if terms:
                clauses.append(wq.Or(terms))
        return self._combine(clauses, operator, boost)


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    """Prefix matching on AutocompleteFields (edge n-grams, as typed and ASCII-folded)."""

    DEFAULT_OPERATOR = "and"
    column_kind = "a"

    def _plain_text(self, text, operator, reader, boost):
        columns = self.columns()
        clauses = []
        for word in text.lower().split():
            word = "".join(ch for ch in word if ch.isalnum())[:AUTOCOMPLETE_MAX]
            if len(word) < 2:
                continue
            terms = [wq.Term(column, word, boost=column_boost) for column, column_boost in columns]
            if terms:
                clauses.append(wq.Or(terms))
        return self._combine(clauses, operator, boost)
