"""Forum views: thin, all access through `visible_to(user)`."""

from django.shortcuts import get_object_or_404, render

from .models import Forum, Post, Topic


def forum_list(request):
    forums = Forum.objects.visible_to(request.user)
    return render(request, "forums/forum_list.html", {"forums": forums})


def forum_detail(request, slug):
    forum = get_object_or_404(Forum.objects.visible_to(request.user), slug=slug)
    topics = forum.topics.all()
    return render(request, "forums/forum_detail.html", {"forum": forum, "topics": topics})


def topic_detail(request, pk):
    topic = get_object_or_404(Topic.objects.visible_to(request.user).select_related("forum"), pk=pk)
    posts = Post.objects.filter(topic=topic).select_related("author")
    return render(request, "forums/topic_detail.html", {"topic": topic, "posts": posts})
