"""Reading: pages by post number, permalinks, unread tracking, new since last visit, feeds."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forums.models import ForumProfile, Post, ReadState

from .conftest import login


def add_posts(topic, author, count):
    """Bulk-create `count` posts after the topic's last number (fast, as a long topic would be)."""
    start = topic.post_count
    Post.objects.bulk_create(
        [
            Post(
                topic=topic,
                forum_id=topic.forum_id,
                number=n,
                author=author,
                body=f"Svar {n}",
                body_html=f"<p>Svar {n}</p>",
            )
            for n in range(start + 1, start + count + 1)
        ],
        batch_size=2000,
    )
    topic.post_count = start + count
    topic.save(update_fields=["post_count"])


def test_pages_are_cut_by_post_number_and_gaps_keep_numbers(client, roles, topic_in, settings):
    settings.FORUM_POSTS_PER_PAGE = 5
    topic = topic_in("open")
    add_posts(topic, roles["member"], 11)  # 12 posts: pages 1-5, 6-10, 11-12
    Post.objects.filter(topic=topic, number=7).update(is_deleted=True, is_visible=False)
    page2 = client.get(topic.get_absolute_url(), {"side": 2}).content.decode()
    for n in range(6, 11):
        assert f'id="innlegg-{n}"' in page2
    assert 'id="innlegg-5"' not in page2 and 'id="innlegg-11"' not in page2
    assert "Svar 7" not in page2 and "Innlegget er slettet" in page2
    assert client.get(topic.get_absolute_url(), {"side": 4}).status_code == 404


def test_permalinks_land_on_the_right_page(client, roles, topic_in, settings):
    settings.FORUM_POSTS_PER_PAGE = 5
    topic = topic_in("open")
    add_posts(topic, roles["member"], 11)
    post = topic.posts.get(number=8)
    response = client.get(reverse("forums:post", args=[post.pk]))
    assert response["Location"] == f"/forum/emne/{topic.pk}/innlegg/8/#innlegg-8"
    page = client.get(response["Location"]).content.decode()
    assert "Svar 8" in page and "Svar 6" in page and "Svar 11" not in page
    assert f'href="http://testserver/forum/emne/{topic.pk}/?side=2"' in page  # canonical


def test_10000_post_topic_last_page_and_deep_permalink_cost_the_same_queries(client, roles, topic_in):
    topic = topic_in("open")
    add_posts(topic, roles["member"], 9_999)
    login(client, roles["molde"])
    last_page = topic.page_count()
    deep = reverse("forums:post_in_topic", args=[topic.pk, 9_876])
    client.get(topic.get_absolute_url())  # the first visit creates the read state

    def count(url, data=None):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, data)
        assert response.status_code == 200
        sqls = [q["sql"] for q in queries.captured_queries]
        assert not any(" OFFSET " in s.upper() for s in sqls)
        return len(sqls), response.content.decode()

    first, _ = count(topic.get_absolute_url())
    last, last_html = count(topic.get_absolute_url(), {"side": last_page})
    permalink, deep_html = count(deep)
    assert first == last == permalink
    assert 'id="innlegg-10000"' in last_html
    assert 'id="innlegg-9876"' in deep_html and "post-focus" in deep_html
    assert ReadState.objects.get(user=roles["molde"], topic=topic).last_read_number == 10_000


def test_unread_tracking_and_jump_to_first_unread(client, roles, topic_in, settings):
    settings.FORUM_POSTS_PER_PAGE = 5
    topic = topic_in("open")
    add_posts(topic, roles["programme"], 6)  # 7 posts
    login(client, roles["member"])
    client.get(topic.get_absolute_url())  # reads 1-5
    assert ReadState.objects.get(user=roles["member"], topic=topic).last_read_number == 5
    index = client.get(topic.forum.get_absolute_url()).content.decode()
    assert "2 uleste" in index
    response = client.get(reverse("forums:first_unread", args=[topic.pk]))
    assert response["Location"].endswith("/innlegg/6/#innlegg-6")
    page = client.get(response["Location"]).content.decode()
    assert 'id="forste-uleste"' in page
    # Reading an earlier page never moves the marker back.
    client.get(topic.get_absolute_url())
    assert ReadState.objects.get(user=roles["member"], topic=topic).last_read_number == 7
    assert "uleste" not in client.get(topic.forum.get_absolute_url()).content.decode()


def test_new_since_last_visit(client, roles, topic_in):
    old = topic_in("open", title="Gammelt emne om bolig")
    login(client, roles["member"])
    profile = ForumProfile.for_user(roles["member"])
    two_hours_ago = timezone.now() - datetime.timedelta(hours=2)
    profile.last_seen_at = two_hours_ago
    profile.save()
    type(old).objects.filter(pk=old.pk).update(last_post_at=two_hours_ago - datetime.timedelta(hours=1))
    topic_in("open", title="Helt nytt emne om bolig")
    page = client.get(reverse("forums:index")).content.decode()
    new_section = page.split("Nytt siden forrige besøk")[1].split("Siste aktivitet")[0]
    assert "Helt nytt emne om bolig" in new_section
    assert "Gammelt emne om bolig" not in new_section


def test_feeds_list_open_posts_as_rss_and_atom(client, topic_in):
    topic_in("open", body="Åpen tekst for feeden")
    rss = client.get(reverse("forums:forum_feed", args=["boligsosialt-arbeid"]))
    atom = client.get(reverse("forums:forum_atom", args=["boligsosialt-arbeid"]))
    assert (
        rss["Content-Type"].startswith("application/rss+xml")
        and "Åpen tekst for feeden" in rss.content.decode()
    )
    assert atom["Content-Type"].startswith("application/atom+xml") and "Åpen tekst" in atom.content.decode()
