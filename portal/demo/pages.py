"""The page tree: home, experiences with one section per municipality, events, plain pages."""

from wagtail.models import Locale, Page, Site

from experiences.models import EventIndexPage, ExperienceIndexPage, MunicipalitySectionPage, Theme
from experiences.permissions import ensure_editorial_setup
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
    "Husbanken har ansvar for at Delingsarena er universelt utformet. Nettstedet skal oppfylle "
    "kravene i forskrift om universell utforming av IKT-løsninger, det vil si de 47 kravene i "
    "WCAG 2.1 på nivå A og AA. Her står hvordan nettstedet oppfyller kravene, hva vi vet ikke "
    "fungerer, og hvordan du kan si fra."
)

# The statement follows the structure of Uutilsynet's model: status, deviations, what is not
# covered, how it was tested, feedback, the right to complain, and the date.
ACCESSIBILITY_BODY = [
    (
        "text",
        "<h2>Status</h2>"
        "<p>Delingsarena oppfyller <b>delvis</b> kravene. Alle sider kan brukes med tastatur og "
        "skjermleser, fungerer uten JavaScript, kan forstørres til 200 prosent uten at innhold "
        "forsvinner, og finnes på bokmål og nynorsk. Grafer over indikatorer har en tabell med "
        "de samme tallene.</p>"
        "<h2>Kjente avvik</h2>"
        "<ul>"
        "<li><b>1.1.1 Ikke-tekstlig innhold:</b> Bilder som brukerne legger ved foruminnlegg, "
        "har ikke en egen alternativ tekst som beskriver bildet. Vi arbeider med å legge til et "
        "felt for det.</li>"
        "<li><b>1.3.1 Informasjon og relasjoner:</b> Enkelte PDF-vedlegg som kommunene har lastet "
        "opp, mangler overskriftsstruktur og er ikke merket for skjermleser. Vi ber kommunene "
        "om en tilgjengelig versjon og legger den ut når vi får den.</li>"
        "</ul>"
        "<h2>Innhold som ikke er omfattet</h2>"
        "<p>Innhold fra tredjeparter som Husbanken verken har laget, betalt for eller har kontroll "
        "over, er ikke omfattet av kravene. Det gjelder for eksempel videoer fra eksterne "
        "tjenester som kommunene bygger inn i erfaringene sine; slike videoer kan mangle teksting. "
        "Vi ber om en tekstet versjon før vi godkjenner nye erfaringer med video.</p>"
        "<h2>Slik har vi testet</h2>"
        "<p>Hver side testes automatisk med axe mot kravene i WCAG 2.1 A og AA hver gang "
        "nettstedet endres. I tillegg har vi testet manuelt med tastatur, med skjermleserne NVDA "
        "og VoiceOver, og med forstørrelse og høy kontrast.</p>",
    ),
    (
        "fact_box",
        {
            "heading": "Si fra om feil og mangler",
            "body": "<p>Finner du noe som ikke fungerer, eller trenger du innhold i et annet "
            "format? Skriv til "
            '<a href="mailto:delingsarena@husbanken.no">delingsarena@husbanken.no</a>. '
            "Vi svarer innen fem virkedager.</p>"
            "<p>Du kan også melde fra om brudd på kravene til Tilsynet for universell utforming "
            'av IKT (<a href="https://www.uutilsynet.no/">uutilsynet.no</a>). Mener du at du er '
            "blitt diskriminert, kan du klage til Diskrimineringsnemnda "
            '(<a href="https://www.diskrimineringsnemnda.no/">diskrimineringsnemnda.no</a>).</p>',
        },
    ),
    ("text", "<p>Erklæringen ble sist oppdatert 24. november 2026.</p>"),
]


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
        body=ACCESSIBILITY_BODY,
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
    # Municipality groups, editors' permissions and the approval workflow (idempotent).
    ensure_editorial_setup()
    return home
