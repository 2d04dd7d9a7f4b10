"""RSS and Atom feeds of the newest posts, for open forums only (read as a visitor)."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .markup import excerpt
from .models import Forum, Post


def _as_visitor():
    # Feeds are public: whoever asks, they show what a visitor may read, nothing more.
    return AnonymousUser()


class LatestPostsFeed(Feed):
    def get_object(self, request, slug=None):
        if slug is None:
            return None
        return get_object_or_404(Forum.objects.visible_to(_as_visitor()), slug=slug)

    def title(self, forum):
        return f"{forum.name} – Delingsarena" if forum else _("Forum – Delingsarena")

    def link(self, forum):
        return forum.get_absolute_url() if forum else reverse("forums:index")

    def description(self, forum):
        return forum.description if forum else _("Nye innlegg i de åpne forumene på Delingsarena.")

    def items(self, forum):
        posts = Post.objects.visible_to(_as_visitor()).select_related("topic", "author")
        if forum:
            posts = posts.filter(forum=forum)
        return posts.order_by("-created_at")[:30]

    def item_title(self, post):
        if post.number == 1:
            return post.topic.title
        return _("Svar: %(title)s") % {"title": post.topic.title}

    def item_description(self, post):
        return excerpt(post, 600)

    def item_pubdate(self, post):
        return post.created_at

    def item_author_name(self, post):
        return post.author.get_full_name() or post.author.username if post.author else ""


class LatestPostsAtomFeed(LatestPostsFeed):
    feed_type = Atom1Feed

    def subtitle(self, forum):
        return self.description(forum)
