"""Delingsarena: the Django project (settings, URLs, home page, site-wide models)."""
