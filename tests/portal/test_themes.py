"""Theme pages (/tema/<slug>/): featured and latest experiences, and the forum topics on the theme."""

import datetime

import pytest

from experiences.models import ThemeFeaturedExperience
from forums.models import Access, Forum, Topic

# The experiences tests' light page tree (no demo articles), shared rather than copied.
from tests.experiences.conftest import (  # noqa: F401
    clean_index,
    make_experience,
    no_search_index_writes,
    sections,
    themes,
    tree,
    users,
)

pytestmark = pytest.mark.django_db


def test_theme_landing_page(client, clean_index, sections, themes, make_experience):  # noqa: F811 - fixtures imported above
    theme = themes["bosetting-av-flyktninger"]
    old = make_experience(sections["molde"], "Gammel, men framhevet", [theme], datetime.date(2010, 1, 1))
    new = make_experience(sections["alesund"], "Ny erfaring", [theme], datetime.date(2016, 1, 1))
    make_experience(sections["alesund"], "Annet tema", [themes["kommunale-utleieboliger"]])
    ThemeFeaturedExperience.objects.create(theme=theme, page=old, sort_order=0)
    html = client.get(f"/tema/{theme.slug}/").content.decode()
    featured, latest = html.split('id="latest-heading"')
    assert "Gammel, men framhevet" in featured.split('id="featured-heading"')[1]
    assert new.title in latest and old.title not in latest
    assert "Annet tema" not in html
    assert theme.intro in html
    assert f'href="/erfaringer/feed/tema/{theme.slug}/rss/"' in html
    # An unpublished featured experience is not shown.
    old.unpublish()
    assert "Gammel, men framhevet" not in client.get(f"/tema/{theme.slug}/").content.decode()


def test_theme_page_lists_forum_topics_the_reader_may_see(client, users, themes):  # noqa: F811 - fixtures imported above
    theme = themes["bosetting-av-flyktninger"]
    open_forum = Forum.objects.create(name="Åpent", slug="apent-test", access=Access.OPEN)
    closed = Forum.objects.create(name="Program", slug="program-test", access=Access.PROGRAMME)
    for forum, title in [(open_forum, "Åpen tråd om bosetting"), (closed, "Lukket tråd om bosetting")]:
        topic = Topic.objects.create(forum=forum, title=title, author=users["programme"])
        topic.themes.add(theme)
    Topic.objects.create(forum=open_forum, title="Tråd om noe annet", author=users["programme"])

    html = client.get(f"/tema/{theme.slug}/").content.decode()
    assert "Åpen tråd om bosetting" in html
    assert "Lukket tråd om bosetting" not in html and "Tråd om noe annet" not in html
    client.force_login(users["molde"])
    assert "Lukket tråd om bosetting" in client.get(f"/tema/{theme.slug}/").content.decode()
