"""Theme landing pages."""

from django.shortcuts import get_object_or_404, render

from forums.models import Topic

from .models import ExperiencePage, Theme


def theme_list(request):
    return render(request, "experiences/theme_list.html", {"themes": Theme.objects.all()})


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    experiences = (
        ExperiencePage.objects.visible_to(request.user)
        .filter(themes=theme)
        .select_related("municipality")
        .order_by("-published_date")
    )
    topics = Topic.objects.visible_to(request.user).filter(themes=theme)[:5]
    return render(
        request,
        "experiences/theme_detail.html",
        {"theme": theme, "experiences": experiences, "topics": topics},
    )
