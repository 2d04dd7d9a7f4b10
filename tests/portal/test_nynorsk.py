"""The nynorsk interface shows no bokmål: every page type, rendered in nynorsk, with demo content.

The bokmål-only strings are read from the nynorsk catalogue itself: every msgid whose nynorsk
translation differs from it (or is missing or fuzzy, which Django shows as bokmål). None of them
may appear in a page a user has switched to nynorsk. This catches translations frozen at import
time (a module-level `gettext`), strings missing from the catalogue once they are added to it,
and pages that forget to switch language.

Content is not interface: experiences, posts and titles are written in their own language form,
so text inside content regions and the titles of Wagtail pages (written by the editors) are left
out, and a short msgid counts only as a whole text node.
"""

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from experiences.models import EventPage, ExperiencePage, MunicipalitySectionPage, Theme
from forums import posting
from forums.models import Forum, Post, Report, Topic
from municipalities.models import Municipality

PO_FILE = Path(settings.BASE_DIR) / "locale" / "nn" / "LC_MESSAGES" / "django.po"
# Elements whose text is content in its own language form, not interface.
CONTENT_CLASSES = {"post-body", "snippet", "experience-body"}
SKIP_TAGS = {"script", "style", "textarea", "title"}
ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "data-message"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{\s*\w+\s*\}\}")
# A msgid this long (in words) is matched anywhere in interface text, a shorter one only whole.
PHRASE_WORDS = 3


def _pattern(msgid):
    parts = PLACEHOLDER.split(msgid)
    return re.compile(".{1,120}?".join(re.escape(" ".join(part.split())) for part in parts))


def bokmal_only_strings():
    """(msgid, compiled pattern) for every catalogue string that nynorsk writes differently."""
    found = {}
    for entry in polib.pofile(str(PO_FILE)):
        if entry.obsolete:
            continue
        forms = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            translations = entry.msgstr_plural
            forms = [(entry.msgid, translations.get(0, "")), (entry.msgid_plural, translations.get(1, ""))]
        for msgid, msgstr in forms:
            if "<" in msgid or not msgid.strip():
                continue  # markup in a msgid is split over several text nodes
            if entry.fuzzy or not msgstr or " ".join(msgstr.split()) != " ".join(msgid.split()):
                found[msgid] = _pattern(msgid)
    return found


class InterfaceText(HTMLParser):
    """The page's text nodes and label-like attributes, outside content regions."""

    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, is_content)
        self.texts = []
        self.html_lang = None

    def _in_content(self):
        return any(content for _, content in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        classes = set((attrs.get("class") or "").split())
        content = (
            tag in SKIP_TAGS
            or bool(classes & CONTENT_CLASSES)
            or (tag != "html" and attrs.get("lang") is not None)
        )
        if not self._in_content() and not content:
            for name in ATTRIBUTES & attrs.keys():
                self.texts.append(attrs[name] or "")
            if tag == "input" and attrs.get("type") in ("submit", "button"):
                self.texts.append(attrs.get("value") or "")
        if tag not in self.VOID:
            self.stack.append((tag, content))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._in_content():
            self.texts.append(text)


def bokmal_in(page_html, strings, content_texts=frozenset()):
    parser = InterfaceText()
    parser.feed(page_html)
    found = set()
    for text in parser.texts:
        text = " ".join(html.unescape(text).split())
        if text in content_texts:
            continue
        for msgid, pattern in strings.items():
            words = len(msgid.split())
            match = pattern.search(text) if words >= PHRASE_WORDS else pattern.fullmatch(text.strip(" ·:–,"))
            if match:
                found.add(msgid)
    return parser.html_lang, found


@pytest.fixture(scope="module")
def strings():
    return bokmal_only_strings()


def test_the_catalogue_has_bokmal_only_strings_to_look_for(strings):
    # If this fails the .po was not read: the real test below would pass without looking.
    assert len(strings) > 200
    assert "Hopp til hovedinnhold" in strings and "Innlegget er synlig igjen." in strings
    assert "Innlegget er skjult." not in strings  # the same words in nynorsk


def test_the_check_finds_bokmal_in_interface_text_but_not_in_content(strings):
    page = (
        '<html lang="nn"><body><p>Du kan Hopp til hovedinnhold her</p><button>Nøkkeltall</button>'
        "<p>Nøkkeltall for Molde</p>"  # a short msgid counts only as a whole text
        '<div class="post-body"><p>Innlegget er synlig igjen.</p></div>'
        '<p lang="nb">Ingen erfaringer er publisert ennå.</p></body></html>'
    )
    assert bokmal_in(page, strings) == ("nn", {"Hopp til hovedinnhold", "Nøkkeltall"})


def nynorsk_client(user=None):
    client = Client(HTTP_ACCEPT_LANGUAGE="nn")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nn"
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def content(users, settings):
    """Demo content plus what a moderator meets: a pending post, a report, an edited post."""
    settings.FORUM_APPROVE_FIRST_POSTS = False
    topic = Topic.objects.filter(forum__access="open").order_by("pk").first()
    pending = posting.add_post(topic, users["member"], "Eit innlegg som ventar på godkjenning.")
    pending.is_approved = False
    pending.save()
    reported = posting.add_post(topic, users["member"], "Eit innlegg som nokon rapporterer.")
    posting.edit_post(reported, users["member"], "Eit innlegg som nokon rapporterer, retta.")
    Report.objects.create(post=reported, reporter=users["programme"], reason="spam", comment="Reklame.")
    posting.toggle_like(users["programme"], reported)
    return {"topic": topic, "pending": pending, "reported": reported}


def page_urls(content):
    """(role, url) for every page type, each seen by the role that gets the most of it."""
    experience = ExperiencePage.objects.live().public().order_by("pk").first()
    section = MunicipalitySectionPage.objects.live().first()
    event = EventPage.objects.live().order_by("start_date").first()
    topic = content["topic"]
    forum = topic.forum
    programme_forum = Forum.objects.exclude(access="open").first()
    first_post = Post.objects.filter(topic=topic, number=1).get()
    municipality = Municipality.objects.filter(memberships__isnull=False).first()
    theme = Theme.objects.first()
    return [
        (None, "/"),
        (None, "/erfaringer/"),
        (None, "/erfaringer/?aar=2014&sorter=eldste"),
        (None, experience.url),
        (None, section.url),
        (None, "/tema/"),
        (None, f"/tema/{theme.slug}/"),
        (None, "/samlinger/"),
        (None, event.url),
        (None, "/kommuner/"),
        (None, municipality.get_absolute_url()),
        (None, "/kommuner/indikatorer/"),
        ("editor", "/kommuner/indikatorer/"),
        ("editor", "/kommuner/indikatorer/utvalg/"),
        ("admin", "/kommuner/indikatorer/import/"),
        (None, "/forum/"),
        ("programme", "/forum/"),
        (None, forum.get_absolute_url()),
        ("programme", programme_forum.get_absolute_url()),
        (None, topic.get_absolute_url()),
        ("member", topic.get_absolute_url()),
        ("editor", topic.get_absolute_url()),
        ("member", f"/forum/emne/{topic.pk}/svar/"),
        ("member", f"/forum/emne/{topic.pk}/svar/?siter=1"),
        ("member", f"/forum/{forum.slug}/nytt-emne/"),
        ("member", f"/forum/innlegg/{content['reported'].pk}/rediger/"),
        ("member", f"/forum/innlegg/{content['reported'].pk}/slett/"),
        ("programme", f"/forum/innlegg/{first_post.pk}/rapporter/"),
        ("member", "/forum/varsler/"),
        ("member", "/forum/varsler/innstillinger/"),
        (None, "/forum/avmeld/ugyldig/"),
        ("editor", "/forum/moderering/"),
        ("editor", "/forum/moderering/logg/"),
        ("editor", f"/forum/moderering/emne/{topic.pk}/"),
        ("editor", f"/forum/moderering/innlegg/{content['reported'].pk}/historikk/"),
        (None, "/sok/"),
        (None, "/sok/?q=bustad"),
        (None, "/sok/?q=bostotte"),
        (None, "/sok/?q=qwxzyv"),
        ("programme", "/sok/?q=innspill&type=emner"),
        (None, "/konto/logg-inn/"),
        (None, "/konto/glemt-passord/"),
        (None, "/konto/glemt-passord/sendt/"),
        (None, "/konto/nytt-passord/ferdig/"),
        ("member", "/konto/passord/"),
        ("member", "/konto/mine-data/"),
        ("member", "/konto/slett/"),
        (None, "/finnes-ikkje/"),
    ]


def check(client, response, strings, where, problems):
    page = response.content.decode()
    page_titles = frozenset(Page.objects.values_list("title", flat=True))
    lang, found = bokmal_in(page, strings, page_titles)
    if lang != "nn":
        problems.append(f"{where}: <html lang={lang!r}>, not nynorsk")
    for msgid in sorted(found):
        problems.append(f"{where}: {msgid!r}")


@pytest.mark.django_db
def test_every_page_type_is_nynorsk(content, users, strings):
    problems = []
    clients = {}
    for role, url in page_urls(content):
        client = clients.setdefault(role, nynorsk_client(users.get(role) if role else None))
        response = client.get(url)
        assert response.status_code in (200, 400, 404), (role, url, response.status_code)
        check(client, response, strings, f"{role or 'visitor'} GET {url}", problems)
    assert not problems, "Bokmål in the nynorsk interface:\n" + "\n".join(problems)
    # The header of a quote is written into the reply box (left out above, as content).
    quoted = clients["member"].get(f"/forum/emne/{content['topic'].pk}/svar/?siter=1").content.decode()
    assert "skreiv i innlegg #1" in quoted


@pytest.mark.django_db
def test_rejected_forms_are_nynorsk(content, users, strings):
    """Error messages are interface too: each form sent back with what it complains about."""
    topic, forum = content["topic"], content["topic"].forum
    posts = [
        (None, "/konto/logg-inn/", {"username": "medlem", "password": "feil"}),
        (None, "/konto/glemt-passord/", {"email": "ikkje-ei-adresse"}),
        ("member", f"/forum/{forum.slug}/nytt-emne/", {"title": "", "body": "", "publish": "1"}),
        ("member", f"/forum/emne/{topic.pk}/svar/", {"body": "", "publish": "1"}),
        ("member", f"/forum/emne/{topic.pk}/svar/", {"body": "Førehandsvis **dette**", "preview": "1"}),
        ("programme", f"/forum/innlegg/{content['reported'].pk}/rapporter/", {"reason": ""}),
        ("member", "/konto/passord/", {"old_password": "feil", "new_password1": "a", "new_password2": "b"}),
        ("member", "/konto/slett/", {"password": "feil"}),
        ("editor", f"/forum/moderering/emne/{topic.pk}/", {"tool": "merge", "merge-target": topic.pk}),
        ("editor", "/kommuner/indikatorer/?year=1800"),
    ]
    problems = []
    for role, url, *data in posts:
        client = nynorsk_client(users.get(role) if role else None)
        response = client.post(url, data[0]) if data else client.get(url)
        assert response.status_code in (200, 400), (role, url, response.status_code)
        check(client, response, strings, f"{role or 'visitor'} POST {url}", problems)
    assert not problems, "Bokmål in the nynorsk interface:\n" + "\n".join(problems)


MODERATION_ACTIONS = [
    # (url pattern, post data): each moderation action, then the page it lands on with its message.
    ("/forum/moderering/innlegg/{pending}/godkjenn/", {}),
    ("/forum/moderering/innlegg/{reported}/behold/", {}),
    ("/forum/moderering/innlegg/{reported}/skjul/", {}),
    ("/forum/moderering/innlegg/{reported}/gjenopprett/", {}),
    ("/forum/moderering/innlegg/{reported}/avvis/", {}),
    ("/forum/moderering/emne/{topic}/las/", {}),
    ("/forum/moderering/emne/{topic}/las-opp/", {}),
    ("/forum/moderering/emne/{topic}/fest/", {}),
    ("/forum/moderering/emne/{topic}/losne/", {}),
    ("/forum/moderering/emne/{topic}/", {"tool": "move", "move-forum": "{other_forum}"}),
    (
        "/forum/moderering/emne/{topic}/",
        {"tool": "split", "split-numbers": "2", "split-title": "Eit nytt emne"},
    ),
    ("/forum/moderering/emne/{split_topic}/", {"tool": "merge", "merge-target": "{topic}"}),
]


@pytest.mark.django_db
def test_every_moderation_action_is_nynorsk(content, users, strings):
    client = nynorsk_client(users["editor"])
    topic = content["topic"]
    ids = {
        "pending": content["pending"].pk,
        "reported": content["reported"].pk,
        "topic": topic.pk,
        "other_forum": Forum.objects.exclude(pk=topic.forum_id).first().pk,
    }
    problems = []
    for url, data in MODERATION_ACTIONS:
        if "{split_topic}" in url:
            ids["split_topic"] = Topic.objects.get(title="Eit nytt emne").pk
        url = url.format(**ids)
        data = {key: str(value).format(**ids) for key, value in data.items()}
        response = client.post(url, data, follow=True)
        assert response.status_code == 200, (url, data)
        assert response.redirect_chain, f"{url} {data} did not act (form errors?)"
        assert 'class="messages"' in response.content.decode(), f"{url}: no message shown"
        check(client, response, strings, f"editor POST {url} {data}", problems)
    assert not problems, "Bokmål in the nynorsk interface:\n" + "\n".join(problems)
