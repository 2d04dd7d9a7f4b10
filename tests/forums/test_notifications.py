"""Watching, in-site notifications, immediate e-mail, digests and one-click unsubscribe."""

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from forums import email_links, posting
from forums.models import EmailFrequency, ForumProfile, Notification, NotificationKind, Subscription

from .conftest import login


def test_watching_a_topic_notifies_of_replies_and_emails_at_once(client, roles, topic_in):
    topic = topic_in("open")
    login(client, roles["member"])
    client.post(reverse("forums:watch_topic", args=[topic.pk]))
    assert Subscription.objects.filter(user=roles["member"], topic=topic).exists()
    mail.outbox.clear()
    posting.add_post(topic, roles["molde"], "Et nytt svar fra Molde")
    notification = Notification.objects.get(user=roles["member"])
    assert notification.kind == NotificationKind.REPLY and notification.emailed_at
    (message,) = [m for m in mail.outbox if m.to == ["medlem@example.org"]]
    assert "Et nytt svar fra Molde" in message.body
    assert "/forum/avmeld/" in message.body and message.extra_headers["List-Unsubscribe-Post"]
    # The header shows the count until the list is opened.
    assert 'class="count">1' in client.get(reverse("forums:index")).content.decode()
    client.get(reverse("forums:notifications"))
    assert 'class="count">' not in client.get(reverse("forums:index")).content.decode()


def test_posting_watches_the_topic_and_authors_are_not_notified_of_their_own_posts(roles, topic_in):
    topic = topic_in("open")
    posting.add_post(topic, roles["member"], "Svar fra medlem")
    posting.add_post(topic, roles["programme"], "Svar til medlem")
    assert Notification.objects.filter(user=roles["member"], kind=NotificationKind.REPLY).count() == 1
    assert Notification.objects.filter(user=roles["programme"]).count() == 1  # the member's reply only


def test_watching_a_forum_notifies_of_new_topics(client, roles, forums, topic_in):
    login(client, roles["member"])
    client.post(reverse("forums:watch_forum", args=["boligsosialt-arbeid"]))
    topic_in("open", title="Nytt emne i forumet")
    assert Notification.objects.get(user=roles["member"]).kind == NotificationKind.NEW_TOPIC


def test_daily_digest_collects_notifications_in_one_mail(roles, topic_in):
    ForumProfile.objects.create(user=roles["member"], email_frequency=EmailFrequency.DAILY)
    topic = topic_in("open", body="Hei @medlem")
    posting.watch(roles["member"], topic=topic)
    posting.add_post(topic, roles["molde"], "Første svar i digest")
    posting.add_post(topic, roles["programme"], "Andre svar i digest")
    assert not [m for m in mail.outbox if "medlem@example.org" in m.to]
    call_command("send_digests", "daily", stdout=open("/dev/null", "w"))
    (digest,) = [m for m in mail.outbox if "medlem@example.org" in m.to]
    assert "3 varsler" in digest.body
    assert "Første svar i digest" in digest.body and "Andre svar i digest" in digest.body
    mail.outbox.clear()
    call_command("send_digests", "daily", stdout=open("/dev/null", "w"))
    assert mail.outbox == []  # sent once only


def test_weekly_users_are_not_in_the_daily_digest(roles, topic_in):
    ForumProfile.objects.create(user=roles["member"], email_frequency=EmailFrequency.WEEKLY)
    topic_in("open", body="Hei @medlem")
    call_command("send_digests", "daily", stdout=open("/dev/null", "w"))
    assert not [m for m in mail.outbox if "medlem@example.org" in m.to]
    call_command("send_digests", "weekly", stdout=open("/dev/null", "w"))
    assert [m for m in mail.outbox if "medlem@example.org" in m.to]


def test_one_click_unsubscribe_from_topic_and_from_all(client, roles, topic_in):
    topic = topic_in("open")
    member = roles["member"]
    posting.watch(member, topic=topic)
    url = email_links.unsubscribe_url(member, topic=topic).replace("http://127.0.0.1:8000", "")
    assert "Vil du slutte å følge" in client.get(url).content.decode()
    assert Subscription.objects.filter(user=member, topic=topic).exists()  # GET changes nothing
    client.post(url)  # the one click (also what mail clients send)
    assert not Subscription.objects.filter(user=member, topic=topic).exists()
    client.post(email_links.unsubscribe_url(member).replace("http://127.0.0.1:8000", ""))
    assert ForumProfile.objects.get(user=member).email_frequency == EmailFrequency.NEVER
    mail.outbox.clear()
    topic_in("open", body="Hei @medlem", title="Enda et emne her")
    assert Notification.objects.filter(user=member).exists() and mail.outbox == []
    assert client.post(url[:-6] + "tukla/").status_code == 400


def test_email_settings_page(client, roles):
    login(client, roles["member"])
    client.post(reverse("forums:email_settings"), {"email_frequency": "weekly"})
    assert ForumProfile.objects.get(user=roles["member"]).email_frequency == "weekly"
