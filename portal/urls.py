"""Root URLs: the portal's own views first, Wagtail's page serving last."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

portal_patterns = (
    [
        path("logg-inn/", views.LoginView.as_view(), name="login"),
        path("logg-ut/", views.LogoutView.as_view(), name="logout"),
        path("glemt-passord/", views.PasswordResetView.as_view(), name="password_reset"),
        path("glemt-passord/sendt/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
        path(
            "nytt-passord/<uidb64>/<token>/",
            views.PasswordResetConfirmView.as_view(),
            name="password_reset_confirm",
        ),
        path(
            "nytt-passord/ferdig/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"
        ),
        path("passord/", views.PasswordChangeView.as_view(), name="password_change"),
        path("mine-data/", views.MyDataView.as_view(), name="my_data"),
        path("mine-data/eksport/", views.MyDataExportView.as_view(), name="my_data_export"),
        path("slett/", views.DeleteAccountView.as_view(), name="delete_account"),
    ],
    "portal",
)

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("konto/", include(portal_patterns)),
    path("sok/", include("search.urls")),
    path("forum/", include("forums.urls")),
    path("tema/", include("experiences.urls")),
    path("kommuner/", include("municipalities.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
