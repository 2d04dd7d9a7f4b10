"""The permission matrix: role × forum access × every surface that can show forum text.

No programme-only text may reach anyone who may not read it: the secret word in each post
must show exactly where the role may read, and nowhere else.
"""

import pytest
from django.core import mail
from django.urls import reverse

from forums.models import Post, Subscription, Topic

from .conftest import READS_PROGRAMME, ROLES, login

SURFACES = ["list", "topic", "permalink", "search", "feed", "notification", "email"]


@pytest.fixture
def secret_topic(roles, forums, topic_in):
    """A topic in each forum whose text mentions and is watched by every logged-in role."""
    made = {}
    for kind in forums:
        for role in ROLES[1:]:
            Subscription.objects.create(user=roles[role], forum=forums[kind])
        mentions = " ".join(f"@{roles[r].username}" for r in ROLES[1:])
        body = f"Hemmeligord{kind} om tildeling. {mentions}"
        made[kind] = topic_in(kind, body=body, title=f"Emnetittel{kind}", author=roles["molde"])
    return made


def may_read(role, kind):
    return kind == "open" or role in READS_PROGRAMME


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("kind", ["open", "programme"])
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, roles, forums, secret_topic, role, kind, surface):
    user = roles[role]
    login(client, user)
    topic = secret_topic[kind]
    post = topic.posts.get(number=1)
    secret, title = f"Hemmeligord{kind}", f"Emnetittel{kind}"
    allowed = may_read(role, kind)

    if surface == "list":
        index = client.get(reverse("forums:index")).content.decode()
        forum_page = client.get(forums[kind].get_absolute_url())
        assert (title in index) == allowed
        assert forum_page.status_code == (200 if allowed else 404)
        assert (title in forum_page.content.decode()) == allowed
    elif surface in ("topic", "permalink"):
        url = topic.get_absolute_url() if surface == "topic" else reverse("forums:post", args=[post.pk])
        response = client.get(url, follow=True)
        text = response.content.decode()
        assert (secret in text) == allowed
        assert (title in text) == allowed
        if not allowed:
            expected = "/konto/logg-inn/" if user is None else None
            assert response.status_code == 404 or expected in response.request["PATH_INFO"]
    elif surface == "search":
        from django.contrib.auth.models import AnonymousUser

        reader = user or AnonymousUser()
        posts = list(Post.objects.visible_to(reader).search(secret))
        topics = list(Topic.objects.visible_to(reader).search(title))
        assert (post in posts) == allowed
        assert (topic in topics) == allowed
        # The search page (search app) must not show it either; the query itself is echoed,
        # so search for another word of the same post.
        page = client.get("/sok/", {"q": "tildeling"}).content.decode()
        if not allowed:
            assert secret not in page
    elif surface == "feed":
        # Feeds are public: they carry open forums only, whoever asks.
        for name in ("forums:feed", "forums:atom"):
            assert (secret in client.get(reverse(name)).content.decode()) == (kind == "open")
        forum_feed = client.get(reverse("forums:forum_feed", args=[forums[kind].slug]))
        assert forum_feed.status_code == (200 if kind == "open" else 404)
        assert (secret in forum_feed.content.decode()) == (kind == "open")
    elif surface == "notification":
        response = client.get(reverse("forums:notifications"))
        if user is None:
            assert response.status_code == 302
        else:
            assert (title in response.content.decode()) == allowed
    elif surface == "email":
        if user is None:
            return  # a visitor has no address: nothing can be sent
        sent = [m for m in mail.outbox if user.email in m.to and title in m.subject]
        assert bool(sent) == allowed
        assert all(secret in m.body for m in sent)
        assert any(secret in m.body for m in mail.outbox if user.email in m.to) == allowed
        leaked = [m for m in mail.outbox if secret in m.body and not may_read(_role_of(roles, m.to[0]), kind)]
        assert not leaked


def _role_of(roles, email):
    return next(r for r, u in roles.items() if u is not None and u.email == email)


def test_notification_and_email_recheck_access_at_delivery(client, roles, forums, topic_in, settings):
    """A watcher who loses programme membership gets nothing more: not in the site, not by e-mail."""
    from forums import posting
    from forums.models import EmailFrequency, ForumProfile, Notification
    from forums.tasks import send_digest, send_notification_email
    from municipalities.models import Membership

    alesund_user = roles["programme"]
    ForumProfile.objects.create(user=alesund_user, email_frequency=EmailFrequency.DAILY)
    topic = topic_in("programme", author=roles["molde"])
    posting.watch(alesund_user, topic=topic)
    posting.add_post(topic, roles["molde"], "Hemmeligsvar for programmet")
    notification = Notification.objects.get(user=alesund_user)

    Membership.objects.filter(municipality__slug="alesund").delete()
    from municipalities import access

    access.forget(alesund_user)
    mail.outbox.clear()
    assert send_digest.call(alesund_user.pk, EmailFrequency.DAILY) == 0
    assert send_notification_email.call(notification.pk) is False
    assert mail.outbox == []
    login(client, alesund_user)
    assert "Hemmeligsvar" not in client.get(reverse("forums:notifications")).content.decode()
    assert "Et emne om tildeling" not in client.get(reverse("forums:notifications")).content.decode()


def test_mention_of_user_who_cannot_read_creates_nothing(roles, topic_in):
    from forums.models import Notification

    topic_in("programme", body="Hei @medlem og @tidligere, se her.", author=roles["molde"])
    assert not Notification.objects.filter(user__in=[roles["member"], roles["other_period"]]).exists()


def test_attachments_of_programme_posts_are_not_public(client, roles, forums, topic_in):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from forums import posting

    upload = SimpleUploadedFile("plan.txt", b"Hemmelig plan", content_type="text/plain")
    topic = topic_in("programme")
    post = posting.add_post(topic, roles["programme"], "Se vedlegg", files=[upload])
    url = post.attachments.get().get_absolute_url()
    assert client.get(url).status_code == 404
    login(client, roles["member"])
    assert client.get(url).status_code == 404
    login(client, roles["molde"])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Hemmelig plan"
