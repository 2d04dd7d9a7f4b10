"""The header's notification count."""

from django import template

from ..models import Notification

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return Notification.objects.visible_to(user).unread().count()
