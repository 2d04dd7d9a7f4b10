"""What Husbanken's editors do to posts and topics; every action is logged."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.search import index

from . import notify, posting
from .models import ModerationAction, ModerationLogEntry, Post, Report, Topic


def log(actor, action, topic=None, post=None, note=""):
    return ModerationLogEntry.objects.create(
        actor=actor, action=action, topic=topic or (post.topic if post else None), post=post, note=note[:500]
    )


def _resolve_reports(post, actor, outcome):
    Report.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=actor, outcome=outcome
    )


@transaction.atomic
def approve(post, actor):
    post.is_approved = True
    post.save(update_fields=["is_approved"])
    log(actor, ModerationAction.APPROVE, post=post)
    notify.moderation_outcome(
        post, _("Innlegget ditt i «%(topic)s» er godkjent.") % {"topic": post.topic.title}
    )
    posting.published(post)


@transaction.atomic
def reject(post, actor, note=""):
    post.is_hidden = True
    post.save(update_fields=["is_hidden"])
    post.topic.sync_visibility()
    log(actor, ModerationAction.REJECT, post=post, note=note)
    notify.moderation_outcome(
        post, _("Innlegget ditt i «%(topic)s» ble ikke godkjent.") % {"topic": post.topic.title}
    )


@transaction.atomic
def hide(post, actor, note=""):
    post.is_hidden = True
    post.save(update_fields=["is_hidden"])
    post.topic.sync_visibility()
    _resolve_reports(post, actor, "hidden")
    log(actor, ModerationAction.HIDE, post=post, note=note)
    notify.moderation_outcome(
        post, _("Innlegget ditt i «%(topic)s» er skjult av en moderator.") % {"topic": post.topic.title}
    )


@transaction.atomic
def restore(post, actor):
    post.is_hidden = False
    post.save(update_fields=["is_hidden"])
    post.topic.sync_visibility()
    log(actor, ModerationAction.RESTORE, post=post)
    notify.moderation_outcome(
        post, _("Innlegget ditt i «%(topic)s» er synlig igjen.") % {"topic": post.topic.title}
    )


def dismiss_reports(post, actor):
    _resolve_reports(post, actor, "dismissed")
    log(actor, ModerationAction.DISMISS, post=post)


def set_flag(topic, actor, flag, value):
    """Lock/unlock or pin/unpin a topic."""
    setattr(topic, flag, value)
    topic.save(update_fields=[flag])
    actions = {
        ("is_locked", True): ModerationAction.LOCK,
        ("is_locked", False): ModerationAction.UNLOCK,
        ("is_pinned", True): ModerationAction.PIN,
        ("is_pinned", False): ModerationAction.UNPIN,
    }
    log(actor, actions[(flag, value)], topic=topic)


def _reindex(posts):
    for post in posts:
        index.insert_or_update_object(post)


@transaction.atomic
def move(topic, forum, actor):
    """Move a topic and its posts (their denormalised forum too) to another forum."""
    old = topic.forum
    topic.forum = forum
    topic.save(update_fields=["forum"])
    Post.objects.filter(topic=topic).update(forum=forum)
    _reindex(Post.objects.filter(topic=topic))
    log(actor, ModerationAction.MOVE, topic=topic, note=f"{old} → {forum}")


@transaction.atomic
def split(topic, numbers, title, actor):
    """Move the chosen posts into a new topic in the same forum, numbered 1..n in order."""
    posts = list(Post.objects.filter(topic=topic, number__in=numbers).order_by("number"))
    if not posts:
        return None
    new = Topic.objects.create(
        forum=topic.forum, title=title, author=posts[0].author, created_at=posts[0].created_at
    )
    for i, post in enumerate(posts, start=1):
        post.topic, post.number, post.forum_id = new, i, new.forum_id
        post.save(update_fields=["topic", "number", "forum"])
    new.post_count = len(posts)
    new.last_post_at = posts[-1].created_at
    new.save(update_fields=["post_count", "last_post_at"])
    new.sync_visibility()
    topic.sync_visibility()
    _refresh_last_post(topic)
    log(
        actor,
        ModerationAction.SPLIT,
        topic=new,
        note=f"#{topic.pk} {topic.title}: {', '.join(map(str, numbers))}",
    )
    return new


@transaction.atomic
def merge(source, target, actor):
    """Append all posts of `source` to `target` (after its last number) and delete `source`."""
    start = target.post_count
    posts = list(Post.objects.filter(topic=source).order_by("number"))
    for i, post in enumerate(posts, start=start + 1):
        post.topic, post.number, post.forum_id = target, i, target.forum_id
        post.save(update_fields=["topic", "number", "forum"])
    target.post_count = start + len(posts)
    target.save(update_fields=["post_count"])
    _refresh_last_post(target)
    log(actor, ModerationAction.MERGE, topic=target, note=f"#{source.pk} {source.title}")
    source.delete()
    return target


def _refresh_last_post(topic):
    last = Post.objects.filter(topic=topic, is_visible=True).aggregate(m=Max("created_at"))["m"]
    if last:
        Topic.objects.filter(pk=topic.pk).update(last_post_at=last)
