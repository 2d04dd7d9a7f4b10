"""Logging in, and the rate limit that stops password guessing."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


def test_login_and_logout(client, users):
    response = client.post("/konto/logg-inn/", {"username": "programmedlem", "password": "demo-program"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert "Per Programsen" in html and "Ålesund" in html
    client.post("/konto/logg-ut/")
    assert "Logg inn" in client.get("/").content.decode()


def test_wrong_password_keeps_username_and_explains(client, users):
    response = client.post("/konto/logg-inn/", {"username": "medlem", "password": "feil"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Feil brukernavn eller passord" in html
    assert 'value="medlem"' in html


def test_login_is_rate_limited(client, users, settings):
    settings.LOGIN_RATE_LIMIT = (3, 900)
    for _ in range(3):
        client.post("/konto/logg-inn/", {"username": "medlem", "password": "feil"})
    response = client.post("/konto/logg-inn/", {"username": "medlem", "password": "demo-medlem"})
    assert response.status_code == 200  # not logged in, even with the right password
    assert "For mange innloggingsforsøk" in response.content.decode()
