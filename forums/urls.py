from django.urls import path

from . import views

app_name = "forums"

urlpatterns = [
    path("", views.forum_list, name="index"),
    path("<slug:slug>/", views.forum_detail, name="forum"),
    path("emne/<int:pk>/", views.topic_detail, name="topic"),
]
