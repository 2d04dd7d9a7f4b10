"""``manage.py check_search_index [--repair]``: find (and fix) drift between database and index.

Compares every indexed object in the database with the Whoosh index: missing documents, documents
of objects that no longer exist, and updates still waiting in the journal. ``--repair`` re-indexes
exactly those. Exits with status 1 when drift remains, so it can run from cron or a health check.
"""

from django.core.management.base import BaseCommand, CommandError
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import get_model_root
from modelsearch.index import get_indexed_models

from search.backends.whoosh import mapping
from search.backends.whoosh.backend import WhooshSearchBackend


class Command(BaseCommand):
    help = "Compare the search index with the database; --repair fixes the differences."

    def add_arguments(self, parser):
        parser.add_argument("--backend", default="default")
        parser.add_argument("--repair", action="store_true")

    def handle(self, backend, repair, **options):
        search_backend = get_search_backend(backend)
        if not isinstance(search_backend, WhooshSearchBackend):
            self.stdout.write(f"Backend '{backend}' is not the Whoosh backend; nothing to check.")
            return
        store = search_backend.store
        expected = {}  # index key → (model label, pk)
        for model in get_indexed_models():
            root = mapping.model_label(get_model_root(model))
            label = mapping.model_label(model)
            for pk in model.get_indexed_objects().values_list("pk", flat=True).iterator(chunk_size=2000):
                expected[f"{root}:{pk}"] = (label, str(pk))
        indexed = {doc["x_id"] for doc in store.searcher().documents()}
        missing = {expected[key] for key in expected.keys() - indexed}
        stale = indexed - expected.keys()
        pending = store.pending_count()
        self.stdout.write(
            f"{len(expected)} objects in the database, {len(indexed)} in the index: "
            f"{len(missing)} missing, {len(stale)} stale, {pending} waiting in the journal."
        )
        if not (missing or stale or pending):
            return
        if not repair:
            raise CommandError("The search index has drifted; run with --repair or `manage.py update_index`.")

        def delete_stale(writer):
            for key in stale:
                writer.delete_by_term("x_id", key)

        if stale and not store.write(delete_stale):
            raise CommandError("The search index is locked; try again.")
        search_backend.sync(missing)  # also replays the journal
        self.stdout.write(f"Repaired: {len(missing)} indexed, {len(stale)} removed.")
