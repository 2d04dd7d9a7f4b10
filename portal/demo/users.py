"""One demo user per role. The passwords are for local development only."""

from django.contrib.auth.models import Group, User

from municipalities.access import EDITOR_GROUP
from municipalities.models import Municipality, UserProfile

# username, password, first, last, municipality slug, role
DEMO_USERS = [
    ("medlem", "demo-medlem", "Marte", "Medlem", "malvik", "member"),
    ("programmedlem", "demo-program", "Per", "Programsen", "alesund", "programme"),
    ("molde", "demo-molde", "Mona", "Moldestad", "molde", "programme"),
    ("redaktor", "demo-redaktor", "Rita", "Rådgiver", None, "editor"),
    ("admin", "demo-admin", "Ada", "Administrator", None, "admin"),
]

ROLE_LABELS = {
    "member": "medlem (Malvik, utenfor programmet)",
    "programme": "programmedlem",
    "editor": "redaktør (Husbanken)",
    "admin": "administrator",
}


def load(log):
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    for username, password, first, last, slug, role in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if created:
            user.set_password(password)
            if role == "admin":
                user.is_staff = user.is_superuser = True
            user.save()
            log(f"  bruker {username}")
        if role == "editor":
            user.groups.add(editors)
        if slug:
            UserProfile.objects.update_or_create(
                user=user, defaults={"municipality": Municipality.objects.get(slug=slug)}
            )


def login_help():
    """Lines `make run` prints: how to log in as each role (development only)."""
    lines = ["Logg inn på http://127.0.0.1:8000/konto/logg-inn/ (admin: /admin/) som:"]
    for username, password, _first, _last, slug, role in DEMO_USERS:
        where = f" – {slug}" if slug and role == "programme" else ""
        lines.append(f"  {ROLE_LABELS[role]}{where}: brukernavn {username}, passord {password}")
    lines.append("  besøkende: ingen innlogging")
    return lines
