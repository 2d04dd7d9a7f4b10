"""Helpers for experience tests: sections, quick experience pages, admin form posts.

Most tests need the page tree, the municipalities and the users, not the demo's articles,
events and forums: `tree` loads just those demo steps, which keeps these tests fast.
"""

import datetime
import importlib

import pytest
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from experiences.models import ExperienceIndexPage, ExperiencePage, MunicipalitySectionPage, Theme


@pytest.fixture(autouse=True)
def no_search_index_writes(request, settings):
    """These tests are not about search: skip the index writes on every page save (AUTO_UPDATE).

    A test that needs the index (e.g. that drafts stay out of the admin's search) asks for
    the `search_index` fixture and keeps the project's settings.
    """
    if "search_index" in request.fixturenames:
        return
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**params, "AUTO_UPDATE": False} for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }


@pytest.fixture
def search_index():
    """Keep the search index up to date in this test (see `no_search_index_writes`)."""


TREE_STEPS = ["portal.demo.municipalities", "portal.demo.users", "portal.demo.pages"]


@pytest.fixture
def tree(db):
    """Municipalities, one user per role and the page tree (with groups and workflow), no articles."""
    for step in TREE_STEPS:
        importlib.import_module(step).load(lambda message: None)


@pytest.fixture
def users(tree):
    from django.contrib.auth.models import User

    names = {"member": "medlem", "programme": "programmedlem", "molde": "molde", "editor": "redaktor"}
    return {role: User.objects.get(username=username) for role, username in names.items()}


@pytest.fixture
def index_page(tree):
    return ExperienceIndexPage.objects.get()


@pytest.fixture
def sections(tree):
    return {s.municipality.slug: s for s in MunicipalitySectionPage.objects.select_related("municipality")}


@pytest.fixture
def themes(tree):
    return {t.slug: t for t in Theme.objects.all()}


@pytest.fixture
def clean_index(tree):
    """Kept for readability: with `tree` there are only the experiences a test makes itself."""
    assert not ExperiencePage.objects.exists()


@pytest.fixture
def make_experience(tree):
    """Create a published experience directly in the tree (no revisions: fast)."""
    counter = iter(range(1, 100_000))

    def make(
        section, title=None, themes=(), published=datetime.date(2014, 5, 1), period=None, live=True, **fields
    ):
        n = next(counter)
        page = ExperiencePage(
            title=title or f"Erfaring {n}",
            slug=f"erfaring-test-{n}",
            municipality=section.municipality,
            period=period,
            summary=fields.pop("summary", f"Sammendrag {n}"),
            published_date=published,
            live=live,
            **fields,
        )
        section.add_child(instance=page)
        if themes:
            page.themes.set(themes)
            page.save()
        return page

    return make


def admin_create_data(client, section, **values):
    """The admin's «add experience» form as the browser would post it, with `values` filled in."""
    url = f"/admin/pages/add/experiences/experiencepage/{section.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # The StreamField's management data is written by the admin's JavaScript.
    data.update(nested_form_data({"body": streamfield([])}))
    for key, value in values.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = value
    return url, data
