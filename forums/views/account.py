"""A user's notifications, e-mail settings and one-click unsubscribe."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from .. import email_links
from ..forms import EmailSettingsForm
from ..models import EmailFrequency, ForumProfile, Notification, Subscription


@login_required
def notifications(request):
    items = Notification.objects.visible_to(request.user).select_related("post__topic", "actor")
    page = Paginator(items, 30).get_page(request.GET.get("side"))
    unread_ids = [n.pk for n in page if n.read_at is None]
    response = render(request, "forums/notifications.html", {"page": page, "unread_ids": set(unread_ids)})
    Notification.objects.filter(pk__in=unread_ids).update(read_at=timezone.now())
    return response


@login_required
def email_settings(request):
    profile = ForumProfile.for_user(request.user)
    form = EmailSettingsForm(request.POST or None, initial={"email_frequency": profile.email_frequency})
    if request.method == "POST" and form.is_valid():
        profile.email_frequency = form.cleaned_data["email_frequency"]
        profile.save(update_fields=["email_frequency"])
        messages.success(request, _("Innstillingene er lagret."))
        return redirect("forums:email_settings")
    watches = Subscription.objects.filter(user=request.user).select_related("topic", "forum")
    return render(request, "forums/email_settings.html", {"form": form, "watches": watches})


@csrf_exempt  # the signed token is the proof; mail clients POST here for one-click unsubscribe
def unsubscribe(request, token):
    try:
        data = email_links.read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "forums/unsubscribe.html", {"invalid": True}, status=400)
    user = get_user_model().objects.filter(pk=data["u"]).first()
    if user is None:
        return render(request, "forums/unsubscribe.html", {"invalid": True}, status=400)
    subscription = Subscription.objects.filter(
        user=user, topic_id=data["t"], forum_id=data["f"]
    ).select_related("topic", "forum")
    done = False
    if request.method == "POST":
        if data["t"] or data["f"]:
            subscription.delete()
        else:
            profile = ForumProfile.for_user(user)
            profile.email_frequency = EmailFrequency.NEVER
            profile.save(update_fields=["email_frequency"])
        done = True
    return render(
        request, "forums/unsubscribe.html", {"data": data, "done": done, "subscription": subscription.first()}
    )
