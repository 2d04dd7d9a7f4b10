"""Demo forums: one open to all, one for programme municipalities only, with a few topics."""

from django.contrib.auth.models import User
from django.utils import timezone

from forums import posting
from forums.models import Access, Forum, Post, Topic

FORUMS = [
    (
        "boligsosialt-arbeid",
        "Boligsosialt arbeid",
        Access.OPEN,
        "Åpent forum: spør og del om boligsosialt arbeid. Alle kan lese, innloggede kommuneansatte kan skrive.",
    ),
    (
        "programkommunene",
        "Programkommunene",
        Access.PROGRAMME,
        "Lukket forum for kommunene i utviklingsprogrammet og Husbankens rådgivere.",
    ),
]

# forum, title, is_question, posts (author, Markdown); the accepted answer is marked with a *.
TOPICS = [
    (
        "boligsosialt-arbeid",
        "Hvordan organiserer dere tildeling av kommunale boliger?",
        True,
        [
            (
                "programmedlem",
                "Vi i Ålesund har samlet tildelingen i ett boligkontor. Hvordan gjør dere det?",
            ),
            (
                "*molde",
                "I Molde har vi et **tildelingsmøte hver uke** med NAV, helse og eiendom:\n\n"
                "- én felles søknad\n- vedtak innen tre uker\n- oppfølging avtales før innflytting",
            ),
        ],
    ),
    (
        "boligsosialt-arbeid",
        "Erfaringer med bostøtte til unge under 30?",
        False,
        [
            ("medlem", "Vi i Malvik ser at mange unge faller utenfor bostøtten. Har noen gode grep?"),
        ],
    ),
    (
        "programkommunene",
        "Forberedelser til samlingen i juni",
        False,
        [
            ("redaktor", "Husbanken ønsker innspill til tema for neste delingsarena. Kom med forslag!"),
            ("programmedlem", "Vi vil gjerne høre mer om Housing First i mindre kommuner."),
        ],
    ),
]


def load(log):
    forums = {}
    for position, (slug, name, access_level, description) in enumerate(FORUMS):
        forums[slug], _ = Forum.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "access": access_level, "description": description, "position": position},
        )
    for forum_slug, title, is_question, posts in TOPICS:
        forum = forums[forum_slug]
        if Topic.objects.filter(forum=forum, title=title).exists():
            continue
        topic = Topic.objects.create(
            forum=forum,
            title=title,
            author=User.objects.get(username=posts[0][0].lstrip("*")),
            is_question=is_question,
        )
        for number, (username, body) in enumerate(posts, start=1):
            author = User.objects.get(username=username.lstrip("*"))
            # Created directly (no notification e-mails for demo data), approved and watched.
            post = Post.objects.create(topic=topic, number=number, author=author, body=body)
            posting.watch(author, topic=topic)
            if username.startswith("*"):
                topic.accepted_post = post
        topic.post_count = len(posts)
        topic.last_post_at = timezone.now()
        topic.save()
        log(f"  forumemne {title}")
