"""Who a user is to the portal: member, programme member, editor. One place for the roles.

Every app's `visible_to(user)` queryset method builds on these predicates. Results are
cached on the user object, so a request asks the database at most once per predicate;
other apps cache their own per-request answers about a user (the forums a user may read)
with `remember()`, so that `forget()` drops them all together.

The models are reached through the app registry rather than imported: models.py imports this
module for its `visible_to()` methods.
"""

from django.apps import apps

EDITOR_GROUP = "Moderators"  # Wagtail's own moderators group: Husbanken's editors
_CACHE_ATTRIBUTE = "_portal_roles"


def remember(user, key, compute):
    """`compute()`, cached on this user object (so for one request) under `key`."""
    cache = user.__dict__.setdefault(_CACHE_ATTRIBUTE, {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def municipality_of(user):
    """The municipality a logged-in user works for, or None."""
    if not getattr(user, "is_authenticated", False):
        return None

    def compute():
        profile = (
            apps.get_model("municipalities", "UserProfile")
            .objects.select_related("municipality")
            .filter(user=user)
            .first()
        )
        return profile.municipality if profile else None

    return remember(user, "municipality", compute)


def is_member(user):
    """Municipality staff: logged in and tied to a municipality (editors count too)."""
    return is_editor(user) or municipality_of(user) is not None


def is_editor(user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return remember(user, "editor", lambda: user.groups.filter(name=EDITOR_GROUP).exists())


def is_programme_member(user):
    """A member whose municipality is in an active programme period, or an editor."""
    if is_editor(user):
        return True
    municipality = municipality_of(user)
    if municipality is None:
        return False
    return remember(
        user,
        "programme",
        lambda: municipality.memberships.filter(period__is_active=True).exists(),
    )


def forget(user):
    """Drop everything remembered about `user`, e.g. after changing their groups or profile."""
    user.__dict__.pop(_CACHE_ATTRIBUTE, None)
