"""A user's own account: forgotten and changed passwords, and "Mine data" (see, export, delete)."""

import json
import re

import pytest
from django.contrib.auth.models import User

from forums import posting
from forums.models import Access, Forum, Post
from municipalities.models import Municipality, UserProfile


@pytest.fixture
def people(db, settings):
    settings.FORUM_APPROVE_FIRST_POSTS = False  # new users' first posts would wait for a moderator
    molde = Municipality.objects.create(name="Molde", slug="molde")
    kari = User.objects.create_user(
        "kari", "kari@molde.kommune.no", "gammelt-passord-1", first_name="Kari", last_name="Nordmann"
    )
    UserProfile.objects.update_or_create(
        user=kari, defaults={"municipality": molde, "job_title": "Boligkonsulent"}
    )
    ola = User.objects.create_user("ola", "ola@example.org", "ola-passord-1", first_name="Ola")
    forum = Forum.objects.create(name="Boligsosialt arbeid", slug="boligsosialt-arbeid", access=Access.OPEN)
    topic = posting.create_topic(forum, kari, "Startlån til unge", "Karis første innlegg om startlån.").topic
    olas = posting.add_post(topic, ola, "Olas svar om bostøtte.")
    posting.toggle_like(kari, olas)
    return {"kari": kari, "ola": ola, "topic": topic, "olas_post": olas}


def test_my_data_needs_login(client, db):
    response = client.get("/konto/mine-data/")
    assert response.status_code == 302 and response["Location"].startswith("/konto/logg-inn/")


def test_my_data_shows_what_the_portal_holds(client, people):
    client.force_login(people["kari"])
    html = client.get("/konto/mine-data/").content.decode()
    for shown in ["kari@molde.kommune.no", "Kari Nordmann", "Molde", "Boligkonsulent", "1 forumtråd startet"]:
        assert shown in html
    assert "Min konto" in client.get("/forum/").content.decode()  # in the header of every page


def test_export_has_my_texts_and_not_others(client, people):
    client.force_login(people["kari"])
    response = client.get("/konto/mine-data/eksport/")
    assert response["Content-Disposition"] == 'attachment; filename="delingsarena-mine-data-kari.json"'
    data = json.loads(response.content)
    assert data["account"]["email"] == "kari@molde.kommune.no"
    assert [p["text"] for p in data["forum_posts"]] == ["Karis første innlegg om startlån."]
    assert data["forum_topics"][0]["title"] == "Startlån til unge"
    assert data["likes"] == [
        {"topic": "Startlån til unge", "post_number": 2, "created_at": data["likes"][0]["created_at"]}
    ]
    assert "Olas svar" not in response.content.decode()


def test_delete_needs_password_and_confirmation_and_keeps_what_was_typed(client, people):
    client.force_login(people["kari"])
    response = client.post("/konto/slett/", {"password": "feil"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Passordet stemmer ikke" in html
    assert "Kryss av for å bekrefte" in html
    assert 'value="feil"' not in html  # a password is never echoed back
    assert User.objects.filter(username="kari").exists()


def test_deleting_my_account_leaves_my_posts_without_my_name(client, people):
    client.force_login(people["kari"])
    response = client.post("/konto/slett/", {"password": "gammelt-passord-1", "confirm": "on"})
    assert response.status_code == 302
    assert "Kontoen din er slettet" in client.get("/forum/").content.decode()
    assert not User.objects.filter(username="kari").exists()
    assert not UserProfile.objects.filter(job_title="Boligkonsulent").exists()
    first = Post.objects.get(topic=people["topic"], number=1)
    assert first.author is None and first.body == "Karis første innlegg om startlån."
    assert Post.objects.get(pk=people["olas_post"].pk).like_count == 0  # her like went with her
    page = client.get(people["topic"].get_absolute_url(), follow=True).content.decode()
    assert "Slettet bruker" in page and "Kari Nordmann" not in page
    assert not client.login(username="kari", password="gammelt-passord-1")


def test_a_superuser_cannot_delete_themselves_here(client, db):
    admin = User.objects.create_superuser("admin", "admin@example.org", "admin-passord-1")
    client.force_login(admin)
    response = client.post("/konto/slett/", {"password": "admin-passord-1", "confirm": "on"}, follow=True)
    assert "superbruker kan ikke slette seg selv" in response.content.decode()
    assert User.objects.filter(username="admin").exists()


def test_forgotten_password_by_email_link(client, people, mailoutbox):
    mailoutbox.clear()  # forum notifications from the fixture
    assert "Glemt passordet?" in client.get("/konto/logg-inn/").content.decode()
    response = client.post("/konto/glemt-passord/", {"email": "kari@molde.kommune.no"}, follow=True)
    assert "Sjekk e-posten din" in response.content.decode()
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.subject == "Nytt passord til Delingsarena" and mail.to == ["kari@molde.kommune.no"]
    assert "Brukernavnet ditt er kari" in mail.body
    link = re.search(r"http://testserver(/konto/nytt-passord/\S+/)", mail.body).group(1)

    form_page = client.get(link, follow=True)  # Django swaps the token for a session key
    assert "Velg nytt passord" in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0]
    too_short = client.post(set_url, {"new_password1": "kort", "new_password2": "kort"})
    assert too_short.status_code == 200 and "Noe må rettes" in too_short.content.decode()
    done = client.post(
        set_url, {"new_password1": "Nytt-og-langt-9", "new_password2": "Nytt-og-langt-9"}, follow=True
    )
    assert "Passordet er endret" in done.content.decode()
    assert client.login(username="kari", password="Nytt-og-langt-9")

    again = client.get(link, follow=True)
    assert "Lenken virker ikke lenger" in again.content.decode()


def test_unknown_address_looks_the_same_and_sends_nothing(client, people, mailoutbox):
    mailoutbox.clear()
    response = client.post("/konto/glemt-passord/", {"email": "ukjent@example.org"}, follow=True)
    assert "Sjekk e-posten din" in response.content.decode()
    assert mailoutbox == []


def test_password_reset_is_rate_limited(client, people, mailoutbox, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = (2, 3600)
    mailoutbox.clear()
    for _ in range(2):
        client.post("/konto/glemt-passord/", {"email": "kari@molde.kommune.no"})
    response = client.post("/konto/glemt-passord/", {"email": "kari@molde.kommune.no"})
    html = response.content.decode()
    assert "mange nye passord på kort tid" in html
    assert 'value="kari@molde.kommune.no"' in html
    assert len(mailoutbox) == 2


def test_change_password(client, people):
    client.force_login(people["kari"])
    response = client.post(
        "/konto/passord/",
        {
            "old_password": "gammelt-passord-1",
            "new_password1": "Nytt-og-langt-9",
            "new_password2": "Nytt-og-langt-9",
        },
        follow=True,
    )
    assert "Passordet er endret" in response.content.decode()
    assert client.login(username="kari", password="Nytt-og-langt-9")


def test_notifications_from_a_deleted_account_still_show(client, people):
    client.force_login(people["ola"])
    client.post("/konto/slett/", {"password": "ola-passord-1", "confirm": "on"})
    client.force_login(people["kari"])
    html = client.get("/forum/varsler/").content.decode()
    assert "Slettet bruker" in html and "Ola" not in html


def test_my_data_and_password_pages_in_nynorsk(client, people):
    client.post("/i18n/setlang/", {"language": "nn", "next": "/forum/"})
    assert "Gløymt passordet?" in client.get("/konto/logg-inn/").content.decode()
    client.force_login(people["kari"])
    html = client.get("/konto/mine-data/").content.decode()
    assert "Last ned dataa mine" in html and "Her ser du kva Delingsarena har lagra om deg" in html


def test_my_experiences_stay_published_after_i_delete_my_account(client, people):
    from wagtail.models import Page

    from experiences.models import ExperiencePage

    page = ExperiencePage(
        title="Startlån i Molde",
        slug="startlan-i-molde",
        summary="Slik gjorde vi det.",
        municipality=Municipality.objects.get(slug="molde"),
        owner=people["kari"],
    )
    Page.get_first_root_node().add_child(instance=page)
    page.save_revision(user=people["kari"], log_action=True)  # her draft, with her name on it
    page.save_revision().publish()  # published by an editor
    client.force_login(people["kari"])
    assert "1 side (erfaring eller annet) du eier" in client.get("/konto/mine-data/").content.decode()
    assert (
        json.loads(client.get("/konto/mine-data/eksport/").content)["pages"][0]["title"] == "Startlån i Molde"
    )

    client.post("/konto/slett/", {"password": "gammelt-passord-1", "confirm": "on"})
    page.refresh_from_db()
    assert page.live and page.owner is None
    assert not User.objects.filter(username="kari").exists()
