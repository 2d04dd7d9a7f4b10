"""Root URLs: the portal's own views first, Wagtail's page serving last."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .views import account, profiles, themes

# The account pages (under /konto/) and the pages that gather several apps, one namespace.
portal_patterns = (
    [
        path("konto/logg-inn/", account.LoginView.as_view(), name="login"),
        path("konto/logg-ut/", auth_views.LogoutView.as_view(), name="logout"),
        path("konto/glemt-passord/", account.PasswordResetView.as_view(), name="password_reset"),
        path(
            "konto/glemt-passord/sendt/", account.PasswordResetDoneView.as_view(), name="password_reset_done"
        ),
        path(
            "konto/nytt-passord/<uidb64>/<token>/",
            account.PasswordResetConfirmView.as_view(),
            name="password_reset_confirm",
        ),
        path(
            "konto/nytt-passord/ferdig/",
            account.PasswordResetCompleteView.as_view(),
            name="password_reset_complete",
        ),
        path("konto/passord/", account.PasswordChangeView.as_view(), name="password_change"),
        path("konto/mine-data/", account.MyDataView.as_view(), name="my_data"),
        path("konto/mine-data/eksport/", account.MyDataExportView.as_view(), name="my_data_export"),
        path("konto/slett/", account.DeleteAccountView.as_view(), name="delete_account"),
        path("tema/", themes.theme_list, name="themes"),
        path("tema/<slug:slug>/", themes.theme_detail, name="theme"),
        # After the municipalities app's own /kommuner/ pages (the list, the indicator tool).
        path("kommuner/<slug:slug>/", profiles.municipality_detail, name="municipality"),
    ],
    "portal",
)

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sok/", include("search.urls")),
    path("forum/", include("forums.urls")),
    path("kommuner/", include("municipalities.urls")),
    path("", include(portal_patterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
