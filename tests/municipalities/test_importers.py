"""Importing indicator values: CSV and JSON-stat2, all-or-nothing, old kommunenummer mapped."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from municipalities.importers import IndicatorImportError, import_text
from municipalities.models import IndicatorValue

DATA = Path(__file__).parent / "data"


def read(name):
    return (DATA / name).read_text(encoding="utf-8")


def value_of(slug, year):
    return IndicatorValue.objects.get(indicator__code="bostotte", municipality__slug=slug, year=year)


def test_valid_csv_imports_municipal_and_national_values(bostotte):
    result = import_text(read("valid.csv"), "csv")

    assert (result.created, result.updated) == (5, 0)
    assert IndicatorValue.objects.national().get(year=2015).value == 21.5
    trondheim = value_of("trondheim", 2015)
    assert (trondheim.value, trondheim.count, trondheim.population) == (18.2, 3276, 180000)
    assert not trondheim.is_illustrative


def test_importing_again_updates_instead_of_duplicating(bostotte):
    import_text(read("valid.csv"), "csv")
    result = import_text(read("valid.csv").replace("18,2", "18,4"), "csv", illustrative=True)

    assert (result.created, result.updated) == (0, 5)
    assert IndicatorValue.objects.count() == 5
    assert value_of("trondheim", 2015).value == 18.4
    assert value_of("trondheim", 2015).is_illustrative


def test_old_kommunenummer_land_on_todays_municipality(bostotte):
    import_text(read("old_numbers.csv"), "csv")

    # Ålesund: 1504 until 2019, 1507 in 2020–2023, 1508 from 2024.
    assert [v.year for v in IndicatorValue.objects.filter(municipality__slug="alesund").order_by("year")] == [
        2015,
        2021,
        2024,
    ]
    # Steinkjer: 1702 until 2017, 5004 in 2018–2019, 5006 from 2020.
    assert value_of("steinkjer", 2019).value == 30
    assert value_of("steinkjer", 2016).value == 31


def test_malformed_csv_reports_every_bad_line_and_imports_nothing(bostotte):
    with pytest.raises(IndicatorImportError) as caught:
        import_text(read("malformed.csv"), "csv")

    reported = {e.where: e.reason for e in caught.value.errors}
    assert set(reported) == {"linje 3", "linje 4", "linje 5", "linje 6", "linje 7", "linje 8"}
    assert "ikke et tall" in reported["linje 3"]
    assert "ukjent kommunenummer 9999" in reported["linje 4"]
    assert "ukjent indikator" in reported["linje 5"]
    assert "ugyldig år" in reported["linje 6"]
    assert "linje 2" in reported["linje 7"]  # the duplicate names the line it repeats
    assert "3 felt" in reported["linje 8"]
    # Line 2 was fine, but a file with errors imports nothing.
    assert not IndicatorValue.objects.exists()


def test_csv_without_required_columns_is_refused(bostotte):
    with pytest.raises(IndicatorImportError) as caught:
        import_text("kommune;år;verdi\nÅlesund;2015;3\n", "csv")
    assert "kommunenummer" in caught.value.errors[0].reason


def test_valid_jsonstat_reads_values_in_row_major_order(bostotte):
    result = import_text(read("valid.jsonstat.json"), "jsonstat")

    # Six cells, one of them null (suppressed): five values.
    assert result.created == 5
    assert IndicatorValue.objects.national().get(year=2016).value == 21.9
    assert value_of("alesund", 2015).value == 25.0
    assert value_of("alesund", 2016).value == 26.0
    assert value_of("trondheim", 2015).value == 18.2
    assert not IndicatorValue.objects.filter(municipality__slug="trondheim", year=2016).exists()


def test_malformed_jsonstat_reports_cells_and_imports_nothing(bostotte):
    with pytest.raises(IndicatorImportError) as caught:
        import_text(read("malformed.jsonstat.json"), "jsonstat")

    messages = [str(e) for e in caught.value.errors]
    assert len(messages) == 3
    assert any("celle 1 (Region=1504, Tid=2016" in m and "ikke et tall" in m for m in messages)
    assert sum("ukjent kommunenummer 9999" in m for m in messages) == 2
    assert not IndicatorValue.objects.exists()


def test_jsonstat_with_wrong_value_count_is_refused(bostotte):
    text = read("valid.jsonstat.json").replace(
        '"value": [21.5, 21.9, 25.0, 26.0, 18.2, null]', '"value": [1, 2]'
    )
    with pytest.raises(IndicatorImportError) as caught:
        import_text(text, "jsonstat")
    assert "6 verdier" in caught.value.errors[0].reason


def test_command_imports_with_progress_and_refuses_bad_files(bostotte, capsys):
    call_command("import_indicators", str(DATA / "valid.jsonstat.json"))
    out = capsys.readouterr()
    assert "Importerte 5 nye" in out.out
    assert "Importerer" in out.err  # the tqdm progress bar

    with pytest.raises(CommandError, match="ingenting ble importert"):
        call_command("import_indicators", str(DATA / "malformed.csv"), "--format", "csv")
    assert "linje 4: ukjent kommunenummer 9999" in capsys.readouterr().err
    assert IndicatorValue.objects.count() == 5
