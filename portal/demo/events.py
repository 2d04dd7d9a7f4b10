"""Demo events: the programme's kick-off gathering on 4 April 2013."""

import datetime

from experiences.models import EventIndexPage, EventPage
from municipalities.models import ProgrammePeriod


def load(log):
    index = EventIndexPage.objects.first()
    if EventPage.objects.child_of(index).filter(slug="oppstartssamling-2013").exists():
        return
    event = EventPage(
        title="Oppstartssamling for programperioden 2013–2016",
        slug="oppstartssamling-2013",
        start_date=datetime.date(2013, 4, 4),
        place="Trondheim",
        period=ProgrammePeriod.objects.filter(start_year=2013).first(),
        intro=(
            "Den første delingsarenaen for de ti programkommunene: kommunene presenterte sine "
            "boligsosiale utfordringer, og Husbanken la fram programmets mål og verktøy."
        ),
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    log("  samling 4. april 2013")
