"""`manage.py search_eval` and the judged set in search/relevance/demo.jsonl.

Minimum figures per backend, from what each measured over the demo content when this test was
written (27 queries): the Whoosh backend (Norwegian stemming, folding, typo tolerance, synonyms)
recall@10 1.000, nDCG@10 0.986; Wagtail's database backend on SQLite recall@10 0.370,
nDCG@10 0.340 (it matches exact words only).
"""

import json
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.search.backends import get_search_backend

from search.management.commands.search_eval import (
    evaluate,
    missing_documents,
    ndcg_at_k,
    read_judgements,
    recall_at_k,
)

JUDGED = Path(settings.BASE_DIR) / "search" / "relevance" / "demo.jsonl"

# (recall@10, nDCG@10) that the configured backend must reach over the judged set.
THRESHOLDS = {"search.backends.whoosh": (0.9, 0.85), "database": (0.3, 0.25)}


def thresholds():
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return THRESHOLDS["search.backends.whoosh" if backend.startswith("search.backends") else "database"]


def test_metrics_on_a_known_ranking():
    ranked = [{"path": p, "slug": p.strip("/").split("/")[-1]} for p in ("/a/", "/b/", "/c/", "/d/")]
    assert recall_at_k(ranked, ["/b/", "/x/"]) == 0.5
    assert ndcg_at_k(ranked, ["/a/"], 10) == 1.0
    assert ndcg_at_k(ranked, ["/c/"], 10) == pytest.approx(0.5)  # 1/log2(4)
    assert ndcg_at_k(ranked, ["d"], 10) == pytest.approx(1 / 2.321928, rel=1e-4)  # named by slug
    assert ndcg_at_k(ranked, ["/x/"], 10) == 0.0


@pytest.fixture
def fresh_index(db):
    """An empty index before the demo loads: entries from earlier tests' rolled-back rows would
    otherwise take places in the top 10 (on PostgreSQL their ids are not reused)."""
    get_search_backend().reset_indexes()


def test_judged_set_fits_the_demo_and_search_eval_reports_it(fresh_index, demo):
    # One test, so the demo content is loaded once.
    entries = read_judgements(JUDGED)
    assert len(entries) >= 20
    kinds = Counter(entry["kind"] for entry in entries)
    for kind in ("inflection", "typo", "ascii", "phrase", "nynorsk"):
        assert kinds[kind] >= 3, kind
    assert missing_documents(entries) == []

    out = StringIO()
    call_command("search_eval", str(JUDGED), stdout=out)
    lines = out.getvalue().splitlines()
    assert "recall@10" in lines[0] and "nDCG@10" in lines[0]
    assert lines[1].split()[:2] == ["overall", str(len(entries))]
    assert {line.split()[0] for line in lines[2:]} >= set(kinds)

    figures = json.loads(_run_json())
    min_recall, min_ndcg = thresholds()
    assert figures["overall"]["recall"] >= min_recall, figures
    assert figures["overall"]["ndcg"] >= min_ndcg, figures
    # Exact words and phrases must work on every backend.
    assert figures["kinds"]["phrase"]["recall"] == 1.0, figures


def _run_json():
    out = StringIO()
    call_command("search_eval", str(JUDGED), "--json", stdout=out)
    return out.getvalue()


def test_search_eval_reports_a_malformed_file(tmp_path, db):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"query": "bolig", "kind": "x", "relevant": []}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="bad.jsonl:1"):
        call_command("search_eval", str(bad))
    assert evaluate([], 10)["overall"] == {"queries": 0, "recall": 0.0, "ndcg": 0.0}
