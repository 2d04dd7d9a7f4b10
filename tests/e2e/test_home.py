"""A visitor reaches the home page in a real browser; it passes axe's WCAG 2.1 AA rules."""

from tests.e2e.conftest import assert_accessible


def test_home_page_in_browser_is_accessible(page, demo):
    page.goto("/")
    assert page.title().endswith("Delingsarena")
    assert page.locator("h1").first.inner_text() == "Del det dere har lært"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert_accessible(page)


def test_search_from_header_without_javascript(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.fill("#header-q", "Fra leie til eie med startlån")
    page.press("#header-q", "Enter")
    page.wait_for_url("**/sok/?q=*")
    assert "Fra leie til eie med startlån" in page.content()
    context.close()
