"""Reading: forum list, topic lists, topic pages by post number, permalinks, attachments."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import F, IntegerField, OuterRef, Subquery
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from municipalities import access

from .. import posting
from ..forms import PostForm
from ..models import Attachment, Forum, ForumProfile, Like, Post, ReadState, Topic


def _with_read_state(topics, user):
    if not user.is_authenticated:
        return topics
    last_read = ReadState.objects.filter(user=user, topic=OuterRef("pk")).values("last_read_number")[:1]
    topics = topics.annotate(last_read=Subquery(last_read, output_field=IntegerField()))
    return topics.annotate(unread=F("post_count") - F("last_read"))


def _previous_visit(request):
    if not request.user.is_authenticated:
        return None
    profile = ForumProfile.for_user(request.user)
    profile.register_visit()
    return profile.previous_visit_at


def forum_list(request):
    forums = Forum.objects.visible_to(request.user)
    topics = _with_read_state(
        Topic.objects.visible_to(request.user).select_related("forum"), request.user
    ).order_by("-last_post_at")
    previous_visit = _previous_visit(request)
    new = topics.filter(last_post_at__gt=previous_visit) if previous_visit else topics.none()
    return render(
        request,
        "forums/forum_list.html",
        {"forums": forums, "latest": topics[:10], "new_topics": new[:20], "previous_visit": previous_visit},
    )


def forum_detail(request, slug):
    forum = get_object_or_404(Forum.objects.visible_to(request.user), slug=slug)
    topics = _with_read_state(Topic.objects.visible_to(request.user).filter(forum=forum), request.user)
    page = Paginator(topics.select_related("author"), settings.FORUM_TOPICS_PER_PAGE).get_page(
        request.GET.get("side")
    )
    return render(
        request,
        "forums/forum_detail.html",
        {
            "forum": forum,
            "page": page,
            "can_post": forum.can_post(request.user),
            "watching": posting.is_watching(request.user, forum=forum),
            "previous_visit": ForumProfile.objects.filter(user=request.user)
            .values_list("previous_visit_at", flat=True)
            .first()
            if request.user.is_authenticated
            else None,
        },
    )


def _topic_or_404(request, pk):
    topic = (
        Topic.objects.visible_to(request.user, moderation=True).select_related("forum").filter(pk=pk).first()
    )
    if topic is None:
        if not request.user.is_authenticated and Topic.objects.filter(pk=pk).exists():
            raise _LoginRequired
        raise Http404
    return topic


class _LoginRequired(Exception):
    pass


def topic_detail(request, pk):
    try:
        page = max(1, int(request.GET.get("side", 1)))
    except ValueError:
        page = 1
    return _render_topic(request, pk, page)


def post_in_topic(request, pk, number):
    """The permalink of post `number`: renders the page that holds it."""
    return _render_topic(request, pk, -(-number // settings.FORUM_POSTS_PER_PAGE) or 1, focus=number)


def _render_topic(request, pk, page_number, focus=None):
    user = request.user
    try:
        topic = _topic_or_404(request, pk)
    except _LoginRequired:
        return redirect_to_login(request.get_full_path())
    pages = topic.page_count()
    if page_number > pages:
        raise Http404
    posts = list(
        Post.objects.page(topic, page_number)
        .select_related("author__profile__municipality")
        .prefetch_related("attachments")
    )
    state = posting.read_state(user, topic)
    liked = set()
    if user.is_authenticated and posts:
        liked = set(Like.objects.filter(user=user, post__in=posts).values_list("post_id", flat=True))
        posting.mark_read(user, topic, posts[-1].number, state)
    is_editor = access.is_editor(user)
    for post in posts:
        post.can_see_text = post.is_visible or is_editor or post.author_id == user.pk
        post.liked = post.pk in liked
        post.can_edit = (
            user.is_authenticated and (is_editor or post.author_id == user.pk) and not post.is_deleted
        )
    can_reply = topic.forum.can_post(user) and (not topic.is_locked or is_editor)
    return render(
        request,
        "forums/topic_detail.html",
        {
            "topic": topic,
            "forum": topic.forum,
            "posts": posts,
            "page_number": page_number,
            "page_range": _page_links(page_number, pages),
            "pages": pages,
            "last_read": state.last_read_number if state else None,
            "focus": focus,
            "can_reply": can_reply,
            "can_accept": posting.can_accept(user, topic),
            "is_editor": is_editor,
            "watching": posting.is_watching(user, topic=topic),
            "form": PostForm() if can_reply and page_number == pages else None,
            "canonical": request.build_absolute_uri(topic.page_url(page_number)),
        },
    )


def _page_links(current, pages):
    """First, last and a window around the current page; None marks a gap."""
    shown = sorted({1, pages, *range(max(1, current - 2), min(pages, current + 2) + 1)})
    links, previous = [], 0
    for n in shown:
        if n - previous > 1:
            links.append(None)
        links.append(n)
        previous = n
    return links


def post_permalink(request, pk):
    post = Post.objects.visible_to(request.user, moderation=True).filter(pk=pk).first()
    if post is None:
        if not request.user.is_authenticated and Post.objects.filter(pk=pk).exists():
            return redirect_to_login(request.get_full_path())
        raise Http404
    return redirect(f"{post.get_absolute_url()}#{post.anchor}")


def first_unread(request, pk):
    """Jump to the first post the user has not read (the last post when all are read)."""
    try:
        topic = _topic_or_404(request, pk)
    except _LoginRequired:
        return redirect_to_login(request.get_full_path())
    state = posting.read_state(request.user, topic)
    number = min((state.last_read_number if state else 0) + 1, topic.post_count)
    target = Post.objects.filter(topic=topic, number__gte=number).order_by("number").first()
    number = target.number if target else topic.post_count
    url = reverse("forums:post_in_topic", kwargs={"pk": topic.pk, "number": max(number, 1)})
    return redirect(f"{url}#innlegg-{number}")


def attachment(request, pk, name):
    """Attachments are served only to those who may read the post (never a public URL)."""
    item = get_object_or_404(Attachment.objects.visible_to(request.user), pk=pk, name=name)
    response = FileResponse(
        item.file.open("rb"),
        content_type=item.content_type,
        as_attachment=not item.is_image,
        filename=item.name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response
