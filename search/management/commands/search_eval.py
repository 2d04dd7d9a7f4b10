"""`manage.py search_eval FILE.jsonl`: how well the search ranks judged documents.

Each line of the file is one judged query:

    {"query": "boliger", "kind": "inflection", "relevant": ["/erfaringer/molde/bolig-forst/"]}

A document is named by its URL path (as `page.url` gives it on the default site) or, without
any slash, by its page slug. The ranking evaluated is the one a visitor gets from
`Page.objects.live().public().search(query)`, i.e. through the configured search backend.
Prints recall@k and nDCG@k (binary relevance) overall and per kind of query.
"""

import json
import math
from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page


def read_judgements(path):
    entries = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as error:
                raise CommandError(f"{path}:{number}: not JSON: {error}") from error
            if not entry.get("query") or not entry.get("relevant"):
                raise CommandError(f"{path}:{number}: needs a query and at least one relevant document")
            entry.setdefault("kind", "other")
            entries.append(entry)
    return entries


def _path(url):
    path = "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url
    return path if path.endswith("/") else path + "/"


def _matches(page, judged):
    if "/" in judged:
        return page["path"] == _path(judged)
    return page["slug"] == judged


def ranking(query, k):
    """The top k pages for `query`, as {path, slug} for matching against judgements."""
    results = Page.objects.live().public().search(query)[:k]
    return [{"path": _path(page.url or ""), "slug": page.slug, "title": page.title} for page in results]


def recall_at_k(ranked, relevant):
    found = {judged for judged in relevant if any(_matches(page, judged) for page in ranked)}
    return len(found) / len(relevant)


def ndcg_at_k(ranked, relevant, k):
    seen = set()
    dcg = 0.0
    for position, page in enumerate(ranked[:k], start=1):
        hit = next((j for j in relevant if j not in seen and _matches(page, j)), None)
        if hit is not None:
            seen.add(hit)
            dcg += 1 / math.log2(position + 1)
    ideal = sum(1 / math.log2(position + 1) for position in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def missing_documents(entries):
    """Judged documents that are not live pages: a judged set that no longer fits the content."""
    pages = [{"path": _path(p.url or ""), "slug": p.slug} for p in Page.objects.live().public()]
    missing = []
    for entry in entries:
        for judged in entry["relevant"]:
            if not any(_matches(page, judged) for page in pages):
                missing.append((entry["query"], judged))
    return missing


def evaluate(entries, k=10):
    """Per-query and aggregated figures: {"queries": [...], "overall": {...}, "kinds": {...}}."""
    rows = []
    for entry in entries:
        ranked = ranking(entry["query"], k)
        rows.append(
            {
                "query": entry["query"],
                "kind": entry["kind"],
                "recall": recall_at_k(ranked, entry["relevant"]),
                "ndcg": ndcg_at_k(ranked, entry["relevant"], k),
                "ranked": ranked,
                "relevant": entry["relevant"],
            }
        )

    def summary(selected):
        n = len(selected)
        return {
            "queries": n,
            "recall": sum(r["recall"] for r in selected) / n if n else 0.0,
            "ndcg": sum(r["ndcg"] for r in selected) / n if n else 0.0,
        }

    by_kind = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    return {
        "queries": rows,
        "overall": summary(rows),
        "kinds": {kind: summary(selected) for kind, selected in sorted(by_kind.items())},
    }


class Command(BaseCommand):
    help = "Recall@k and nDCG@k of the search over a JSONL file of judged queries."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSONL: one {query, kind, relevant: [url path or slug]} per line")
        parser.add_argument("-k", type=int, default=10, help="cut-off rank (default 10)")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")

    def handle(self, *args, file, k, **options):
        entries = read_judgements(file)
        for query, judged in missing_documents(entries):
            self.stderr.write(f"warning: «{query}»: judged document {judged} is not a live public page")
        result = evaluate(entries, k)
        if options.get("json"):
            figures = {"overall": result["overall"], "kinds": result["kinds"]}
            self.stdout.write(json.dumps(figures, indent=2))
            return
        verbose = options.get("verbosity", 1) >= 2
        if verbose:
            for row in result["queries"]:
                self.stdout.write(
                    f"{row['recall']:.2f} {row['ndcg']:.2f}  [{row['kind']}] {row['query']}"
                    + ("" if row["recall"] == 1 else f"  (missing: {self._missing(row)})")
                )
            self.stdout.write("")
        self.stdout.write(f"{'':20} {'queries':>7} {f'recall@{k}':>10} {f'nDCG@{k}':>9}")
        self._line("overall", result["overall"])
        for kind, figures in result["kinds"].items():
            self._line(f"  {kind}", figures)

    def _line(self, label, figures):
        self.stdout.write(
            f"{label:20} {figures['queries']:>7} {figures['recall']:>10.3f} {figures['ndcg']:>9.3f}"
        )

    @staticmethod
    def _missing(row):
        return ", ".join(j for j in row["relevant"] if not any(_matches(p, j) for p in row["ranked"]))
