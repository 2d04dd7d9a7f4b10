"""Norwegian analysis, "Mente du …?" suggestions and highlighted snippets."""

import pytest

from search.backends import highlight, suggest
from search.backends.whoosh import analysis
from tests.search.test_backend import corpus, whoosh  # noqa: F401


def test_inflections_share_a_stem():
    assert len({analysis.stem(w) for w in ["bolig", "boliger", "boligen", "boligene"]}) == 1
    assert analysis.stems("Boligene og kommunen") == [analysis.stem("bolig"), analysis.stem("kommune")]


def test_main_analysis_keeps_norwegian_letters_apart():
    # får/far, lån/lan, bør/bor are different words: only the folded field merges them.
    for a, b in [("får", "far"), ("lån", "lan"), ("bør", "bor")]:
        assert analysis.stems(a) != analysis.stems(b)
        assert analysis.folded_stems(a) == analysis.folded_stems(b)


def test_synonyms_join_bokmal_and_nynorsk_on_stems():
    assert analysis.stem("bustad") in analysis.synonyms_of_stem(analysis.stem("boligene"))
    assert analysis.stem("mellombels") in analysis.synonyms_of_stem(analysis.stem("midlertidige"))
    assert analysis.synonyms_of_stem(analysis.stem("sentrum")) == frozenset()


def test_language_codes_map_to_whoosh_norwegian():
    assert (
        analysis.language_for("nb") == analysis.language_for("nn") == analysis.language_for("nb-NO") == "no"
    )


@pytest.mark.django_db
def test_suggest_offers_the_word_in_the_index(corpus):  # noqa: F811
    assert suggest("bostotte") == "bostøtte"
    assert suggest("husbnken") == "husbanken"
    assert suggest("husbanken") is None  # nothing to correct
    assert suggest("xyzzyq") is None  # nothing close enough


def test_highlight_marks_inflections_and_escapes_html():
    snippet = highlight("Kommunen kjøpte <b>boligene</b> i sentrum, og bustadene var gode.", "bolig")
    assert "<mark>boligene</mark>" in snippet
    assert "<mark>bustadene</mark>" in snippet  # nynorsk synonym
    assert "&lt;b&gt;" in snippet and "<b>" not in snippet


def test_highlight_without_a_match_returns_the_escaped_start():
    assert highlight("Ingen treff <her>", "husbanken", max_chars=10) == "Ingen tref…"
