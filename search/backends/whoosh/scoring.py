"""Bulk BM25F scoring of the text queries this backend builds, read straight from Whoosh postings.

Whoosh scores one posting at a time through a tree of matcher objects, several Python calls per
posting. Its block-skipping shortcut cannot help the search page, which needs *every* match for
the counts per type and the filter counts. For the queries the compiler builds for typed words —
terms, OR and AND of terms, with boosts — this module instead decodes each term's posting blocks
in bulk and applies the same BM25F formula to the same statistics, so the matches and scores are
Whoosh's own (tests compare them), at a fraction of the cost.

Anything else (phrases, fuzzy terms, ``Not``, ``Every``, another weighting model, another codec)
returns ``None`` and the caller lets Whoosh's searcher do it.
"""

import heapq
from itertools import accumulate

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length


class Unsupported(Exception):
    """The query (or index) needs Whoosh's own searcher."""


def evaluate(searcher, query, docs=None):
    """``{docnum: score}`` for every live document matching ``query`` (within ``docs`` if given).

    Returns None when the query is not one this module evaluates.
    """
    if type(searcher.weighting) is not BM25F:
        return None
    try:
        scores = _Evaluator(searcher).run(query, 1.0)
    except Unsupported:
        return None
    if docs is None:
        docs = searcher.__dict__.get("_portal_live_docs")
        if docs is None:  # every document that is not deleted
            docs = searcher.__dict__["_portal_live_docs"] = {
                offset + d for sub, offset in searcher.leaf_searchers() for d in sub.reader().all_doc_ids()
            }
    kept = scores.keys() & docs
    if len(kept) == len(scores):  # the usual case: the filter removes nothing
        return scores
    return {d: scores[d] for d in kept}


def top(scores, limit=None):
    """``[(docnum, score)]`` best first; equal scores in index order, as Whoosh orders them."""

    def order(item):
        return (-item[1], item[0])

    if limit is None or limit >= len(scores):
        return sorted(scores.items(), key=order)
    if limit <= 0:
        return []
    # The limit-th best score, then only the documents at or above it get sorted (with ties
    # broken by document number, so pages of the same query never overlap).
    threshold = heapq.nlargest(limit, scores.values())[-1]
    return sorted(((d, s) for d, s in scores.items() if s >= threshold), key=order)[:limit]


def docset(searcher, query):
    """The live documents matching a filter ``query``: terms, AND and OR read in bulk, the rest by Whoosh."""
    kind = type(query)
    try:
        if kind is wq.Term:
            return term_docs(searcher, query.fieldname, query.text)
        if kind is wq.And and query.subqueries:
            parts = sorted((docset(searcher, q) for q in query.subqueries), key=len)
            return set(parts[0]).intersection(*parts[1:])
        if kind is wq.Or and not query.minmatch:
            return set().union(*(docset(searcher, q) for q in query.subqueries))
    except Unsupported:
        pass
    return set(searcher.docs_for_query(query))


def term_docs(searcher, fieldname, text):
    """The live documents containing one term, as a set of document numbers."""
    if fieldname not in searcher.schema:
        raise Unsupported(fieldname)
    try:
        btext = searcher.schema[fieldname].to_bytes(text)
    except ValueError as exc:
        raise Unsupported(fieldname) from exc
    docs = set()
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if (fieldname, btext) not in reader:
            continue
        leaf = set()
        try:
            for ids, _weights in _blocks(reader.postings(fieldname, btext)):
                leaf.update(ids)
            if reader.has_deletions():
                leaf -= reader.deleted_docs_set
        except Unsupported:  # another codec: its matcher skips deleted documents itself
            leaf = set(reader.postings(fieldname, btext).all_ids())
        docs.update(d + offset for d in leaf) if offset else docs.update(leaf)
    return docs


class _Evaluator:
    #: Above this share of the index, an OR's scores add up in a list indexed by document number
    #: (cheaper per posting than a dict, but it costs a pass over every document to read back).
    DENSE_SHARE = 0.1

    def __init__(self, searcher):
        self.searcher = searcher
        self.weighting = searcher.weighting
        self.leaves = searcher.leaf_searchers()
        self.doccount = searcher.doc_count_all()
        # Per-document length normalisation, per field: kept for the searcher's life (one index
        # generation), since every query on the field needs the whole column.
        self.norms = searcher.__dict__.setdefault("_portal_bm25_norms", {})

    def run(self, query, boost):
        kind = type(query)
        if query is wq.NullQuery:
            return {}
        boost *= query.boost
        if kind is wq.Term:
            return self.terms([(query.fieldname, query.text, boost)])
        if kind is wq.Or and not query.minmatch and query.scale is None:
            # All the OR's terms add up in one accumulator; nested queries are added after.
            subqueries = query.subqueries
            scores = self.terms(
                [(q.fieldname, q.text, boost * q.boost) for q in subqueries if type(q) is wq.Term]
            )
            get = scores.get
            for q in subqueries:
                if type(q) is not wq.Term:
                    for d, s in self.run(q, boost).items():
                        scores[d] = get(d, 0.0) + s
            return scores
        if kind is wq.And:
            parts = sorted((self.run(q, boost) for q in query.subqueries), key=len)
            if not parts:
                return {}
            scores = parts[0]
            for part in parts[1:]:
                scores = {d: s + part[d] for d, s in scores.items() if d in part}
                if not scores:
                    break
            return scores
        raise Unsupported(kind.__name__)

    def terms(self, terms):
        """Summed scores of several (field, text, boost) terms: an OR of them."""
        postings = []
        for fieldname, text, boost in terms:
            btext = self._term_bytes(fieldname, text)
            if btext is not None:
                postings.append((fieldname, btext, boost))
        total = sum(self.searcher.doc_frequency(f, t) for f, t, _b in postings)
        if len(postings) > 1 and total > self.DENSE_SHARE * self.doccount:
            dense = [0.0] * self.doccount
            for fieldname, btext, boost in postings:
                self._score(fieldname, btext, boost, dense)
            # Every match has a positive score (BM25's idf here is always above zero).
            return {d: s for d, s in enumerate(dense) if s}
        scores = {}
        for fieldname, btext, boost in postings:
            self._score(fieldname, btext, boost, scores)
        return scores

    def _term_bytes(self, fieldname, text):
        schema = self.searcher.schema
        if fieldname not in schema or not isinstance(text, str):
            raise Unsupported(fieldname)
        field = schema[fieldname]
        if not field.scorable:
            raise Unsupported(fieldname)
        btext = field.to_bytes(text)
        return btext if (fieldname, btext) in self.searcher.reader() else None

    def _score(self, fieldname, btext, boost, into):
        """Add one term's BM25 score per document to ``into`` (a dict, or a list of every document)."""
        searcher = self.searcher
        k1 = self.weighting.K1
        b = self.weighting._field_B.get(fieldname, self.weighting.B)
        idf = searcher.idf(fieldname, btext)
        avgfl = searcher.avg_field_length(fieldname) or 1
        k1p1 = k1 + 1
        dense = isinstance(into, list)
        get = None if dense else into.get
        for sub, offset in self.leaves:
            reader = sub.reader()
            if (fieldname, btext) not in reader:
                continue
            norms = self._norms(sub, reader, fieldname, k1, b, avgfl)
            for ids, weights in _blocks(reader.postings(fieldname, btext)):
                # Whoosh's bm25() with the same operations in the same order, then the boost.
                if dense:
                    for d, w in zip(ids, weights, strict=False):
                        into[d + offset] += idf * ((w * k1p1) / (w + norms[d])) * boost
                else:
                    for d, w in zip(ids, weights, strict=False):
                        into[d + offset] = get(d + offset, 0.0) + idf * ((w * k1p1) / (w + norms[d])) * boost

    def _norms(self, sub, reader, fieldname, k1, b, avgfl):
        key = (id(sub), fieldname, k1, b, avgfl)
        norms = self.norms.get(key)
        if norms is None:
            table = [k1 * ((1 - b) + b * (byte_to_length(n) or 1) / avgfl) for n in range(256)]
            norms = self.norms[key] = [table[n] for n in _length_bytes(reader, fieldname)]
        return norms


def _length_bytes(reader, fieldname):
    """The field's encoded length of every document in one segment, read in one go."""
    try:
        column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        doccount = reader.doc_count_all()
        if column is None:
            return bytes(doccount)
        stored = min(column._count, doccount)
        return column._dbfile.get(column._basepos, stored) + bytes(doccount - stored)
    except AttributeError as exc:  # not the W3 codec this was written against
        raise Unsupported("field lengths") from exc


def _blocks(matcher):
    """(ids, weights) per posting block of a W3 posting list, decoded without per-posting calls."""
    if isinstance(matcher, FilterMatcher):  # deleted documents: filtered out by the caller
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):
        raise Unsupported(type(matcher).__name__)
    while matcher.is_active():
        matcher._read_data()
        ids, weights = matcher._data[0], matcher._data[1]
        if not matcher._byteids:
            ids = accumulate(ids)  # the ids are stored as deltas
        if weights is None or isinstance(weights, float):
            count = matcher._blocklength
            weights = [1.0 if weights is None else weights] * count
        yield ids, weights
        matcher._next_block()
