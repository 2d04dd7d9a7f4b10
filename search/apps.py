from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Søk")

    def ready(self):
        # App-loading cycle: the handlers import the Whoosh backend and with it every app's
        # models, which cannot be imported before the app registry is ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
