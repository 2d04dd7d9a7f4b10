"""In a real browser: a programme member replies with a mention; the mentioned user sees it."""

from tests.e2e.conftest import assert_accessible


def test_reply_with_mention_reaches_the_mentioned_user(page, login, demo):
    from forums.models import Topic

    topic = Topic.objects.get(title="Forberedelser til samlingen i juni")
    login("programmedlem", "demo-program")
    page.goto(topic.get_absolute_url())
    assert_accessible(page)
    page.fill("#id_body", "Godt forslag! @molde, kan dere fortelle om Housing First?")
    page.click("button[name=preview]")
    assert page.locator(".preview .mention").inner_text() == "@molde"
    page.click("button[name=publish]")
    page.wait_for_url("**/innlegg/3/**")
    assert page.locator("#innlegg-3 .mention").inner_text() == "@molde"

    page.click("form[action='/konto/logg-ut/'] button")
    login("molde", "demo-molde")
    header_link = page.locator(".notifications-link")
    assert header_link.locator(".count").inner_text().startswith("1")
    header_link.click()
    item = page.locator(".notification").first
    assert "nevnte deg" in item.inner_text()
    assert_accessible(page)
    item.locator("a").click()
    page.wait_for_url("**/innlegg/3/**")
    assert "kan dere fortelle om Housing First" in page.locator("#innlegg-3").inner_text()
