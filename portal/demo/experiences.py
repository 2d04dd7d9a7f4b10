"""Demo experiences, written for the demo in Norwegian: several per programme municipality."""

import datetime

from experiences.models import ExperiencePage, MunicipalitySectionPage, Theme
from municipalities.models import ProgrammePeriod

# (municipality slug, page slug, title, theme slugs, published, summary, body paragraphs,
#  what worked, do differently, contact)
EXPERIENCES = [
    (
        "alesund",
        "fra-leie-til-eie-med-startlan",
        "Fra leie til eie med startlån",
        ["startlan-og-bostotte"],
        datetime.date(2014, 3, 12),
        "Ålesund kommune hjalp 40 husstander fra kommunal utleiebolig til egen bolig på tre år ved å "
        "kombinere startlån, tilskudd og tett oppfølging fra boligkontoret.",
        [
            "Mange leietakere i kommunale boliger betalte mer i husleie enn det et startlån ville kostet.",
            "Boligkontoret gikk gjennom alle leiekontrakter og inviterte leietakere med stabil inntekt til en samtale om å kjøpe.",
        ],
        "Faste kontaktpersoner og en enkel økonomiplan for hver husstand.",
        "Vi ville involvert NAV tidligere, særlig for dem med bostøtte.",
        ("Kari Nordvik", "rådgiver, boligkontoret"),
    ),
]


def load(log):
    periods = {p.start_year: p for p in ProgrammePeriod.objects.all()}
    for (
        slug,
        page_slug,
        title,
        themes,
        published,
        summary,
        paragraphs,
        worked,
        differently,
        contact,
    ) in EXPERIENCES:
        section = MunicipalitySectionPage.objects.get(municipality__slug=slug)
        if ExperiencePage.objects.child_of(section).filter(slug=page_slug).exists():
            continue
        page = ExperiencePage(
            title=title,
            slug=page_slug,
            municipality=section.municipality,
            period=periods.get(2013 if published.year >= 2013 else 2009),
            summary=summary,
            body=[("text", "".join(f"<p>{p}</p>" for p in paragraphs))],
            what_worked=f"<p>{worked}</p>",
            do_differently=f"<p>{differently}</p>",
            contact_name=contact[0],
            contact_role=contact[1],
            published_date=published,
        )
        section.add_child(instance=page)
        page.themes.set(Theme.objects.filter(slug__in=themes))
        page.save_revision().publish()
        log(f"  erfaring {title}")
