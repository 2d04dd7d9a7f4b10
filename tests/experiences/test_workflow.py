"""The whole path through the test client: a member writes, an editor approves, a visitor reads."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from experiences.models import ExperiencePage
from municipalities.models import Municipality

from .conftest import admin_create_data

pytestmark = pytest.mark.django_db

TITLE = "Boveiledere som følger opp nye leietakere"


def submit_draft(client, user, section, theme, slug="boveiledere"):
    client.force_login(user)
    url, data = admin_create_data(
        client,
        section,
        title=TITLE,
        slug=slug,
        summary="Ålesund ga alle nye leietakere en fast boveileder det første året.",
        themes=[str(theme.pk)],
        **{"action-submit": "1"},
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ExperiencePage.objects.get(slug=slug)


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_members_are_put_in_their_municipalitys_group(users):
    assert set(users["programme"].groups.values_list("name", flat=True)) == {"Kommune: Ålesund"}
    assert set(users["molde"].groups.values_list("name", flat=True)) == {"Kommune: Molde"}
    # Malvik is outside the programme and has no section to write in.
    assert not users["member"].groups.exists()


def test_changing_municipality_moves_the_user_between_groups(users):
    profile = users["molde"].profile
    profile.municipality = Municipality.objects.get(slug="alesund")
    profile.save()
    assert set(users["molde"].groups.values_list("name", flat=True)) == {"Kommune: Ålesund"}
    profile.municipality = None
    profile.save()
    assert not users["molde"].groups.filter(experience_section__isnull=False).exists()


def test_setup_is_idempotent(users, sections):
    from experiences.permissions import ensure_editorial_setup

    before = Group.objects.count()
    ensure_editorial_setup()
    ensure_editorial_setup()
    assert Group.objects.count() == before
    assert sections["alesund"].editors_group.page_permissions.count() == 2


def test_member_submits_editor_approves_visitor_reads(client, users, sections, themes, mailoutbox):
    alesund = sections["alesund"]
    theme = themes["oppfolging-i-hjemmet"]
    page = submit_draft(client, users["programme"], alesund, theme)

    # A draft in Ålesund's section, waiting for Husbanken.
    assert not page.live
    assert page.get_parent().pk == alesund.pk
    assert page.municipality.slug == "alesund"
    assert page.current_workflow_state.status == "in_progress"
    assert page.current_workflow_task.name == "Husbanken godkjenner"
    # A member may not publish on their own.
    assert not page.permissions_for_user(users["programme"]).can_publish()

    client.logout()
    assert client.get(page.url_path.replace("/delingsarena", "", 1)).status_code == 404

    # The editor approves with a comment.
    client.force_login(users["editor"])
    response = workflow_action(client, page, "approve", comment="Flott, dette kan andre lære av.")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live

    # The author is told, once, in Norwegian, with the comment and a link.
    to_author = [m for m in mailoutbox if "programmedlem@example.org" in m.to]
    assert len(to_author) == 1
    mail = to_author[0]
    assert "godkjent" in mail.subject and TITLE in mail.subject
    assert "Flott, dette kan andre lære av." in mail.body
    assert "/erfaringer/alesund/boveiledere/" in mail.body

    # A visitor sees it on its page, in the index, its theme, its municipality section and the feed.
    client.logout()
    response = client.get("/erfaringer/alesund/boveiledere/")
    assert response.status_code == 200
    assert TITLE in response.content.decode()
    assert TITLE in client.get("/erfaringer/").content.decode()
    assert TITLE in client.get(f"/tema/{theme.slug}/").content.decode()
    assert TITLE in client.get("/erfaringer/alesund/").content.decode()
    assert TITLE in client.get("/erfaringer/?kommune=alesund").content.decode()
    assert TITLE in client.get("/erfaringer/feed/rss/").content.decode()
    assert TITLE in client.get(f"/erfaringer/feed/tema/{theme.slug}/rss/").content.decode()
    assert TITLE in client.get("/erfaringer/feed/kommune/alesund/atom/").content.decode()
    assert TITLE not in client.get("/erfaringer/feed/kommune/molde/rss/").content.decode()


def test_editor_rejects_with_a_comment(client, users, sections, themes, mailoutbox):
    page = submit_draft(client, users["programme"], sections["alesund"], themes["startlan-og-bostotte"])
    client.force_login(users["editor"])
    workflow_action(client, page, "reject", comment="Legg til tall for hvor mange som fikk startlån.")
    page.refresh_from_db()
    assert not page.live
    assert page.workflow_states.get().status == "needs_changes"
    to_author = [m for m in mailoutbox if "programmedlem@example.org" in m.to]
    assert len(to_author) == 1
    assert "trenger endringer" in to_author[0].subject
    assert "Legg til tall for hvor mange som fikk startlån." in to_author[0].body
    assert f"/admin/pages/{page.pk}/edit/" in to_author[0].body
    client.logout()
    assert TITLE not in client.get("/erfaringer/").content.decode()


def test_molde_cannot_see_or_edit_alesunds_drafts(client, users, sections, themes):
    page = submit_draft(client, users["programme"], sections["alesund"], themes["startlan-og-bostotte"])
    client.force_login(users["molde"])

    # Molde's own section is open to them ...
    assert (
        client.get(f"/admin/pages/add/experiences/experiencepage/{sections['molde'].pk}/").status_code == 200
    )
    # ... Ålesund's is not: no editing, no adding, no listing, no preview, no admin search.
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{page.pk}/edit/preview/").status_code in (302, 403, 404)
    assert client.get(
        f"/admin/pages/add/experiences/experiencepage/{sections['alesund'].pk}/"
    ).status_code in (
        302,
        403,
    )
    listing = client.get(f"/admin/pages/{sections['alesund'].pk}/")
    assert TITLE not in listing.content.decode()
    # The explorer starts at Molde's own section.
    explorer = client.get("/admin/pages/", follow=True)
    assert TITLE not in explorer.content.decode()
    # And the public site shows no drafts.
    assert client.get("/erfaringer/alesund/boveiledere/").status_code == 404


def test_member_cannot_write_in_another_municipalitys_name(client, users, sections, themes):
    """The municipality field is locked to the section, whatever the form posts."""
    client.force_login(users["molde"])
    url, data = admin_create_data(
        client,
        sections["molde"],
        title="Et forsøk",
        slug="et-forsok",
        summary="Kort.",
        municipality=str(sections["alesund"].municipality.pk),
        featured="on",
        **{"action-submit": "1"},
    )
    assert client.post(url, data).status_code == 302
    page = ExperiencePage.objects.get(slug="et-forsok")
    assert page.municipality.slug == "molde"
    assert page.featured is False


def test_admin_search_does_not_show_other_municipalities_drafts(
    client, users, sections, themes, search_index
):
    submit_draft(client, users["programme"], sections["alesund"], themes["startlan-og-bostotte"])
    # Ålesund's own member finds the draft ...
    assert TITLE in client.get("/admin/pages/search/", {"q": "Boveiledere"}).content.decode()
    # ... Molde's does not.
    client.force_login(users["molde"])
    assert TITLE not in client.get("/admin/pages/search/", {"q": "Boveiledere"}).content.decode()


def test_member_can_preview_a_new_draft(client, users, sections, themes):
    client.force_login(users["programme"])
    url, data = admin_create_data(
        client,
        sections["alesund"],
        title="Forhåndsvisning",
        slug="forhandsvisning",
        summary="Slik ser det ut før noen har lagret.",
        themes=[str(themes["startlan-og-bostotte"].pk)],
    )
    preview_url = url + "preview/"
    assert client.post(preview_url, data).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert "Slik ser det ut før noen har lagret." in html
