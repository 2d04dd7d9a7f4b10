"""Moderation by editors: approval queue, reports, hide/restore, lock, pin, move, split, merge, log."""

from django.urls import reverse

from forums import moderation, posting
from forums.models import ModerationLogEntry, Notification, NotificationKind, Post, Report, Topic

from .conftest import login


def test_first_posts_of_new_users_wait_for_approval(client, roles, forums, settings, topic_in):
    settings.FORUM_APPROVE_FIRST_POSTS = True
    topic = topic_in("open", author=roles["editor"])
    login(client, roles["member"])
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Mitt første innlegg", "publish": "1"})
    post = topic.posts.get(number=2)
    assert not post.is_visible
    assert "Venter på godkjenning" in client.get(topic.get_absolute_url()).content.decode()  # author sees why
    client.logout()
    assert "Mitt første innlegg" not in client.get(topic.get_absolute_url()).content.decode()
    login(client, roles["member"])
    assert client.get(reverse("forums:moderation")).status_code == 403
    login(client, roles["editor"])
    assert "Mitt første innlegg" in client.get(reverse("forums:moderation")).content.decode()
    client.post(reverse("forums:moderate_post", args=[post.pk, "godkjenn"]))
    post.refresh_from_db()
    assert post.is_visible
    assert Notification.objects.filter(user=roles["member"], kind=NotificationKind.MODERATION).exists()
    assert ModerationLogEntry.objects.filter(action="approve", post=post).exists()
    # Once approved, the next post goes straight out.
    assert posting.add_post(topic, roles["member"], "Andre innlegg").is_visible


def test_reports_queue_hide_and_restore(client, roles, topic_in):
    topic = topic_in("open")
    bad = posting.add_post(topic, roles["molde"], "Upassende innhold her")
    login(client, roles["member"])
    client.post(reverse("forums:report", args=[bad.pk]), {"reason": "inappropriate", "comment": "Stygt"})
    assert Report.objects.filter(post=bad, resolved_at=None).count() == 1
    login(client, roles["editor"])
    assert "Stygt" in client.get(reverse("forums:moderation")).content.decode()
    client.post(reverse("forums:moderate_post", args=[bad.pk, "skjul"]))
    bad.refresh_from_db()
    assert bad.is_hidden and not bad.is_visible
    assert not Report.objects.filter(resolved_at=None).exists()
    assert Notification.objects.filter(user=roles["molde"], kind=NotificationKind.MODERATION).exists()
    client.logout()
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Upassende innhold" not in page and "skjult av en moderator" in page
    login(client, roles["editor"])
    assert "Upassende innhold" in client.get(topic.get_absolute_url()).content.decode()
    client.post(reverse("forums:moderate_post", args=[bad.pk, "gjenopprett"]))
    bad.refresh_from_db()
    assert bad.is_visible


def test_dismissing_a_report_leaves_the_post(client, roles, topic_in):
    post = topic_in("open").posts.get()
    Report.objects.create(post=post, reporter=roles["member"], reason="other")
    login(client, roles["editor"])
    client.post(reverse("forums:moderate_post", args=[post.pk, "behold"]))
    assert Report.objects.get().outcome == "dismissed"
    assert Post.objects.get(pk=post.pk).is_visible


def test_lock_and_pin(client, roles, topic_in):
    topic = topic_in("open")
    other = topic_in("open", title="Et annet emne")
    login(client, roles["editor"])
    client.post(reverse("forums:topic_flag", args=[topic.pk, "las"]))
    client.post(reverse("forums:topic_flag", args=[topic.pk, "fest"]))
    topic.refresh_from_db()
    assert topic.is_locked and topic.is_pinned
    assert list(Topic.objects.filter(forum=topic.forum))[0] == topic  # pinned first
    assert other.pk != topic.pk
    login(client, roles["member"])
    client.post(reverse("forums:topic_flag", args=[topic.pk, "las-opp"]))
    topic.refresh_from_db()
    assert topic.is_locked  # members cannot unlock
    assert "Låst" in client.get(topic.get_absolute_url()).content.decode()


def test_move_topic_to_programme_forum_hides_it_from_members_and_search(client, roles, forums, topic_in):
    topic = topic_in("open", body="Flyttbar tekst om husleie")
    posting.add_post(topic, roles["molde"], "Svar om husleie")
    login(client, roles["editor"])
    client.post(
        reverse("forums:topic_tools", args=[topic.pk]), {"tool": "move", "move-forum": forums["programme"].pk}
    )
    assert set(Post.objects.filter(topic=topic).values_list("forum_id", flat=True)) == {
        forums["programme"].pk
    }
    assert not Post.objects.visible_to(roles["member"]).search("husleie")
    assert len(Post.objects.visible_to(roles["molde"]).search("husleie")) == 2
    login(client, roles["member"])
    assert client.get(topic.get_absolute_url()).status_code == 404


def test_split_and_merge_renumber_posts(client, roles, topic_in):
    topic = topic_in("open")
    for i in range(2, 6):
        posting.add_post(topic, roles["molde"], f"Svar {i}")
    login(client, roles["editor"])
    response = client.post(
        reverse("forums:topic_tools", args=[topic.pk]),
        {"tool": "split", "split-title": "Utskilt diskusjon", "split-numbers": "3, 4-5"},
    )
    new = Topic.objects.get(title="Utskilt diskusjon")
    assert response["Location"] == new.get_absolute_url()
    assert list(new.posts.values_list("number", "body")) == [(1, "Svar 3"), (2, "Svar 4"), (3, "Svar 5")]
    assert list(topic.posts.values_list("number", flat=True)) == [1, 2]
    client.post(reverse("forums:topic_tools", args=[new.pk]), {"tool": "merge", "merge-target": topic.pk})
    assert not Topic.objects.filter(pk=new.pk).exists()
    topic.refresh_from_db()
    assert list(topic.posts.values_list("number", flat=True)) == [1, 2, 6, 7, 8]
    assert topic.post_count == 8
    actions = set(ModerationLogEntry.objects.values_list("action", flat=True))
    assert {"split", "merge"} <= actions
    assert "slo sammen emner" in client.get(reverse("forums:moderation_log")).content.decode()


def test_hiding_the_first_post_hides_the_topic(roles, topic_in):
    topic = topic_in("open")
    moderation.hide(topic.posts.get(number=1), roles["editor"])
    assert not Topic.objects.visible_to(roles["member"]).filter(pk=topic.pk).exists()
    assert Topic.objects.visible_to(roles["editor"], moderation=True).filter(pk=topic.pk).exists()


def test_forums_are_managed_in_wagtail_admin_with_a_link_to_moderation(client, forums):
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    listing = client.get("/admin/snippets/forums/forum/")
    assert listing.status_code == 200 and "Programkommunene" in listing.content.decode()
    assert reverse("forums:moderation") in client.get("/admin/").content.decode()
