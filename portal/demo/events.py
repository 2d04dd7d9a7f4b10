"""Demo events (samlinger): the kick-off on 4 April 2013, later delingsarenaer and one to come."""

import datetime

from experiences.models import EventIndexPage, EventPage
from municipalities.models import ProgrammePeriod
from portal.demo.experiences import add_live_page
from portal.demo.experiences.blocks import fact_box, key_figures, quote, text

D = datetime.date
T = datetime.time


def agenda(*items):
    """A programme as (time, what) pairs."""
    return [text([f"<b>{time}</b> {what}" for time, what in items])]


EVENTS = [
    {
        "slug": "oppstartssamling-2013",
        "title": "Oppstartssamling for programperioden 2013–2016",
        "start_date": D(2013, 4, 4),
        "start_time": T(10, 0),
        "end_time": T(15, 30),
        "place": "Trondheim",
        "period": 2013,
        "intro": (
            "Den første delingsarenaen for de ti programkommunene: kommunene presenterte sine "
            "boligsosiale utfordringer, og Husbanken la fram programmets mål og verktøy."
        ),
        "agenda": agenda(
            ("10.00", "Velkommen og kaffe"),
            (
                "10.15",
                "Boligsosialt utviklingsprogram 2013–2016: mål, virkemidler og forventninger. Husbanken",
            ),
            ("11.00", "Fire år i programmet: hva Ålesund lærte i perioden 2009–2012"),
            ("11.45", "Lunsj"),
            ("12.30", "Kommunene presenterer seg: ti korte innlegg om boligsosiale utfordringer"),
            ("14.00", "Gruppearbeid: Hva trenger vi fra hverandre, og hva trenger vi fra Husbanken?"),
            ("15.00", "Oppsummering og veien videre"),
        ),
        "materials": [
            text(
                "Presentasjonene fra samlingen og indikatorverktøyet som ble brukt til å velge ut "
                "kommunene, fås ved henvendelse til Husbanken region Midt-Norge."
            )
        ],
        "summary": [
            text(
                "Alle de ti programkommunene var representert, de fleste med både rådmannsnivået, "
                "boligkontoret og NAV. Husbanken forklarte hvordan kommunene var valgt ut med et "
                "indikatorverktøy: befolkningssammensetning og vekst, bruk av startlån og bostøtte, "
                "kommunal aktivitet og boligmarkedet.",
                "I gruppearbeidet ble kommunene enige om tre ting de ville ha ut av programmet.",
            ),
            fact_box(
                "Dette ba kommunene om",
                [
                    "Kunnskap og tett oppfølging fra Husbanken, med faste kontaktpersoner",
                    "Flere delingsarenaer der programkommunene møtes og lærer av hverandre",
                    "At kunnskapen også skal nå kommunene som ikke er med i programmet",
                ],
            ),
            quote("Det er kommunene selv som vet hvor skoen trykker.", "fra gruppearbeidet"),
            key_figures(
                "Samlingen i tall",
                ("10", "programkommuner"),
                ("64", "deltakere"),
                ("3", "ønsker fra kommunene til programmet"),
            ),
        ],
    },
    {
        "slug": "delingsarena-startlan-og-bostotte-2014",
        "title": "Delingsarena om startlån og bostøtte",
        "start_date": D(2014, 2, 13),
        "start_time": T(9, 30),
        "end_time": T(15, 0),
        "place": "Molde",
        "period": 2013,
        "intro": (
            "Hvordan kan startlån og bostøtte brukes mer målrettet? Kommunene delte erfaringer med "
            "retningslinjer, samarbeid med bankene og veiledning av søkere."
        ),
        "agenda": agenda(
            ("09.30", "Nytt om startlån og bostøtte. Husbanken"),
            ("10.15", "Fra leie til eie med startlån. Ålesund kommune"),
            ("11.00", "Barnefamilier og lang nedbetalingstid. Melhus kommune"),
            ("11.45", "Lunsj"),
            ("12.30", "Verksted: Samarbeid med bankene om grunnfinansiering"),
            ("14.00", "Hvem søker ikke bostøtte, og hvorfor? Kristiansund kommune og NAV"),
            ("14.45", "Oppsummering"),
        ),
        "summary": [
            text(
                "Kommunene var enige om at startlånet virker best når det ses sammen med husleia folk "
                "allerede betaler. Flere kommuner vil gå gjennom leietakerne i de kommunale boligene "
                "for å finne husstander som kan kjøpe.",
                "Verkstedet om bankene viste store forskjeller: Noen kommuner hadde faste avtaler, "
                "andre hadde aldri snakket med de lokale bankene.",
            ),
            key_figures(
                "",
                ("9", "kommuner deltok"),
                ("41", "deltakere"),
            ),
        ],
    },
    {
        "slug": "delingsarena-bostedsloshet-2015",
        "title": "Delingsarena om bostedsløshet og Housing First",
        "start_date": D(2015, 5, 20),
        "end_date": D(2015, 5, 21),
        "place": "Trondheim",
        "period": 2013,
        "intro": (
            "To dager om veien fra midlertidig bolig til egen bolig, med besøk hos Housing "
            "First-teamet i Trondheim."
        ),
        "agenda": [
            text(
                "## Dag 1",
                [
                    "<b>10.00</b> Bostedsløshet i Norge: hva tallene viser",
                    "<b>11.00</b> Housing First i Trondheim: de første årene",
                    "<b>13.00</b> Besøk hos oppfølgingsteamet og to leietakere",
                    "<b>15.00</b> Ut av campinghytta. Molde kommune",
                ],
                "## Dag 2",
                [
                    "<b>09.00</b> Bolig med bemanning for dem Housing First ikke passer for. Steinkjer kommune",
                    "<b>10.30</b> Gruppearbeid: kvalitetskrav til midlertidige botilbud",
                    "<b>12.00</b> Oppsummering og lunsj",
                ],
            )
        ],
        "summary": [
            text(
                "Besøket hos leietakerne ble trukket fram som det viktigste på samlingen. Flere kommuner "
                "vil prøve Housing First i liten skala, og tre kommuner vil lage felles kvalitetskrav "
                "til midlertidige botilbud."
            ),
            quote(
                "Vi har brukt mye tid på å vurdere om folk er klare for bolig. Vi burde heller spurt om "
                "vi er klare til å følge dem opp.",
                "deltaker fra en av programkommunene",
            ),
        ],
    },
    {
        "slug": "avslutningskonferanse-2016",
        "title": "Avslutningskonferanse for programperioden 2013–2016",
        "start_date": D(2016, 11, 30),
        "start_time": T(10, 0),
        "end_time": T(16, 0),
        "place": "Stjørdal",
        "period": 2013,
        "intro": (
            "Hva har fire år i programmet gitt kommunene, og hvordan skal arbeidet fortsette når "
            "programmet er over? Åpen for alle kommuner i Midt-Norge."
        ),
        "agenda": agenda(
            ("10.00", "Fire år i programmet: resultater og læring. Husbanken"),
            ("11.00", "Fem kommuner, fem erfaringer: korte innlegg"),
            ("12.00", "Lunsj"),
            ("13.00", "Kommuner utenfor programmet: hva kan dere bruke?"),
            ("14.30", "Panel: Hvordan holder vi det boligsosiale arbeidet levende uten et program?"),
        ),
        "summary": [
            text(
                "Over halvparten av deltakerne kom fra kommuner utenfor programmet. Programkommunene "
                "ble enige om å fortsette med to delingsarenaer i året og å publisere erfaringene sine "
                "her på Delingsarena."
            ),
            key_figures(
                "",
                ("112", "deltakere"),
                ("31", "kommuner representert"),
            ),
        ],
    },
    {
        "slug": "delingsarena-unge-i-egen-bolig-2027",
        "title": "Delingsarena: Unge i egen bolig",
        "start_date": D(2027, 3, 17),
        "start_time": T(9, 30),
        "end_time": T(15, 0),
        "place": "Levanger",
        "period": 2013,
        "intro": (
            "Hvordan hjelper vi unge fra barnevernet, fra institusjon eller fra foreldrehjemmet til å "
            "klare seg i egen bolig? Samlingen er åpen for alle kommuner. Påmelding via lenken som "
            "sendes ut til kommunene i januar."
        ),
        "agenda": agenda(
            ("09.30", "Velkommen"),
            ("09.45", "Buoppfølging i heimen for unge vaksne. Ålesund kommune"),
            ("10.30", "Ungdom fra barnevernet i egen bolig. Steinkjer kommune"),
            ("11.30", "Lunsj"),
            ("12.30", "Hva sier de unge selv? Innlegg fra en brukerorganisasjon"),
            ("13.30", "Gruppearbeid og oppsummering"),
        ),
    },
]


def load(log):
    index = EventIndexPage.objects.first()
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    periods = {p.start_year: p for p in ProgrammePeriod.objects.all()}
    for fields in EVENTS:
        if fields["slug"] in existing:
            continue
        fields = dict(fields, period=periods.get(fields["period"]))
        event = add_live_page(index, EventPage(**fields))
        log(f"  samling {event.title}")
