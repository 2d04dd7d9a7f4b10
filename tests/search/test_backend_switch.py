"""The backend is a setting: Wagtail's database backend keeps the portal's search working."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from search.backends import highlight, suggest
from tests.search.test_backend import make_corpus, titles

DATABASE_BACKEND = {"default": {"BACKEND": "wagtail.search.backends.database"}}


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE_BACKEND)
def test_database_backend_serves_the_portal_search(client):
    make_corpus()
    assert "Bostøtte til unge" in titles(Page.objects.live().specific().search("bostøtte"))
    response = client.get(reverse("search:search"), {"q": "bostøtte"})
    assert response.status_code == 200
    assert "Bostøtte til unge" in response.content.decode()
    # The Whoosh-only helpers degrade instead of failing.
    assert suggest("bostotte") is None
    assert "<mark>" in highlight("Bostøtte til unge", "bostøtte")
