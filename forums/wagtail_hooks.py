"""Wagtail admin: forums as snippets, and a menu link to the forum moderation area."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Forum


class ForumViewSet(SnippetViewSet):
    model = Forum
    icon = "group"
    menu_label = _("Forum")
    add_to_admin_menu = True
    list_display = ["name", "access", "position"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("access"),
        FieldPanel("position"),
    ]


register_snippet(ForumViewSet)


@hooks.register("register_admin_menu_item")
def forum_moderation_menu_item():
    return MenuItem(_("Forummoderering"), reverse("forums:moderation"), icon_name="warning", order=900)
