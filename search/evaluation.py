"""Relevance of the search over a judged set of real text (``search/relevance/realtext_*.jsonl``).

A judged set is two files with a common prefix:

- ``PREFIX_passages.jsonl``: one passage a line, ``{id, lang, title, publisher, source_url,
  retrieved, text}``; short excerpts of pages published by Norwegian public bodies.
- ``PREFIX_queries.jsonl``: one judged query a line, ``{id, query, kinds, note, relevant}``, where
  ``relevant`` maps passage ids to a grade (2 answers the need, 1 is partly relevant).

``load_pages`` turns every passage into a live ``ExperiencePage`` and ``evaluate`` ranks each
query three ways in the same run: through the search page's own code path for experiences, through
``ExperiencePage.objects.search()``, and through a plain BM25 baseline (SQLite FTS5, no stemming,
any word). Metrics are graded: nDCG@k with linear gains, and recall@k over min(k, |relevant|).
The caller decides where the pages go; ``manage.py search_eval`` only ever loads them into a
throwaway database and index.
"""

import json
import math
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from experiences.models import ExperienceIndexPage, ExperiencePage, MunicipalitySectionPage
from municipalities.models import Municipality

# The search page's own code for experiences. Keep this the only import of it: when that module is
# reorganised, this line is the one to follow.
from search import kinds as search_page

KINDS = ("keyword", "inflection", "question", "crossover", "typo", "compound", "phrase", "ascii")
PASSAGE_FIELDS = ("id", "lang", "title", "publisher", "source_url", "retrieved", "text")
SUMMARY_MAX = 600  # ExperiencePage.summary's max_length
SLUG_PREFIX = "eval-"  # the judged pages' slugs, so that nothing else is ever mistaken for one


class JudgedSetError(ValueError):
    """A judged set that cannot be used as it is; the message names the file and line."""


@dataclass
class Passage:
    id: str
    lang: str
    title: str
    publisher: str
    source_url: str
    retrieved: str
    text: str


@dataclass
class JudgedQuery:
    id: str
    query: str
    kinds: list
    relevant: dict  # passage id -> grade (1 or 2)
    note: str = ""


@dataclass
class JudgedSet:
    passages: list
    queries: list
    name: str = ""

    def nynorsk_share(self):
        return sum(p.lang == "nn" for p in self.passages) / len(self.passages) if self.passages else 0.0


def paths(prefix):
    prefix = str(prefix)
    return Path(prefix + "_passages.jsonl"), Path(prefix + "_queries.jsonl")


def is_judged_set(prefix):
    """True when ``prefix`` names a real-text judged set (both files exist)."""
    return all(path.is_file() for path in paths(prefix))


def _read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise JudgedSetError(f"{path}:{number}: not JSON: {error}") from error


def load_judged_set(prefix):
    """Read and check both files; every problem is reported with its file and line."""
    passages_path, queries_path = paths(prefix)
    passages = []
    for number, entry in _read_jsonl(passages_path):
        missing = [name for name in PASSAGE_FIELDS if not entry.get(name)]
        if missing:
            raise JudgedSetError(f"{passages_path}:{number}: missing {', '.join(missing)}")
        if entry["lang"] not in ("nb", "nn"):
            raise JudgedSetError(f"{passages_path}:{number}: lang must be nb or nn, not {entry['lang']!r}")
        passages.append(Passage(**{name: entry[name] for name in PASSAGE_FIELDS}))
    ids = [p.id for p in passages]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise JudgedSetError(f"{passages_path}: duplicate ids {', '.join(sorted(duplicates))}")
    known = set(ids)
    queries = []
    for number, entry in _read_jsonl(queries_path):
        where = f"{queries_path}:{number}"
        if not entry.get("query") or not entry.get("relevant"):
            raise JudgedSetError(f"{where}: needs a query and at least one relevant passage")
        kinds = entry.get("kinds") or []
        unknown_kinds = [kind for kind in kinds if kind not in KINDS]
        if not kinds or unknown_kinds:
            raise JudgedSetError(f"{where}: kinds must be some of {', '.join(KINDS)}, got {kinds}")
        unknown = [pid for pid in entry["relevant"] if pid not in known]
        if unknown:
            raise JudgedSetError(f"{where}: judged passages that do not exist: {', '.join(unknown)}")
        bad_grades = {pid: g for pid, g in entry["relevant"].items() if g not in (1, 2)}
        if bad_grades:
            raise JudgedSetError(f"{where}: grades must be 1 or 2: {bad_grades}")
        queries.append(
            JudgedQuery(
                id=entry.get("id") or f"line{number}",
                query=entry["query"],
                kinds=kinds,
                relevant=dict(entry["relevant"]),
                note=entry.get("note", ""),
            )
        )
    return JudgedSet(passages, queries, name=Path(str(prefix)).name)


# Metrics ------------------------------------------------------------------------------------


def _dcg(gains):
    return sum(gain / math.log2(position + 1) for position, gain in enumerate(gains, start=1))


def ndcg_at_k(ranked, relevant, k=10):
    """Graded nDCG@k: linear gains (the grade), ideal = the judged grades in descending order."""
    ideal = _dcg(sorted(relevant.values(), reverse=True)[:k])
    return _dcg([relevant.get(pid, 0) for pid in _unique(ranked)[:k]]) / ideal if ideal else 0.0


def recall_at_k(ranked, relevant, k=10):
    """Share of the relevant passages (any grade) in the top k, out of as many as fit in k."""
    if not relevant:
        return 0.0
    found = len(set(_unique(ranked)[:k]) & set(relevant))
    return found / min(k, len(relevant))


def _unique(ranked):
    seen, out = set(), []
    for pid in ranked:
        if pid not in seen:
            seen.add(pid)
            out.append(pid)
    return out


# The pages ----------------------------------------------------------------------------------


def split_text(text):
    """(summary, body paragraphs): the first paragraph as summary, cut at a sentence if too long."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return "", []
    first, rest = paragraphs[0], paragraphs[1:]
    if len(first) <= SUMMARY_MAX:
        return first, rest
    sentences = re.split(r"(?<=[.!?])\s+", first)
    summary = ""
    while sentences and len(summary) + len(sentences[0]) + 1 <= SUMMARY_MAX:
        summary = f"{summary} {sentences.pop(0)}".strip()
    if not summary:  # one very long sentence: cut it at a word
        summary = first[:SUMMARY_MAX].rsplit(" ", 1)[0]
        sentences = [first[len(summary) :].strip()]
    return summary, [" ".join(sentences), *rest] if sentences else rest


def slug_for(passage_id):
    return SLUG_PREFIX + passage_id


def passage_id(slug):
    return slug[len(SLUG_PREFIX) :] if slug.startswith(SLUG_PREFIX) else None


@transaction.atomic
def load_pages(passages):
    """One live ExperiencePage per passage (title, summary, body, målform) under a section of its own.

    The municipality is a neutral placeholder: its name is indexed with every page, so it must
    not be a word anyone searches for.
    """
    municipality, _ = Municipality.objects.get_or_create(
        slug="relevansvurdering", defaults={"name": "Relevansvurdering"}
    )
    root = Page.get_first_root_node()
    index_page = ExperienceIndexPage.objects.first()
    if index_page is None:
        index_page = root.add_child(instance=ExperienceIndexPage(title="Erfaringer", slug="erfaringer"))
    section = MunicipalitySectionPage.objects.filter(municipality=municipality).first()
    if section is None:
        section = index_page.add_child(
            instance=MunicipalitySectionPage(
                title=municipality.name, slug="relevansvurdering", municipality=municipality
            )
        )
    # A second run in the same database (the tests do that) keeps the pages of the first when they
    # are the same passages, and replaces them otherwise.
    existing = list(ExperiencePage.objects.child_of(section).filter(slug__startswith=SLUG_PREFIX))
    if {page.slug: page.title for page in existing} == {slug_for(p.id): p.title for p in passages}:
        return existing
    for stale in existing:
        stale.delete()
    now = timezone.now()
    pages = []
    for passage in passages:
        summary, body = split_text(passage.text)
        page = ExperiencePage(
            title=passage.title,
            slug=slug_for(passage.id),
            municipality=municipality,
            summary=summary,
            body=[("text", "".join(f"<p>{escape(p)}</p>" for p in body))] if body else [],
            language=passage.lang,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        pages.append(section.add_child(instance=page))
    return pages


# The rankings -------------------------------------------------------------------------------


def _ids(pages):
    return [pid for pid in (passage_id(page.slug) for page in pages) if pid]


def search_page_ranking(query, k):
    """What a visitor gets under «Erfaringer» on /sok/ (no filters), as passage ids."""
    kind = search_page.KINDS_BY_KEY["erfaringer"]
    results = kind.search(query, AnonymousUser(), search_page.Filters())
    return _ids(results[:k]) if results is not None else []


def objects_search_ranking(query, k):
    """``ExperiencePage.objects.search()`` straight on the configured backend (its default operator)."""
    return _ids(ExperiencePage.objects.live().public().search(query)[:k])


class BM25Baseline:
    """Plain BM25: an in-memory SQLite FTS5 table, unicode61 tokens with æ/ø/å kept, no stemming,
    any query word (OR), title weighted 2 against text 1. Lower bm25() is better."""

    def __init__(self, passages):
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(pid UNINDEXED, title, text, "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        self.db.executemany(
            "INSERT INTO docs (pid, title, text) VALUES (?, ?, ?)",
            [(p.id, p.title, p.text) for p in passages],
        )

    def __call__(self, query, k):
        terms = [t for t in re.findall(r"\w+", query.lower()) if t]
        if not terms:
            return []
        match = " OR ".join('"{}"'.format(t.replace('"', "")) for t in terms)
        rows = self.db.execute(
            "SELECT pid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 2.0, 1.0) LIMIT ?", (match, k)
        )
        return [row[0] for row in rows]


SYSTEMS = {
    "search_page": "search page (/sok/, erfaringer)",
    "objects_search": "ExperiencePage.objects.search()",
    "bm25": "plain BM25 (SQLite FTS5)",
}


@dataclass
class Evaluation:
    judged: JudgedSet
    k: int
    queries: list = field(default_factory=list)  # per query: {id, query, kinds, systems: {...}}
    systems: dict = field(default_factory=dict)  # name -> {"overall": ..., "kinds": ...}

    def as_dict(self):
        return {
            "set": {
                "name": self.judged.name,
                "passages": len(self.judged.passages),
                "nynorsk_share": round(self.judged.nynorsk_share(), 3),
                "queries": len(self.judged.queries),
            },
            "k": self.k,
            "systems": {name: {"label": SYSTEMS.get(name, name), **f} for name, f in self.systems.items()},
            "queries": self.queries,
        }


def evaluate(judged, rankers, k=10):
    """Rank every judged query with each ranker (name -> f(query, k) -> passage ids) and score it."""
    evaluation = Evaluation(judged, k)
    per_system = defaultdict(list)
    for query in judged.queries:
        row = {"id": query.id, "query": query.query, "kinds": query.kinds, "systems": {}}
        for name, ranker in rankers.items():
            ranked = ranker(query.query, k)
            figures = {
                "ndcg": ndcg_at_k(ranked, query.relevant, k),
                "recall": recall_at_k(ranked, query.relevant, k),
                "ranked": ranked,
                "missing": [pid for pid in query.relevant if pid not in ranked[:k]],
            }
            row["systems"][name] = figures
            per_system[name].append((query, figures))
        evaluation.queries.append(row)
    for name, rows in per_system.items():
        by_kind = defaultdict(list)
        for query, figures in rows:
            for kind in query.kinds:
                by_kind[kind].append(figures)
        evaluation.systems[name] = {
            "overall": _summary([f for _q, f in rows]),
            "kinds": {kind: _summary(by_kind[kind]) for kind in KINDS if by_kind[kind]},
        }
    return evaluation


def _summary(figures):
    n = len(figures)
    return {
        "queries": n,
        "ndcg": sum(f["ndcg"] for f in figures) / n if n else 0.0,
        "recall": sum(f["recall"] for f in figures) / n if n else 0.0,
    }


def default_rankers(judged):
    return {
        "search_page": search_page_ranking,
        "objects_search": objects_search_ranking,
        "bm25": BM25Baseline(judged.passages),
    }
