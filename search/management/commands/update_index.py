"""``manage.py update_index``: rebuild the search index from the database, with a progress bar.

Same options as modelsearch's command (``--backend``, ``--schema-only``, ``--chunk_size``); the
Whoosh rebuild is committed atomically, so searches answer from the old index until it is done.
"""

from modelsearch.management.commands.rebuild_modelsearch_index import Command as RebuildCommand
from tqdm import tqdm


class Command(RebuildCommand):
    help = "Rebuild the search index from the database."

    def queryset_chunks(self, qs, chunk_size=1000):
        self._total = qs.count()
        return super().queryset_chunks(qs, chunk_size)

    def print_iter_progress(self, iterable):
        chunks = iter(iterable)
        first = next(chunks, None)  # evaluates the count in queryset_chunks
        if first is None:
            return
        with tqdm(
            total=getattr(self, "_total", None),
            unit="obj",
            file=self.stdout,
            disable=self.verbosity == 0,
            leave=False,
        ) as bar:
            for chunk in _chain(first, chunks):
                yield chunk
                bar.update(len(chunk))


def _chain(first, rest):
    yield first
    yield from rest
