"""What the portal holds about one user: shown on "Mine data", exported as JSON, deleted on request.

Only what the portal needs is kept (name, e-mail, municipality, role, what the user wrote and
chose to follow). Deleting an account removes the user and everything that is only theirs
(profile, settings, likes, subscriptions, notifications, reports, read marks). What they wrote for
others — forum posts and experiences — stays, with no name on it ("Slettet bruker"), so
discussions keep their sense; the page says so before anyone confirms.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from forums.models import ForumProfile, Like, Notification, Post, Report, Subscription, Topic
from municipalities.models import UserProfile


def _iso(value):
    return value.isoformat() if value else None


def account(user):
    profile = UserProfile.objects.filter(user=user).select_related("municipality").first()
    forum_profile = ForumProfile.objects.filter(user=user).first()
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "groups": sorted(Group.objects.filter(user=user).values_list("name", flat=True)),
        "municipality": str(profile.municipality) if profile and profile.municipality else None,
        "job_title": profile.job_title if profile else "",
        "forum_email_frequency": forum_profile.email_frequency if forum_profile else None,
    }


def summary(user):
    """Counts per kind of data, for the "Mine data" page."""
    return {
        "topics": Topic.objects.filter(author=user).count(),
        "posts": Post.objects.filter(author=user).count(),
        "likes": Like.objects.filter(user=user).count(),
        "subscriptions": Subscription.objects.filter(user=user).count(),
        "notifications": Notification.objects.filter(user=user).count(),
        "reports": Report.objects.filter(reporter=user).count(),
        "pages": Page.objects.filter(owner=user).count(),
    }


def export(user):
    """Everything the portal holds about ``user``, as JSON-ready data."""
    posts = Post.objects.filter(author=user).select_related("topic", "forum").order_by("created_at", "pk")
    return {
        "exported_at": _iso(timezone.now()),
        "account": account(user),
        "forum_topics": [
            {"title": t.title, "forum": t.forum.name, "created_at": _iso(t.created_at)}
            for t in Topic.objects.filter(author=user).select_related("forum").order_by("created_at", "pk")
        ],
        "forum_posts": [
            {
                "topic": p.topic.title,
                "forum": p.forum.name,
                "number": p.number,
                "text": p.body,
                "created_at": _iso(p.created_at),
                "edited_at": _iso(p.edited_at),
                "deleted": p.is_deleted,
            }
            for p in posts
        ],
        "likes": [
            {
                "topic": like.post.topic.title,
                "post_number": like.post.number,
                "created_at": _iso(like.created_at),
            }
            for like in Like.objects.filter(user=user).select_related("post__topic").order_by("created_at")
        ],
        "subscriptions": [
            {
                "topic": s.topic.title if s.topic else None,
                "forum": s.forum.name if s.forum else None,
                "created_at": _iso(s.created_at),
            }
            for s in Subscription.objects.filter(user=user)
            .select_related("topic", "forum")
            .order_by("created_at")
        ],
        "notifications": [
            {
                "kind": n.kind,
                "topic": n.post.topic.title,
                "post_number": n.post.number,
                "created_at": _iso(n.created_at),
                "read_at": _iso(n.read_at),
            }
            for n in Notification.objects.filter(user=user).select_related("post__topic")
        ],
        "reports": [
            {
                "topic": r.post.topic.title,
                "post_number": r.post.number,
                "reason": r.reason,
                "comment": r.comment,
                "created_at": _iso(r.created_at),
            }
            for r in Report.objects.filter(reporter=user).select_related("post__topic").order_by("created_at")
        ],
        "pages": [
            {
                "title": page.title,
                "url": page.full_url,
                "live": page.live,
                "first_published_at": _iso(page.first_published_at),
            }
            for page in Page.objects.filter(owner=user).order_by("path").specific()
        ],
    }


def can_delete(user):
    """Superusers cannot delete themselves here: another administrator must do it."""
    return user.is_authenticated and not user.is_superuser


@transaction.atomic
def delete_account(user):
    """Delete the account and what is only the user's; what they wrote stays, without a name."""
    # Likes feed each post's like count: lower the counts before the likes go with the user.
    liked = Like.objects.filter(user=user).values_list("post_id", flat=True)
    Post.objects.filter(pk__in=list(liked), like_count__gt=0).update(like_count=F("like_count") - 1)
    user.delete()
