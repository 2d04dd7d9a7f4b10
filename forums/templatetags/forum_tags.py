"""The header's notification count, and how a post's author is named."""

from django import template
from django.utils.translation import gettext as _

from ..models import Notification

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return Notification.objects.visible_to(user).unread().count()


@register.filter
def display_name(user):
    """A person's name as shown beside what they wrote; "Slettet bruker" once the account is gone."""
    if user is None:
        return _("Slettet bruker")
    return user.get_full_name() or user.get_username()
