"""The indicator tool page: ranking, charts with tables, help, CSV, errors, illustrative label."""

import csv
import io

import pytest
from django.urls import reverse

URL = reverse("municipalities:tool")


@pytest.fixture
def page(client, indicator_demo):
    def get(**params):
        return client.get(URL, params)

    return get


def ranked_names(response):
    return [row.municipality.name for row in response.context["result"].rows]


def test_default_ranking_shows_chart_table_help_and_illustrative_label(page):
    response = page()
    html = response.content.decode()

    assert response.status_code == 200
    assert len(ranked_names(response)) == 12
    assert "Illustrative tall." in html
    assert '<svg class="bar-chart" role="img"' in html and "<title" in html and "<desc" in html
    assert '<table class="data-table ranking-table"' in html
    assert '<details class="indicator-help">' in html
    assert "Husstander som fikk statlig bostøtte i desember" in html  # a definition behind «?»
    assert "Snitt i regionen" in html and "Hele landet" in html
    assert "Per 1 000 innbyggere" in html


def test_changing_a_weight_changes_the_ranking(page):
    only = {
        f"w_{code}": 0
        for code in (
            "lavinntekt",
            "befolkningsvekst",
            "bostotte",
            "startlan",
            "kommunale-boliger",
            "boligpris",
        )
    }
    by_price = ranked_names(page(region="Midt-Norge", year=2012, **{**only, "w_boligpris": 1}))
    by_support = ranked_names(page(region="Midt-Norge", year=2012, **{**only, "w_bostotte": 1}))
    assert sorted(by_price) == sorted(by_support)
    assert by_price != by_support


def test_svg_numbers_use_a_decimal_point(page):
    html = page(year=2016).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'x="' in svg and not any("," in part.split('"')[1] for part in svg.split(' x="')[1:])


def test_invalid_weight_shows_an_error_summary_and_keeps_the_input(page):
    response = page(region="Midt-Norge", year=2012, w_bostotte="-3")
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'value="-3"' in html
    assert 'aria-invalid="true"' in html
    assert "result" not in response.context or response.context["result"] is None


def test_csv_download_has_every_municipality(page):
    response = page(region="Midt-Norge", year=2020, last_ned="csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["plass", "kommune", "kommunenummer", "samlet skår"]
    assert len(rows) == 13
    assert {r[1] for r in rows[1:]} >= {"Ålesund", "Malvik", "Volda"}
    # Ålesund's number in the download is today's.
    assert next(r for r in rows if r[1] == "Ålesund")[2] == "1508"
    assert rows[1][-1] == "ja"  # illustrative


def test_real_figures_are_not_labelled_illustrative(page):
    from municipalities.models import IndicatorValue

    IndicatorValue.objects.update(is_illustrative=False)
    assert "Illustrative tall." not in page().content.decode()


def test_without_any_values_the_tool_says_so(client, municipalities):
    response = client.get(URL)
    assert response.status_code == 200
    assert "Ingen indikatorverdier er importert ennå." in response.content.decode()
