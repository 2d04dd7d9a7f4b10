"""The whole life of an experience in a real browser.

A member of Ålesund writes a draft in Ålesund's section of the Wagtail admin and submits it,
a Husbanken editor approves it, and a visitor finds it on the site, on its theme page, in its
municipality's section and in the feed. The public page passes axe's WCAG 2.1 AA rules.
"""

import re

from experiences.models import ExperiencePage, MunicipalitySectionPage, Theme
from tests.e2e.conftest import assert_accessible

TITLE = "Bo-oppfølging fra første dag"


def test_member_writes_editor_approves_visitor_finds(page, login, demo, mailoutbox):
    section = MunicipalitySectionPage.objects.get(municipality__slug="alesund")
    theme = Theme.objects.get(slug="oppfolging-i-hjemmet")

    # The Ålesund member writes a draft in Ålesund's section and submits it for review.
    login("programmedlem", "demo-program")
    page.goto(f"/admin/pages/add/experiences/experiencepage/{section.pk}/")
    page.fill("#id_title", TITLE)
    page.fill(
        "#id_summary", "Nye leietakere fikk en fast boveileder fra første dag, og færre mistet boligen."
    )
    page.select_option("#id_themes", str(theme.pk))
    page.locator("#id_title").press("Tab")  # the admin fills in the slug from the title
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/(edit/)?$"))
    draft = ExperiencePage.objects.get(title=TITLE)
    assert not draft.live
    assert draft.get_parent().pk == section.pk
    assert draft.current_workflow_state.status == "in_progress"

    # A visitor cannot see the draft yet.
    page.context.clear_cookies()
    response = page.goto(f"/erfaringer/alesund/{draft.slug}/")
    assert response.status == 404

    # The editor approves it from the page's action menu.
    login("redaktor", "demo-redaktor")
    page.goto(f"/admin/pages/{draft.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.locator("button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])").click()
    page.wait_for_load_state()
    draft.refresh_from_db()
    assert draft.live
    assert any("programmedlem@example.org" in m.to and "godkjent" in m.subject for m in mailoutbox)

    # A visitor finds it: its page, its theme, its municipality's section, the feed.
    page.context.clear_cookies()
    page.goto(f"/erfaringer/alesund/{draft.slug}/")
    assert page.locator("h1").inner_text() == TITLE
    assert_accessible(page)

    page.goto(f"/tema/{theme.slug}/")
    page.get_by_role("link", name=TITLE).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == TITLE

    page.goto("/erfaringer/alesund/")
    assert page.get_by_role("link", name=TITLE).is_visible()

    page.goto("/erfaringer/")
    page.get_by_role("link", name=re.compile(r"^Ålesund")).first.click()
    assert page.get_by_role("link", name=TITLE).is_visible()

    feed = page.request.get("/erfaringer/feed/kommune/alesund/rss/")
    assert TITLE in feed.text()


def test_index_filters_work_without_javascript(browser, live_server, demo):
    """Filters are plain links: with JavaScript off, a click narrows the list and shows counts."""
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, locale="nb-NO")
    page = context.new_page()
    page.goto("/erfaringer/")
    assert page.locator("nav.facets").is_visible()
    link = page.locator("a[data-facet='kommune'][data-value='alesund']")
    expected = int(re.search(r"\((\d+)\)", link.inner_text()).group(1))
    link.click()
    page.wait_for_url("**/erfaringer/?kommune=alesund")
    assert page.locator(".results .card").count() == expected
    assert page.locator("a[data-facet='kommune'][data-value='alesund'][aria-current='true']").is_visible()
    context.close()


def test_index_theme_and_event_pages_are_accessible(page, demo):
    for url in (
        "/erfaringer/",
        "/tema/startlan-og-bostotte/",
        "/samlinger/",
        "/samlinger/oppstartssamling-2013/",
    ):
        page.goto(url)
        assert_accessible(page)
