"""In a real browser: a member finds "Min konto", downloads their data, and the account pages pass axe."""

import json

from tests.e2e.conftest import assert_accessible


def test_my_account_pages_are_accessible_and_export_downloads(page, login, demo):
    page.goto("/konto/glemt-passord/")
    assert_accessible(page)
    page.click("main button[type=submit]")  # empty address: the error summary must pass too
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)

    login("programmedlem", "demo-program")
    page.click("header >> text=Min konto")
    assert page.locator("h1").inner_text() == "Min konto"
    assert_accessible(page)
    with page.expect_download() as download:
        page.click("text=Last ned mine data")
    data = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert data["account"]["username"] == "programmedlem"

    page.goto("/konto/slett/")
    page.click("main button[type=submit]")
    assert "Kryss av for å bekrefte" in page.locator(".error-summary").inner_text()
    assert_accessible(page)
    page.goto("/konto/passord/")
    assert_accessible(page)
