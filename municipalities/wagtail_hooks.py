"""Wagtail admin: municipalities, programmes, periods, user profiles, indicators and utvalg."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Indicator,
    IndicatorValue,
    Municipality,
    Programme,
    ProgrammePeriod,
    Selection,
    UserProfile,
)


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Kommuner")
    list_display = ["name", "current_number", "county", "region"]
    list_filter = ["region", "county", "language_form"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "folder-open-inverse"
    menu_label = _("Program")
    search_fields = ["name"]
    search_backend_name = None


class ProgrammePeriodViewSet(SnippetViewSet):
    model = ProgrammePeriod
    icon = "date"
    menu_label = _("Programperioder")
    list_display = ["__str__", "programme", "is_active"]
    list_filter = ["is_active", "region"]


class UserProfileViewSet(SnippetViewSet):
    model = UserProfile
    icon = "user"
    menu_label = _("Brukerprofiler")
    list_display = ["user", "municipality", "job_title"]
    list_filter = ["municipality"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    # A profile follows its user (created with the account); only the municipality is edited here.
    panels = [FieldPanel("user", read_only=True), FieldPanel("municipality"), FieldPanel("job_title")]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "list-ul"
    menu_label = _("Indikatorer")
    list_display = ["name", "code", "category", "unit", "direction"]
    list_filter = ["category"]
    search_fields = ["name", "code"]
    search_backend_name = None


class IndicatorValueViewSet(SnippetViewSet):
    model = IndicatorValue
    icon = "table"
    menu_label = _("Indikatorverdier")
    list_display = ["indicator", "municipality", "year", "value", "is_illustrative"]
    list_filter = ["indicator", "year", "municipality", "is_illustrative"]
    list_per_page = 50
    # Thousands of rows, replaced on every import, referenced by nothing: tracking them in the
    # reference index made a 8,500-row re-import ten times slower.
    add_to_reference_index = False


class SelectionViewSet(SnippetViewSet):
    model = Selection
    icon = "tasks"
    menu_label = _("Utvalg")
    list_display = ["name", "region", "year", "period", "created_at"]


class MunicipalitiesGroup(SnippetViewSetGroup):
    items = (
        MunicipalityViewSet,
        ProgrammeViewSet,
        ProgrammePeriodViewSet,
        UserProfileViewSet,
        IndicatorViewSet,
        IndicatorValueViewSet,
        SelectionViewSet,
    )
    menu_icon = "site"
    menu_label = _("Kommuner og program")
    menu_name = "municipalities"


register_snippet(MunicipalitiesGroup)
