"""The page tree: home, experiences with one section per municipality, events, plain pages."""

from wagtail.models import Locale, Page, Site

from experiences.models import EventIndexPage, ExperienceIndexPage, MunicipalitySectionPage, Theme
from municipalities.models import Municipality
from portal.models import HomePage, PortalSettings, StandardPage

THEMES = [
    (
        "planlegging-og-forankring",
        "Planlegging og politisk forankring",
        "Boligsosiale handlingsplaner, forankring i kommuneplanen og i politisk ledelse.",
    ),
    (
        "startlan-og-bostotte",
        "Startlån og bostøtte",
        "Bruk av Husbankens økonomiske virkemidler: startlån, tilskudd og bostøtte.",
    ),
    (
        "bosetting-av-flyktninger",
        "Bosetting av flyktninger",
        "Bosetting, kvalifisering og veien fra leid til eid bolig for flyktninger.",
    ),
    (
        "bostedsloshet-og-housing-first",
        "Bostedsløshet og Housing First",
        "Tiltak mot bostedsløshet, Housing First og midlertidige botilbud.",
    ),
    (
        "kommunale-utleieboliger",
        "Kommunale utleieboliger",
        "Forvaltning, tildeling og gjennomstrømning i kommunale utleieboliger.",
    ),
    (
        "oppfolging-i-hjemmet",
        "Oppfølging i hjemmet",
        "Bo-oppfølging, miljøarbeid og tjenester som gjør at folk kan bo trygt.",
    ),
    (
        "samarbeid-med-nav",
        "Samarbeid med NAV og andre statlige aktører",
        "Samarbeid på tvers av NAV, Husbanken, spesialisthelsetjenesten og kriminalomsorgen.",
    ),
]

ACCESSIBILITY_TEXT = (
    "Delingsarena skal være tilgjengelig for alle og følger kravene til universell utforming "
    "av IKT (WCAG 2.1 nivå A og AA). Alle sider fungerer uten JavaScript, kan brukes med "
    "tastatur og skjermleser, og har tekstalternativ til bilder og grafer. Finner du noe som "
    "ikke fungerer, vil vi gjerne høre fra deg."
)


def _child(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def load(log):
    for slug, name, intro in THEMES:
        Theme.objects.get_or_create(slug=slug, defaults={"name": name, "intro": intro})

    # A flushed database (e.g. after a transactional test) has lost Wagtail's root node too.
    if not Locale.objects.exists():
        Locale.objects.create(language_code="nb")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Del det dere har lært",
            slug="delingsarena",
            intro=(
                "<p>Delingsarena samler erfaringene fra Husbankens boligsosiale utviklingsprogram i "
                "Midt-Norge. Her finner alle kommuner – med eller uten plass i programmet – hva "
                "kommunene har prøvd, hva som virket og hva de ville gjort annerledes.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        log("  forside")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Delingsarena"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Delingsarena"
        site.save()
    # Wagtail's initial "Welcome" page is not part of the portal.
    Page.objects.filter(depth=2, slug="home").exclude(pk=home.pk).delete()

    index, _ = _child(
        home,
        ExperienceIndexPage,
        "erfaringer",
        title="Erfaringer",
        intro="<p>Hva kommunene i programmet har gjort, hva som virket og hva de ville gjort annerledes.</p>",
    )
    for municipality in Municipality.objects.in_active_programme():
        _child(
            index,
            MunicipalitySectionPage,
            municipality.slug,
            title=f"Erfaringer fra {municipality.name}",
            municipality=municipality,
        )
    _child(
        home,
        EventIndexPage,
        "samlinger",
        title="Samlinger",
        intro="<p>Delingsarenaer der programkommunene møtes for å dele erfaringer.</p>",
    )
    statement, _ = _child(
        home,
        StandardPage,
        "tilgjengelighet",
        title="Tilgjengelighetserklæring",
        intro=ACCESSIBILITY_TEXT,
    )
    _child(
        home,
        StandardPage,
        "om",
        title="Om Delingsarena",
        intro=(
            "Delingsarena er Husbankens nettsted for kunnskapsdeling i det boligsosiale "
            "utviklingsprogrammet. «Det er kommunene selv som vet hvor skoen trykker.»"
        ),
    )
    portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    if portal_settings.accessibility_statement_id is None:
        portal_settings.accessibility_statement = statement
        portal_settings.contact_email = "delingsarena@husbanken.no"
        portal_settings.save()
    return home
