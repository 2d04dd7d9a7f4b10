"""The real-text judged set (search/relevance/realtext_*.jsonl) and `manage.py search_eval` over it.

The set itself: real passages written by public bodies, bokmål and nynorsk, every judged passage
present, every kind of query represented. The harness: graded metrics on known rankings, and an end
to end run over a small subset that loads the passages as pages, indexes them through the
configured backend and prints the search page's figures beside plain BM25.
"""

import json
import math
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from experiences.models import ExperiencePage
from search import evaluation
from search.management.commands.search_eval import Throwaway

PREFIX = Path(settings.BASE_DIR) / "search" / "relevance" / "realtext"


@pytest.fixture(scope="module")
def judged():
    return evaluation.load_judged_set(PREFIX)


def test_graded_ndcg_on_known_rankings():
    relevant = {"a": 2, "b": 1}
    assert evaluation.ndcg_at_k(["a", "b", "x"], relevant) == pytest.approx(1.0)
    # Swapped: (1 + 2/log2 3) / (2 + 1/log2 3)
    swapped = (1 + 2 / math.log2(3)) / (2 + 1 / math.log2(3))
    assert evaluation.ndcg_at_k(["b", "a"], relevant) == pytest.approx(swapped)
    # The grade-2 passage at rank 3 only: 2/log2(4) = 1 against the ideal 2 + 1/log2 3.
    assert evaluation.ndcg_at_k(["x", "y", "a"], relevant) == pytest.approx(1 / (2 + 1 / math.log2(3)))
    assert evaluation.ndcg_at_k(["x", "y"], relevant) == 0.0
    # Outside the cut-off does not count; a repeated id counts once.
    assert evaluation.ndcg_at_k(["x", "a"], relevant, k=1) == 0.0
    assert evaluation.ndcg_at_k(["a", "a", "b"], relevant) == pytest.approx(1.0)


def test_recall_counts_any_grade_out_of_what_fits_in_k():
    relevant = dict.fromkeys("abcdefghijkl", 1)  # 12 relevant, k = 10
    assert evaluation.recall_at_k(list("abcdefghij"), relevant) == 1.0
    assert evaluation.recall_at_k(list("abcde") + list("vwxyz"), relevant) == 0.5
    assert evaluation.recall_at_k(["a", "q"], {"a": 2, "b": 1}, k=10) == 0.5
    assert evaluation.recall_at_k([], {"a": 2}) == 0.0


def test_the_judged_set_is_real_varied_and_complete(judged):
    passages, queries = judged.passages, judged.queries
    assert len(passages) >= 150
    assert judged.nynorsk_share() >= 0.30
    assert all(p.source_url.startswith(("http://", "https://")) for p in passages)
    assert all(p.publisher and p.title and p.retrieved for p in passages)
    words = [len(p.text.split()) for p in passages]
    assert min(words) >= 25 and max(words) <= 200, "passages are short excerpts, not pages"
    assert len({p.source_url for p in passages}) >= 100, "many different pages"
    assert len(queries) >= 60
    kinds = Counter(kind for q in queries for kind in q.kinds)
    for kind in evaluation.KINDS:
        assert kinds[kind] >= 6, (kind, kinds)
    ids = {p.id for p in passages}
    assert all(set(q.relevant) <= ids for q in queries)
    assert all(q.note for q in queries), "every query says what the need is"
    assert len({q.query for q in queries}) == len(queries)


def test_a_broken_judged_set_is_reported_with_file_and_line(tmp_path, judged):
    prefix = tmp_path / "broken"
    passage = json.dumps(vars(judged.passages[0]), ensure_ascii=False)
    Path(f"{prefix}_passages.jsonl").write_text(passage + "\n", encoding="utf-8")
    query = {"query": "bolig", "kinds": ["keyword"], "relevant": {"finst-ikkje": 2}}
    Path(f"{prefix}_queries.jsonl").write_text(json.dumps(query) + "\n", encoding="utf-8")
    with pytest.raises(evaluation.JudgedSetError, match=r"broken_queries.jsonl:1: .*finst-ikkje"):
        evaluation.load_judged_set(prefix)
    query.update(relevant={judged.passages[0].id: 2}, kinds=["spelling"])
    Path(f"{prefix}_queries.jsonl").write_text(json.dumps(query) + "\n", encoding="utf-8")
    with pytest.raises(evaluation.JudgedSetError, match="kinds must be"):
        evaluation.load_judged_set(prefix)


def test_long_first_paragraphs_are_cut_at_a_sentence_for_the_summary():
    first = " ".join(f"Setning nummer {n} handlar om bustad." for n in range(40))
    summary, body = evaluation.split_text(first + "\n\nAndre avsnitt.")
    assert len(summary) <= evaluation.SUMMARY_MAX and summary.endswith(".")
    assert " ".join([summary, *body]) == " ".join([first, "Andre avsnitt."])


def _subset(judged, tmp_path, n_queries=5, n_passages=15):
    queries = [q for q in judged.queries if len(q.relevant) <= 3][:n_queries]
    chosen = []
    for q in queries:
        chosen += [pid for pid in q.relevant if pid not in chosen]
    chosen += [p.id for p in judged.passages if p.id not in chosen][: max(0, n_passages - len(chosen))]
    by_id = {p.id: p for p in judged.passages}
    prefix = tmp_path / "subset"
    with open(f"{prefix}_passages.jsonl", "w", encoding="utf-8") as handle:
        for pid in chosen:
            handle.write(json.dumps(vars(by_id[pid]), ensure_ascii=False) + "\n")
    with open(f"{prefix}_queries.jsonl", "w", encoding="utf-8") as handle:
        for q in queries:
            handle.write(json.dumps(vars(q), ensure_ascii=False) + "\n")
    return prefix, queries, chosen


def test_search_eval_runs_end_to_end_on_a_subset(db, judged, tmp_path):
    prefix, queries, chosen = _subset(judged, tmp_path)
    assert len(chosen) == 15 and len(queries) == 5
    out = StringIO()
    call_command("search_eval", str(prefix), "--in-this-database", "-v", "2", stdout=out)
    text = out.getvalue()
    assert "15 passages" in text and "5 queries" in text
    assert "search page" in text and "plain BM25" in text and "ExperiencePage.objects.search()" in text
    lines = text.splitlines()
    assert any(line.startswith("overall") and line.split()[1] == "5" for line in lines)
    assert sum(line.startswith(("q0", "q1", "q2", "q3", "q4", "q5", "q6")) for line in lines) == 5
    # The passages became live experiences, in their written form, findable by the backend.
    pages = ExperiencePage.objects.live().filter(slug__startswith=evaluation.SLUG_PREFIX)
    assert pages.count() == 15
    nynorsk = [p for p in judged.passages if p.id in chosen and p.lang == "nn"]
    if nynorsk:
        assert pages.get(slug=evaluation.slug_for(nynorsk[0].id)).language == "nn"

    out = StringIO()
    call_command("search_eval", str(prefix), "--in-this-database", "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert set(figures["systems"]) == {"search_page", "objects_search", "bm25"}
    for system in figures["systems"].values():
        assert system["overall"]["queries"] == 5
        assert 0.0 <= system["overall"]["ndcg"] <= 1.0 and 0.0 <= system["overall"]["recall"] <= 1.0
    # The pages really went through the configured backend: its two rankings find judged passages.
    for name in ("search_page", "objects_search", "bm25"):
        assert sum(row["systems"][name]["recall"] for row in figures["queries"]) > 0, name


def test_bm25_baseline_ranks_title_matches_and_keeps_letters(judged):
    bm25 = evaluation.BM25Baseline(judged.passages)
    assert bm25("Housing First", 3)[0].startswith("housing-first")
    # No folding: «bostotte» typed without ø is not «bostøtte» for plain BM25.
    assert not any(pid.startswith("bostotte") for pid in bm25("bostotte", 10))
    assert bm25("", 10) == []


def test_in_this_database_is_refused_outside_tests_and_the_throwaway_child(db, settings, tmp_path, judged):
    prefix, _queries, _chosen = _subset(judged, tmp_path)
    settings.PORTAL_ENVIRONMENT = "development"
    with pytest.raises(CommandError, match="throwaway"):
        call_command("search_eval", str(prefix), "--in-this-database", stdout=StringIO())
    assert not ExperiencePage.objects.filter(slug__startswith=evaluation.SLUG_PREFIX).exists()


def test_the_throwaway_child_gets_its_own_database_and_index(settings, db):
    throwaway = Throwaway()
    try:
        env = throwaway.env()
        assert env["SEARCH_EVAL_THROWAWAY"] == "1"
        live_index = str(Path(settings.BASE_DIR) / "var")
        assert not env["SEARCH_INDEX_DIR"].startswith(live_index)
        assert str(throwaway.folder) in env["SEARCH_INDEX_DIR"]
        if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
            assert env["DATABASE_URL"] == f"sqlite:///{throwaway.folder / 'db.sqlite3'}"
        else:
            assert throwaway.pg_name and env["DATABASE_URL"].endswith("/" + throwaway.pg_name)
    finally:
        throwaway.close()
    assert not throwaway.folder.exists()
    if throwaway.pg_name:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_database WHERE datname = %s", [throwaway.pg_name])
            assert cursor.fetchone()[0] == 0, "the temporary database is dropped again"
