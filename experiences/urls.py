from django.urls import path

from . import views

app_name = "experiences"

urlpatterns = [
    path("", views.theme_list, name="themes"),
    path("<slug:slug>/", views.theme_detail, name="theme"),
]
