"""Create (or repair) the municipality groups, editors' permissions and the approval workflow."""

from django.core.management.base import BaseCommand

from experiences.permissions import ensure_editorial_setup


class Command(BaseCommand):
    help = "Oppretter kommunegrupper, redaktørrettigheter og godkjenningsflyten for erfaringer (idempotent)."

    def handle(self, *args, **options):
        workflow = ensure_editorial_setup()
        if workflow is None:
            self.stdout.write(
                self.style.WARNING("Fant ingen erfaringsoversikt; ingen arbeidsflyt ble koblet til.")
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Arbeidsflyten «{workflow.name}» er på plass."))
