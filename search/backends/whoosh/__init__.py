"""A modelsearch backend on Whoosh with Norwegian analysis.

Configure with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.whoosh",
"PATH": "/path/to/index"}}``. Optional: ``WRITE_TIMEOUT`` (seconds per lock attempt, default 5)
and ``WRITE_ATTEMPTS`` (default 3). See docs/search.md.
"""

from .backend import WhooshSearchBackend

SearchBackend = WhooshSearchBackend

__all__ = ["SearchBackend", "WhooshSearchBackend"]
