"""Theme landing pages: intro, the editors' featured experiences, the latest ones, forum topics.

A theme page gathers experiences and forum topics, so it lives in the project package.
"""

from django.shortcuts import get_object_or_404, render

from experiences.models import ExperienceIndexPage, ExperiencePage, Theme
from forums.models import Topic

LATEST_ON_THEME = 6
TOPICS_ON_THEME = 5


def theme_list(request):
    return render(request, "portal/theme_list.html", {"themes": Theme.objects.all()})


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    featured = theme.featured_for(request.user)
    latest = (
        ExperiencePage.objects.visible_to(request.user)
        .filter(themes=theme)
        .exclude(pk__in=[page.pk for page in featured])
        .select_related("municipality")
        .order_by("-published_date", "-pk")[:LATEST_ON_THEME]
    )
    topics = Topic.objects.visible_to(request.user).filter(themes=theme)[:TOPICS_ON_THEME]
    index_page = ExperienceIndexPage.objects.live().first()
    return render(
        request,
        "portal/theme_detail.html",
        {
            "theme": theme,
            "featured": featured,
            "experiences": latest,
            "topics": topics,
            "all_url": f"{index_page.url}?tema={theme.slug}" if index_page else None,
            "feed_url": index_page.feed_url(theme=theme) if index_page else None,
        },
    )
