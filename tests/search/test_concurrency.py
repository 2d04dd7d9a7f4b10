"""Several real processes writing at once, a writer killed mid-commit, a busy lock.

These use real processes (fork) and the real index store; nothing is mocked.
"""

import multiprocessing
import os
import signal
import time

import pytest
from django.db import connection, connections

from experiences.models import ExperiencePage
from search.backends.whoosh import mapping
from search.backends.whoosh.store import forget_stores, get_store
from tests.search.test_backend import make_corpus, titles, whoosh, whoosh_settings  # noqa: F401

_inherited = []
WRITERS = 4
SAVES_PER_WRITER = 6


def _writer_process(pks, writer_number, path, errors):
    """Save pages over and over through the normal model save path."""
    try:
        forget_stores()
        if connection.vendor != "sqlite":
            # A fresh connection per process (PostgreSQL). Closing the inherited one would end the
            # parent's session on the shared socket, so drop it (kept referenced: never closed).
            for conn in connections.all(initialized_only=True):
                _inherited.append(conn.connection)
                conn.connection = None
        with whoosh_settings(path):
            for i in range(SAVES_PER_WRITER):
                for pk in pks:
                    page = ExperiencePage.objects.get(pk=pk)
                    page.summary = f"Runde{i} skriver{writer_number}x{i}"
                    page.save()
    except BaseException as exc:  # pragma: no cover - reported to the parent
        errors.put(repr(exc))
        raise


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_several_processes_saving_at_once_lose_no_update(whoosh):  # noqa: F811
    corpus = make_corpus()
    pages = list(corpus.values())
    # Each process owns some pages; all write to the one index at the same time.
    shares = [[p.pk for p in pages[n::WRITERS]] for n in range(WRITERS)]
    ctx = multiprocessing.get_context("fork")
    errors = ctx.Queue()
    processes = [
        ctx.Process(target=_writer_process, args=(share, n, whoosh, errors)) for n, share in enumerate(shares)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [p.exitcode for p in processes] == [0] * WRITERS
    assert errors.empty()

    store = get_store(whoosh, mapping.build_schema)
    assert store.pending_count() == 0  # nothing had to wait for a later writer
    last = SAVES_PER_WRITER - 1
    for n, share in enumerate(shares):
        if connection.vendor == "sqlite":
            continue  # forked SQLite in-memory databases do not share writes back; check the index only
        for pk in share:
            assert ExperiencePage.objects.get(pk=pk).summary.endswith(f"skriver{n}x{last}")
    searcher = store.searcher()
    from whoosh.query import Term

    for n, share in enumerate(shares):
        token = f"skriver{n}x{last}"
        found = {hit["x_pk"] for hit in searcher.search(Term("x_words", token), limit=None)}
        assert found == {str(pk) for pk in share}, token
    # One document per page: no duplicates from racing updates.
    ids = [doc["x_id"] for doc in searcher.documents() if doc["x_id"].startswith("wagtailcore.page:")]
    assert len(ids) == len(set(ids)) == len(pages)


def _commit_forever(path, ready):
    forget_stores()
    store = get_store(path, mapping.build_schema)
    n = 0
    while True:

        def add(writer, n=n):
            for i in range(1500):
                writer.add_document(x_id=f"crash:{n}:{i}", x_pk=str(i), x_words=f"krasj runde{n} ord{i}")

        ready.set()
        store.write(add)
        n += 1


@pytest.mark.slow
def test_writer_killed_mid_commit_leaves_a_readable_index(tmp_path):
    path = str(tmp_path / "index")
    ctx = multiprocessing.get_context("fork")
    for delay in (0.05, 0.2, 0.45):
        ready = ctx.Event()
        process = ctx.Process(target=_commit_forever, args=(path, ready))
        process.start()
        assert ready.wait(30)
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)
        assert process.exitcode == -signal.SIGKILL

        forget_stores()
        store = get_store(path, mapping.build_schema, write_timeout=1.0, write_attempts=1)
        searcher = store.searcher()
        count = searcher.doc_count()
        assert count % 1500 == 0  # only whole commits are visible
        if count:
            from whoosh.query import Term

            assert len(searcher.search(Term("x_words", "krasj"), limit=None)) == count
        # The lock died with the process: a new writer gets it at once.
        assert store.write(lambda writer: writer.add_document(x_id="after", x_words="etter krasj"))
        assert store.searcher().doc_count() == count + 1
        store.write(lambda writer: writer.delete_by_term("x_id", "after"))


@pytest.mark.slow
@pytest.mark.django_db
def test_busy_lock_never_fails_the_save_and_the_update_is_replayed(tmp_path):
    forget_stores()
    path = tmp_path / "index"
    with whoosh_settings(path, WRITE_TIMEOUT=0.2, WRITE_ATTEMPTS=1):
        corpus = make_corpus()
        page = corpus["Samarbeid med Husbanken"]
        store = get_store(path, mapping.build_schema)
        # Another process holds the lock (a child that takes it and waits).
        ctx = multiprocessing.get_context("fork")
        locked, release = ctx.Event(), ctx.Event()

        def hold_lock():
            forget_stores()
            writer = get_store(path, mapping.build_schema).index().writer()
            locked.set()
            release.wait(60)
            writer.cancel()

        holder = ctx.Process(target=hold_lock)
        holder.start()
        assert locked.wait(30)
        try:
            page.summary = "Gjeldsrådgivning i hele kommunen."
            page.save()  # must not raise although the index is locked
            assert ExperiencePage.objects.get(pk=page.pk).summary.startswith("Gjeldsrådgivning")
            assert store.pending_count() == 1
            assert titles(ExperiencePage.objects.search("gjeldsrådgivning")) == []
        finally:
            release.set()
            holder.join(30)
        # The next write by anyone replays the journal.
        other = corpus["Leiligheter for alle"]
        other.save()
        assert store.pending_count() == 0
        assert titles(ExperiencePage.objects.search("gjeldsrådgivning")) == ["Samarbeid med Husbanken"]
    forget_stores()
