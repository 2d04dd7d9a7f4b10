"""Shared fixtures: the demo content and users for each role."""

import pytest
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached fragments must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _wagtail_root(request):
    """Transactional tests flush every table, Wagtail's root page and locale with them.

    Put them back before such a test, as the migrations left them, so every test starts
    from the same tree whatever ran before it.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = (
        "live_server" in request.fixturenames
        or "transactional_db" in request.fixturenames
        or bool(marker and marker.kwargs.get("transaction"))
    )
    if transactional:
        request.getfixturevalue("transactional_db")
        from wagtail.models import Locale, Page

        if not Locale.objects.exists():
            Locale.objects.create(language_code="nb")
        if Page.get_first_root_node() is None:
            Page.add_root(instance=Page(title="Root", slug="root"))
    yield


@pytest.fixture
def demo(db):
    """The full demo content, as `make run` loads it."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def users(demo):
    from django.contrib.auth.models import User

    return {
        "member": User.objects.get(username="medlem"),
        "programme": User.objects.get(username="programmedlem"),
        "molde": User.objects.get(username="molde"),
        "editor": User.objects.get(username="redaktor"),
        "admin": User.objects.get(username="admin"),
    }


def pytest_terminal_summary(terminalreporter):
    from tests.e2e.conftest import CHROMIUM, HAVE_CHROMIUM

    if not HAVE_CHROMIUM:
        terminalreporter.write_sep("!", "BROWSER TESTS NOT RUN", red=True, bold=True)
        terminalreporter.write_line(
            f"Chromium was not found at {CHROMIUM}. The real-browser and accessibility tests in "
            "tests/e2e were skipped. Install it with `apt-get install chromium` and run `make test` again.",
            red=True,
        )
