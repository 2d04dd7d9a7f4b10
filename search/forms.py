"""The search page's query and filters, read from GET parameters.

Unknown or malformed filter values are dropped rather than reported: a stale link from
another page should still give the user results.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from experiences.models import Theme
from municipalities.models import Municipality, ProgrammePeriod

from .kinds import KINDS_BY_KEY, Filters

MAX_QUERY_LENGTH = 200
# Old names of parameters, still read so that links made before the rename keep working.
ALIASES = {"ar": "aar"}  # the year filter was ?ar= on /sok/, ?aar= on /erfaringer/


def search_params(query_dict):
    """The request's GET parameters with old names read as the current ones."""
    params = query_dict.copy()
    for old, new in ALIASES.items():
        if old in params:
            values = params.pop(old)
            if new not in params:
                params.setlistdefault(new, values)
    return params


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Søkeord"), required=False, strip=True)
    type = forms.CharField(required=False)
    kommune = forms.SlugField(required=False)
    tema = forms.SlugField(required=False)
    periode = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    aar = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    side = forms.IntegerField(required=False, min_value=1)

    def _value(self, name):
        self.is_valid()  # cleans once; a malformed field is simply missing from cleaned_data
        return self.cleaned_data.get(name)

    @property
    def query(self):
        return " ".join((self._value("q") or "").split())[:MAX_QUERY_LENGTH]

    @property
    def kind_key(self):
        key = self._value("type")
        return key if key in KINDS_BY_KEY else None

    @property
    def page_number(self):
        return self._value("side") or 1

    def filters(self):
        kommune, tema, periode = self._value("kommune"), self._value("tema"), self._value("periode")
        return Filters(
            kommune=Municipality.objects.filter(slug=kommune).first() if kommune else None,
            tema=Theme.objects.filter(slug=tema).first() if tema else None,
            periode=ProgrammePeriod.objects.filter(start_year=periode).first() if periode else None,
            aar=self._value("aar"),
        )
