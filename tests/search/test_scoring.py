"""Bulk scoring gives exactly what Whoosh's own searcher gives: same matches, scores and order.

The index here has several segments and deleted documents, as a live index has between merges.
"""

import random

import pytest
from wagtail.models import Page
from whoosh import index
from whoosh import query as wq

from experiences.models import ExperiencePage
from municipalities.models import Municipality
from search.backends.whoosh import mapping, scoring
from tests.search.test_backend import corpus, titles, whoosh  # noqa: F401

WORDS = (
    "bolig boligen boliger bustad bustader kommune kommunen startlån bostøtte tilskudd leilighet "
    "flyktning ungdom familie husleie utleier tiltak samarbeid erfaring plan økonomi gjeld tomt"
).split()
COLUMNS = [("t__title", 2.0), ("t__body", 1.0)]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    rng = random.Random(7)
    schema = mapping.base_schema()
    for column, _boost in COLUMNS:
        schema.add(column, mapping.text_field())
    ix = index.create_in(str(tmp_path_factory.mktemp("scoring")), schema)

    def doc(n):
        title = " ".join(rng.choices(WORDS, k=rng.randint(1, 4)))
        body = " ".join(rng.choices(WORDS, k=rng.randint(5, 60)))
        return {
            "x_id": str(n),
            "x_pk": str(n),
            "x_ct": "bench.page" if n % 5 else "other.model",
            "x_text": [(title, 2.0), (body, 1.0)],
            "x_head": title,
            "t__title": title,
            "t__body": body,
        }

    for segment in range(3):  # three commits without merging: three segments
        writer = ix.writer()
        writer.merge = False
        for n in range(segment * 200, segment * 200 + 200):
            writer.add_document(**doc(n))
        writer.commit(merge=False)
    writer = ix.writer()
    for n in range(0, 600, 7):  # deletions in every segment
        writer.delete_by_term("x_id", str(n))
    writer.commit(merge=False)
    with ix.searcher() as searcher:
        assert len(searcher.leaf_searchers()) == 3 and searcher.doc_count() < searcher.doc_count_all()
        yield searcher


def terms(field, words, boost=1.0):
    return [wq.Term(field, w, boost=boost) for w in words]


QUERIES = [
    wq.Term("x_text", "bol"),
    wq.Term("x_head", "kommun", boost=2.0),
    wq.Or(terms("x_text", ["bol", "bustad"], 0.8) + terms("x_head", ["bol", "bustad"], 2.0)),
    wq.And(
        [
            wq.Or(terms("x_text", ["startlån"]) + terms("x_head", ["startlån"], 2.0)),
            wq.Or(terms("x_text", ["bostøtt", "tilskudd"], 0.8), boost=1.5),
        ]
    ),
    wq.Or([wq.And(terms("t__body", ["gjeld", "tomt"])), wq.Term("t__title", "plan", boost=2.0)]),
    wq.And([wq.Term("x_text", "ungdom"), wq.Term("x_text", "finnesikke")]),
    wq.Or(terms("x_text", ["leil", "flyktning", "famili", "husleie", "utleier", "tiltak"])),
]


@pytest.mark.parametrize("query", QUERIES, ids=[str(q)[:60] for q in QUERIES])
@pytest.mark.parametrize("filtered", [False, True], ids=["all", "content-type"])
def test_same_matches_scores_and_order_as_whoosh(searcher, query, filtered):
    docs = set(searcher.docs_for_query(wq.Term("x_ct", "bench.page"))) if filtered else None
    expected = searcher.search(query, filter=docs, limit=None, terms=False)
    expected_scores = {hit.docnum: hit.score for hit in expected}

    got = scoring.evaluate(searcher, query, docs)

    assert got.keys() == expected_scores.keys()
    for docnum, score in got.items():
        assert score == pytest.approx(expected_scores[docnum], rel=1e-9)
    ranked = scoring.top(got, 10)
    assert [round(s, 9) for _d, s in ranked] == [round(hit.score, 9) for hit in expected[:10]]


def test_deleted_documents_never_match(searcher):
    deleted = {d for d in range(searcher.doc_count_all()) if searcher.reader().is_deleted(d)}
    assert deleted
    assert not scoring.evaluate(searcher, wq.Or(terms("x_text", WORDS)), None).keys() & deleted


@pytest.mark.parametrize(
    "query",
    [
        wq.Phrase("t__body", ["bol", "kommun"]),
        wq.FuzzyTerm("x_text", "bolg"),
        wq.Not(wq.Term("x_text", "bol")),
        wq.Every(),
        wq.Term("x_ct", "bench.page"),  # not scorable
    ],
)
def test_other_queries_are_left_to_whoosh(searcher, query):
    assert scoring.evaluate(searcher, query) is None


@pytest.mark.django_db
@pytest.mark.usefixtures("whoosh")
def test_pages_of_equally_good_results_never_repeat_or_skip_one():
    root = Page.get_first_root_node()
    molde = Municipality.objects.create(name="Molde", slug="molde", county="Møre og Romsdal", region="Midt")
    for n in range(25):
        page = ExperiencePage(
            title="Kommunale boliger", slug=f"kommunale-boliger-{n}", summary="Like gode.", municipality=molde
        )
        root.add_child(instance=page)
    results = ExperiencePage.objects.search("kommunale boliger")
    pages = [titles(results[i : i + 10]) for i in (0, 10, 20)]
    seen = [page.pk for i in (0, 10, 20) for page in results[i : i + 10]]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert len(set(seen)) == 25
    assert results.count() == 25


@pytest.mark.django_db
@pytest.mark.usefixtures("corpus")
def test_search_page_facets_match_whoosh_grouping():
    results = ExperiencePage.objects.search("kommunen bolig boliger")
    searcher = results.backend.store.searcher()
    for name in ("municipality", "themes", "featured"):
        field = next(f for f in ExperiencePage.get_filterable_search_fields() if f.field_name == name)
        column = mapping.filter_column(ExperiencePage, (field,))
        kind, multi = mapping.filter_columns(ExperiencePage)[column]
        by_grouping = results._facet_by_search(searcher, results._query(searcher), column, multi)
        assert dict(results.facet(name)) == {
            (mapping.unconvert(k, kind) if k is not None else None): n for k, n in by_grouping.items()
        }


@pytest.mark.parametrize(
    "query",
    [
        wq.Term("x_ct", "bench.page"),
        wq.And([wq.Term("x_ct", "bench.page"), wq.Term("x_head", "kommun")]),
        wq.Or([wq.Term("x_ct", "other.model"), wq.Term("x_text", "gjeld")]),
        wq.And([wq.Term("x_ct", "bench.page"), wq.Not(wq.Term("x_text", "bol"))]),
        wq.Term("x_ct", "no.such.model"),
    ],
    ids=str,
)
def test_filter_sets_are_whooshs_own(searcher, query):
    assert scoring.docset(searcher, query) == set(searcher.docs_for_query(query))
