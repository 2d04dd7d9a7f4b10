"""Who hears about a post: mentioned users and watchers, in the site and by e-mail.

Every recipient is checked with `Post.objects.visible_to(user)` when the notification is made,
and again when it is delivered (see tasks.py), so programme-only text never reaches anyone
who may not read it, also after they lose their membership.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from .markup import mentioned_usernames
from .models import EmailFrequency, ForumProfile, Notification, NotificationKind, Post, Subscription
from .tasks import send_notification_email


def can_read(user, post):
    return user.is_active and Post.objects.visible_to(user).filter(pk=post.pk).exists()


def post_published(post):
    """Notify once per user: a mention beats a watch; the author is never notified."""
    User = get_user_model()
    recipients = {}
    names = mentioned_usernames(post.body)
    for user in User.objects.filter(username__in=names).exclude(pk=post.author_id):
        recipients[user.pk] = (user, NotificationKind.MENTION)
    watches = Subscription.objects.filter(Q(topic_id=post.topic_id) | Q(forum_id=post.forum_id))
    watch_kind = NotificationKind.NEW_TOPIC if post.number == 1 else NotificationKind.REPLY
    for sub in watches.exclude(user_id=post.author_id).select_related("user"):
        recipients.setdefault(sub.user_id, (sub.user, watch_kind))
    for user, kind in recipients.values():
        if can_read(user, post):
            create(user, kind, post, actor=post.author)


def moderation_outcome(post, message):
    """Tell the author what an editor did with their post (no post text in the message)."""
    if post.author is None:
        return None
    return create(post.author, NotificationKind.MODERATION, post, message=message)


def create(user, kind, post, actor=None, message=""):
    notification = Notification.objects.create(user=user, kind=kind, post=post, actor=actor, message=message)
    if email_frequency(user) == EmailFrequency.IMMEDIATELY and user.email:
        send_notification_email.enqueue(notification.pk)
    return notification


def email_frequency(user):
    profile = ForumProfile.objects.filter(user=user).only("email_frequency").first()
    return profile.email_frequency if profile else EmailFrequency.IMMEDIATELY
