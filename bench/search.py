"""Search benchmark: Whoosh (this portal's backend) against SQLite FTS5 on the same corpus.

    .venv/bin/python bench/search.py [--docs 20000] [--queries 300]

Builds a corpus of realistic Norwegian documents (domain vocabulary, inflected forms, bokmål and
nynorsk, municipality names), then for each engine prints index build time, index size and query
latency p50/p95, and the Whoosh/FTS5 ratio. One query is what the search page
(``search/kinds.py``) asks of an engine for one kind of result: the top 10 by relevance, the
number of matches, and the match counts per municipality (a filter's facet). Every word must match
(AND); a multi-word query that finds nothing that way is run again with any word (OR).

- Whoosh: the backend's own schema, analyzers, query compiler (stems, synonyms, typo expansion,
  the folded field) and evaluation (``scoring.evaluate``, ``scoring.top``,
  ``IndexStore.facet_counts``), as ``Page.objects.search()`` runs them: content-type filter, top
  10, count, facet, stored primary keys.
- SQLite FTS5: a raw FTS5 table (the engine under Wagtail's SQLite database backend) with bm25
  ranking and the same weights, ``count(*)`` and ``GROUP BY`` for the facet. No stemming, so it
  does less work. Wagtail's database backend itself adds ranking SQL on top; at this size it took
  25–40 s per query (docs/search.md), so it is not run here.
"""

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from modelsearch.query import PlainText  # noqa: E402
from whoosh import index  # noqa: E402
from whoosh import query as wq  # noqa: E402

from search.backends.whoosh import analysis, mapping, scoring  # noqa: E402
from search.backends.whoosh.query import WhooshSearchQueryCompiler  # noqa: E402
from search.backends.whoosh.store import IndexStore  # noqa: E402

NOUNS = [
    ("bolig", "boligen", "boliger", "boligene"),
    ("bustad", "bustaden", "bustader", "bustadene"),
    ("leilighet", "leiligheten", "leiligheter", "leilighetene"),
    ("kommune", "kommunen", "kommuner", "kommunene"),
    ("innbygger", "innbyggeren", "innbyggere", "innbyggerne"),
    ("søknad", "søknaden", "søknader", "søknadene"),
    ("tilskudd", "tilskuddet", "tilskudd", "tilskuddene"),
    ("startlån", "startlånet", "startlån", "startlånene"),
    ("bostøtte", "bostøtten", "bostøtter", "bostøttene"),
    ("flyktning", "flyktningen", "flyktninger", "flyktningene"),
    ("ungdom", "ungdommen", "ungdommer", "ungdommene"),
    ("familie", "familien", "familier", "familiene"),
    ("tjeneste", "tjenesten", "tjenester", "tjenestene"),
    ("veileder", "veilederen", "veiledere", "veilederne"),
    ("husleie", "husleien", "husleier", "husleiene"),
    ("utleier", "utleieren", "utleiere", "utleierne"),
    ("eiendom", "eiendommen", "eiendommer", "eiendommene"),
    ("tiltak", "tiltaket", "tiltak", "tiltakene"),
    ("samarbeid", "samarbeidet", "samarbeid", "samarbeida"),
    ("erfaring", "erfaringen", "erfaringer", "erfaringene"),
    ("prosjekt", "prosjektet", "prosjekter", "prosjektene"),
    ("plan", "planen", "planer", "planene"),
    ("rådgiver", "rådgiveren", "rådgivere", "rådgiverne"),
    ("gjeld", "gjelden", "gjeld", "gjelda"),
    ("økonomi", "økonomien", "økonomier", "økonomiene"),
    ("tomt", "tomta", "tomter", "tomtene"),
    ("nabolag", "nabolaget", "nabolag", "nabolagene"),
    ("tilpasning", "tilpasningen", "tilpasninger", "tilpasningene"),
    ("barnefamilie", "barnefamilien", "barnefamilier", "barnefamiliene"),
    ("eldre", "eldre", "eldre", "eldre"),
]
VERBS = (
    "kjøpte bygde tilbyr ga fikk søkte hjelper leier eier planlegger samarbeider vurderer etablerte".split()
)
ADJECTIVES = (
    "midlertidig mellombels vanskeligstilt kommunal privat ny god trygg rimelig tilpasset varig".split()
)
FILLER = "og i for med på til av som det er har ble at en et den de vi".split()
PLACES = (
    "Molde Ålesund Bergen Trondheim Bodø Tromsø Harstad Steinkjer Levanger Namsos Kristiansund Ørsta "
    "Volda Førde Sogndal Lillehammer Gjøvik Hamar Elverum Kongsvinger Drammen Skien Porsgrunn Arendal "
    "Grimstad Mandal Egersund Sandnes Haugesund Stord Voss Narvik Alta Hammerfest Vadsø Kirkenes"
).split()


PREFIXES = (
    "bolig bustad start leie eie hus by bygde nabo barne familie ungdom flyktning eldre helse "
    "sosial tjeneste stat kommune fylke plan bygg areal tomt gjeld lån rente økonomi arbeid skole "
    "kultur frivillig rus psykisk omsorg bo utleie kjøp salg natt krise nød"
).split()
SUFFIXES = (
    "kontor tjeneste plan tilbud tiltak program prosjekt søknad ordning veiledning kjøp marked "
    "politikk sosial arbeid strategi modell team forvaltning rådgiver senter fond gruppe område "
    "behov løsning støtte tilskudd garanti register rapport"
).split()


def vocabulary(rng):
    """Words ranked by how common they are (Zipf): inflected domain nouns first, then compounds."""
    words = [w for forms in NOUNS for w in forms] + VERBS + ADJECTIVES + PLACES
    compounds = [p + s for p in PREFIXES for s in SUFFIXES if p != s]
    rng.shuffle(compounds)
    words += compounds
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(words))]
    return words, weights


def sentence(rng, length, vocab):
    words, weights = vocab
    picked = rng.choices(words, weights, k=length)
    out = []
    for word in picked:
        out.append(word)
        if rng.random() < 0.45:
            out.append(rng.choice(FILLER))
    return " ".join(out).capitalize() + "."


def corpus(n, seed=1):
    rng = random.Random(seed)
    vocab = vocabulary(random.Random(0))
    for i in range(n):
        yield {
            "pk": str(i + 1),
            "title": sentence(rng, rng.randint(2, 5), vocab).rstrip("."),
            "summary": sentence(rng, rng.randint(10, 20), vocab),
            "body": " ".join(sentence(rng, rng.randint(6, 12), vocab) for _ in range(rng.randint(4, 12))),
            "place": rng.choice(PLACES),
        }


def queries(n, seed=2):
    rng = random.Random(seed)
    words_, weights = vocabulary(random.Random(0))
    out = []
    for _ in range(n):
        kind = rng.random()
        # People search for what the portal is about: mostly domain nouns and compounds.
        words = [rng.choice(rng.choice(NOUNS)) if rng.random() < 0.5 else rng.choices(words_, weights)[0]]
        words += rng.choices(words_[: len(words_) // 2], k=rng.randint(0, 2))
        if kind < 0.15:
            words = [analysis.fold(w) for w in words]  # typed without æ/ø/å
        elif kind < 0.25:
            w = words[0]
            if len(w) > 4:
                i = rng.randrange(1, len(w) - 1)
                words[0] = w[:i] + w[i + 1 :]  # one letter missing
        elif kind < 0.4:
            words.append(rng.choice(PLACES))
        out.append(" ".join(words))
    return out


COLUMNS = [("t__wagtailcore_page__title", 2.0), ("t__bench__summary", 2.0), ("t__bench__body", 1.0)]
PLACE = "f__bench__place"


class BenchCompiler(WhooshSearchQueryCompiler):
    """The backend's query compiler with the bench's columns instead of a model's.

    As in the backend, a search over all fields reads the weighted whole-text and headline
    fields; the columns serve phrases and field-restricted searches.
    """

    def __init__(self, text, operator="and"):
        self.query = PlainText(text, operator=operator)
        self.fields = None

    def columns(self):
        return COLUMNS


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def dir_size(path):
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def bench_whoosh(docs, qs, workdir):
    path = os.path.join(workdir, "whoosh")
    os.makedirs(path)
    schema = mapping.base_schema()
    for column, _boost in COLUMNS:
        schema.add(column, mapping.text_field())
    schema.add(PLACE, mapping.filter_field_type("str", multi=False))
    start = time.perf_counter()
    ix = index.create_in(path, schema)
    writer = ix.writer(limitmb=256)
    for doc in docs:
        # The document mapping.document() builds for a page with these three search fields.
        parts = list(
            zip((doc["title"], doc["summary"], doc["body"]), (boost for _c, boost in COLUMNS), strict=True)
        )
        text = " ".join(part for part, _boost in parts)
        writer.add_document(
            x_id=f"wagtailcore.page:{doc['pk']}",
            x_pk=doc["pk"],
            x_ct="bench.page wagtailcore.page",
            x_text=parts,
            x_head=doc["title"],
            x_folded=text,
            x_words=text,
            **{column: part for (column, _boost), (part, _b) in zip(COLUMNS, parts, strict=True)},
            **{PLACE: doc["place"]},
        )
    writer.commit(optimize=True)
    build = time.perf_counter() - start
    size = dir_size(path)

    searcher = ix.searcher()
    content_type = wq.Term("x_ct", "wagtailcore.page")

    def page(text, operator):
        nonlocal searcher
        # What WhooshSearchResults does for results[:10], .count() and .facet("place").
        query = BenchCompiler(text, operator).get_query(searcher.reader())
        matches = scoring.evaluate(searcher, query, IndexStore.filter_docs(searcher, content_type))
        top = [searcher.stored_fields(docnum)["x_pk"] for docnum, _score in scoring.top(matches, 10)]
        facet = IndexStore.facet_counts(searcher, PLACE, matches.keys()) if matches else {}
        return top, len(matches), facet

    def run(text):
        # As the search page (search/kinds.py): every word, else any word.
        found = page(text, "and")
        if not found[1] and len(text.split()) > 1:
            found = page(text, "or")
        return found[0]

    for text in qs[:20]:  # warm caches, as a running worker has them
        run(text)
    latencies, empty = [], 0
    for text in qs:
        t0 = time.perf_counter()
        found = run(text)
        latencies.append((time.perf_counter() - t0) * 1000)
        empty += not found
    # After every index change a worker opens a new searcher, whose caches (filter sets, field
    # lengths, facet sets) start empty: the first query pays for filling them.
    cold = []
    for text in qs[:30]:
        searcher.close()
        t0 = time.perf_counter()
        searcher = ix.searcher()
        run(text)
        cold.append((time.perf_counter() - t0) * 1000)
    searcher.close()
    note = (
        f"first query after an index change (new searcher, empty caches): "
        f"p50 {percentile(cold, 50):.2f} ms, max {max(cold):.2f} ms"
    )
    return build, size, latencies, empty, note


def bench_fts5(docs, qs, workdir):
    path = os.path.join(workdir, "fts5.sqlite3")
    db = sqlite3.connect(path)
    start = time.perf_counter()
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, place UNINDEXED, tokenize='unicode61')"
    )
    db.executemany(
        "INSERT INTO docs(rowid, title, summary, body, place) VALUES (?, ?, ?, ?, ?)",
        ((int(d["pk"]), d["title"], d["summary"], d["body"], d["place"]) for d in docs),
    )
    db.commit()
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.commit()
    build = time.perf_counter() - start
    size = os.path.getsize(path)

    def page(text, joint):
        terms = joint.join('"' + w.replace('"', "") + '"' for w in text.lower().split())
        top = db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 2.0, 2.0, 1.0) LIMIT 10", (terms,)
        ).fetchall()
        count = db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (terms,)).fetchone()[0]
        facet = db.execute(
            "SELECT place, count(*) FROM docs WHERE docs MATCH ? GROUP BY place", (terms,)
        ).fetchall()
        return top, count, facet

    def run(text):
        # The same mode as Whoosh: AND, falling back to OR when AND finds nothing.
        found = page(text, " AND ")
        if not found[1] and len(text.split()) > 1:
            found = page(text, " OR ")
        return found[0]

    for text in qs[:20]:
        run(text)
    latencies, empty = [], 0
    for text in qs:
        t0 = time.perf_counter()
        found = run(text)
        latencies.append((time.perf_counter() - t0) * 1000)
        empty += not found
    db.close()
    return build, size, latencies, empty, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()

    docs = list(corpus(args.docs))
    qs = queries(args.queries)
    words = sum(len(f"{d['title']} {d['summary']} {d['body']}".split()) for d in docs)
    print(
        f"Corpus: {len(docs)} documents, {words} words; {len(qs)} queries "
        "(top 10 ranked + count + facet; AND, else OR, as the search page)"
    )
    workdir = tempfile.mkdtemp(prefix="search-bench-")
    try:
        rows = {}
        for name, fn in [("Whoosh", bench_whoosh), ("SQLite FTS5", bench_fts5)]:
            build, size, latencies, empty, note = fn(docs, qs, workdir)
            rows[name] = (percentile(latencies, 50), percentile(latencies, 95))
            print(
                f"{name:12} build {build:6.1f} s   size {size / 1e6:6.1f} MB   "
                f"p50 {rows[name][0]:6.2f} ms   p95 {rows[name][1]:6.2f} ms   "
                f"mean {statistics.mean(latencies):6.2f} ms   no hits {empty}"
            )
            if note:
                print(f"{'':13}{note}")
        w, f = rows["Whoosh"], rows["SQLite FTS5"]
        print(f"Ratio Whoosh/FTS5: p50 {w[0] / f[0]:.1f}x, p95 {w[1] / f[1]:.1f}x")
        print(f"Whoosh p95 target <= 30 ms: {'met' if w[1] <= 30 else 'NOT met'}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
