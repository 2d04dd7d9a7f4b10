"""Municipality profile pages (/kommuner/<slug>/): what one municipality shares, from every app."""

import pytest
from django.urls import reverse


@pytest.fixture
def alesund_url():
    return reverse("portal:municipality", kwargs={"slug": "alesund"})


def test_profile_pages(client, users, alesund_url):
    # One test over the full demo content, which is slow to load.
    html = client.get(alesund_url).content.decode()
    assert "Fra leie til eie med startlån" in html
    assert "Oppstartssamling for programperioden 2013–2016" in html
    assert "Midt-Norge 2009–2012" in html and "Midt-Norge 2013–2016" in html
    assert "1504 (1838–2019), 1507 (2020–2023), 1508 (2024–)" in html
    assert "mot snittet i regionen og landet, 2020" in html
    assert "Illustrative tall." in html
    assert "Plass " in html and " av 12 i Midt-Norge" in html

    # Visitors see forum activity in open forums only; programme members see their own forum too.
    assert "Hvordan organiserer dere tildeling av kommunale boliger?" in html
    assert "Forberedelser til samlingen i juni" not in html
    client.force_login(users["programme"])
    assert "Forberedelser til samlingen i juni" in client.get(alesund_url).content.decode()

    # A municipality outside the programme has indicators but no programme history.
    html = client.get(reverse("portal:municipality", kwargs={"slug": "volda"})).content.decode()
    assert "Ikke med i en programperiode." in html
    assert "Volda mot snittet i regionen og landet, 2020" in html


def test_unknown_municipality_is_404(client, db):
    assert client.get(reverse("portal:municipality", kwargs={"slug": "finnes-ikke"})).status_code == 404
