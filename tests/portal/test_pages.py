"""Every page type renders with the demo content, for a visitor, in bokmål and nynorsk."""

import pytest
from wagtail.models import Page

from experiences.models import (
    EventIndexPage,
    EventPage,
    ExperienceIndexPage,
    ExperiencePage,
    MunicipalitySectionPage,
)
from portal.models import HomePage, StandardPage

PAGE_TYPES = [
    HomePage,
    StandardPage,
    ExperienceIndexPage,
    MunicipalitySectionPage,
    ExperiencePage,
    EventIndexPage,
    EventPage,
]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_renders(client, demo, model):
    page = model.objects.live().first()
    assert page is not None, f"the demo has no {model.__name__}"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html.replace("&#x27;", "'") or model is HomePage
    assert 'href="#main"' in html  # skip link
    assert "<main" in html and "<nav" in html and "<footer" in html


def test_every_live_page_renders(client, demo):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        assert client.get(page.url).status_code == 200, page.url


def test_home_page_shows_demo_content(client, demo):
    html = client.get("/").content.decode()
    assert "Fra leie til eie med startlån" in html
    assert 'action="/sok/"' in html
    assert "Tilgjengelighetserklæring" in html


def test_assets_are_served_by_the_portal(client, demo):
    html = client.get("/").content.decode()
    assert "//cdn" not in html and "googleapis" not in html
    for attr in ('src="http', 'href="http'):
        # Links to other sites are fine in content, but no script or stylesheet leaves the portal.
        assert f"<script {attr}" not in html and f'<link rel="stylesheet" {attr}' not in html


def test_language_switch_to_nynorsk(client, demo):
    response = client.post("/i18n/setlang/", {"language": "nn", "next": "/"}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nn">' in html
    assert "Hopp til hovudinnhald" in html


def test_unknown_page_gives_norwegian_404(client, demo):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()
