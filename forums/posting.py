"""Writing and reading services: new topics, replies, edits, deletes, likes, read state, watching."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from core.ratelimit import hit
from municipalities import access

from . import notify
from .models import Attachment, Like, Post, PostRevision, ReadState, Subscription, Topic


class PostingRefused(Exception):
    """Posting was refused for a reason the user should read; the form keeps their text."""


def check_can_reply(user, topic):
    if not topic.forum.can_post(user):
        raise PostingRefused(_("Du har ikke tilgang til å skrive i dette forumet."))
    if topic.is_locked and not access.is_editor(user):
        raise PostingRefused(_("Emnet er låst. Nye svar er ikke mulig."))


def check_limits(user, body):
    """Rate limit and duplicate guard; raise PostingRefused with a Norwegian explanation."""
    if access.is_editor(user):
        return
    window = settings.FORUM_DUPLICATE_WINDOW_MINUTES
    since = timezone.now() - datetime.timedelta(minutes=window)
    recent = Post.objects.filter(author=user, created_at__gte=since, is_deleted=False)
    if recent.filter(body=body.strip()).exists():
        raise PostingRefused(
            _("Du publiserte nøyaktig den samme teksten for mindre enn %(minutes)s minutter siden.")
            % {"minutes": window}
        )
    limit, seconds = settings.FORUM_POST_RATE_LIMIT
    if not hit("forum-post", user.pk, limit, seconds):
        raise PostingRefused(
            _(
                "Du har skrevet %(limit)s innlegg på kort tid. Vent litt og prøv igjen – "
                "teksten din er tatt vare på nedenfor."
            )
            % {"limit": limit}
        )


def needs_approval(user):
    """New users' first posts wait in the approval queue until an editor approves one."""
    if not settings.FORUM_APPROVE_FIRST_POSTS or access.is_editor(user):
        return False
    return not Post.objects.filter(author=user, is_approved=True).exists()


@transaction.atomic
def add_post(topic, author, body, files=()):
    """Append a post to `topic` with the next number; notify when it is published."""
    # Taking the number with an UPDATE locks the topic row (a write lock on SQLite), so two
    # replies at once can never get the same number.
    Topic.objects.filter(pk=topic.pk).update(post_count=F("post_count") + 1)
    topic.post_count = Topic.objects.filter(pk=topic.pk).values_list("post_count", flat=True).get()
    post = Post(
        topic=topic,
        forum_id=topic.forum_id,
        number=topic.post_count,
        author=author,
        body=body.strip(),
        is_approved=not needs_approval(author),
    )
    post.save()
    for upload in files:
        Attachment.objects.create(
            post=post,
            file=upload,
            name=upload.name[:200],
            size=upload.size,
            content_type=upload.content_type or "application/octet-stream",
            is_image=getattr(upload, "is_image", False),
        )
    watch(author, topic=topic)
    if post.is_visible:
        published(post)
    return post


@transaction.atomic
def create_topic(forum, author, title, body, is_question=False, files=()):
    topic = Topic.objects.create(
        forum=forum, title=title.strip(), author=author, is_question=is_question, is_visible=False
    )
    post = add_post(topic, author, body, files)
    topic.sync_visibility()
    return post


def published(post):
    """A post became visible: bump the topic, notify mentioned users and watchers."""
    Topic.objects.filter(pk=post.topic_id).update(last_post_at=post.created_at)
    if post.number == 1:
        post.topic.sync_visibility()
    notify.post_published(post)


@transaction.atomic
def edit_post(post, editor, body):
    if body.strip() == post.body:
        return post
    PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
    post.body = body.strip()
    post.edited_at = timezone.now()
    post.save()
    return post


def can_edit(user, post):
    if access.is_editor(user):
        return True
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_deleted
        and not post.is_hidden
        and not post.topic.is_locked
        and post.topic.forum.can_post(user)
    )


def delete_post(post):
    """Soft delete: the post keeps its number and shows as deleted."""
    post.is_deleted = True
    post.save(update_fields=["is_deleted"])
    if post.number == 1:
        post.topic.sync_visibility()


def toggle_like(user, post):
    """Like or unlike; returns True when the post is now liked by `user`."""
    with transaction.atomic():
        deleted, _ = Like.objects.filter(post=post, user=user).delete()
        if deleted:
            Post.objects.filter(pk=post.pk).update(like_count=F("like_count") - 1)
            return False
        Like.objects.create(post=post, user=user)
        Post.objects.filter(pk=post.pk).update(like_count=F("like_count") + 1)
        return True


def can_accept(user, topic):
    return topic.is_question and (
        access.is_editor(user) or (user.is_authenticated and topic.author_id == user.pk)
    )


def accept_answer(topic, post):
    topic.accepted_post = None if topic.accepted_post_id == post.pk else post
    topic.save(update_fields=["accepted_post"])


def read_state(user, topic):
    if not user.is_authenticated:
        return None
    return ReadState.objects.filter(user=user, topic=topic).first()


def mark_read(user, topic, number, state):
    """Remember the highest post number seen; one query whatever the page."""
    if not user.is_authenticated or number <= 0:
        return
    if state is None:
        ReadState.objects.get_or_create(user=user, topic=topic, defaults={"last_read_number": number})
    else:
        ReadState.objects.filter(pk=state.pk).update(last_read_number=Greatest(F("last_read_number"), number))


def watch(user, topic=None, forum=None):
    Subscription.objects.get_or_create(user=user, topic=topic, forum=forum)


def unwatch(user, topic=None, forum=None):
    Subscription.objects.filter(user=user, topic=topic, forum=forum).delete()


def is_watching(user, topic=None, forum=None):
    return user.is_authenticated and Subscription.objects.filter(user=user, topic=topic, forum=forum).exists()
