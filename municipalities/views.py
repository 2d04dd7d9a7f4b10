"""Municipality list and profile pages."""

from django.shortcuts import get_object_or_404, render

from .models import Municipality


def municipality_list(request):
    municipalities = Municipality.objects.prefetch_related("numbers", "memberships__period")
    return render(request, "municipalities/municipality_list.html", {"municipalities": municipalities})


def municipality_detail(request, slug):
    from experiences.models import ExperiencePage

    municipality = get_object_or_404(Municipality.objects.prefetch_related("numbers"), slug=slug)
    experiences = (
        ExperiencePage.objects.visible_to(request.user)
        .filter(municipality=municipality)
        .order_by("-published_date")
    )
    memberships = municipality.memberships.select_related("period__programme")
    return render(
        request,
        "municipalities/municipality_detail.html",
        {"municipality": municipality, "experiences": experiences, "memberships": memberships},
    )
