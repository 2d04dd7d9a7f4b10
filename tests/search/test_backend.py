"""The Whoosh backend through ``Page.objects.search()`` and model querysets."""

import datetime

import pytest
from django.test import override_settings
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import FilterError, FilterFieldError, OrderByFieldError, SearchFieldError
from modelsearch.query import Phrase, PlainText
from wagtail.models import Page

from experiences.models import ExperiencePage, Theme
from municipalities.models import Municipality
from search.backends.whoosh.store import forget_stores

CORPUS = [
    # title, summary, municipality, year, themes, featured
    ("Boligene i sentrum", "Kommunen kjøpte boligene i sentrum for unge.", "molde", 2020, ["bolig"], False),
    (
        "Bostøtte til unge",
        "Bostøtte og startlån gjorde at unge kunne eie.",
        "alesund",
        2022,
        ["startlan"],
        False,
    ),
    (
        "Mellombels bustad",
        "Kommunen tilbyr mellombels bustad for flyktningar.",
        "alesund",
        2023,
        ["bolig"],
        False,
    ),
    (
        "Tilskudd til tilpasning",
        "Vi ga tilskudd til tilpasning av boliger for eldre.",
        "molde",
        2021,
        [],
        True,
    ),
    ("Samarbeid med Husbanken", "Et godt samarbeid med Husbanken om veiledning.", "bergen", 2019, [], False),
    ("Leiligheter for alle", "Kommunen bygde leiligheter med lav husleie.", "bergen", 2024, ["bolig"], False),
]


def whoosh_settings(path, **options):
    return override_settings(
        WAGTAILSEARCH_BACKENDS={
            "default": {"BACKEND": "search.backends.whoosh", "PATH": str(path), **options}
        }
    )


@pytest.fixture
def whoosh(tmp_path):
    """A fresh, private Whoosh index as the default backend."""
    forget_stores()
    with whoosh_settings(tmp_path / "index"):
        yield tmp_path / "index"
    forget_stores()


def make_corpus():
    municipalities = {
        slug: Municipality.objects.create(name=name, slug=slug, county=county, region=region)
        for slug, name, county, region in [
            ("molde", "Molde", "Møre og Romsdal", "Midt"),
            ("alesund", "Ålesund", "Møre og Romsdal", "Vest"),
            ("bergen", "Bergen", "Vestland", "Vest"),
        ]
    }
    themes = {
        "bolig": Theme.objects.create(name="Bolig for vanskeligstilte", slug="bolig"),
        "startlan": Theme.objects.create(name="Bostøtte og startlån", slug="startlan"),
    }
    root = Page.get_first_root_node()
    pages = {}
    for title, summary, municipality, year, theme_slugs, featured in CORPUS:
        page = ExperiencePage(
            title=title,
            slug=title.lower().replace(" ", "-").replace("ø", "o"),
            summary=summary,
            municipality=municipalities[municipality],
            published_date=datetime.date(year, 3, 1),
            featured=featured,
        )
        root.add_child(instance=page)
        if theme_slugs:
            page.themes = [themes[s] for s in theme_slugs]
            page.save()
        pages[title] = page
    return pages


@pytest.fixture
def corpus(whoosh, db):
    return make_corpus()


def titles(results):
    return [page.title for page in results]


def search(query, **kwargs):
    return titles(ExperiencePage.objects.search(query, **kwargs))


@pytest.mark.django_db
class TestNorwegianAnalysis:
    def test_inflections_find_each_other(self, corpus):
        for query in ["bolig", "boliger", "boligen", "boligene"]:
            found = search(query)
            assert "Boligene i sentrum" in found, query
            assert "Tilskudd til tilpasning" in found, query  # "boliger" in its summary

    def test_ascii_typing_finds_norwegian_letters(self, corpus):
        assert search("bostotte") == ["Bostøtte til unge"]
        assert search("startlan") == ["Bostøtte til unge"]

    def test_one_letter_typos_still_find(self, corpus):
        assert "Tilskudd til tilpasning" in search("tilskud")
        assert "Samarbeid med Husbanken" in search("husbnken")

    def test_bokmal_and_nynorsk_meet_through_synonyms(self, corpus):
        assert "Mellombels bustad" in search("midlertidig bolig")
        assert "Boligene i sentrum" in search("bustad")

    def test_stop_words_alone_find_nothing(self, corpus):
        assert search("og for med") == []


@pytest.mark.django_db
class TestQueries:
    def test_page_objects_search_goes_through_whoosh(self, corpus):
        assert "Bostøtte til unge" in titles(Page.objects.live().specific().search("bostøtte"))

    def test_title_is_boosted_over_body(self, corpus):
        # "tilpasning" is in both title and summary of one page; "husbanken" in title+summary of another;
        # "samarbeid" only matters in the title of one and the summary of none other.
        found = search("leiligheter husleie")
        assert found[0] == "Leiligheter for alle"

    def test_phrase(self, corpus):
        assert search(Phrase("mellombels bustad")) == ["Mellombels bustad"]
        assert search(Phrase("bustad mellombels")) == []

    def test_operator_and_or(self, corpus):
        assert set(search("husbanken leiligheter", operator="or")) == {
            "Samarbeid med Husbanken",
            "Leiligheter for alle",
        }
        assert search("husbanken leiligheter", operator="and") == []
        assert search(PlainText("samarbeid husbanken", operator="and")) == ["Samarbeid med Husbanken"]

    def test_restriction_to_fields(self, corpus):
        assert "Tilskudd til tilpasning" in search("boliger")
        assert "Tilskudd til tilpasning" not in search("boliger", fields=["title"])
        with pytest.raises(SearchFieldError):
            search("bolig", fields=["contact_email"])

    def test_annotate_score_orders_by_relevance(self, corpus):
        results = list(ExperiencePage.objects.search("bolig").annotate_score("_score"))
        scores = [page._score for page in results]
        assert scores and all(score > 0 for score in scores)
        assert scores == sorted(scores, reverse=True)

    def test_autocomplete(self, corpus):
        assert titles(ExperiencePage.objects.autocomplete("bost")) == ["Bostøtte til unge"]
        assert titles(ExperiencePage.objects.autocomplete("leil")) == ["Leiligheter for alle"]
        backend = get_search_backend()
        assert [m.name for m in backend.autocomplete("ales", Municipality)] == ["Ålesund"]
        assert [m.name for m in backend.autocomplete("Åle", Municipality)] == ["Ålesund"]

    def test_other_models_are_indexed(self, corpus):
        backend = get_search_backend()
        assert [m.name for m in backend.search("Ålesund", Municipality)] == ["Ålesund"]
        assert [t.name for t in backend.search("startlån", Theme)] == ["Bostøtte og startlån"]


@pytest.mark.django_db
class TestFiltersAndOrdering:
    def test_filter_exclude_in_range_isnull(self, corpus):
        molde = Municipality.objects.get(slug="molde")
        qs = ExperiencePage.objects.all()
        assert set(titles(qs.filter(municipality=molde).search("kommunen boliger tilskudd"))) == {
            "Boligene i sentrum",
            "Tilskudd til tilpasning",
        }
        assert "Boligene i sentrum" not in titles(qs.exclude(municipality=molde).search("boligene kommunen"))
        assert titles(qs.filter(featured=True).search("tilskudd boliger")) == ["Tilskudd til tilpasning"]
        years = qs.filter(published_date__range=(datetime.date(2021, 1, 1), datetime.date(2022, 12, 31)))
        assert set(titles(years.search("unge tilskudd"))) == {"Bostøtte til unge", "Tilskudd til tilpasning"}
        assert titles(qs.filter(published_date__year__gte=2024).search("kommunen")) == [
            "Leiligheter for alle"
        ]
        ids = [corpus["Mellombels bustad"].pk, corpus["Bostøtte til unge"].pk]
        assert set(titles(qs.filter(pk__in=ids).search("kommunen unge"))) == {
            "Mellombels bustad",
            "Bostøtte til unge",
        }
        assert "Samarbeid med Husbanken" in titles(qs.filter(period__isnull=True).search("husbanken"))
        assert titles(qs.filter(period__isnull=False).search("husbanken")) == []

    def test_counts_follow_filters(self, corpus):
        qs = ExperiencePage.objects.filter(published_date__year__lt=2022)
        results = qs.search("kommunen boliger tilskudd husbanken")
        assert results.count() == len(list(results)) == 3
        assert list(results[0:0]) == [] and list(results[5:]) == []
        nothing = ExperiencePage.objects.filter(published_date__year=1990).search("kommunen")
        assert nothing.count() == 0 and list(nothing) == []

    def test_order_by_indexed_field(self, corpus):
        found = titles(
            ExperiencePage.objects.order_by("-published_date").search("kommunen", order_by_relevance=False)
        )
        assert found == ["Leiligheter for alle", "Mellombels bustad", "Boligene i sentrum"]
        found = titles(ExperiencePage.objects.search("kommunen", order_by="published_date"))
        assert found == ["Boligene i sentrum", "Mellombels bustad", "Leiligheter for alle"]

    def test_live_and_descendant_filters_from_wagtail(self, corpus):
        page = corpus["Bostøtte til unge"]
        page.unpublish()
        assert "Bostøtte til unge" not in titles(Page.objects.live().search("bostøtte"))
        assert "Bostøtte til unge" in titles(Page.objects.search("bostøtte"))
        root = Page.get_first_root_node()
        assert "Boligene i sentrum" in titles(Page.objects.descendant_of(root).search("boligene"))

    def test_facets(self, corpus):
        results = ExperiencePage.objects.search("kommunen bolig boliger")
        molde, alesund, bergen = (Municipality.objects.get(slug=s).pk for s in ("molde", "alesund", "bergen"))
        facet = results.facet("municipality")
        assert dict(facet) == {molde: 2, alesund: 1, bergen: 1}
        themes = results.facet("themes")
        bolig = Theme.objects.get(slug="bolig").pk
        assert themes[bolig] == 3
        assert themes[None] == 1  # "Tilskudd til tilpasning" has no theme
        assert dict(results.facet("featured")) == {False: 3, True: 1}

    def test_unsupported_lookups_and_fields_raise_modelsearch_errors(self, corpus):
        with pytest.raises(FilterError):
            ExperiencePage.objects.filter(title__icontains="bo").search("bolig")
        with pytest.raises(FilterFieldError):
            ExperiencePage.objects.filter(contact_email="x@example.no").search("bolig")
        with pytest.raises(OrderByFieldError):
            ExperiencePage.objects.order_by("summary").search("bolig", order_by_relevance=False)
        with pytest.raises(FilterFieldError):
            ExperiencePage.objects.search("bolig").facet("summary")


@pytest.mark.django_db
class TestIndexFollowsContent:
    def test_edit_and_delete_reach_the_index(self, corpus):
        page = corpus["Samarbeid med Husbanken"]
        page.summary = "Nå handler det om gjeldsrådgivning."
        page.save()
        assert search("husbanken") == ["Samarbeid med Husbanken"]  # still in the title
        assert search("gjeldsrådgivning") == ["Samarbeid med Husbanken"]
        assert search("veiledning") == []
        page.delete()
        assert search("gjeldsrådgivning") == []
        assert ExperiencePage.objects.search("gjeldsrådgivning").count() == 0

    def test_related_fields_are_searchable(self, corpus):
        # The municipality's and themes' names are indexed with each experience.
        assert set(search("bergen")) == {"Samarbeid med Husbanken", "Leiligheter for alle"}
        assert "Bostøtte til unge" in search("startlån")
        # Only the theme's name says "vanskeligstilte".
        assert set(search("vanskeligstilte")) == {
            "Boligene i sentrum",
            "Mellombels bustad",
            "Leiligheter for alle",
        }
