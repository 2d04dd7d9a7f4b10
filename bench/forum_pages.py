"""Time forum topic pages in a long topic: page 1, the last page and a permalink deep in.

Keyset pagination by post number should make all three cost the same. Runs against a
throwaway test database (SQLite by default, PostgreSQL with DATABASE_URL):

    .venv/bin/python bench/forum_pages.py [--posts 10000] [--repeat 30]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    # No setup_test_environment(): its instrumented template rendering would slow every page.
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        run(args.posts, args.repeat)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(posts, repeat):
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from forums.models import Access, Forum, Post, Topic

    reader = User.objects.create_user("leser", "leser@example.org", "x")
    author = User.objects.create_user("skriver", "skriver@example.org", "x")
    forum = Forum.objects.create(name="Bench", slug="bench", access=Access.OPEN)
    topic = Topic.objects.create(forum=forum, title="Lang tråd", author=author)
    started = time.perf_counter()
    Post.objects.bulk_create(
        [
            Post(
                topic=topic,
                forum=forum,
                number=n,
                author=author,
                body=f"Svar {n}",
                body_html=f"<p>Svar {n}</p>",
            )
            for n in range(1, posts + 1)
        ],
        batch_size=2000,
    )
    topic.post_count = posts
    topic.save()
    print(f"{posts} innlegg laget på {time.perf_counter() - started:.1f} s ({connection.vendor})")

    # Keep one connection, as a test run does, so the query log sees every request.
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    client = Client()
    client.force_login(reader)
    deep = max(1, posts - posts // 80)
    urls = {
        "side 1": topic.get_absolute_url(),
        f"siste side ({topic.page_count()})": topic.page_url(topic.page_count()),
        f"permalenke #{deep}": reverse("forums:post_in_topic", args=[topic.pk, deep]),
    }
    print(
        f"{'side':<24}{'spørringer':>11}{'median ms':>11}{'p95 ms':>9}  ({repeat} kall, {settings.FORUM_POSTS_PER_PAGE} per side)"
    )
    for label, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        query_count = len(queries)  # read now: the next request resets the log
        timings = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - t0) * 1000)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        if os.environ.get("BENCH_PROFILE"):
            import cProfile

            cProfile.runctx("client.get(url)", globals(), {"client": client, "url": url}, sort="cumtime")
        print(f"{label:<24}{query_count:>11}{statistics.median(timings):>11.1f}{p95:>9.1f}")


if __name__ == "__main__":
    main()
