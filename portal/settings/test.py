"""Test settings: fast hashing, mail to memory, a private search index per process."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES, WAGTAILSEARCH_BACKENDS

DEBUG = False
PORTAL_ENVIRONMENT = "test"
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="delingsarena-media-")

# Each test process gets its own index so parallel runs never share one.
SEARCH_INDEX_DIR = tempfile.mkdtemp(prefix="delingsarena-index-")
if "PATH" in WAGTAILSEARCH_BACKENDS["default"]:
    WAGTAILSEARCH_BACKENDS["default"]["PATH"] = SEARCH_INDEX_DIR

# Several checkouts may test against the same PostgreSQL server at once.
DATABASES["default"].setdefault("TEST", {})
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"]["NAME"] = "test_delingsarena" + os.environ.get("TEST_DB_SUFFIX", "")

STATIC_ROOT = tempfile.mkdtemp(prefix="delingsarena-static-")
