"""Absolute links for e-mails, which are read outside any request.

The portal's public address comes from ``WAGTAILADMIN_BASE_URL`` (set from the environment
variable ``PORTAL_BASE_URL``), the same setting Wagtail uses for the links in its own e-mails.
"""

from django.conf import settings


def absolute_url(path):
    """`path` (e.g. from ``reverse()`` or ``get_absolute_url()``) on the portal's public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
