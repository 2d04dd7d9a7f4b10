"""Writing: new topics, replies with preview and quoting, edits, deletes, likes, reports, watching."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import posting
from ..forms import EditForm, PostForm, ReportForm, TopicForm
from ..markup import quote, render_markdown
from ..models import Forum, Post, Report, Topic


def _published_message(request, post):
    if post.is_visible:
        messages.success(request, _("Innlegget er publisert."))
    else:
        messages.info(
            request,
            _(
                "Takk! Fordi dette er blant dine første innlegg, publiseres det når en moderator har godkjent det."
            ),
        )


@login_required
def new_topic(request, slug):
    forum = get_object_or_404(Forum.objects.visible_to(request.user), slug=slug)
    if not forum.can_post(request.user):
        raise PermissionDenied
    form = TopicForm(request.POST or None, request.FILES or None)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            try:
                posting.check_limits(request.user, form.cleaned_data["body"])
                post = posting.create_topic(
                    forum,
                    request.user,
                    form.cleaned_data["title"],
                    form.cleaned_data["body"],
                    form.cleaned_data["is_question"],
                    form.cleaned_data["files"],
                )
            except posting.PostingRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                _published_message(request, post)
                return redirect(post.topic.get_absolute_url())
    return render(request, "forums/topic_form.html", {"forum": forum, "form": form, "preview": preview})


@login_required
def reply(request, pk):
    topic = get_object_or_404(Topic.objects.visible_to(request.user).select_related("forum"), pk=pk)
    try:
        posting.check_can_reply(request.user, topic)
    except posting.PostingRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(topic.get_absolute_url())
    initial = {}
    quoted = request.GET.get("siter", "")
    if request.method == "GET" and quoted.isdigit():
        post = (
            Post.objects.visible_to(request.user)
            .filter(topic=topic, number=int(quoted))
            .select_related("author")
        )
        if post:
            initial["body"] = quote(post[0])
    form = PostForm(request.POST or None, request.FILES or None, initial=initial)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            try:
                posting.check_limits(request.user, form.cleaned_data["body"])
                post = posting.add_post(
                    topic, request.user, form.cleaned_data["body"], form.cleaned_data["files"]
                )
            except posting.PostingRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                _published_message(request, post)
                return redirect(f"{post.get_absolute_url()}#{post.anchor}")
    return render(request, "forums/reply.html", {"topic": topic, "form": form, "preview": preview})


def _own_post(request, pk):
    post = get_object_or_404(
        Post.objects.visible_to(request.user, moderation=True).select_related("topic__forum"), pk=pk
    )
    if not posting.can_edit(request.user, post):
        raise PermissionDenied
    return post


@login_required
def edit(request, pk):
    post = _own_post(request, pk)
    form = EditForm(request.POST or None, initial={"body": post.body})
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            posting.edit_post(post, request.user, form.cleaned_data["body"])
            messages.success(request, _("Endringen er lagret."))
            return redirect(f"{post.get_absolute_url()}#{post.anchor}")
    return render(request, "forums/edit.html", {"post": post, "form": form, "preview": preview})


@login_required
def delete(request, pk):
    post = _own_post(request, pk)
    if request.method == "POST":
        posting.delete_post(post)
        messages.success(request, _("Innlegget er slettet."))
        return redirect(
            post.topic.get_absolute_url() if post.number > 1 else post.topic.forum.get_absolute_url()
        )
    return render(request, "forums/confirm_delete.html", {"post": post})


@require_POST
@login_required
def like(request, pk):
    post = get_object_or_404(Post.objects.visible_to(request.user), pk=pk)
    if post.author_id == request.user.pk:
        messages.info(request, _("Du kan ikke like ditt eget innlegg."))
    else:
        posting.toggle_like(request.user, post)
    return redirect(f"{post.get_absolute_url()}#{post.anchor}")


@require_POST
@login_required
def accept(request, pk):
    post = get_object_or_404(Post.objects.visible_to(request.user).select_related("topic"), pk=pk)
    if not posting.can_accept(request.user, post.topic) or post.number == 1:
        raise PermissionDenied
    posting.accept_answer(post.topic, post)
    return redirect(f"{post.get_absolute_url()}#{post.anchor}")


@login_required
def report(request, pk):
    post = get_object_or_404(Post.objects.visible_to(request.user).select_related("topic"), pk=pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        Report.objects.get_or_create(
            post=post, reporter=request.user, resolved_at=None, defaults=form.cleaned_data
        )
        messages.success(request, _("Takk. En moderator ser på innlegget."))
        return redirect(f"{post.get_absolute_url()}#{post.anchor}")
    return render(request, "forums/report.html", {"post": post, "form": form})


@require_POST
@login_required
def watch_topic(request, pk):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), pk=pk)
    if posting.is_watching(request.user, topic=topic):
        posting.unwatch(request.user, topic=topic)
        messages.success(request, _("Du følger ikke lenger dette emnet."))
    else:
        posting.watch(request.user, topic=topic)
        messages.success(request, _("Du følger nå dette emnet og får varsel om nye svar."))
    return redirect(topic.get_absolute_url())


@require_POST
@login_required
def watch_forum(request, slug):
    forum = get_object_or_404(Forum.objects.visible_to(request.user), slug=slug)
    if not forum.can_post(request.user):
        raise Http404
    if posting.is_watching(request.user, forum=forum):
        posting.unwatch(request.user, forum=forum)
        messages.success(request, _("Du følger ikke lenger dette forumet."))
    else:
        posting.watch(request.user, forum=forum)
        messages.success(request, _("Du følger nå hele forumet og får varsel om alle nye innlegg."))
    return redirect(forum.get_absolute_url())
