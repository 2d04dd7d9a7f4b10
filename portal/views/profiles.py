"""Municipality profiles: one municipality's experiences, events, forum activity and indicators.

The profile gathers content from every app, so it lives in the project package, above them.
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode

from experiences.models import EventPage, ExperiencePage
from forums.models import Topic
from municipalities import ranking
from municipalities.models import Municipality

FORUM_ACTIVITY_LIMIT = 5
EVENTS_LIMIT = 10


def _forum_activity(user, municipality, limit=FORUM_ACTIVITY_LIMIT):
    """Topics started or answered by the municipality's staff, as far as `user` may read them."""
    return list(
        Topic.objects.visible_to(user)
        .filter(
            Q(author__profile__municipality=municipality)
            | Q(posts__author__profile__municipality=municipality)
        )
        .distinct()
        .order_by("-last_post_at")[:limit]
    )


def _events(municipality):
    return (
        EventPage.objects.live()
        .public()
        .filter(period__memberships__municipality=municipality)
        .distinct()
        .order_by("-start_date")
    )


def _indicator_profile(municipality):
    result = ranking.profile(municipality)
    if result is not None:
        query = urlencode({"region": municipality.region, "year": result["year"]})
        result["tool_url"] = f"{reverse('municipalities:tool')}?{query}"
    return result


def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality.objects.prefetch_related("numbers"), slug=slug)
    experiences = (
        ExperiencePage.objects.visible_to(request.user)
        .filter(municipality=municipality)
        .order_by("-published_date")
    )
    memberships = municipality.memberships.select_related("period__programme").order_by("period__start_year")
    return render(
        request,
        "portal/municipality_detail.html",
        {
            "municipality": municipality,
            "experiences": experiences,
            "memberships": memberships,
            "events": _events(municipality)[:EVENTS_LIMIT],
            "topics": _forum_activity(request.user, municipality),
            "indicators": _indicator_profile(municipality),
        },
    )
