"""Small builders for demo content: StreamField blocks and experience records, kept readable."""

import datetime
from dataclasses import dataclass, field


def text(*parts):
    """A rich-text block. A part starting with "## " is a heading, a list is a bullet list."""
    html = []
    for part in parts:
        if isinstance(part, list):
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in part) + "</ul>")
        elif part.startswith("## "):
            html.append(f"<h2>{part[3:]}</h2>")
        else:
            html.append(f"<p>{part}</p>")
    return ("text", "".join(html))


def steps(*items):
    """A rich-text block with a numbered list."""
    return ("text", "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>")


def quote(words, attribution=""):
    return ("quote", {"text": words, "attribution": attribution})


def fact_box(heading, body):
    """A fact box; `body` is a paragraph, or a list of points."""
    if isinstance(body, list):
        html = "<ul>" + "".join(f"<li>{item}</li>" for item in body) + "</ul>"
    else:
        html = f"<p>{body}</p>"
    return ("fact_box", {"heading": heading, "body": html})


def key_figures(heading, *figures):
    """Key figures as (value, what the value shows) pairs."""
    return (
        "key_figures",
        {"heading": heading, "figures": [{"value": value, "label": label} for value, label in figures]},
    )


def rich(content):
    """What worked / what we would do differently: a paragraph, or a list of points."""
    if isinstance(content, list):
        return "<ul>" + "".join(f"<li>{item}</li>" for item in content) + "</ul>"
    return f"<p>{content}</p>"


@dataclass
class Experience:
    municipality: str  # municipality slug
    slug: str
    title: str
    themes: list
    published: datetime.date
    summary: str
    body: list
    worked: object
    differently: object
    contact: tuple  # (name, role, e-mail or "")
    featured: bool = False
    related: list = field(default_factory=list)  # slugs of experiences listed earlier
    language: str = "nb"  # "nn" for experiences the municipality wrote in nynorsk
