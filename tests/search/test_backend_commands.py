"""``update_index`` rebuilds from the database; ``check_search_index`` finds and repairs drift."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from experiences.models import ExperiencePage
from search.backends.whoosh import mapping
from search.backends.whoosh.store import get_store
from tests.search.test_backend import corpus, search, whoosh  # noqa: F401


@pytest.mark.django_db
def test_update_index_rebuilds_from_the_database(corpus, whoosh):  # noqa: F811
    store = get_store(whoosh, mapping.build_schema)
    store.write(
        lambda writer: writer.delete_by_term("x_id", f"wagtailcore.page:{corpus['Bostøtte til unge'].pk}")
    )
    assert search("bostøtte") == []
    out = StringIO()
    call_command("update_index", stdout=out, stderr=StringIO())
    assert "indexed" in out.getvalue()
    assert search("bostøtte") == ["Bostøtte til unge"]
    assert ExperiencePage.objects.search("kommunen").count() == 3


@pytest.mark.django_db
def test_check_search_index_detects_and_repairs_drift(corpus, whoosh):  # noqa: F811
    store = get_store(whoosh, mapping.build_schema)
    page = corpus["Mellombels bustad"]
    store.write(lambda writer: writer.delete_by_term("x_id", f"wagtailcore.page:{page.pk}"))
    store.write(lambda writer: writer.update_document(x_id="wagtailcore.page:99999", x_pk="99999"))
    with pytest.raises(CommandError):
        call_command("check_search_index", stdout=StringIO())
    out = StringIO()
    call_command("check_search_index", "--repair", stdout=out)
    assert "1 stale" in out.getvalue()
    call_command("check_search_index", stdout=StringIO())  # clean now
    assert search("mellombels") == ["Mellombels bustad"]
