"""The search page (/sok/) and its autocomplete endpoint, as visitors and members use them.

The tests run on whichever search backend the settings name, so they only rely on what every
backend must do (whole words, filters, permissions); Norwegian analysis is measured by
search_eval over search/relevance/demo.jsonl (test_eval.py).
"""

import datetime
import importlib
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page
from wagtail.search.backends import get_search_backend

from experiences.models import EventIndexPage, EventPage, ExperiencePage, MunicipalitySectionPage, Theme
from municipalities.models import ProgrammePeriod

EXPERIENCE_URL = "/erfaringer/alesund/fra-leie-til-eie-med-startlan/"


def load_site():
    """The demo's municipalities, users, page tree and themes, without the demo's stories
    (loading all of them costs seconds per test); each test adds the content it needs."""
    # The index outlives each test's rolled-back data; on PostgreSQL ids are not reused, so
    # entries left by earlier tests would fill the top hits with rows that no longer exist.
    get_search_backend().reset_indexes()
    for step in ("municipalities", "users", "pages"):
        importlib.import_module(f"portal.demo.{step}").load(lambda message: None)
    add_experience(
        "Fra leie til eie med startlån",
        "Ålesund kommune hjalp 40 husstander fra kommunal utleiebolig til egen bolig med startlån.",
        "alesund",
        2014,
        ["startlan-og-bostotte"],
        body="Boligkontoret gikk gjennom alle leiekontrakter.",
    )


@pytest.fixture
def site(db):
    load_site()


def add_experience(title, summary, municipality="molde", year=2015, themes=(), body="", language="nb"):
    section = MunicipalitySectionPage.objects.get(municipality__slug=municipality)
    page = ExperiencePage(
        title=title,
        slug=slugify(title.replace("ø", "o").replace("å", "a")),
        municipality=section.municipality,
        period=ProgrammePeriod.objects.get(start_year=2013 if year >= 2013 else 2009),
        summary=summary,
        body=[("text", f"<p>{body}</p>")] if body else [],
        published_date=datetime.date(year, 5, 1),
        language=language,
    )
    section.add_child(instance=page)
    page.themes.set(Theme.objects.filter(slug__in=themes))
    page.save_revision().publish()
    return page


def main_html(response):
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def hit_titles(html):
    return [re.sub(r"<[^>]+>", "", t).strip() for t in re.findall(r"<h3[^>]*><a [^>]*>(.*?)</a></h3>", html)]


def test_one_box_finds_every_type_grouped_with_counts(client, site):
    add_experience("Lysløypemodellen i Molde", "Lysløypemodellen: korte møter langs lysløypa.", year=2016)
    Theme.objects.create(name="Lysløypemodellen", slug="lysloypemodellen", intro="Om lysløypemodellen.")
    events = EventIndexPage.objects.get()
    event = EventPage(
        title="Samling om lysløypemodellen",
        slug="lysloype",
        start_date=datetime.date(2016, 2, 3),
        place="Molde",
    )
    events.add_child(instance=event)
    event.save_revision().publish()

    html = main_html(client.get("/sok/", {"q": "lysløypemodellen"}))
    assert "3 treff for «lysløypemodellen»" in html
    # Each type under its own heading with a count, and in the type filter with the same count.
    for kind, label, url in (
        ("erfaringer", "Erfaringer", "/erfaringer/molde/lysloypemodellen-i-molde/"),
        ("samlinger", "Samlinger", "/samlinger/lysloype/"),
        ("tema", "Tema", "/tema/lysloypemodellen/"),
    ):
        assert re.search(rf'id="group-{kind}">{label} <span class="count">\(1\)</span>', html), kind
        assert re.search(rf'href="\?q=[^"]*type={kind}">{label} <span class="count">\(1\)</span>', html), kind
        assert f'href="{url}"' in html
    assert "Molde · 2016" in html  # municipality and year beside an experience
    assert "Molde · 03.02.2016" in html  # place and date beside an event


def test_snippet_highlights_the_query_and_escapes_content(client, site):
    add_experience(
        "Nabolagsarbeid i Molde",
        "Vi skrev <script>alert(1)</script> i planen og startet nabolagsarbeid i tre bydeler.",
        body="Møtene holdes i grendehuset hver tirsdag.",
    )
    html = main_html(client.get("/sok/", {"q": "nabolagsarbeid"}))
    assert "<mark>nabolagsarbeid</mark>" in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    # A word that only the body has: the snippet comes from the body.
    html = main_html(client.get("/sok/", {"q": "grendehuset"}))
    assert re.search(r'class="snippet"[^>]*>[^<]*<mark>grendehuset</mark>', html)


def test_type_view_is_paginated_with_side(client, site):
    for n in range(12):
        add_experience(f"Prosjektkveld nummer {n + 1}", f"Prosjektkveld for kommunene, runde {n + 1}.")
    html = main_html(client.get("/sok/", {"q": "prosjektkveld"}))
    assert "Vis alle 12 treff i erfaringer" in html
    html = main_html(client.get("/sok/", {"q": "prosjektkveld", "type": "erfaringer"}))
    assert len(hit_titles(html)) == 10
    assert 'aria-label="Sider med treff"' in html
    assert "side=2" in html
    page_two = main_html(client.get("/sok/", {"q": "prosjektkveld", "type": "erfaringer", "side": 2}))
    assert len(hit_titles(page_two)) == 2
    assert 'start="11"' in page_two
    assert not set(hit_titles(page_two)) & set(hit_titles(html))
    # A page number past the end shows the last page rather than an error.
    assert len(hit_titles(main_html(client.get("/sok/?q=prosjektkveld&type=erfaringer&side=99")))) == 2


def test_filters_by_municipality_theme_period_and_year_with_counts(client, site):
    add_experience(
        "Bydelsteam i Molde", "Bydelsteam og boveiledning.", "molde", 2011, ["oppfolging-i-hjemmet"]
    )
    add_experience(
        "Bydelsteam i Ålesund", "Bydelsteam for leietakere.", "alesund", 2015, ["samarbeid-med-nav"]
    )
    html = main_html(client.get("/sok/", {"q": "bydelsteam"}))
    for label in ("Molde", "Ålesund", "Oppfølging i hjemmet", "Samarbeid med NAV og andre statlige aktører"):
        assert re.search(rf">{label} <span class=\"count\">\(1\)</span>", html), label
    assert re.search(r">2011 <span class=\"count\">\(1\)</span>", html)
    assert re.search(r">Midt-Norge 2013–2016 <span class=\"count\">\(1\)</span>", html)

    def titles(**params):
        return hit_titles(main_html(client.get("/sok/", {"q": "bydelsteam", **params})))

    assert titles(kommune="molde") == ["Bydelsteam i Molde"]
    assert titles(tema="samarbeid-med-nav") == ["Bydelsteam i Ålesund"]
    assert titles(periode=2009) == ["Bydelsteam i Molde"]
    assert titles(aar=2015) == ["Bydelsteam i Ålesund"]
    assert titles(kommune="molde", aar=2015) == []
    # The year is ?aar= as on /erfaringer/; links made when it was ?ar= still filter.
    assert titles(ar=2015) == ["Bydelsteam i Ålesund"]
    old_link = main_html(client.get("/sok/", {"q": "bydelsteam", "ar": 2015}))
    assert "aar=2015" in old_link  # the page's own links carry the new name on
    assert "&amp;ar=" not in old_link and "?ar=" not in old_link
    # The selected filter is marked, can be removed, and other values keep their counts.
    html = main_html(client.get("/sok/", {"q": "bydelsteam", "kommune": "molde"}))
    assert re.search(r'<a href="\?q=bydelsteam" aria-current="true" class="selected">Molde', html)
    assert re.search(r">Ålesund <span class=\"count\">\(1\)</span>", html)
    # Stale or malformed filter values are ignored.
    assert len(titles(kommune="finnes-ikke", aar="abc", side="x")) == 2


def test_municipality_filter_leaves_out_types_without_municipality(client, site):
    html = main_html(client.get("/sok/", {"q": "startlån"}))
    assert 'id="group-tema"' in html
    html = main_html(client.get("/sok/", {"q": "startlån", "kommune": "alesund"}))
    assert 'id="group-erfaringer"' in html and 'id="group-tema"' not in html
    html = main_html(client.get("/sok/", {"q": "startlån", "kommune": "alesund", "type": "erfaringer"}))
    assert f'href="{EXPERIENCE_URL}"' in html
    assert "Molde ·" not in html


def test_did_you_mean_links_to_the_corrected_query(client, site):
    html = main_html(client.get("/sok/", {"q": "startlåm"}))
    match = re.search(r'Mente du <a href="([^"]+)"[^>]*>([^<]+)</a>', html)
    assert match, html
    assert match.group(2) == "startlån"
    corrected = main_html(client.get("/sok/" + match.group(1).replace("&amp;", "&")))
    assert re.search(r"[1-9]\d* treff for «startlån»", corrected)
    assert "Mente du" not in corrected


def test_empty_result_page_helps_the_user_on(client, site):
    html = main_html(client.get("/sok/", {"q": "qwxzyv", "kommune": "molde"}))
    assert "0 treff for «qwxzyv»" in html
    assert "Fant ingenting" in html
    assert "Søk uten filtrene du har valgt" in html
    assert 'href="/tema/bostedsloshet-og-housing-first/"' in html  # browse by theme
    assert 'href="/erfaringer/"' in html and 'href="/forum/"' in html
    assert "Mente du" not in html


def test_programme_forum_content_only_for_those_allowed_to_read_it(client, site):
    importlib.import_module("portal.demo.forums").load(lambda message: None)
    users = {u.username: u for u in User.objects.all()}

    def found(query):
        return main_html(client.get("/sok/", {"q": query}))

    open_topic = "Hvordan organiserer dere tildeling av kommunale boliger?"
    closed_topic = "Forberedelser til samlingen i juni"
    assert open_topic in found("tildeling")  # an open forum: everyone reads it
    for user in (None, users["medlem"]):
        if user:
            client.force_login(user)
        assert closed_topic not in found("forberedelser")
        assert "<mark>innspill</mark>" not in found("innspill")  # a post in the programme forum
        assert "Forbered" not in client.get("/sok/forslag/?format=json&q=forbered").content.decode()
    client.force_login(users["programmedlem"])
    assert closed_topic in found("forberedelser")
    assert "<mark>innspill</mark>" in found("innspill")
    assert closed_topic in client.get("/sok/forslag/?format=json&q=forbered").json()["results"][0]["title"]


def test_documents_are_found_unless_their_collection_is_restricted(client, site):
    Document = get_document_model()
    root = Collection.get_first_root_node()
    closed = root.add_child(name="Interne notater")
    CollectionViewRestriction.objects.create(collection=closed, restriction_type="login")
    for title, collection in (("Veileder for handlingsplan", root), ("Handlingsplan utkast", closed)):
        document = Document(title=title, collection=collection)
        document.file.save(f"{slugify(title)}.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
        document.save()
    html = main_html(client.get("/sok/", {"q": "handlingsplan", "type": "dokumenter"}))
    assert "Veileder for handlingsplan" in html
    assert "Handlingsplan utkast" not in html
    assert re.search(r'href="/dokumenter/\d+/veileder-for-handlingsplan\.pdf"', html)


def test_only_live_public_pages_are_found(client, site):
    draft = add_experience("Utkast om gjeldsrådgivning", "Gjeldsrådgivning i Molde.")
    draft.unpublish()
    html = main_html(client.get("/sok/", {"q": "gjeldsrådgivning"}))
    assert "Utkast om gjeldsrådgivning" not in html
    live = Page.objects.live().public().search("gjeldsrådgivning")
    assert list(live) == []


def test_autocomplete_returns_json_for_scripts_and_a_page_without(client, site):
    experience = {"title": "Fra leie til eie med startlån", "url": EXPERIENCE_URL, "type": "erfaring"}
    data = client.get("/sok/forslag/", {"q": "Fra leie til"}, headers={"Accept": "application/json"}).json()
    assert experience in data["results"]
    assert client.get("/sok/forslag/", {"q": "Fra leie til", "format": "json"}).json() == data
    theme = {
        "title": "Bostedsløshet og Housing First",
        "url": "/tema/bostedsloshet-og-housing-first/",
        "type": "tema",
    }
    assert theme in client.get("/sok/forslag/", {"q": "bostedsl", "format": "json"}).json()["results"]
    html = main_html(client.get("/sok/forslag/", {"q": "Fra leie til"}))  # no script: a page of links
    assert f'<a href="{EXPERIENCE_URL}">Fra leie til eie med startlån</a>' in html
    assert '<label for="suggest-q">' in html
    assert client.get("/sok/forslag/", {"q": "F", "format": "json"}).json()["results"] == []


def test_search_page_without_query_and_with_odd_input(client, site):
    html = main_html(client.get("/sok/"))
    assert '<label for="q">' in html and 'class="search-summary"' not in html
    html = main_html(client.get("/sok/", {"q": "<b>fet</b>", "type": "ukjent"}))
    assert "&lt;b&gt;fet&lt;/b&gt;" in html and "<b>fet</b>" not in html


def test_all_words_must_match_but_a_query_without_such_hits_falls_back_to_any_word(client, site):
    add_experience("Nattevakt i Molde", "Nattevakt i bofellesskapet hele året.", year=2015)
    add_experience("Kveldsmat for leietakere", "Kveldsmat og fellesskap for leietakerne.", year=2015)
    add_experience("Nattevakt og kveldsmat", "Både nattevakt og kveldsmat i samme tilbud.", year=2016)

    # Both words: only the experience that has both is shown.
    both = hit_titles(main_html(client.get("/sok/", {"q": "nattevakt kveldsmat", "type": "erfaringer"})))
    assert both == ["Nattevakt og kveldsmat"]

    # No experience has both words: the user still gets the ones with either.
    either = hit_titles(main_html(client.get("/sok/", {"q": "nattevakt leietakere", "type": "erfaringer"})))
    assert set(either) >= {"Nattevakt i Molde", "Kveldsmat for leietakere"}


def test_nynorsk_results_are_marked_for_screen_readers(client, site):
    add_experience(
        "Mellombels bustad i Molde", "Kommunen tilbyr mellombels bustad for flyktningar.", language="nn"
    )
    html = main_html(client.get("/sok/", {"q": "mellombels bustad"}))
    assert '<h3 lang="nn"><a href="' in html
    assert '<p class="snippet" lang="nn">' in html
