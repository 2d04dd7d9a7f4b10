"""Simple highlighting and spelling suggestions, used when the search backend has none.

They know a little Norwegian: ASCII spellings (bostotte → bostøtte) and common inflection
endings, so that the portal stays usable on Wagtail's database backend.
"""

import difflib
import re

from django.core.cache import cache
from django.utils.html import escape, format_html, strip_tags
from wagtail.models import Page

from experiences.models import ExperiencePage, Theme
from municipalities.models import Municipality

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
