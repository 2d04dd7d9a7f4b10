"""Experience pages (blocks, images, related), themes in the admin, events with iCalendar, and the feeds."""

import datetime
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from experiences.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db


def parse_feed(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 - the portal's own output, in a test


def make_image(title="Boligfelt"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (30, 120, 90)).save(buffer, "JPEG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="boligfelt.jpg"))


def test_experience_page_renders_every_block(client, sections, themes, make_experience):
    image = make_image()
    page = make_experience(
        sections["alesund"],
        "Alt i ett",
        [themes["startlan-og-bostotte"]],
        what_worked="<p>Faste kontaktpersoner</p>",
        do_differently="<p>Involvere NAV tidligere</p>",
        contact_name="Kari Nordvik",
        contact_role="rådgiver",
        contact_email="kari@example.org",
        body=json.dumps(
            [
                {"type": "text", "value": "<p>Brødtekst</p>"},
                {
                    "type": "image",
                    "value": {
                        "image": image.pk,
                        "alt_text": "Nye boliger på Hessa",
                        "caption": "Hessa, 2014",
                    },
                },
                {
                    "type": "quote",
                    "value": {"text": "Det er kommunene selv som vet", "attribution": "ordføreren"},
                },
                {"type": "fact_box", "value": {"heading": "Fakta", "body": "<p>40 husstander</p>"}},
                {
                    "type": "key_figures",
                    "value": {"heading": "Tall", "figures": [{"value": "40", "label": "husstander"}]},
                },
            ]
        ),
    )
    html = client.get(page.url).content.decode()
    for text in (
        "Brødtekst",
        "Det er kommunene selv som vet",
        "40 husstander",
        "Faste kontaktpersoner",
        "Involvere NAV tidligere",
        "Kari Nordvik",
        "mailto:kari@example.org",
        "Hessa, 2014",
    ):
        assert text in html
    # Responsive picture: AVIF and WebP sources with a srcset of widths, JPEG fallback, alt text.
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp 800w, [^"]+\.webp 1200w"', picture)
    assert 'alt="Nye boliger på Hessa"' in picture and 'loading="lazy"' in picture
    # The print stylesheet is linked for every page.
    assert 'href="/static/portal/css/print.css" media="print"' in html


def test_image_block_requires_alt_text():
    from django.core.exceptions import ValidationError

    from experiences.blocks import ImageBlock

    with pytest.raises(ValidationError):
        ImageBlock().clean({"image": None, "alt_text": "", "caption": ""})


def test_related_experiences_chosen_then_suggested(clean_index, sections, themes, make_experience):
    startlan, bosetting = themes["startlan-og-bostotte"], themes["bosetting-av-flyktninger"]
    page = make_experience(sections["alesund"], "Hovedsak", [startlan, bosetting])
    both = make_experience(sections["molde"], "To felles tema", [startlan, bosetting])
    one = make_experience(sections["molde"], "Ett felles tema", [startlan])
    same_town = make_experience(sections["alesund"], "Samme kommune", [])
    make_experience(sections["molde"], "Ingenting felles", [themes["kommunale-utleieboliger"]])
    make_experience(sections["molde"], "Utkast", [startlan, bosetting], live=False)
    chosen = make_experience(sections["namsos"], "Valgt av forfatteren", [])
    page.related_links.create(target=chosen)

    assert page.chosen_related() == [chosen]
    suggested = page.suggested_related(limit=10, exclude=[chosen])
    assert suggested[:3] == [both, one, same_town]
    assert [p.title for p in suggested].count("Ingenting felles") == 0
    assert "Utkast" not in [p.title for p in suggested]


def test_editor_can_feature_experiences_on_a_theme_in_the_admin(client, users, themes):
    client.force_login(users["editor"])
    theme = themes["startlan-og-bostotte"]
    response = client.get(f"/admin/snippets/experiences/theme/edit/{theme.pk}/")
    assert response.status_code == 200
    assert "featured_experiences-TOTAL_FORMS" in response.content.decode()
    # Members cannot.
    client.force_login(users["programme"])
    assert client.get(f"/admin/snippets/experiences/theme/edit/{theme.pk}/").status_code in (302, 403)


def test_home_page_shows_featured(client, sections, make_experience):
    make_experience(sections["molde"], "Framhevet av redaktøren", featured=True)
    html = client.get("/").content.decode()
    assert "Framhevet av redaktøren" in html.split('id="featured-heading"')[1]


@pytest.fixture
def events(tree):
    index = EventIndexPage.objects.get()
    today = datetime.date.today()
    kickoff = EventPage(
        title="Oppstartssamling for programperioden 2013–2016",
        slug="oppstartssamling-2013",
        start_date=datetime.date(2013, 4, 4),
        place="Trondheim",
    )
    index.add_child(instance=kickoff)
    coming = EventPage(
        title="Samling om bostøtte, høsten",
        slug="samling-bostotte",
        start_date=today + datetime.timedelta(days=30),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 0),
        place="Molde, rådhuset; sal 2",
        intro="Program, lunsj og erfaringsdeling.",
    )
    index.add_child(instance=coming)
    return index, coming, kickoff


def test_upcoming_and_past_events(client, events):
    index, coming, kickoff = events
    html = client.get(index.url).content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert coming.title in upcoming and kickoff.title not in upcoming
    assert kickoff.title in past


def test_event_icalendar(client, events):
    _index, coming, kickoff = events
    response = client.get(f"{kickoff.url}kalender/")
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="oppstartssamling-2013.ics"' in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    # The kick-off has no time: an all-day event on 4 April 2013.
    assert "DTSTART;VALUE=DATE:20130404\r\nDTEND;VALUE=DATE:20130405\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))

    text = client.get(f"{coming.url}kalender/").content.decode()
    start = coming.start_date.strftime("%Y%m%d")
    assert re.search(rf"DTSTART:{start}T0[78]3000Z", text)  # 09:30 in Oslo, in UTC
    assert "LOCATION:Molde\\, rådhuset\\; sal 2" in text.replace("\r\n ", "")

    all_events = client.get(f"{_index.url}kalender/").content.decode()
    assert all_events.count("BEGIN:VEVENT") == 2


def test_feeds_are_valid_and_list_only_published(
    client, clean_index, sections, themes, make_experience, events
):
    theme = themes["oppfolging-i-hjemmet"]
    make_experience(sections["alesund"], "Publisert om oppfølging", [theme])
    make_experience(sections["alesund"], "Utkast om oppfølging", [theme], live=False)
    make_experience(sections["molde"], "Fra Molde", [])
    rss = parse_feed(client.get(f"/erfaringer/feed/tema/{theme.slug}/rss/"))
    assert [i.findtext("title") for i in rss.iter("item")] == ["Publisert om oppfølging"]
    item = next(rss.iter("item"))
    assert item.findtext("link").startswith("http://testserver/erfaringer/alesund/")
    assert item.findtext("category") == theme.name

    atom = parse_feed(client.get("/erfaringer/feed/kommune/molde/atom/"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [e.findtext("a:title", namespaces=ns) for e in atom.findall("a:entry", ns)] == ["Fra Molde"]

    all_titles = [i.findtext("title") for i in parse_feed(client.get("/erfaringer/feed/rss/")).iter("item")]
    assert "Publisert om oppfølging" in all_titles and "Utkast om oppfølging" not in all_titles

    events_feed = parse_feed(client.get("/samlinger/feed/rss/"))
    assert len(list(events_feed.iter("item"))) == 2
    assert client.get("/erfaringer/feed/json/").status_code == 404
    assert client.get("/erfaringer/feed/tema/finnes-ikke/rss/").status_code == 404


def test_nynorsk_experiences_are_marked_for_screen_readers(client, sections, make_experience):
    """WCAG 3.1.2: text in nynorsk on a bokmål page carries lang="nn", so it is read right."""
    page = make_experience(
        sections["alesund"],
        "Mellombels bustad",
        summary="Kommunen tilbyr mellombels bustad.",
        language="nn",
        what_worked="<p>Faste kontaktpersonar</p>",
    )
    html = client.get(page.url).content.decode()
    assert '<html lang="nb"' in html
    assert '<h1 lang="nn">Mellombels bustad</h1>' in html
    assert '<p class="lead" lang="nn">Kommunen tilbyr mellombels bustad.</p>' in html
    assert '<div lang="nn"><p>Faste kontaktpersonar</p></div>' in html
    assert '<h2 id="worked-heading">Dette fungerte</h2>' in html  # the interface's own words stay bokmål

    listing = client.get(sections["alesund"].url).content.decode()
    assert '<h3 lang="nn"><a href="' + page.url in listing
