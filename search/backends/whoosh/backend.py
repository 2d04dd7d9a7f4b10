"""The modelsearch backend class, its index, results and rebuilder, and the indexing glue.

Index updates follow the committed database state: a save or delete inside a transaction only
records the object's key, and after the commit the object is re-read and its document written (or
removed), once per transaction however many times it was saved. Indexing never raises into the
save: failures are logged and the key is journaled for the next writer to replay.
"""

import logging
import threading
from collections import OrderedDict
from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import connections, router, transaction
from modelsearch.backends.base import (
    BaseIndex,
    BaseSearchBackend,
    BaseSearchResults,
    FilterFieldError,
    get_model_root,
)
from modelsearch.index import class_is_indexed
from whoosh import query as wq
from whoosh import sorting
from whoosh.writing import CLEAR

from . import mapping, scoring
from .query import WhooshAutocompleteQueryCompiler, WhooshSearchQueryCompiler
from .store import get_store

logger = logging.getLogger("search.index")

_pending = threading.local()


def _in_open_transaction(connection):
    """True if a real transaction is open (its changes may still roll back).

    Django's TestCase wraps each test in atomic blocks that never commit; inside those the current
    state *is* the committed state as far as the test can tell, so index at once.
    """
    if not connection.in_atomic_block:
        return False
    return not any(getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


class WhooshIndex(BaseIndex):
    def __init__(self, backend, writer=None):
        super().__init__(backend)
        self._writer = writer

    def get_key(self):
        return self.backend.path

    def __str__(self):
        return self.backend.path

    def reset(self):
        self.backend.store.write(lambda writer: None, clear=True)

    def add_item(self, obj):
        self.backend.schedule(obj)

    def delete_item(self, obj):
        self.backend.schedule(obj)

    def add_items(self, model, items):
        if self._writer is not None:  # rebuilding: a fresh index (CLEAR), so add, never update
            for obj in items:
                self._writer.add_document(**mapping.document(obj))
            return
        self.backend.sync({(mapping.model_label(type(obj)), str(obj.pk)) for obj in items})


class WhooshRebuilder:
    """``update_index``: one writer for the whole rebuild, committed with CLEAR (atomic swap).

    Searches keep answering from the old generation until the commit. Updates from other
    processes wait for the lock and, failing that, go to the journal, replayed after the commit.
    """

    def __init__(self, index):
        self.backend = index.backend
        self.writer = None

    def start(self):
        store = self.backend.store
        ix = store.index()
        self.writer = ix.writer(timeout=max(60.0, store.write_timeout))
        wanted = mapping.build_schema()
        for name in list(self.writer.schema.names()):
            if name not in wanted or type(self.writer.schema[name]) is not type(wanted[name]):
                self.writer.remove_field(name)
        for name in wanted.names():
            if name not in self.writer.schema:
                self.writer.add_field(name, wanted[name])
        return WhooshIndex(self.backend, writer=self.writer)

    def finish(self):
        self.writer.commit(mergetype=CLEAR, optimize=True)
        self.writer = None
        self.backend.store.close()
        self.backend.sync(set())  # replay anything journaled while the rebuild held the lock


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True

    def _query(self, searcher):
        # Filters go in ``filter=`` (a docset), not ``Require``: whoosh 2.7's Require matcher
        # trips an assertion when the collector skips low-quality blocks.
        return self.query_compiler.get_query(searcher.reader())

    def _filter(self, searcher, extra=None):
        base = self.query_compiler.get_filter()
        return self.backend.store.filter_docs(searcher, base if extra is None else wq.And([base, extra]))

    def _hits(self, searcher, query, docs, **kwargs):
        """Search within ``docs``. (Whoosh takes an empty filter set as "no filter" at all.)"""
        if not docs:
            return []
        return searcher.search(query, filter=docs, terms=False, **kwargs)

    def _matches(self, searcher, query, docs):
        """{docnum: score} of every match within ``docs``, by bulk scoring, or None if Whoosh must.

        Kept on the searcher (one index generation): a search page asks the same query for its
        count, its page of results and each facet.
        """
        if not docs:
            return {}
        cache = searcher.__dict__.setdefault("_portal_match_cache", {})
        key = (repr(query), repr(self.query_compiler.get_filter()))
        if key not in cache:
            if len(cache) >= 32:
                cache.clear()
            cache[key] = scoring.evaluate(searcher, query, docs)
        return cache[key]

    def _do_search(self):
        compiler = self.query_compiler
        if self.stop is not None and self.stop <= self.start:
            return []  # an empty slice, e.g. results[0:0] from a paginator
        searcher = self.backend.store.searcher()
        query, docs = self._query(searcher), self._filter(searcher)
        sort = compiler.get_sort()
        matches = None if sort else self._matches(searcher, query, docs)
        if matches is not None:
            ranked = scoring.top(matches, self.stop)[self.start : self.stop]
            hits = [(searcher.stored_fields(docnum)["x_pk"], score) for docnum, score in ranked]
        else:
            scored = bool(compiler.order_by_relevance or self._score_field)
            kwargs = {"limit": self.stop, "scored": scored}
            if sort:
                kwargs["sortedby"] = sort
            found = self._hits(searcher, query, docs, **kwargs)
            page = found[self.start : self.stop] if self.stop is not None else found[self.start :]
            hits = [(hit["x_pk"], hit.score) for hit in page]
        if not hits:
            return []
        pks = [pk for pk, _score in hits]
        scores = dict(hits)
        queryset = compiler.queryset
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        # Re-applying the queryset keeps results true to the database even if the index lags.
        objects = {str(obj.pk): obj for obj in queryset.filter(pk__in=pks)}
        results = []
        for pk in pks:
            obj = objects.get(pk)
            if obj is None:
                continue
            if self._score_field:
                setattr(obj, self._score_field, scores.get(pk))
            results.append(obj)
        return results

    def _do_count(self):
        searcher = self.backend.store.searcher()
        query, docs = self._query(searcher), self._filter(searcher)
        matches = self._matches(searcher, query, docs)
        if matches is not None:
            total = len(matches)
        else:
            total = len(self._hits(searcher, query, docs, limit=None, scored=False))
        total -= self.start
        if self.stop is not None:
            total = min(total, self.stop - self.start)
        return max(total, 0)

    def facet(self, field_name):
        """{value: count} for a FilterField over all matches, commonest first; None = no value."""
        compiler = self.query_compiler
        model = compiler.queryset.model
        field = compiler._get_filterable_field(field_name) or next(
            (f for f in model.get_filterable_search_fields() if f.field_name == field_name), None
        )
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to {model.__name__}.search_fields.',
                field_name=field_name,
            )
        column = mapping.filter_column(model, (field,))
        kind, multi = mapping.filter_columns(model).get(column, ("str", False))
        searcher = self.backend.store.searcher()
        query = self._query(searcher)
        matches = self._matches(searcher, query, self._filter(searcher))
        if matches is not None:
            counts = self.backend.store.facet_counts(searcher, column, matches.keys())
        else:
            counts = self._facet_by_search(searcher, query, column, multi)
        counts = {mapping.unconvert(key, kind) if key is not None else None: n for key, n in counts.items()}
        return OrderedDict(sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))))

    def _facet_by_search(self, searcher, query, column, multi):
        facet = sorting.FieldFacet(column, allow_overlap=multi, maptype=sorting.Count)
        has_value = self._filter(searcher, wq.Not(wq.Term("x_nulls", column)))
        hits = self._hits(searcher, query, has_value, limit=None, scored=False, groupedby={"f": facet})
        counts = {}
        for key, count in (hits.groups("f") if hits else {}).items():
            if isinstance(key, bytes):
                key = searcher.schema[column].from_bytes(key)
            counts[key] = counts.get(key, 0) + count
        nulls_docs = self._filter(searcher, wq.Term("x_nulls", column))
        nulls = len(self._hits(searcher, query, nulls_docs, limit=None, scored=False))
        if nulls:
            counts[None] = nulls
        return counts


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    rebuilder_class = WhooshRebuilder
    index_class = WhooshIndex
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        self.path = str(params.get("PATH") or getattr(settings, "SEARCH_INDEX_DIR", "var/search_index"))
        self.write_timeout = float(params.get("WRITE_TIMEOUT", 5.0))
        self.write_attempts = int(params.get("WRITE_ATTEMPTS", 3))

    @property
    def store(self):
        return get_store(self.path, mapping.build_schema, self.write_timeout, self.write_attempts)

    def get_index_for_model(self, model):
        return WhooshIndex(self)

    # Indexing glue

    def schedule(self, obj):
        """Index (or un-index) ``obj`` as the database has it once the current transaction commits."""
        try:
            self.schedule_key(type(obj), obj.pk, obj._state.db)
        except Exception:
            logger.exception("Could not schedule a search index update for %r", obj)

    def schedule_key(self, model, pk, using=None):
        key = (mapping.model_label(model), str(pk))
        using = using or router.db_for_write(model)
        if not _in_open_transaction(connections[using]):
            self.sync({key})
            return
        _pending.__dict__.setdefault((self.path, using), set()).add(key)
        transaction.on_commit(partial(self._flush, using), using=using)

    def _flush(self, using):
        keys = _pending.__dict__.pop((self.path, using), set())
        if keys:
            self.sync(keys)

    def sync(self, keys):
        """Write the current database state of ``keys`` (and anything journaled) to the index.

        Never raises. If the index lock stays busy or the write fails, the keys go to the journal.
        """
        store = self.store
        try:
            changes = self._changes(keys)
            replayed = set()

            def apply(writer):
                replayed.update(store.take_journal())
                for key, doc in [*changes, *self._changes(replayed - set(keys))]:
                    if doc is None:
                        writer.delete_by_term("x_id", key)
                    else:
                        writer.update_document(**doc)

            try:
                written = store.write(apply)
            except Exception:
                store.journal(keys | replayed)
                raise
            if not written:
                store.journal(keys | replayed)
                logger.warning("Search index busy; %d update(s) journaled for the next writer", len(keys))
        except Exception:
            logger.exception("Search index update failed for %s", sorted(keys)[:10])
            try:
                store.journal(keys)
            except Exception:
                logger.exception("Could not journal search index updates for %s", sorted(keys)[:10])

    @staticmethod
    def _changes(keys):
        """[(index key, document or None to delete)] read from the database now."""
        changes = []
        for label, pk in keys:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            index_key = f"{mapping.model_label(get_model_root(model))}:{pk}"
            obj = model.get_indexed_objects().filter(pk=pk).first() if class_is_indexed(model) else None
            if obj is not None:
                obj = obj.get_indexed_instance()
            if obj is None or not class_is_indexed(type(obj)):
                changes.append((index_key, None))
            else:
                changes.append((mapping.object_key(obj), mapping.document(obj)))
        return changes
