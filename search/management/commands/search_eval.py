"""`manage.py search_eval`: how well the search ranks judged documents.

Two kinds of judged set:

- **Real text** (``manage.py search_eval search/relevance/realtext``): a prefix naming
  ``PREFIX_passages.jsonl`` and ``PREFIX_queries.jsonl`` (see ``search.evaluation``). The command
  runs itself again in a child process whose settings point at a throwaway database (a temporary
  SQLite file, or a temporary PostgreSQL database created and dropped here when ``DATABASE_URL``
  is PostgreSQL) and a temporary index directory, so the live database and index are never
  touched. The child loads every passage as a live ExperiencePage, indexes it through the
  configured backend and prints graded nDCG@k and recall@k overall and per kind of query for the
  search page, ``ExperiencePage.objects.search()`` and a plain BM25 baseline, in one run.
- **Demo content** (``manage.py search_eval search/relevance/demo.jsonl``): one judged query a line,
  ``{"query": "boliger", "kind": "inflection", "relevant": ["/erfaringer/molde/bolig-forst/"]}``,
  over the pages already in the database. A document is named by its URL path (as ``page.url``
  gives it on the default site) or, without any slash, by its page slug. The ranking evaluated is
  ``Page.objects.live().public().search(query)``; recall@k and nDCG@k with binary relevance.
"""

import hashlib
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from collections import defaultdict
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Page

from search import evaluation

THROWAWAY_ENV = "SEARCH_EVAL_THROWAWAY"  # set by the parent for the child it starts


# Demo-content judged set (binary relevance over pages already in the database) -------------


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


# Real-text judged set in a throwaway database and index --------------------------------------


def _migration_state():
    """A key for the migrated schema: every migration file's name and size, and the app set."""
    digest = hashlib.sha256()
    for config in apps.get_app_configs():
        digest.update(config.label.encode())
        folder = Path(config.path) / "migrations"
        for path in sorted(folder.glob("*.py")) if folder.is_dir() else ():
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def _copy_sqlite(source, target):
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


class Throwaway:
    """A temporary database and index for one child process; removed again on exit."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="delingsarena-search-eval-"))
        self.engine = settings.DATABASES["default"]["ENGINE"]
        self.pg_name = None

    def env(self):
        env = dict(os.environ)
        env.update(
            {
                THROWAWAY_ENV: "1",
                "PORTAL_VAR_DIR": str(self.folder / "var"),
                "SEARCH_INDEX_DIR": str(self.folder / "index"),
                "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "portal.settings.dev"),
            }
        )
        if self.engine == "django.db.backends.sqlite3":
            env["DATABASE_URL"] = f"sqlite:///{self.folder / 'db.sqlite3'}"
        elif "postgresql" in self.engine:
            env["DATABASE_URL"] = self._postgres_url()
        else:
            raise CommandError(
                f"search_eval knows how to make a throwaway database for SQLite and PostgreSQL, not {self.engine}"
            )
        return env

    def _postgres_url(self):
        url = os.environ.get("DATABASE_URL")
        if not url:
            raise CommandError("PostgreSQL mode needs DATABASE_URL to name the server")
        self.pg_name = f"search_eval_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        self._admin(f'CREATE DATABASE "{self.pg_name}"')
        parts = urlsplit(url)
        return urlunsplit((parts.scheme, parts.netloc, "/" + self.pg_name, parts.query, parts.fragment))

    def prepare_sqlite(self, env, run):
        """Copy a migrated schema from the cache, migrating once when there is none yet."""
        if self.engine != "django.db.backends.sqlite3":
            return
        cache = Path(tempfile.gettempdir()) / f"delingsarena-search-eval-{_migration_state()}.sqlite3"
        target = self.folder / "db.sqlite3"
        if not cache.exists():
            run(
                [sys.executable, str(settings.BASE_DIR / "manage.py"), "migrate", "--noinput", "-v", "0"], env
            )
            partial = cache.with_suffix(f".{os.getpid()}.part")
            _copy_sqlite(target, partial)
            partial.replace(cache)
        else:
            _copy_sqlite(cache, target)

    def close(self):
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.pg_name:
            self._admin(f'DROP DATABASE IF EXISTS "{self.pg_name}" WITH (FORCE)')

    @staticmethod
    def _admin(sql):
        """CREATE/DROP DATABASE on a connection of its own: they cannot run inside a transaction,
        and Django's connection may be in one."""
        with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as admin:
            admin.execute(sql)


class Command(BaseCommand):
    help = (
        "Recall@k and nDCG@k of the search over a judged set: a real-text prefix "
        "(search/relevance/realtext) or a demo-content JSONL file."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            help="a real-text prefix (PREFIX_passages.jsonl + PREFIX_queries.jsonl) or a demo JSONL file",
        )
        parser.add_argument("-k", type=int, default=10, help="cut-off rank (default 10)")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--in-this-database",
            action="store_true",
            help="(internal) load the real-text pages into the current database and index; only in "
            "the throwaway child process or under the test settings",
        )

    def handle(self, *args, file, k, json: bool = False, in_this_database=False, **options):
        verbosity = options.get("verbosity", 1)
        if evaluation.is_judged_set(file):
            if in_this_database:
                return self._realtext_here(file, k, json, verbosity)
            return self._realtext_throwaway(file, k, json, verbosity)
        if file.endswith("_passages.jsonl") or file.endswith("_queries.jsonl"):
            raise CommandError(f"{file}: name the judged set by its prefix, without _passages/_queries.jsonl")
        if not Path(file).is_file():
            raise CommandError(f"{file}: no such judged set (neither a JSONL file nor a real-text prefix)")
        return self._demo(file, k, json, verbosity)

    # Real text --------------------------------------------------------------------------------

    def _realtext_throwaway(self, prefix, k, as_json, verbosity):
        throwaway = Throwaway()
        try:
            env = throwaway.env()

            def run(command, env):
                done = subprocess.run(  # noqa: S603 - our own manage.py with our own arguments
                    command, env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=False
                )
                if done.returncode:
                    raise CommandError(f"{' '.join(command[1:3])} failed:\n{done.stderr[-4000:]}")
                return done

            throwaway.prepare_sqlite(env, run)
            command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "search_eval"]
            command += [str(Path(prefix).resolve()), "--in-this-database", "-k", str(k), "-v", str(verbosity)]
            if as_json:
                command.append("--json")
            done = run(command, env)
            self.stdout.write(done.stdout, ending="")
            if done.stderr.strip() and verbosity >= 2:
                self.stderr.write(done.stderr, ending="")
        finally:
            throwaway.close()

    def _realtext_here(self, prefix, k, as_json, verbosity):
        if os.environ.get(THROWAWAY_ENV) != "1" and settings.PORTAL_ENVIRONMENT != "test":
            raise CommandError(
                "--in-this-database would add pages to this database; run without it, and search_eval "
                "makes a throwaway database and index itself"
            )
        try:
            judged = evaluation.load_judged_set(prefix)
        except evaluation.JudgedSetError as error:
            raise CommandError(str(error)) from error
        quiet = StringIO()
        throwaway = os.environ.get(THROWAWAY_ENV) == "1"
        if throwaway:
            call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
        evaluation.load_pages(judged.passages)
        if throwaway:
            # Saving indexed each page already; a rebuild from the database makes sure the index
            # holds exactly what the database does, as `manage.py update_index` would after a load.
            call_command("update_index", verbosity=0, stdout=quiet, stderr=quiet)
        result = evaluation.evaluate(judged, evaluation.default_rankers(judged), k)
        if as_json:
            figures = result.as_dict()
            figures["backend"] = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
            figures["database"] = connection.vendor
            self.stdout.write(json_module().dumps(figures, indent=2, ensure_ascii=False))
            return
        self._realtext_table(result, verbosity)

    def _realtext_table(self, result, verbosity):
        judged, k = result.judged, result.k
        names = list(result.systems)
        self.stdout.write(
            f"Real-text judged set {judged.name}: {len(judged.passages)} passages "
            f"({judged.nynorsk_share():.0%} nynorsk), {len(judged.queries)} queries; "
            f"backend {settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']} on {connection.vendor}"
        )
        if verbosity >= 2:
            self.stdout.write("")
            for row in result.queries:
                figures = "  ".join(
                    f"{name} {row['systems'][name]['ndcg']:.2f}/{row['systems'][name]['recall']:.2f}"
                    for name in names
                )
                missing = row["systems"]["search_page"]["missing"]
                line = f"{row['id']} [{','.join(row['kinds'])}] {row['query']}: {figures}"
                self.stdout.write(line + (f"  (search page misses: {', '.join(missing)})" if missing else ""))
            self.stdout.write("")
        width = 30
        self.stdout.write(f"{'':13}{'':>8}" + "".join(f"  {evaluation.SYSTEMS[n]:>{width}}" for n in names))
        self.stdout.write(
            f"{'kind':13}{'queries':>8}"
            + "".join(f"  {f'nDCG@{k}':>{width - 11}} {f'recall@{k}':>10}" for _n in names)
        )

        def line(label, key):
            parts = []
            for name in names:
                figures = (
                    result.systems[name]["overall"] if key is None else result.systems[name]["kinds"][key]
                )
                parts.append(f"  {figures['ndcg']:>{width - 11}.3f} {figures['recall']:>10.3f}")
            count = (
                result.systems[names[0]]["overall"] if key is None else result.systems[names[0]]["kinds"][key]
            )["queries"]
            self.stdout.write(f"{label:13}{count:>8}" + "".join(parts))

        line("overall", None)
        for kind in result.systems[names[0]]["kinds"]:
            line(f"  {kind}", kind)

    # Demo content ----------------------------------------------------------------------------

    def _demo(self, file, k, as_json, verbosity):
        entries = read_judgements(file)
        for query, judged in missing_documents(entries):
            self.stderr.write(f"warning: «{query}»: judged document {judged} is not a live public page")
        result = evaluate(entries, k)
        if as_json:
            figures = {"overall": result["overall"], "kinds": result["kinds"]}
            self.stdout.write(json_module().dumps(figures, indent=2))
            return
        if verbosity >= 2:
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


def json_module():
    # The option is called --json, so the keyword argument shadows the module inside handle().
    return json
