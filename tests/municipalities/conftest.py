"""Fixtures for the municipalities tests: the demo municipalities without the rest of the demo."""

import pytest

from municipalities.models import Direction, Indicator, IndicatorCategory


@pytest.fixture
def municipalities(db):
    from portal.demo import municipalities

    municipalities.load(lambda *_: None)


@pytest.fixture
def bostotte(municipalities):
    return Indicator.objects.create(
        code="bostotte",
        name="Husstander med bostøtte",
        category=IndicatorCategory.FINANCE,
        unit="per 1 000 innbyggere",
        direction=Direction.HIGHER_IS_WORSE,
        definition="Husstander med bostøtte per 1 000 innbyggere.",
        source="Testkilde",
    )


@pytest.fixture
def indicator_demo(municipalities):
    """Demo municipalities plus the illustrative indicator values, without pages or forums."""
    from portal.demo import indicators

    indicators.load(lambda *_: None)


@pytest.fixture
def light_users(indicator_demo):
    """The demo users (one per role) without the page tree, experiences and forums: fast."""
    from django.contrib.auth.models import User

    from portal.demo import users

    users.load(lambda *_: None)
    names = {"member": "medlem", "programme": "programmedlem", "editor": "redaktor", "admin": "admin"}
    return {role: User.objects.get(username=name) for role, name in names.items()}
