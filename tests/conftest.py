"""Shared fixtures: the demo content and users for each role."""

import pytest
from django.core.management import call_command


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
