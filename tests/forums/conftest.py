"""Small forum fixtures: one user per role, an open and a programme-only forum."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from forums import posting
from forums.models import Access, Forum
from municipalities.access import EDITOR_GROUP
from municipalities.models import Membership, Municipality, Programme, ProgrammePeriod, UserProfile

ROLES = ["visitor", "member", "other_period", "programme", "editor"]
READS_PROGRAMME = {"programme", "editor"}


@pytest.fixture(autouse=True)
def forum_settings(settings):
    cache.clear()  # the rate limiter counts in the cache
    settings.FORUM_APPROVE_FIRST_POSTS = False
    settings.FORUM_POSTS_PER_PAGE = 20


@pytest.fixture
def roles(db):
    programme = Programme.objects.create(name="Boligsosialt utviklingsprogram", slug="bup")
    old = ProgrammePeriod.objects.create(
        programme=programme, region="Midt-Norge", start_year=2009, end_year=2012
    )
    active = ProgrammePeriod.objects.create(
        programme=programme, region="Midt-Norge", start_year=2013, end_year=2016, is_active=True
    )
    towns = {
        slug: Municipality.objects.create(name=slug.title(), slug=slug)
        for slug in ["alesund", "molde", "malvik", "orkdal"]
    }
    Membership.objects.create(period=active, municipality=towns["alesund"])
    Membership.objects.create(period=active, municipality=towns["molde"])
    Membership.objects.create(period=old, municipality=towns["orkdal"])

    def make(username, town=None, first=""):
        user = User.objects.create_user(
            username, f"{username}@example.org", "pw", first_name=first or username.title()
        )
        if town:
            UserProfile.objects.update_or_create(user=user, defaults={"municipality": towns[town]})
        return user

    editor = make("redaktor", first="Rita")
    editor.groups.add(Group.objects.get_or_create(name=EDITOR_GROUP)[0])
    return {
        "visitor": None,
        "member": make("medlem", "malvik"),
        "other_period": make("tidligere", "orkdal"),
        "programme": make("programmedlem", "alesund"),
        "molde": make("molde", "molde"),
        "editor": editor,
    }


@pytest.fixture
def forums(db):
    return {
        "open": Forum.objects.create(
            name="Boligsosialt arbeid", slug="boligsosialt-arbeid", access=Access.OPEN
        ),
        "programme": Forum.objects.create(
            name="Programkommunene", slug="programkommunene", access=Access.PROGRAMME
        ),
    }


@pytest.fixture
def topic_in(roles, forums):
    """Start a topic in a forum as the programme member (who may write in both)."""

    def make(kind, body="Første innlegg i emnet.", title="Et emne om tildeling", author=None):
        return posting.create_topic(forums[kind], author or roles["programme"], title, body).topic

    return make


def login(client, user):
    if user is not None:
        client.force_login(user)
    return client
