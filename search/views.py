"""The portal's search page."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page


def search(request):
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    page = Paginator(results, 10).get_page(request.GET.get("side"))
    return render(request, "search/search.html", {"query": query, "page": page})
