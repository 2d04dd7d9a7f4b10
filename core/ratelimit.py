"""A small rate limiter on Django's cache (shared across workers when the cache is Redis).

The window starts at the first attempt and lasts `window` seconds, so a burst cannot slip
through at a clock boundary the way it can with fixed calendar buckets.
"""

from django.core.cache import cache


def hit(scope, key, limit, window):
    """Count one attempt; return True while `key` is within `limit` attempts per window."""
    cache_key = f"ratelimit:{scope}:{key}"
    if cache.add(cache_key, 1, timeout=window):
        return 1 <= limit
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr: this attempt opens a new window
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count <= limit


def allow(request, scope, key, limit, window):
    """Count one attempt for ``key`` and for the client's IP address (which gets 3× ``limit``, as
    several colleagues may share one office address); True while both are within their limits."""
    ip = client_ip(request) if request is not None else "unknown"
    allowed_ip = hit(f"{scope}-ip", ip, limit * 3, window)
    allowed_key = hit(f"{scope}-key", key, limit, window)
    return allowed_ip and allowed_key


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "unknown")
