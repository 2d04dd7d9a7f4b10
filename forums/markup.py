"""Post text: Markdown to sanitised HTML (allow-list), @mentions, quotes and plain excerpts."""

import re

import markdown
import nh3
from django.contrib.auth import get_user_model
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li",
    "a", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
MENTION_RE = re.compile(r"(?<![\w@/.])@([\w.+-]*\w)")


def render_markdown(text):
    """Markdown → HTML, then nh3 keeps only the allow-listed tags, attributes and URL schemes.

    Headings are shifted down (# → h3) so a post never competes with the page's h1/h2.
    """
    html = markdown.markdown(
        text or "",
        extensions=["fenced_code", "tables", "sane_lists", "nl2br"],
        output_format="html",
    )
    html = re.sub(r"<(/?)h([12])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 2}", html)
    html = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )
    return _mark_mentions(html)  # added after cleaning: our own markup, not the writer's


def _mark_mentions(html):
    names = mentioned_usernames(strip_tags(html))
    if not names:
        return html
    known = set(get_user_model().objects.filter(username__in=names).values_list("username", flat=True))

    def mark(match):
        # Only in text, never inside a tag's attributes or code.
        return (
            f'<span class="mention">@{escape(match.group(1))}</span>'
            if match.group(1) in known
            else match.group(0)
        )

    parts = re.split(r"(<pre>.*?</pre>|<code>.*?</code>|<[^>]+>)", html, flags=re.S)
    return "".join(p if p.startswith("<") else MENTION_RE.sub(mark, p) for p in parts)


def mentioned_usernames(text):
    """The @usernames written in `text`, in order, without duplicates."""
    seen = []
    for name in MENTION_RE.findall(text or ""):
        if name not in seen:
            seen.append(name)
    return seen[:20]  # a post mentioning more is not a conversation


def quote(post):
    """Markdown that quotes `post` in a reply, with a link back to it."""
    author = post.author.username if post.author else "?"
    lines = "\n".join(f"> {line}" if line else ">" for line in post.body.strip().splitlines())
    source = _("%(author)s skrev i innlegg #%(number)s") % {"author": author, "number": post.number}
    return f"[{source}]({post.get_absolute_url()}):\n{lines}\n\n"


def excerpt(post, length=300):
    """Plain text for e-mails and feeds, from the sanitised HTML."""
    text = re.sub(r"\s+", " ", strip_tags(post.body_html or render_markdown(post.body))).strip()
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + " …"
