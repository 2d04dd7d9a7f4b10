from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExperiencesConfig(AppConfig):
    name = "experiences"
    verbose_name = _("Erfaringer, tema og samlinger")

    def ready(self):
        from . import signal_handlers  # noqa: F401
