"""Writing through the real views: topics, replies, preview, quoting, mentions, limits, attachments."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from forums.models import Notification, NotificationKind, Post, Topic

from .conftest import login


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_member_starts_topic_and_replies_numbered_in_order(client, roles, forums):
    login(client, roles["member"])
    response = client.post(
        reverse("forums:new_topic", args=["boligsosialt-arbeid"]),
        {"title": "Startlån til unge", "body": "Hvordan gjør **dere** det?", "publish": "1"},
    )
    topic = Topic.objects.get(title="Startlån til unge")
    assert response.status_code == 302
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Første svar", "publish": "1"})
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Andre svar", "publish": "1"})
    assert list(topic.posts.values_list("number", "body")) == [
        (1, "Hvordan gjør **dere** det?"),
        (2, "Første svar"),
        (3, "Andre svar"),
    ]
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "<strong>dere</strong>" in page


def test_member_cannot_post_in_programme_forum(client, roles, forums, topic_in):
    topic = topic_in("programme")
    login(client, roles["member"])
    assert client.get(reverse("forums:new_topic", args=["programkommunene"])).status_code == 404
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Slipper jeg inn?"})
    assert topic.posts.count() == 1


def test_visitor_is_sent_to_login_to_write(client, forums):
    response = client.get(reverse("forums:new_topic", args=["boligsosialt-arbeid"]))
    assert response.status_code == 302 and "/konto/logg-inn/" in response["Location"]


def test_markdown_is_sanitised(client, roles, topic_in):
    body = "Hei <script>alert(1)</script> [lenke](javascript:alert(2)) <img src=x onerror=alert(3)>"
    topic = topic_in("open", body=body)
    html = topic.posts.get().body_html
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html


def test_preview_shows_rendered_text_and_saves_nothing(client, roles, topic_in):
    topic = topic_in("open")
    login(client, roles["member"])
    response = client.post(
        reverse("forums:reply", args=[topic.pk]), {"body": "Dette er *viktig*", "preview": "1"}
    )
    text = response.content.decode()
    assert "Forhåndsvisning" in text and "<em>viktig</em>" in text
    assert "Dette er *viktig*</textarea>" in text
    assert topic.posts.count() == 1


def test_quote_prefills_reply_with_quoted_post(client, roles, topic_in):
    topic = topic_in("open", body="Vi har ett boligkontor.\nDet fungerer godt.")
    login(client, roles["member"])
    text = client.get(reverse("forums:reply", args=[topic.pk]), {"siter": 1}).content.decode()
    assert "&gt; Vi har ett boligkontor.\n&gt; Det fungerer godt." in text
    assert "programmedlem skrev i innlegg #1" in text


def test_mention_notifies_the_mentioned_reader_and_links_the_name(client, roles, topic_in):
    topic = topic_in("open", body="Hva mener @medlem og @finnesikke om dette?")
    notification = Notification.objects.get(user=roles["member"])
    assert notification.kind == NotificationKind.MENTION
    assert '<span class="mention">@medlem</span>' in topic.posts.get().body_html
    assert (
        "@finnesikke" in topic.posts.get().body_html
        and 'mention">@finnesikke' not in topic.posts.get().body_html
    )
    login(client, roles["member"])
    assert "Et emne om tildeling" in client.get(reverse("forums:notifications")).content.decode()
    assert Notification.objects.get(user=roles["member"]).read_at is not None


def test_rate_limit_keeps_the_text_and_explains_in_norwegian(client, roles, topic_in, settings):
    settings.FORUM_POST_RATE_LIMIT = (2, 60)
    topic = topic_in("open")
    login(client, roles["member"])
    for i in range(2):
        client.post(reverse("forums:reply", args=[topic.pk]), {"body": f"Svar nummer {i}", "publish": "1"})
    response = client.post(
        reverse("forums:reply", args=[topic.pk]), {"body": "Et tredje svar", "publish": "1"}
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Vent litt og prøv igjen" in text
    assert "Et tredje svar</textarea>" in text
    assert topic.posts.count() == 3


def test_duplicate_post_is_refused(client, roles, topic_in):
    topic = topic_in("open")
    login(client, roles["member"])
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Samme tekst", "publish": "1"})
    response = client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Samme tekst", "publish": "1"})
    assert "den samme teksten" in response.content.decode()
    assert topic.posts.count() == 2


def test_image_and_file_attachments_are_validated(client, roles, topic_in, settings):
    settings.FORUM_ATTACHMENT_MAX_SIZE = 1000
    topic = topic_in("open")
    login(client, roles["member"])
    url = reverse("forums:reply", args=[topic.pk])
    fake = SimpleUploadedFile("bilde.png", b"not an image", content_type="image/png")
    response = client.post(url, {"body": "Med bilde", "files": [fake], "publish": "1"})
    assert "ikke et gyldig bilde" in response.content.decode()
    exe = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    assert "ikke tillatt" in client.post(url, {"body": "Med fil", "files": [exe]}).content.decode()
    big = SimpleUploadedFile("stor.txt", b"x" * 2000, content_type="text/plain")
    assert "for stor" in client.post(url, {"body": "Stor fil", "files": [big]}).content.decode()
    image = SimpleUploadedFile("bilde.png", png_bytes(), content_type="image/png")
    client.post(url, {"body": "Med ekte bilde", "files": [image], "publish": "1"})
    post = topic.posts.get(number=2)
    attachment = post.attachments.get()
    assert attachment.is_image and attachment.file.name.startswith("forum/")
    page = client.get(post.get_absolute_url()).content.decode()
    assert f'src="{attachment.get_absolute_url()}"' in page
    assert client.get(attachment.get_absolute_url())["Content-Type"] == "image/png"


def test_edit_keeps_revisions_for_moderators(client, roles, topic_in):
    topic = topic_in("open", body="Opprinnelig tekst")
    post = topic.posts.get()
    login(client, roles["programme"])
    client.post(reverse("forums:edit", args=[post.pk]), {"body": "Rettet tekst"})
    post.refresh_from_db()
    assert post.body == "Rettet tekst" and post.edited_at
    assert client.get(reverse("forums:post_history", args=[post.pk])).status_code == 403
    login(client, roles["editor"])
    history = client.get(reverse("forums:post_history", args=[post.pk])).content.decode()
    assert "Opprinnelig tekst" in history and "Rettet tekst" in history


def test_others_cannot_edit_or_delete(client, roles, topic_in):
    post = topic_in("open").posts.get()
    login(client, roles["member"])
    assert client.post(reverse("forums:edit", args=[post.pk]), {"body": "Kapret"}).status_code == 403
    assert client.post(reverse("forums:delete", args=[post.pk])).status_code == 403


def test_soft_delete_keeps_the_number(client, roles, topic_in):
    topic = topic_in("open")
    login(client, roles["member"])
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Angrer på dette", "publish": "1"})
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Et annet svar", "publish": "1"})
    post = topic.posts.get(number=2)
    client.post(reverse("forums:delete", args=[post.pk]))
    post.refresh_from_db()
    assert post.is_deleted and not post.is_visible
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Angrer på dette" not in page and "Innlegget er slettet" in page
    assert 'id="innlegg-3"' in page
    assert not Post.objects.visible_to(roles["member"]).filter(pk=post.pk).exists()


def test_likes_toggle_and_accepted_answer(client, roles, forums):
    from forums import posting

    topic = posting.create_topic(
        forums["open"], roles["member"], "Hvem kan svare?", "Spørsmål", is_question=True
    ).topic
    answer = posting.add_post(topic, roles["programme"], "Her er svaret")
    login(client, roles["molde"])
    client.post(reverse("forums:like", args=[answer.pk]))
    answer.refresh_from_db()
    assert answer.like_count == 1
    assert client.post(reverse("forums:accept", args=[answer.pk])).status_code == 403
    login(client, roles["member"])
    client.post(reverse("forums:accept", args=[answer.pk]))
    topic.refresh_from_db()
    assert topic.accepted_post == answer
    assert "Løsningen" in client.get(topic.get_absolute_url()).content.decode()


def test_locked_topic_refuses_replies(client, roles, topic_in):
    topic = topic_in("open")
    Topic.objects.filter(pk=topic.pk).update(is_locked=True)
    login(client, roles["member"])
    client.post(reverse("forums:reply", args=[topic.pk]), {"body": "Etter låsing", "publish": "1"})
    assert topic.posts.count() == 1
