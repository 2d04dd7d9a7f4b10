from django.urls import path

from . import views

app_name = "municipalities"

urlpatterns = [
    path("", views.municipality_list, name="index"),
    path("<slug:slug>/", views.municipality_detail, name="detail"),
]
