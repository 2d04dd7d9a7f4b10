"""Background work through django-tasks: notification e-mails and digests.

Runs inline with the immediate backend (development, tests) and in `manage.py db_worker` with
the database backend (production). Every task re-reads the database and re-checks access.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from core.links import absolute_url

from .email_links import unsubscribe_url
from .markup import excerpt
from .models import EmailFrequency, Notification

DIGEST_PERIODS = {
    EmailFrequency.DAILY: datetime.timedelta(days=1),
    EmailFrequency.WEEKLY: datetime.timedelta(days=7),
}


def _entry(notification):
    post = notification.post
    return {
        "notification": notification,
        "topic": post.topic,
        "excerpt": "" if notification.kind == "moderation" else excerpt(post),
        "url": absolute_url(post.get_absolute_url()),
    }


def _send(user, subject, template, context, unsubscribe):
    context = {**context, "user": user, "unsubscribe_all": unsubscribe_url(user), **unsubscribe}
    message = EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_all']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()


@task()
def send_notification_email(notification_id):
    """One e-mail for one notification, if the user may still read the post."""
    notification = (
        Notification.objects.filter(pk=notification_id, emailed_at__isnull=True)
        .select_related("user")
        .first()
    )
    if notification is None or not notification.user.email or not notification.user.is_active:
        return False
    user = notification.user
    notification = (
        Notification.objects.visible_to(user)
        .filter(pk=notification_id)
        .select_related("post__topic__forum", "actor")
        .first()
    )
    if notification is None:
        return False
    topic = notification.post.topic
    _send(
        user,
        _("Delingsarena: %(topic)s") % {"topic": topic.title},
        "forums/email/notification.txt",
        {"entry": _entry(notification)},
        {"unsubscribe_topic": unsubscribe_url(user, topic=topic)},
    )
    Notification.objects.filter(pk=notification_id).update(emailed_at=timezone.now())
    return True


@task()
def send_digest(user_id, frequency):
    """All of a user's unsent notifications of the period in one e-mail."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return 0
    since = timezone.now() - DIGEST_PERIODS[frequency]
    pending = Notification.objects.filter(user=user, emailed_at__isnull=True)
    readable = pending.visible_to(user).filter(created_at__gte=since).select_related("post__topic", "actor")
    entries = [_entry(n) for n in readable[:100]]
    if entries:
        _send(
            user,
            _("Delingsarena: %(count)s nye varsler fra forumet") % {"count": len(entries)},
            "forums/email/digest.txt",
            {"entries": entries, "frequency": EmailFrequency(frequency).label},
            {},
        )
    # Everything older or no longer readable is settled too, so it never turns up later.
    pending.filter(created_at__lte=timezone.now()).update(emailed_at=timezone.now())
    return len(entries)
