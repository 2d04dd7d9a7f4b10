"""Indexing glue that modelsearch's own handlers leave out.

modelsearch removes a deleted object through ``get_indexed_instance()``, which for a Wagtail page
looks up the (already deleted) specific row and gives up, leaving the page in the index. Here
every delete of an indexed model also asks the Whoosh backend to re-check that key after commit.
"""

from django.db.models.signals import m2m_changed, post_delete
from modelsearch.backends import get_search_backends
from modelsearch.index import class_is_indexed, get_indexed_models

from .backends.whoosh.backend import WhooshSearchBackend


def post_delete_handler(sender, instance, using=None, **kwargs):
    for backend in get_search_backends(with_auto_update=True):
        if isinstance(backend, WhooshSearchBackend):
            backend.schedule_key(type(instance), instance.pk, using)


def register_signal_handlers():
    for model in get_indexed_models():
        if getattr(model, "search_auto_update", True):
            post_delete.connect(
                post_delete_handler, sender=model, dispatch_uid=f"search-whoosh-{model._meta.label}"
            )
    register_m2m_handlers()


def m2m_changed_handler(sender, instance, action, reverse, model, pk_set, using=None, **kwargs):
    """Many-to-many changes are saved after post_save (modelcluster commits them later): re-index."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    targets = [(type(instance), instance.pk)]
    if reverse and pk_set:
        targets = [(model, pk) for pk in pk_set]
    for backend in get_search_backends(with_auto_update=True):
        if isinstance(backend, WhooshSearchBackend):
            for target_model, pk in targets:
                if class_is_indexed(target_model):
                    backend.schedule_key(target_model, pk, using)


def register_m2m_handlers():
    for model in get_indexed_models():
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                m2m_changed_handler, sender=through, dispatch_uid=f"search-whoosh-m2m-{through}"
            )
