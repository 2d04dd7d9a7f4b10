"""`make lint` keeps the apps one-way and every function-level import explained.

Both checks run here as `make lint` runs them, on the real code and on a copy of it with one
deliberately bad import added, so a check that stopped working would fail this test.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["core", "municipalities", "experiences", "forums", "search", "portal"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CHECKER = ROOT / "tools" / "check_function_imports.py"


def lint_imports(cwd):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def check_function_imports(cwd, *paths):
    return subprocess.run(
        [sys.executable, str(CHECKER), *paths], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def apps_copy(tmp_path):
    """The six packages' Python files, copied so a test can add a bad module to them."""
    for app in APPS:
        shutil.copytree(
            ROOT / app, tmp_path / app, ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo")
        )
    return tmp_path


def test_the_code_keeps_both_rules():
    layers = lint_imports(ROOT)
    assert layers.returncode == 0, layers.stdout + layers.stderr
    functions = check_function_imports(ROOT, *APPS)
    assert functions.returncode == 0, functions.stdout


@pytest.mark.parametrize(
    "module, source",
    [
        ("municipalities/bad_upward.py", "from forums.models import Forum\n"),
        # Hidden inside a function it is still an upward import.
        ("experiences/bad_upward.py", "def f():\n    # breaks a cycle\n    from search import text\n"),
        ("core/bad_upward.py", "import portal.models\n"),
    ],
)
def test_an_upward_import_between_apps_fails_lint(apps_copy, module, source):
    (apps_copy / module).write_text(source)
    result = lint_imports(apps_copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and module.replace("/", ".").removesuffix(".py") in result.stdout


def test_a_downward_import_passes(apps_copy):
    (apps_copy / "portal" / "fine.py").write_text("from forums.models import Forum  # noqa: F401\n")
    assert lint_imports(apps_copy).returncode == 0


def test_a_function_level_import_needs_a_comment_naming_the_cycle(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from django.urls import reverse\n\n    return reverse\n")
    result = check_function_imports(tmp_path, str(bad))
    assert result.returncode == 1
    assert "bad.py:2: import of django.urls inside a function" in result.stdout

    method = tmp_path / "method.py"
    method.write_text("class A:\n    def m(self):\n        import json  # just because\n")
    assert check_function_imports(tmp_path, str(method)).returncode == 1


def test_a_comment_naming_the_cycle_explains_it(tmp_path):
    ok = tmp_path / "ok.py"
    ok.write_text(
        "import os\n\n\n"
        "def f():\n"
        "    # App-loading cycle: models are not importable before ready().\n"
        "    # (a second comment line)\n"
        "    from . import signal_handlers\n\n"
        "def g():\n"
        "    from .models import A  # breaks the models <-> access import cycle\n"
    )
    result = check_function_imports(tmp_path, str(ok))
    assert result.returncode == 0, result.stdout


def test_migrations_are_not_checked(tmp_path):
    (tmp_path / "app" / "migrations").mkdir(parents=True)
    (tmp_path / "app" / "migrations" / "0001_x.py").write_text("def f():\n    import os\n")
    assert check_function_imports(tmp_path, "app").returncode == 0
