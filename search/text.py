"""Text for the search page: snippets, highlighting and "Mente du …?" suggestions.

The Whoosh backend brings its own Norwegian highlighter and suggestions; on other backends the
simple versions here (ASCII spellings, common inflection endings) keep the page usable.
"""

import difflib
import importlib
import logging
import re

from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

from experiences.models import ExperiencePage, Theme
from municipalities.models import Municipality

logger = logging.getLogger(__name__)

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
_WORD = re.compile(r"\w+", re.UNICODE)
# Common Norwegian inflection endings (bokmål and nynorsk), longest first.
_ENDINGS = ("ene", "ane", "ing", "er", "ar", "en", "et", "a", "e")


def fold(word):
    """Lower case with æ, ø, å spelt in ASCII, as people type them on foreign keyboards."""
    return word.lower().translate(_FOLD)


def _stem(word):
    word = fold(word)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def stream_text(stream):
    """The plain text of a StreamField value."""
    if not stream:
        return ""
    parts = stream.stream_block.get_searchable_content(stream)
    return " ".join(strip_tags(str(p)) for p in parts if p)


def simple_highlight(text, query, max_chars):
    """Escaped text around the first query term, terms wrapped in <mark>; inflections and ASCII
    spellings match by a crude stem prefix. Used when the search backend has no highlighter."""
    stems = [_stem(w) for w in _WORD.findall(query) if len(w) > 1]
    spans = [m.span() for m in _WORD.finditer(text) if any(fold(m.group()).startswith(s) for s in stems)]
    start = 0
    if spans and len(text) > max_chars:
        start = max(0, spans[0][0] - max_chars // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + max_chars)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > (spans[0][1] if spans else start):
            end = space  # end on a word boundary, after the first match
    parts, pos = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        parts += [escape(text[pos:a]), format_html("<mark>{}</mark>", text[a:b])]
        pos = b
    parts.append(escape(text[pos:end]))
    html = "".join(parts)
    return ("… " if start else "") + html + (" …" if end < len(text) else "")


def _vocabulary():
    """Words people search for: titles, themes, municipalities and experience summaries."""
    words = cache.get("search:vocabulary")
    if words is None:
        sources = list(Page.objects.live().public().values_list("title", flat=True))
        sources += list(Theme.objects.values_list("name", flat=True))
        sources += list(Municipality.objects.values_list("name", flat=True))
        sources += list(ExperiencePage.objects.live().public().values_list("summary", flat=True))
        words = {}
        for source in sources:
            for word in _WORD.findall(source):
                if len(word) > 2 and not word.isdigit():
                    words.setdefault(fold(word), word.lower())
        cache.set("search:vocabulary", words, 300)
    return words


def simple_suggest(query):
    words = _vocabulary()
    corrected, changed = [], False
    for word in query.split():
        key = fold(word)
        if key in words or len(key) < 3:
            best = words.get(key, word.lower())
        else:
            close = difflib.get_close_matches(key, words.keys(), n=1, cutoff=0.75)
            best = words[close[0]] if close else word.lower()
        changed |= best != word.lower()
        corrected.append(best)
    return " ".join(corrected) if changed else None


# The backend's helpers, when it has them --------------------------------------------------


def _backend_function(name):
    """A text helper from the Whoosh backend package, when it provides one."""
    for module in ("search.backends", "search.backends.whoosh"):
        try:
            function = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if callable(function):
            return function
    return None


def _whoosh_is_default():
    # The backend's suggestions come from its own index, which only it keeps up to date.
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].startswith("search.backends")


def highlight(text, query, max_chars=240):
    """Escaped HTML of the part of `text` that matches `query`, matches in <mark>."""
    backend_highlight = _backend_function("highlight")
    if backend_highlight is not None:
        try:
            return backend_highlight(text, query, max_chars=max_chars)
        except Exception:
            logger.warning("the search backend's highlight failed; using the simple one", exc_info=True)
    return simple_highlight(text, query, max_chars)


def snippet(texts, query, max_chars=240):
    """A highlighted extract from the first text that matches, else the start of the first text."""
    texts = [" ".join(t.split()) for t in texts if t and t.strip()]
    for candidate in texts:
        html = highlight(candidate, query, max_chars)
        if "<mark>" in html:
            return mark_safe(html)  # noqa: S308 - built from escaped text
    if not texts:
        return ""
    return mark_safe(simple_highlight(texts[0], "", max_chars))  # noqa: S308 - escaped


def suggest(query, has_hits=False):
    """A corrected query for "Mente du …?", or None."""
    if not query:
        return None
    backend_suggest = _backend_function("suggest") if _whoosh_is_default() else None
    if backend_suggest is not None:
        try:
            suggestion = backend_suggest(query)
        except Exception:
            logger.warning("the search backend's suggest failed; using the simple one", exc_info=True)
        else:
            if suggestion and suggestion.strip().lower() != query.strip().lower():
                return suggestion
            if has_hits:
                return None
    return None if has_hits else simple_suggest(query)
