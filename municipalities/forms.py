"""Forms for the indicator tool: the choice of region, year and weights; saving an utvalg; upload."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Municipality, ProgrammePeriod, Selection

MAX_WEIGHT = 10
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def weight_field_name(indicator):
    """The tool's GET parameter for one indicator's weight; `indicator` is one or its code."""
    return f"w_{getattr(indicator, 'code', indicator)}"


class ToolForm(forms.Form):
    """Read from the query string, so every ranking has a link and works without JavaScript."""

    region = forms.ChoiceField(label=_("Region"))
    year = forms.TypedChoiceField(label=_("År"), coerce=int)

    def __init__(self, data, *, indicators, regions, years, **kwargs):
        self.indicators = list(indicators)
        initial = {"region": regions[0] if regions else "", "year": years[0] if years else None}
        for indicator in self.indicators:
            initial[weight_field_name(indicator)] = indicator.default_weight
        # Missing parameters take their defaults, so a bare URL shows the default ranking.
        merged = dict(initial)
        if data:
            merged.update({k: v for k, v in data.items() if k in initial or k.startswith("w_")})
        super().__init__(merged, initial=initial, **kwargs)
        self.fields["region"].choices = [(r, r) for r in regions]
        self.fields["year"].choices = [(y, y) for y in years]
        for indicator in self.indicators:
            self.fields[weight_field_name(indicator)] = forms.IntegerField(
                label=indicator.name,
                min_value=0,
                max_value=MAX_WEIGHT,
                required=False,
                widget=forms.NumberInput(attrs={"class": "weight-input", "inputmode": "numeric"}),
            )

    def weights(self):
        data = self.cleaned_data
        return {i.code: data.get(weight_field_name(i)) or 0 for i in self.indicators}

    def weight_groups(self):
        """[(category label, [(indicator, bound field), ...]), ...] in the indicators' order."""
        groups = {}
        for indicator in self.indicators:
            label = indicator.get_category_display()
            groups.setdefault(label, []).append((indicator, self[weight_field_name(indicator)]))
        return list(groups.items())


class SelectionForm(forms.ModelForm):
    municipalities = forms.ModelMultipleChoiceField(
        label=_("Kommuner i utvalget"),
        queryset=Municipality.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    period = forms.ModelChoiceField(
        label=_("Grunnlag for programperiode"),
        queryset=ProgrammePeriod.objects.all(),
        required=False,
        empty_label=_("Ingen (foreløpig)"),
    )

    class Meta:
        model = Selection
        fields = ["name", "municipalities", "period", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = Municipality.objects.filter(region=region)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fil"),
        help_text=_(
            "CSV med kolonnene kommunenummer;år;indikator;verdi (valgfritt antall;innbyggere), "
            "eller JSON-stat2 fra SSBs PxWebApi. Høyst 5 MB."
        ),
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("Finn ut selv")), ("csv", "CSV"), ("jsonstat", "JSON-stat2")],
        required=False,
    )
    illustrative = forms.BooleanField(
        label=_("Illustrative verdier (ikke publisert statistikk)"),
        required=False,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Filen er større enn 5 MB."))
        try:
            self.text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(_("Filen må være UTF-8-kodet tekst.")) from exc
        return upload
