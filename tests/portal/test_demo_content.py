"""The demo loader is idempotent and refuses production settings."""

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from wagtail.models import Page

from experiences.models import ExperiencePage
from forums.models import Forum, Post, Topic
from municipalities.models import Membership, Municipality, ProgrammePeriod


def counts():
    return {
        "pages": Page.objects.count(),
        "experiences": ExperiencePage.objects.count(),
        "municipalities": Municipality.objects.count(),
        "memberships": Membership.objects.count(),
        "users": User.objects.count(),
        "forums": Forum.objects.count(),
        "topics": Topic.objects.count(),
        "posts": Post.objects.count(),
    }


def test_loader_is_idempotent(db):
    call_command("load_demo_content", verbosity=0)
    first = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == first


def test_demo_has_the_programme(demo):
    period_2013 = ProgrammePeriod.objects.get(start_year=2013)
    names = set(period_2013.memberships.values_list("municipality__name", flat=True))
    assert names == {
        "Melhus",
        "Ålesund",
        "Molde",
        "Kristiansund",
        "Trondheim",
        "Stjørdal",
        "Verdal",
        "Levanger",
        "Steinkjer",
        "Namsos",
    }
    period_2009 = ProgrammePeriod.objects.get(start_year=2009)
    assert "Ålesund" in period_2009.memberships.values_list("municipality__name", flat=True)
    alesund = Municipality.objects.get(slug="alesund")
    assert [n.number for n in alesund.numbers.all()] == ["1504", "1507", "1508"]
    assert Municipality.objects.with_number("1504").get() == alesund
    assert alesund.current_number == "1508"


def test_demo_has_open_and_programme_only_forums(demo):
    assert set(Forum.objects.values_list("access", flat=True)) == {"open", "programme"}


def test_loader_refuses_production(db, settings):
    settings.PORTAL_ENVIRONMENT = "production"
    with pytest.raises(CommandError):
        call_command("load_demo_content", verbosity=0)
