"""Administrators manage municipalities, periods, profiles and indicator data; uploads are all or nothing."""

from pathlib import Path

import pytest
from django.urls import reverse

from municipalities.models import IndicatorValue, Municipality, UserProfile

DATA = Path(__file__).parent / "data"
IMPORT = reverse("municipalities:import")


@pytest.mark.parametrize(
    "model", ["municipality", "programmeperiod", "userprofile", "indicator", "indicatorvalue", "selection"]
)
def test_admin_lists_the_records(client, light_users, model):
    client.force_login(light_users["admin"])
    response = client.get(reverse(f"wagtailsnippets_municipalities_{model}:list"))
    assert response.status_code == 200


def test_admin_ties_a_user_to_a_municipality(client, light_users):
    client.force_login(light_users["admin"])
    profile = UserProfile.objects.get(user=light_users["editor"])
    molde = Municipality.objects.get(slug="molde")
    url = reverse("wagtailsnippets_municipalities_userprofile:edit", args=[profile.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"municipality": molde.pk, "job_title": "Rådgiver"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.municipality, profile.user) == (molde, light_users["editor"])


def test_admin_edits_a_municipality_with_its_number_history(client, light_users):
    client.force_login(light_users["admin"])
    alesund = Municipality.objects.get(slug="alesund")
    html = client.get(
        reverse("wagtailsnippets_municipalities_municipality:edit", args=[alesund.pk])
    ).content.decode()
    assert 'value="1504"' in html and 'value="1508"' in html


def test_only_administrators_may_upload(client, light_users):
    assert client.get(IMPORT).status_code == 302
    client.force_login(light_users["editor"])
    assert client.get(IMPORT).status_code == 403


def test_upload_of_a_bad_file_lists_the_errors_and_imports_nothing(client, light_users):
    client.force_login(light_users["admin"])
    before = IndicatorValue.objects.count()
    text = (DATA / "malformed.csv").read_text().replace("bostotte", "lavinntekt")
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(IMPORT, {"file": SimpleUploadedFile("feil.csv", text.encode()), "format": ""})
    html = response.content.decode()
    assert "Filen ble ikke importert: 6 feil" in html
    assert "linje 4: ukjent kommunenummer 9999" in html
    assert IndicatorValue.objects.count() == before


def test_upload_of_a_good_jsonstat_file(client, light_users):
    client.force_login(light_users["admin"])
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "ssb.json", (DATA / "valid.jsonstat.json").read_text().replace("bostotte", "lavinntekt").encode()
    )
    response = client.post(IMPORT, {"file": upload, "format": "jsonstat"}, follow=True)
    assert "Importerte 3 nye og oppdaterte 2 verdier." in response.content.decode()
    assert (
        IndicatorValue.objects.get(
            indicator__code="lavinntekt", municipality__slug="alesund", year=2015
        ).value
        == 25.0
    )
