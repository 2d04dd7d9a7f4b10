"""Load the demo content: municipalities, users per role, pages, experiences, forums."""

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.demo import STEPS
from portal.demo.users import login_help


class Command(BaseCommand):
    help = "Laster demoinnhold (idempotent). Nekter å kjøre med produksjonsinnstillinger."

    def add_arguments(self, parser):
        parser.add_argument("--print-logins", action="store_true", help="Skriv ut demobrukerne.")

    def handle(self, *args, **options):
        if settings.PORTAL_ENVIRONMENT not in ("development", "test"):
            raise CommandError("Demoinnhold lastes aldri med produksjonsinnstillinger.")
        log = (lambda msg: self.stdout.write(msg)) if options["verbosity"] > 1 else (lambda msg: None)
        with transaction.atomic():
            for step in STEPS:
                importlib.import_module(step).load(log)
        self.stdout.write(self.style.SUCCESS("Demoinnholdet er på plass."))
        if options["print_logins"] and settings.PORTAL_ENVIRONMENT == "development":
            for line in login_help():
                self.stdout.write(line)
