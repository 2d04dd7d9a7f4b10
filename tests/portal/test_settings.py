"""Production settings take secrets and hosts from the environment and refuse to start without them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_extra)
    code = (
        "import django, os;"
        "os.environ['DJANGO_SETTINGS_MODULE']='portal.settings.production';"
        "from django.conf import settings;"
        "print(settings.SECRET_KEY, settings.ALLOWED_HOSTS, settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS > 0, settings.DEBUG)"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)


def test_production_reads_secret_and_hosts_from_environment():
    result = _run(
        {"DJANGO_SECRET_KEY": "from-the-env-123", "DJANGO_ALLOWED_HOSTS": "a.example.no,b.example.no"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "from-the-env-123 ['a.example.no', 'b.example.no'] True True False"


def test_production_refuses_to_start_without_secret():
    result = _run({"DJANGO_ALLOWED_HOSTS": "a.example.no"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_database_url_switches_database():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])"
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL="postgres://u@db.example:5432/portal",
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "portal"]
