from django.urls import path

from .feeds import LatestPostsAtomFeed, LatestPostsFeed
from .views import account, moderation, reading, writing

app_name = "forums"

urlpatterns = [
    path("", reading.forum_list, name="index"),
    path("rss/", LatestPostsFeed(), name="feed"),
    path("atom/", LatestPostsAtomFeed(), name="atom"),
    path("varsler/", account.notifications, name="notifications"),
    path("varsler/innstillinger/", account.email_settings, name="email_settings"),
    path("avmeld/<str:token>/", account.unsubscribe, name="unsubscribe"),
    path("moderering/", moderation.queue, name="moderation"),
    path("moderering/logg/", moderation.log, name="moderation_log"),
    path("moderering/innlegg/<int:pk>/historikk/", moderation.post_history, name="post_history"),
    path("moderering/innlegg/<int:pk>/<slug:action>/", moderation.post_action, name="moderate_post"),
    path("moderering/emne/<int:pk>/", moderation.topic_tools, name="topic_tools"),
    path("moderering/emne/<int:pk>/<slug:action>/", moderation.topic_flag, name="topic_flag"),
    path("emne/<int:pk>/", reading.topic_detail, name="topic"),
    path("emne/<int:pk>/innlegg/<int:number>/", reading.post_in_topic, name="post_in_topic"),
    path("emne/<int:pk>/ulest/", reading.first_unread, name="first_unread"),
    path("emne/<int:pk>/svar/", writing.reply, name="reply"),
    path("emne/<int:pk>/folg/", writing.watch_topic, name="watch_topic"),
    path("innlegg/<int:pk>/", reading.post_permalink, name="post"),
    path("innlegg/<int:pk>/rediger/", writing.edit, name="edit"),
    path("innlegg/<int:pk>/slett/", writing.delete, name="delete"),
    path("innlegg/<int:pk>/lik/", writing.like, name="like"),
    path("innlegg/<int:pk>/losning/", writing.accept, name="accept"),
    path("innlegg/<int:pk>/rapporter/", writing.report, name="report"),
    path("vedlegg/<int:pk>/<str:name>", reading.attachment, name="attachment"),
    path("<slug:slug>/", reading.forum_detail, name="forum"),
    path("<slug:slug>/nytt-emne/", writing.new_topic, name="new_topic"),
    path("<slug:slug>/folg/", writing.watch_forum, name="watch_forum"),
    path("<slug:slug>/rss/", LatestPostsFeed(), name="forum_feed"),
    path("<slug:slug>/atom/", LatestPostsAtomFeed(), name="forum_atom"),
]
