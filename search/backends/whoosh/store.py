"""The on-disk Whoosh index: opened once per process, written safely by many processes.

- One ``IndexStore`` per index directory per process (``get_store``); modelsearch builds a new
  backend object on every ``get_search_backend()`` call, so the open index and a reusable
  searcher live here, not on the backend.
- Writes take Whoosh's file lock with a timeout and retry (never ``AsyncWriter``/``BufferedWriter``:
  they lose updates across processes). A commit is atomic: a process killed mid-commit leaves the
  previous generation readable and the lock free.
- An update that still cannot get the lock is appended to a journal (``pending.log`` in the
  index directory); every later writer, ``update_index`` and ``check_search_index`` replay it, so
  a busy lock delays an update but never loses it.
"""

import fcntl
import logging
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.writing import CLEAR

from . import scoring

logger = logging.getLogger("search.index")

JOURNAL = "pending.log"
_stores = {}
_stores_lock = threading.Lock()


def get_store(path, schema_factory, write_timeout=5.0, write_attempts=3):
    """The process-wide store for ``path`` (created on first use)."""
    key = str(Path(path).resolve())
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = IndexStore(key, schema_factory)
        store.write_timeout = write_timeout
        store.write_attempts = write_attempts
        return store


def forget_stores():
    """Drop every cached index (tests that replace an index directory under a running process)."""
    with _stores_lock:
        for store in _stores.values():
            store.close()
        _stores.clear()


@contextmanager
def _flock(path):
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class IndexStore:
    def __init__(self, path, schema_factory):
        self.path = path
        self.schema_factory = schema_factory
        self.write_timeout = 5.0
        self.write_attempts = 3
        self._ix = None
        self._lock = threading.RLock()
        self._local = threading.local()

    # Opening

    def index(self):
        with self._lock:
            if self._ix is None:
                self._ix = self._open_or_create()
            return self._ix

    def _open_or_create(self):
        os.makedirs(self.path, exist_ok=True)
        # Two processes may both find no index: only one creates it.
        with _flock(os.path.join(self.path, "CREATE.lock")):
            if whoosh_index.exists_in(self.path):
                ix = whoosh_index.open_dir(self.path)
                missing = self._missing_fields(ix.schema)
                if missing:
                    ix = self._add_fields(ix, missing)
                return ix
            return whoosh_index.create_in(self.path, self.schema_factory())

    def _missing_fields(self, schema):
        wanted = self.schema_factory()
        return [(name, wanted[name]) for name in wanted.names() if name not in schema]

    def _add_fields(self, ix, missing):
        """New search_fields on a model: add their columns to the live index (old docs lack them)."""
        writer = ix.writer(timeout=self.write_timeout)
        for name, field in missing:
            writer.add_field(name, field)
        writer.commit()
        logger.warning(
            "Search index fields added (%s): documents indexed before lack them until `manage.py update_index`",
            ", ".join(name for name, _field in missing),
        )
        return whoosh_index.open_dir(self.path)

    def close(self):
        with self._lock:
            searcher = getattr(self._local, "searcher", None)
            if searcher is not None:
                searcher.close()
                self._local.searcher = None
            self._ix = None

    # Reading

    def searcher(self):
        """A searcher showing the latest commit; reused per thread until the index changes.

        Not ``Searcher.refresh()``: its reader reuse puts merged-away segments back (duplicates,
        stale deletions) in whoosh 2.7. A fresh searcher after each commit costs little.
        """
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            try:
                if searcher.up_to_date():
                    return searcher
            except Exception:  # the directory was replaced under us: reopen
                self.close()
            else:
                searcher.close()
        searcher = self.index().searcher()
        self._local.searcher = searcher
        return searcher

    @staticmethod
    def filter_docs(searcher, filter_query):
        """The document numbers matching ``filter_query``, cached for the life of ``searcher``.

        The same few filters (content type, live, not private) come with every search; building
        their docsets once per index generation instead of per query saves most of a query's time.
        """
        cache = searcher.__dict__.setdefault("_portal_filter_cache", {})
        key = repr(filter_query)
        docs = cache.get(key)
        if docs is None:
            if len(cache) >= 128:
                cache.clear()
            docs = cache[key] = scoring.docset(searcher, filter_query)
        return docs

    @staticmethod
    def facet_counts(searcher, column, docnums):
        """{value: count} of the filter ``column`` over ``docnums`` (None: documents without one).

        Each value's document set is read once per searcher (index generation) and cached: the
        search page asks for the same few facets with every query.
        """
        cache = searcher.__dict__.setdefault("_portal_facet_cache", {})
        postings = cache.get(column)
        if postings is None:
            field = searcher.schema[column]
            postings = [
                (field.from_bytes(btext), frozenset(scoring.term_docs(searcher, column, btext)))
                for btext in field.sortable_terms(searcher.reader(), column)
            ]
            postings.append((None, frozenset(scoring.term_docs(searcher, "x_nulls", column))))
            cache[column] = postings
        docnums = docnums if isinstance(docnums, (set, frozenset)) else set(docnums)
        counts = {}
        for value, docs in postings:
            n = len(docs & docnums)  # iterates over the smaller set
            if n:
                counts[value] = n
        return counts

    # Writing

    def writer(self, timeout=None):
        """A writer holding the index lock, or LockError after all attempts."""
        ix = self.index()
        attempts = max(1, self.write_attempts)
        for attempt in range(attempts):
            try:
                return ix.writer(timeout=self.write_timeout if timeout is None else timeout, delay=0.02)
            except LockError:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise LockError  # pragma: no cover - the loop returns or raises

    def write(self, apply, clear=False):
        """Run ``apply(writer)`` and commit; returns True on success, False if the lock stayed busy."""
        try:
            writer = self.writer()
        except LockError:
            return False
        try:
            apply(writer)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=CLEAR) if clear else writer.commit()
        return True

    # The journal of updates that could not be written

    def journal_path(self):
        return os.path.join(self.path, JOURNAL)

    def journal(self, keys):
        """Append object keys (``app_label.model_name pk``) whose index update could not be written."""
        os.makedirs(self.path, exist_ok=True)
        with _flock(self.journal_path()) as handle:
            handle.seek(0, os.SEEK_END)
            handle.write("".join(f"{label} {pk}\n" for label, pk in keys))
            handle.flush()
            os.fsync(handle.fileno())

    def take_journal(self):
        """Read and empty the journal; returns the set of (label, pk) keys it held."""
        path = self.journal_path()
        if not os.path.exists(path):
            return set()
        with _flock(path) as handle:
            handle.seek(0)
            lines = handle.read().splitlines()
            handle.seek(0)
            handle.truncate()
        keys = set()
        for line in lines:
            label, _, pk = line.strip().partition(" ")
            if label and pk:
                keys.add((label, pk))
        return keys

    def pending_count(self):
        path = self.journal_path()
        if not os.path.exists(path):
            return 0
        with open(path) as handle:
            return sum(1 for line in handle if line.strip())
