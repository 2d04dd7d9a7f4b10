"""The login form, with a rate limit per IP address and per username."""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from . import ratelimit


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("Feil brukernavn eller passord. Sjekk skrivemåten og prøv igjen."),
        "inactive": _("Denne kontoen er deaktivert."),
        "rate_limited": _(
            "For mange innloggingsforsøk. Vent et kvarter og prøv igjen, eller kontakt Husbanken."
        ),
    }

    def clean(self):
        limit, window = settings.LOGIN_RATE_LIMIT
        username = (self.cleaned_data.get("username") or "").lower()
        ip = ratelimit.client_ip(self.request) if self.request else "unknown"
        allowed_ip = ratelimit.hit("login-ip", ip, limit * 3, window)
        allowed_user = ratelimit.hit("login-user", username, limit, window)
        if not (allowed_ip and allowed_user):
            raise forms.ValidationError(self.error_messages["rate_limited"], code="rate_limited")
        return super().clean()
