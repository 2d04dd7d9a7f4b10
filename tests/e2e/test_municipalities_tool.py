"""The indicator tool in a real browser: a weight change re-ranks the municipalities."""

from tests.e2e.conftest import assert_accessible

TOOL = "/kommuner/indikatorer/?region=Midt-Norge&year=2020"


def ranking(page):
    return page.locator("#ranking tbody th").all_inner_texts()


def test_changing_a_weight_reranks_with_javascript(page, demo):
    page.goto(TOOL)
    before = ranking(page)
    assert len(before) == 12
    assert page.get_by_text("Illustrative tall.").first.is_visible()
    assert_accessible(page)

    page.fill("#id_w_boligpris", "10")
    page.press("#id_w_boligpris", "Tab")  # the change event; no submit

    page.wait_for_function(
        "before => [...document.querySelectorAll('#ranking tbody th')].map(th => th.innerText).join('|') !== before",
        arg="|".join(before),
    )
    after = ranking(page)
    assert sorted(after) == sorted(before) and after != before
    assert "w_boligpris=10" in page.url
    assert page.locator("#tool-status").inner_text() == "Rangeringen er oppdatert."

    # Each ranked name links to the municipality's profile, which passes the same checks.
    page.click("#ranking tbody th a >> text=Ålesund")
    assert page.locator("h1").inner_text() == "Ålesund"
    assert_accessible(page)


def test_without_javascript_the_submit_button_reranks(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(TOOL)
    before = ranking(page)
    page.fill("#id_w_boligpris", "10")
    page.click("text=Oppdater rangeringen")
    page.wait_for_url("**w_boligpris=10**")
    after = ranking(page)
    assert sorted(after) == sorted(before) and after != before
    # The "?" opens the definition and source without JavaScript.
    page.locator(".weight .indicator-help summary").first.click()
    assert (
        page.locator("#tool-form").get_by_text("Andel av befolkningen som bor i husholdninger").is_visible()
    )
    context.close()
