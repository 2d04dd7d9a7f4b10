"""Account forms: login and password reset with rate limits, and deleting one's own account."""

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from core import ratelimit


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("Feil brukernavn eller passord. Sjekk skrivemåten og prøv igjen."),
        "inactive": _("Denne kontoen er deaktivert."),
        "rate_limited": _(
            "For mange innloggingsforsøk. Vent et kvarter og prøv igjen, eller kontakt Husbanken."
        ),
    }

    def clean(self):
        username = (self.cleaned_data.get("username") or "").lower()
        if not ratelimit.allow(self.request, "login", username, *settings.LOGIN_RATE_LIMIT):
            raise forms.ValidationError(self.error_messages["rate_limited"], code="rate_limited")
        return super().clean()


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's reset form, with a rate limit per IP address and per e-mail address.

    As Django's, it says the same whether or not the address has an account.
    """

    error_messages = {
        "rate_limited": _("Du har bedt om mange nye passord på kort tid. Vent en time og prøv igjen."),
    }

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean(self):
        email = (self.cleaned_data.get("email") or "").lower()
        if not ratelimit.allow(self.request, "password-reset", email, *settings.PASSWORD_RESET_RATE_LIMIT):
            raise forms.ValidationError(self.error_messages["rate_limited"], code="rate_limited")
        return super().clean()


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for the password again and an explicit yes."""

    password = forms.CharField(label=_("Passordet ditt"), strip=False, widget=forms.PasswordInput)
    confirm = forms.BooleanField(
        label=_("Ja, slett kontoen min. Jeg forstår at det ikke kan angres."),
        error_messages={"required": _("Kryss av for å bekrefte at kontoen skal slettes.")},
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        limit, window = settings.LOGIN_RATE_LIMIT
        if not ratelimit.hit("delete-account", self.user.pk, limit, window):
            raise forms.ValidationError(
                _("For mange forsøk. Vent et kvarter og prøv igjen."), code="rate_limited"
            )
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Passordet stemmer ikke."), code="wrong_password")
        return password
