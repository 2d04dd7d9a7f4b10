"""Search backends, and the helpers the search page uses whatever backend is configured.

- ``suggest(query)``: a "Mente du …?" correction built from the Whoosh index's vocabulary,
  or None (also None on other backends).
- ``highlight(text, query, max_chars)``: an HTML-escaped snippet of ``text`` with the query's
  words (Norwegian stems, synonyms, typo fixes) wrapped in ``<mark>``; works on any backend.
- Facets: the standard modelsearch ``results.facet("field")``.
"""

import logging
import re

from django.utils.html import escape
from modelsearch.backends import get_search_backend
from whoosh import highlight as wh

from .whoosh import analysis
from .whoosh.backend import WhooshSearchBackend
from .whoosh.query import corrections, is_known

logger = logging.getLogger("search.index")


def _whoosh_store(backend_name="default"):
    backend = get_search_backend(backend_name)
    return backend.store if isinstance(backend, WhooshSearchBackend) else None


def suggest(query, backend_name="default"):
    """A corrected query if some word is unknown to the index but one edit from a known word."""
    try:
        store = _whoosh_store(backend_name)
        if store is None or not query:
            return None
        reader = store.searcher().reader()
        changed = False
        out = []
        for raw in query.split():
            word = raw.lower()
            if len(word) >= 4 and word.isalpha() and not is_known(reader, word):
                options = corrections(reader, word)
                # Prefer the word the user meant without æ/ø/å (bostotte → bostøtte).
                same_letters = [c for c in options if analysis.fold(c) == analysis.fold(word)]
                best = (same_letters or options or [None])[0]
                if best:
                    out.append(best)
                    changed = True
                    continue
            out.append(raw)
        return " ".join(out) if changed else None
    except Exception:
        logger.exception("Could not compute a search suggestion for %r", query)
        return None


def highlight(text, query, max_chars=240):
    """An HTML-safe excerpt of ``text`` around the query's words, each match in ``<mark>``."""
    text = text or ""
    terms = set()
    for word in analysis.words(query or ""):
        stemmed = analysis.stem(word)
        terms.add(stemmed)
        terms.update(analysis.synonyms_of_stem(stemmed))
    suggestion = suggest(query) if query else None
    if suggestion:
        terms.update(analysis.stems(suggestion))
    excerpt = ""
    if terms and text:
        try:
            excerpt = wh.highlight(
                text,
                frozenset(terms),
                analysis.norwegian_analyzer(),
                wh.ContextFragmenter(maxchars=max_chars, surround=max_chars // 3),
                wh.HtmlFormatter(tagname="mark", classname="", termclass="", between=" … "),
                top=2,
            )
        except Exception:
            logger.exception("Could not highlight search result")
    if not excerpt:
        short = text[:max_chars]
        return escape(short + ("…" if len(text) > max_chars else ""))
    return re.sub(r'<mark class="[^"]*">', "<mark>", excerpt)
