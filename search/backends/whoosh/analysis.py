"""Norwegian text analysis for the Whoosh backend.

Three analyzers share one tokenizer:

- ``norwegian``: lowercase, Norwegian stop words, Snowball stemmer for "no" (bokmål and
  nynorsk). Used for every searchable field, unfolded, so *får*/*far* or *lån*/*lan* stay apart.
- ``folded``: the same, but æ/ø/å (and other accents) are folded to ASCII *before* stemming.
  It feeds one lower-boosted catch-all field that serves people typing without Norwegian letters
  (*bostotte* finds *bostøtte*).
- ``words``: lowercase words without stemming; the vocabulary for "Mente du …?" suggestions and
  one-letter typo expansion.

``SYNONYMS`` joins bokmål and nynorsk forms (and a few domain spellings) that the stemmer cannot
join; expansion happens at query time on stems, so every inflection of either form meets.
"""

from functools import lru_cache

from whoosh.analysis import (
    CharsetFilter,
    Filter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

# Whoosh knows Norwegian as "no"; Django language codes nb/nn both map to it.
LANGUAGE = "no"
LANGUAGE_ALIASES = {"nb": LANGUAGE, "nn": LANGUAGE, "no": LANGUAGE}

# Words: letters and digits, keeping internal hyphens out (so "bolig-sosial" is two words).
WORD_REGEX = r"\w+"

STOP_WORDS = frozenset(stopwords_for_language(LANGUAGE))

#: Bokmål/nynorsk (and common domain) pairs the stemmer cannot join. Each group is a set of words
#: that should find each other; inflected forms are covered because groups are matched on stems.
#: Keep it small and domain-specific: a wrong synonym hurts precision everywhere.
SYNONYMS = (
    ("bolig", "bustad", "husvære"),
    ("midlertidig", "mellombels"),
    ("tilskudd", "tilskot", "tilskott"),
    ("leilighet", "husvære"),
    ("bostøtte", "bustøtte"),
    ("vanskeligstilt", "vanskelegstilt"),
    ("ungdom", "ungdomar"),
    ("innbygger", "innbyggjar"),
    ("erfaring", "røynsle"),
    ("hjemløs", "heimlaus", "bostedsløs", "bustadlaus"),
    ("veileder", "rettleiar", "rettleiing", "veiledning"),
    ("utleie", "utleige"),
    ("eie", "eige"),
    ("leie", "leige", "husleie", "husleige"),
    ("barnefamilie", "barnefamiliar"),
    ("flyktning", "flyktningar"),
    ("tjeneste", "teneste"),
)

_stem = stemmer_for_language(LANGUAGE)


def language_for(code):
    """Map a Django/ISO language code to whoosh's ("nb", "nn", "no" → "no"); unknown → "no"."""
    return LANGUAGE_ALIASES.get((code or "").split("-")[0].lower(), LANGUAGE)


class _StemFilter(StemFilter):
    """Snowball Norwegian stemming with a per-process cache (the stemmer is pure Python)."""

    def __init__(self):
        super().__init__(lang=LANGUAGE, cachesize=50000)


class _AlsoFoldedFilter(Filter):
    """Emit each token as written and, when it differs, its ASCII-folded form at the same position."""

    def __call__(self, tokens):
        for t in tokens:
            yield t
            folded = fold(t.text)
            if folded != t.text:
                t.text = folded
                yield t


@lru_cache(maxsize=1)
def norwegian_analyzer():
    return RegexTokenizer(WORD_REGEX) | LowercaseFilter() | StopFilter(stoplist=STOP_WORDS) | _StemFilter()


@lru_cache(maxsize=1)
def folded_analyzer():
    return (
        RegexTokenizer(WORD_REGEX)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS)
        | CharsetFilter(accent_map)
        | _StemFilter()
    )


@lru_cache(maxsize=1)
def words_analyzer():
    return RegexTokenizer(WORD_REGEX) | LowercaseFilter() | StopFilter(stoplist=STOP_WORDS, minsize=2)


#: Autocomplete grams: prefixes of every word, as written and ASCII-folded.
AUTOCOMPLETE_MIN, AUTOCOMPLETE_MAX = 2, 15


@lru_cache(maxsize=1)
def autocomplete_analyzer():
    return (
        RegexTokenizer(WORD_REGEX)
        | LowercaseFilter()
        | _AlsoFoldedFilter()
        | NgramFilter(AUTOCOMPLETE_MIN, AUTOCOMPLETE_MAX, at="start")
    )


_FOLD_TABLE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "AE", "Ø": "O", "Å": "A"})


def fold(text):
    """ASCII-fold Norwegian letters and other accents (æ→ae, ø→o, å→a, é→e)."""
    return text.translate(_FOLD_TABLE).translate(accent_map)


def stem(word):
    return _stem(word)


def words(text):
    """The lowercase, non-stop words of ``text`` in order (no stemming)."""
    return [t.text for t in words_analyzer()(text)]


def stems(text):
    return [t.text for t in norwegian_analyzer()(text)]


def folded_stems(text):
    return [t.text for t in folded_analyzer()(text)]


@lru_cache(maxsize=1)
def _synonym_stems():
    table = {}
    for group in SYNONYMS:
        group_stems = {stem(w) for w in group}
        for s in group_stems:
            table.setdefault(s, set()).update(group_stems)
    return {s: frozenset(alts - {s}) for s, alts in table.items()}


def synonyms_of_stem(stemmed):
    """Other stems that should match ``stemmed`` (bokmål/nynorsk pairs), possibly empty."""
    return _synonym_stems().get(stemmed, frozenset())
