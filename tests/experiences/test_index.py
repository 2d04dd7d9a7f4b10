"""The experiences index: filters as links with correct counts, sorting, pagination, constant queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from experiences.filters import PAGE_SIZE
from municipalities.models import ProgrammePeriod

pytestmark = pytest.mark.django_db


def facet_counts(html, facet):
    """{value: count} for one facet, read from the links a visitor sees."""
    pattern = rf'data-facet="{facet}" data-value="([^"]+)">[^<]*<span class="count">\((\d+)\)</span>'
    return {value: int(count) for value, count in re.findall(pattern, html)}


def titles(html):
    return re.findall(r'<h3[^>]*><a href="[^"]*">([^<]+)</a></h3>', html)


@pytest.fixture
def sample(clean_index, sections, themes, make_experience):
    p2009 = ProgrammePeriod.objects.get(start_year=2009)
    p2013 = ProgrammePeriod.objects.get(start_year=2013)
    startlan, bosetting = themes["startlan-og-bostotte"], themes["bosetting-av-flyktninger"]
    make_experience(sections["alesund"], "A1 Startlån", [startlan], datetime.date(2014, 3, 1), p2013)
    make_experience(sections["alesund"], "A2 Begge", [startlan, bosetting], datetime.date(2015, 6, 1), p2013)
    make_experience(sections["molde"], "M1 Bosetting", [bosetting], datetime.date(2011, 1, 1), p2009)
    make_experience(sections["molde"], "M2 Uten tema", [], datetime.date(2015, 9, 1), p2013)
    make_experience(sections["molde"], "M3 Utkast", [startlan], datetime.date(2015, 9, 1), p2013, live=False)


def test_counts_and_results_without_filters(client, sample):
    html = client.get("/erfaringer/").content.decode()
    assert titles(html) == ["M2 Uten tema", "A2 Begge", "A1 Startlån", "M1 Bosetting"]
    assert facet_counts(html, "tema") == {"bosetting-av-flyktninger": 2, "startlan-og-bostotte": 2}
    assert facet_counts(html, "kommune") == {"alesund": 2, "molde": 2}
    assert facet_counts(html, "periode") == {"2009": 1, "2013": 3}
    assert facet_counts(html, "aar") == {"2015": 2, "2014": 1, "2011": 1}
    assert "4 erfaringer" in html
    assert "M3 Utkast" not in html  # drafts never show


def test_filters_combine_and_counts_follow(client, sample):
    html = client.get("/erfaringer/?tema=startlan-og-bostotte&kommune=alesund").content.decode()
    assert sorted(titles(html)) == ["A1 Startlån", "A2 Begge"]
    # Each facet counts what a click would give, given the other filters.
    assert facet_counts(html, "kommune") == {"alesund": 2}
    assert facet_counts(html, "tema") == {"bosetting-av-flyktninger": 1, "startlan-og-bostotte": 2}
    assert facet_counts(html, "aar") == {"2015": 1, "2014": 1}
    # The selected value links back to the page without it, keeping the other filter.
    assert 'href="/erfaringer/?kommune=alesund" aria-current="true"' in html

    html = client.get("/erfaringer/?periode=2013&aar=2015").content.decode()
    assert sorted(titles(html)) == ["A2 Begge", "M2 Uten tema"]
    # Nonsense in the query string is ignored rather than an error.
    assert client.get("/erfaringer/?aar=abc&periode=x&side=zz&sorter=nope").status_code == 200


def test_sorting(client, sample):
    html = client.get("/erfaringer/?sorter=eldste").content.decode()
    assert titles(html) == ["M1 Bosetting", "A1 Startlån", "A2 Begge", "M2 Uten tema"]
    html = client.get("/erfaringer/?sorter=tittel&kommune=molde").content.decode()
    assert titles(html) == ["M1 Bosetting", "M2 Uten tema"]
    # Filter links keep the chosen sort order.
    assert 'href="/erfaringer/?tema=bosetting-av-flyktninger&amp;kommune=molde&amp;sorter=tittel"' in html


def test_pagination_links(client, clean_index, sections, make_experience):
    for n in range(PAGE_SIZE + 3):
        make_experience(
            sections["melhus"], f"Side {n:02d}", published=datetime.date(2014, 1, 1) + datetime.timedelta(n)
        )
    html = client.get("/erfaringer/?kommune=melhus").content.decode()
    assert len(titles(html)) == PAGE_SIZE
    assert 'href="/erfaringer/?kommune=melhus&amp;side=2" rel="next"' in html
    html = client.get("/erfaringer/?kommune=melhus&side=2").content.decode()
    assert titles(html) == ["Side 02", "Side 01", "Side 00"]
    # Past the last page: the last page, not an error.
    assert titles(client.get("/erfaringer/?kommune=melhus&side=99").content.decode()) == titles(html)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)


def test_constant_number_of_queries(client, clean_index, sections, themes, make_experience):
    all_themes = list(themes.values())
    names = list(sections)

    def add(n):
        for i in range(n):
            make_experience(
                sections[names[i % len(names)]],
                themes=all_themes[i % 3 : i % 3 + 2],
                published=datetime.date(2010 + i % 7, 1 + i % 12, 1),
            )

    urls = [
        "/erfaringer/",
        "/erfaringer/?tema=startlan-og-bostotte&sorter=tittel",
        "/erfaringer/?aar=2014&side=2",
    ]
    add(5)
    client.get(urls[0])  # warm caches that are per process, not per page (site root paths)
    small = [count_queries(client, url) for url in urls]
    add(55)
    large = [count_queries(client, url) for url in urls]
    assert large == small
    assert max(large) <= 20
