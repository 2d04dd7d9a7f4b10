"""Template context every page needs: the user's roles and the main navigation."""

from django.urls import reverse
from django.utils.translation import gettext as _

from municipalities import access


def portal(request):
    user = request.user
    nav = [
        (_("Erfaringer"), "/erfaringer/"),
        (_("Tema"), reverse("portal:themes")),
        (_("Samlinger"), "/samlinger/"),
        (_("Forum"), reverse("forums:index")),
        (_("Kommuner"), reverse("municipalities:index")),
    ]
    return {
        "main_nav": nav,
        "user_is_editor": access.is_editor(user),
        "user_is_programme_member": access.is_programme_member(user),
        "user_municipality": access.municipality_of(user),
    }
