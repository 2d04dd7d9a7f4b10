"""Saved selections (utvalg): only Husbanken's editors may save or see them."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from municipalities.models import Municipality, Selection

TOOL = reverse("municipalities:tool")
LIST = reverse("municipalities:selections")


@pytest.fixture
def selection(light_users):
    s = Selection.objects.create(
        name="Forslag Midt-Norge 2013", region="Midt-Norge", year=2012, weights={"bostotte": 3}
    )
    s.municipalities.set(Municipality.objects.filter(slug__in=["alesund", "molde"]))
    return s


@pytest.mark.parametrize("role", ["member", "programme"])
def test_members_cannot_see_or_save_selections(client, light_users, selection, role):
    client.force_login(light_users[role])
    assert Selection.objects.visible_to(light_users[role]).count() == 0
    assert client.get(LIST).status_code == 403
    assert client.get(selection.get_absolute_url()).status_code == 404
    html = client.get(TOOL).content.decode()
    assert "Lagre som utvalg" not in html
    response = client.post(TOOL + "?region=Midt-Norge&year=2012", {"name": "Mitt", "municipalities": []})
    assert response.status_code == 403
    assert Selection.objects.count() == 1


def test_visitors_are_sent_to_log_in(client, selection):
    assert Selection.objects.visible_to(AnonymousUser()).count() == 0
    for url in (LIST, selection.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 302 and "/konto/logg-inn/" in response["Location"]


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editors_see_selections(client, light_users, selection, role):
    client.force_login(light_users[role])
    assert list(Selection.objects.visible_to(light_users[role])) == [selection]
    assert "Forslag Midt-Norge 2013" in client.get(LIST).content.decode()
    html = client.get(selection.get_absolute_url()).content.decode()
    assert "Ålesund" in html and "Molde" in html and "w_bostotte=3" in html


def test_editor_saves_a_selection_from_the_tool(client, light_users, selection):
    client.force_login(light_users["editor"])
    query = "?region=Midt-Norge&year=2016&w_bostotte=5&w_boligpris=0"
    page = client.get(TOOL + query).content.decode()
    assert "Lagre som utvalg" in page
    picked = list(Municipality.objects.filter(slug__in=["namsos", "verdal"]).values_list("pk", flat=True))

    response = client.post(TOOL + query, {"name": "Ny periode", "municipalities": picked})

    saved = Selection.objects.get(name="Ny periode")
    assert response.status_code == 302 and response["Location"] == saved.get_absolute_url()
    assert (saved.year, saved.region, saved.created_by) == (2016, "Midt-Norge", light_users["editor"])
    assert saved.weights["bostotte"] == 5 and saved.weights["boligpris"] == 0
    assert sorted(saved.municipalities.values_list("slug", flat=True)) == ["namsos", "verdal"]


def test_saving_without_a_name_keeps_the_choices(client, light_users, selection):
    client.force_login(light_users["editor"])
    pk = Municipality.objects.get(slug="namsos").pk
    response = client.post(TOOL + "?region=Midt-Norge&year=2016", {"name": "", "municipalities": [pk]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Utvalget ble ikke lagret" in html
    assert f'value="{pk}" id="id_municipalities_' in html and "checked" in html
    assert Selection.objects.count() == 1
