"""A small fixed-window rate limiter on Django's cache (shared across workers with Redis)."""

import time

from django.core.cache import cache


def hit(scope, key, limit, window):
    """Count one attempt; return True when `key` is still within `limit` per `window` seconds."""
    bucket = int(time.time() // window)
    cache_key = f"ratelimit:{scope}:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window + 1)
        count = 1
    return count <= limit


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "unknown")
