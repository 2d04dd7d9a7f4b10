"""Admin form for experiences: the municipality follows the section the page is written in."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from municipalities.access import is_editor
from municipalities.models import ProgrammePeriod


class ExperiencePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        section = self.parent_page.specific if self.parent_page is not None else None
        municipality = getattr(section, "municipality", None)
        field = self.fields.get("municipality")
        if municipality is not None and field is not None:
            # A member of Molde must not publish in Ålesund's name: the field is locked.
            self.initial["municipality"] = municipality.pk
            field.initial = municipality.pk
            field.disabled = True
            field.help_text = _("Bestemmes av kommuneseksjonen erfaringen ligger i.")
        period = self.fields.get("period")
        if period is not None and self.instance._state.adding and not self.initial.get("period"):
            active = ProgrammePeriod.objects.active().order_by("-start_year").first()
            self.initial["period"] = active.pk if active else None
        featured = self.fields.get("featured")
        if featured is not None and not is_editor(self.for_user):
            # Featuring on the home page is the editors' call.
            featured.disabled = True
            featured.help_text = _("Husbankens redaktører bestemmer hva som framheves.")
