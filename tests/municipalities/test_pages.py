"""The municipality list, and membership following the profile (the profile pages: tests/portal)."""

from django.urls import reverse

from municipalities import access


def test_list_shows_current_numbers(client, municipalities):
    html = client.get(reverse("municipalities:index")).content.decode()
    assert "1508" in html and "Ålesund" in html


def test_programme_membership_follows_the_profile(light_users):
    users = light_users
    member = users["member"]
    assert not access.is_programme_member(member)
    member.profile.municipality = access.municipality_of(users["programme"])
    member.profile.save()
    access.forget(member)
    assert access.is_programme_member(member)
