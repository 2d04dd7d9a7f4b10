"""Links in forum e-mails: signed one-click unsubscribe links, and reading them back."""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from core.links import absolute_url

UNSUBSCRIBE_SALT = "forums.unsubscribe"


def unsubscribe_url(user, topic=None, forum=None):
    """A signed one-click link: stop watching a topic or forum, or all forum e-mail."""
    token = signing.dumps(
        {"u": user.pk, "t": topic.pk if topic else None, "f": forum.pk if forum else None},
        salt=UNSUBSCRIBE_SALT,
        compress=True,
    )
    return absolute_url(reverse("forums:unsubscribe", kwargs={"token": token}))


def read_unsubscribe_token(token):
    return signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=settings.FORUM_UNSUBSCRIBE_MAX_AGE)
