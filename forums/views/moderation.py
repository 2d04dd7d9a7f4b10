"""Moderation for Husbanken's editors: queue, reports, hide/restore, lock, pin, move, split, merge, log."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from municipalities import access

from .. import moderation
from ..forms import MergeForm, MoveForm, SplitForm
from ..models import ModerationLogEntry, Post, Report, Topic


def editor_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not access.is_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _post(request, pk):
    return get_object_or_404(
        Post.objects.visible_to(request.user, moderation=True).select_related("topic"), pk=pk
    )


def _topic(request, pk):
    return get_object_or_404(
        Topic.objects.visible_to(request.user, moderation=True).select_related("forum"), pk=pk
    )


@editor_required
def queue(request):
    pending = (
        Post.objects.visible_to(request.user, moderation=True)
        .filter(is_approved=False, is_hidden=False, is_deleted=False)
        .select_related("topic__forum", "author")
    )
    reports = Report.objects.filter(resolved_at__isnull=True).select_related("post__topic", "reporter")
    return render(request, "forums/moderation/queue.html", {"pending": pending, "reports": reports})


# Lazy: the messages are translated when shown, in the editor's language, not at import.
POST_ACTIONS = {
    "godkjenn": (moderation.approve, gettext_lazy("Innlegget er godkjent.")),
    "avvis": (moderation.reject, gettext_lazy("Innlegget er avvist.")),
    "skjul": (moderation.hide, gettext_lazy("Innlegget er skjult.")),
    "gjenopprett": (moderation.restore, gettext_lazy("Innlegget er synlig igjen.")),
    "behold": (moderation.dismiss_reports, gettext_lazy("Rapportene er avvist; innlegget står.")),
}


@require_POST
@editor_required
def post_action(request, pk, action):
    if action not in POST_ACTIONS:
        raise Http404
    post = _post(request, pk)
    function, message = POST_ACTIONS[action]
    function(post, request.user)
    messages.success(request, message)
    return redirect(request.POST.get("next") or "forums:moderation")


@editor_required
def post_history(request, pk):
    post = _post(request, pk)
    return render(
        request,
        "forums/moderation/history.html",
        {"post": post, "revisions": post.revisions.select_related("edited_by")},
    )


TOPIC_FLAGS = {
    "las": ("is_locked", True),
    "las-opp": ("is_locked", False),
    "fest": ("is_pinned", True),
    "losne": ("is_pinned", False),
}


@require_POST
@editor_required
def topic_flag(request, pk, action):
    if action not in TOPIC_FLAGS:
        raise Http404
    topic = _topic(request, pk)
    moderation.set_flag(topic, request.user, *TOPIC_FLAGS[action])
    messages.success(request, _("Emnet er oppdatert."))
    return redirect(topic.get_absolute_url())


@editor_required
def topic_tools(request, pk):
    """Move, split and merge, each its own small form on one page."""
    topic = _topic(request, pk)
    forms = {
        "move": MoveForm(prefix="move"),
        "split": SplitForm(prefix="split"),
        "merge": MergeForm(prefix="merge"),
    }
    if request.method == "POST":
        kind = request.POST.get("tool")
        if kind in forms:
            form = forms[kind] = type(forms[kind])(request.POST, prefix=kind)
            if form.is_valid():
                data = form.cleaned_data
                if kind == "move":
                    moderation.move(topic, data["forum"], request.user)
                    target = topic
                elif kind == "split":
                    target = moderation.split(topic, data["numbers"], data["title"], request.user)
                elif data["target"].pk == topic.pk:
                    form.add_error("target", _("Velg et annet emne."))
                    target = None
                else:
                    target = moderation.merge(topic, data["target"], request.user)
                if target is not None:
                    messages.success(request, _("Ferdig."))
                    return redirect(target.get_absolute_url())
                if kind == "split" and not form.errors:
                    form.add_error("numbers", _("Ingen av innleggene finnes i emnet."))
    return render(request, "forums/moderation/topic_tools.html", {"topic": topic, "forms": forms})


@editor_required
def log(request):
    entries = ModerationLogEntry.objects.select_related("actor", "topic", "post")
    page = Paginator(entries, 50).get_page(request.GET.get("side"))
    return render(request, "forums/moderation/log.html", {"page": page})
