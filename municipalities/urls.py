from django.urls import path

from . import views

app_name = "municipalities"

urlpatterns = [
    path("", views.municipality_list, name="index"),
    path("indikatorer/", views.indicator_tool, name="tool"),
    path("indikatorer/utvalg/", views.selection_list, name="selections"),
    path("indikatorer/utvalg/<int:pk>/", views.selection_detail, name="selection"),
    path("indikatorer/import/", views.indicator_import, name="import"),
]
