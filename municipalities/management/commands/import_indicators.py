"""`manage.py import_indicators FILE [--format csv|jsonstat]`: load indicator values, all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from municipalities.importers import IndicatorImportError, detect_format, import_text


class Command(BaseCommand):
    help = "Importer indikatorverdier fra CSV eller JSON-stat2 (SSB). En feil i filen stopper hele importen."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV- eller JSON-stat2-fil")
        parser.add_argument(
            "--format", choices=["csv", "jsonstat"], help="standard: ut fra filnavn og innhold"
        )
        parser.add_argument(
            "--illustrative",
            action="store_true",
            help="merk verdiene som illustrative (ikke publisert statistikk)",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Kan ikke lese {path}: {exc}") from exc
        fmt = options["format"] or detect_format(path.name, text)
        quiet = options["verbosity"] == 0

        def progress(items):
            return tqdm(items, desc="Importerer", unit="verdier", disable=quiet, file=self.stderr._out)

        try:
            result = import_text(text, fmt, illustrative=options["illustrative"], progress=progress)
        except IndicatorImportError as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(exc.errors)} feil i {path.name}; ingenting ble importert.") from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Importerte {result.created} nye og oppdaterte {result.updated} verdier fra {path.name}."
            )
        )
