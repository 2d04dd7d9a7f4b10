"""The search page (/sok/) and the autocomplete endpoint behind the header box (/sok/forslag/)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode

from experiences.models import Theme

from . import services
from .forms import MAX_QUERY_LENGTH, SearchForm, search_params
from .kinds import FILTERS

KEPT_PARAMS = ("q", "type", *FILTERS)


def _linker(params):
    """Builds links to this search with some parameters changed; any change goes back to page 1."""
    current = {name: params[name] for name in KEPT_PARAMS if params.get(name)}

    def link(**changes):
        params = {**current, **changes}
        return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})

    return link


def search(request):
    params = search_params(request.GET)
    form = SearchForm(params)
    query = form.query
    filters = form.filters()
    link = _linker(params)
    kept = [(name, params[name]) for name in ("type", *FILTERS) if params.get(name)]
    context = {"form": form, "query": query, "filters": filters, "kept_filters": kept}
    if query:
        outcome = services.run_search(query, request.user, filters, form.kind_key, form.page_number)
        selected = outcome.kind.key if outcome.kind else None
        context.update(
            outcome=outcome,
            kind_links=[
                {
                    "label": kind.label,
                    "count": count,
                    "url": link(type=kind.key),
                    "selected": kind.key == selected,
                }
                for kind, count in outcome.kind_counts
            ],
            all_url=link(type=None),
            clear_url=link(**dict.fromkeys(FILTERS)),
            page_url=link(side=None),
        )
        for group in outcome.groups:
            group.url = link(type=group.kind.key)
        for name, options in outcome.facets.items():
            for option in options:
                option.url = link(**{name: None if option.selected else option.value})
        if outcome.suggestion:
            context["suggestion_url"] = link(q=outcome.suggestion)
        if outcome.total == 0:
            context["themes"] = Theme.objects.all()
    return render(request, "search/search.html", context)


def _wants_json(request):
    fmt = request.GET.get("format")
    if fmt in ("json", "html"):
        return fmt == "json"
    return "application/json" in request.headers.get("Accept", "")


def autocomplete(request):
    """JSON for the header box's script; without it, the same suggestions as a page of links."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    items = services.autocomplete(query, request.user)
    if _wants_json(request):
        response = JsonResponse({"query": query, "results": items, "search_url": reverse("search:search")})
    else:
        response = render(request, "search/autocomplete.html", {"query": query, "items": items})
    patch_vary_headers(response, ["Accept"])
    return response
