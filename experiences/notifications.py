"""E-mails to an experience's author when Husbanken's editors approve or reject it."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.links import absolute_url


def _context(workflow_state, editor):
    page = workflow_state.content_object.specific
    url_parts = page.get_url_parts()
    task_state = workflow_state.current_task_state
    return {
        "page": page,
        "author": workflow_state.requested_by,
        "editor": editor,
        "comment": task_state.comment if task_state else "",
        "page_url": absolute_url(url_parts[2]) if url_parts else "",
        "edit_url": absolute_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
    }


def _send(workflow_state, editor, template):
    author = workflow_state.requested_by
    if author is None or not author.email or not author.is_active:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = _context(workflow_state, editor)
        subject = render_to_string(f"experiences/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"experiences/email/{template}.txt", context)
    send_mail(" ".join(subject.split()), body, None, [author.email])


def experience_approved(workflow_state, editor):
    _send(workflow_state, editor, "approved")


def experience_rejected(workflow_state, editor):
    _send(workflow_state, editor, "rejected")
