"""The search page and the header box's suggestions in a real browser."""

import re

import pytest

from tests.e2e.conftest import assert_accessible
from tests.search.test_page import load_site

EXPERIENCE = "Fra leie til eie med startlån"


@pytest.fixture
def site(db):
    load_site()


def test_header_box_suggests_titles_and_opens_the_one_picked(page, site):
    page.goto("/")
    box = page.locator("#header-q")
    assert box.get_attribute("role") == "combobox"
    box.press_sequentially("Fra leie til", delay=30)
    option = page.get_by_role("option", name=re.compile(EXPERIENCE))
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert option.get_attribute("aria-selected") == "true"
    assert_accessible(page)
    box.press("Enter")
    page.wait_for_url("**/erfaringer/alesund/fra-leie-til-eie-med-startlan/")
    assert page.locator("h1").inner_text() == EXPERIENCE


def test_suggestions_close_with_escape_and_pick_with_the_mouse(page, site):
    page.goto("/sok/")
    box = page.locator("#header-q")
    box.press_sequentially("bostedsl", delay=30)
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and listbox.is_hidden()
    box.press_sequentially("ø", delay=30)
    page.get_by_role("option", name=re.compile("Bostedsløshet og Housing First")).click()
    page.wait_for_url("**/tema/bostedsloshet-og-housing-first/")


def test_search_page_with_results_filters_and_no_results_is_accessible(page, site):
    page.goto("/sok/?q=startlån")
    assert page.get_by_role("link", name=EXPERIENCE).is_visible()
    assert page.locator("mark").first.inner_text().lower() == "startlån"
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"^Ålesund \(1\)")).click()
    page.wait_for_url("**kommune=alesund**")
    assert page.locator("[aria-current=true]", has_text="Ålesund").count() == 1
    page.goto("/sok/?q=qwxzyv")
    assert page.get_by_role("heading", name="Fant ingenting").is_visible()
    assert_accessible(page)
