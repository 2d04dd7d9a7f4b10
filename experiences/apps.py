from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExperiencesConfig(AppConfig):
    name = "experiences"
    verbose_name = _("Erfaringer, tema og samlinger")

    def ready(self):
        # App-loading cycle: the handlers import this app's models, which cannot be imported
        # before the app registry is ready, so not at the top of apps.py.
        from . import signal_handlers  # noqa: F401
