"""Municipality list and profile pages, the indicator tool, saved selections and the upload."""

import csv

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import charts, ranking
from .access import is_editor
from .forms import ImportForm, SelectionForm, ToolForm, weight_field_name
from .importers import IndicatorImportError, detect_format, import_text
from .models import Indicator, Municipality, Selection

TOP_N_DEFAULT = 10  # the programme took ten municipalities


def municipality_list(request):
    municipalities = Municipality.objects.prefetch_related("numbers", "memberships__period")
    return render(request, "municipalities/municipality_list.html", {"municipalities": municipalities})


# --- the indicator tool ----------------------------------------------------------------------


def _tool_form(data):
    indicators = list(Indicator.objects.all())
    return ToolForm(
        data,
        indicators=indicators,
        regions=ranking.available_regions(),
        years=ranking.available_years(),
    )


def _score_chart(result):
    return charts.bar_chart(
        [(r.municipality.name, r.score, r.in_programme) for r in result.rows],
        title=_("Samlet skår for kommunene i %(region)s, %(year)s")
        % {"region": result.region, "year": result.year},
        desc=_(
            "Liggende søyler: positiv skår betyr større boligsosiale utfordringer enn snittet i regionen. "
            "Tallene står også i tabellen under."
        ),
        decimals=2,
    )


def _by_value(result, index):
    """(row, cell) pairs for one indicator, highest value first, missing values last."""
    pairs = [(row, row.cells[index]) for row in result.rows]
    return sorted(pairs, key=lambda p: (p[1].value is None, -(p[1].value.value if p[1].value else 0)))


def _indicator_chart(result, column, pairs):
    items = [
        (row.municipality.name, cell.value.value if cell.value else None, row.in_programme)
        for row, cell in pairs
    ]
    refs = [(_("Snitt i regionen"), column.regional_average)]
    if column.national:
        refs.append((_("Landet"), column.national.value))
    return charts.bar_chart(
        items,
        title=f"{column.indicator.name} ({column.indicator.unit}), {result.year}",
        desc=_("Verdien for hver kommune, med snittet i regionen og landet som loddrette linjer."),
        references=refs,
    )


def _csv_response(result):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="indikatorer-{result.year}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read æøå correctly
    writer = csv.writer(response, delimiter=";")
    header = [_("plass"), _("kommune"), _("kommunenummer"), _("samlet skår")]
    for column in result.columns:
        header += [f"{column.indicator.code} ({_('vekt')} {column.weight:g})", f"{column.indicator.code} z"]
    header.append(_("illustrative verdier"))
    writer.writerow(header)

    def num(x):
        return "" if x is None else f"{x:.4f}".replace(".", ",")

    for row in result.rows:
        line = [row.rank or "", row.municipality.name, row.municipality.current_number or "", num(row.score)]
        for cell in row.cells:
            line += [num(cell.value.value if cell.value else None), num(cell.z)]
        line.append(_("ja") if result.illustrative else _("nei"))
        # Names come from the admin; never let a cell start a spreadsheet formula.
        writer.writerow([f"'{c}" if isinstance(c, str) and c[:1] in "=+-@" else c for c in line])
    return response


def indicator_tool(request):
    form = _tool_form(request.GET)
    result = None
    context = {"form": form}
    if not form.fields["year"].choices:
        return render(request, "municipalities/indicator_tool.html", {"no_data": True})
    if form.is_valid():
        data = form.cleaned_data
        result = ranking.rank(data["region"], data["year"], form.weights(), form.indicators)
        if request.GET.get("last_ned") == "csv":
            return _csv_response(result)
        query = {"region": data["region"], "year": data["year"]}
        query.update({weight_field_name(i): form.weights()[i.code] for i in form.indicators})
        context.update(
            {
                "result": result,
                "tool_query": urlencode(query),
                "score_chart": _score_chart(result),
                "indicator_sections": [
                    {"column": column, "chart": _indicator_chart(result, column, pairs), "cells": pairs}
                    for column, pairs in (
                        (column, _by_value(result, i))
                        for i, column in enumerate(result.columns)
                        if column.weight > 0
                    )
                ],
            }
        )
        if is_editor(request.user):
            context["selection_form"] = _selection_form(request, result)
            if request.method == "POST" and context["selection_form"].is_valid():
                selection = context["selection_form"].save(commit=False)
                selection.region, selection.year = data["region"], data["year"]
                selection.weights = form.weights()
                selection.created_by = request.user
                selection.save()
                context["selection_form"].save_m2m()
                messages.success(request, _("Utvalget «%(name)s» er lagret.") % {"name": selection.name})
                return redirect(selection.get_absolute_url())
    if request.method == "POST" and not is_editor(request.user):
        raise PermissionDenied
    return render(request, "municipalities/indicator_tool.html", context)


def _selection_form(request, result):
    if request.method == "POST":
        return SelectionForm(request.POST, region=result.region)
    top = [r.municipality.pk for r in result.rows if r.rank and r.rank <= TOP_N_DEFAULT]
    return SelectionForm(region=result.region, initial={"municipalities": top})


def _require_editor(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_editor(request.user):
        raise PermissionDenied
    return None


def selection_list(request):
    if response := _require_editor(request):
        return response
    selections = Selection.objects.visible_to(request.user).select_related("period", "created_by")
    return render(request, "municipalities/selection_list.html", {"selections": selections})


def selection_detail(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    selection = get_object_or_404(Selection.objects.visible_to(request.user).select_related("period"), pk=pk)
    query = {"region": selection.region, "year": selection.year}
    query.update({weight_field_name(code): weight for code, weight in selection.weights.items()})
    return render(
        request,
        "municipalities/selection_detail.html",
        {
            "selection": selection,
            "chosen": selection.municipalities.order_by("name"),
            "weights": [
                (i, selection.weights.get(i.code, 0))
                for i in Indicator.objects.filter(code__in=selection.weights.keys())
            ],
            "tool_url": reverse("municipalities:tool") + "?" + urlencode(query),
        },
    )


def indicator_import(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.has_perm("municipalities.add_indicatorvalue"):
        raise PermissionDenied
    errors = []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        fmt = form.cleaned_data["format"] or detect_format(form.cleaned_data["file"].name, form.text)
        try:
            result = import_text(form.text, fmt, illustrative=form.cleaned_data["illustrative"])
        except IndicatorImportError as exc:
            errors = exc.errors
        else:
            messages.success(
                request,
                _("Importerte %(created)s nye og oppdaterte %(updated)s verdier.")
                % {"created": result.created, "updated": result.updated},
            )
            return redirect("municipalities:import")
    return render(request, "municipalities/indicator_import.html", {"form": form, "import_errors": errors})
