"""Account views: login and logout, passwords, and "Mine data" (see, export, delete)."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from .. import personal_data
from ..forms import DeleteAccountForm, LoginForm, PasswordResetForm


class LoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "portal/password_reset_form.html"
    email_template_name = "portal/password_reset_email.txt"
    subject_template_name = "portal/password_reset_subject.txt"
    success_url = reverse_lazy("portal:password_reset_done")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "portal/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "portal/password_reset_confirm.html"
    success_url = reverse_lazy("portal:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "portal/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "portal/password_change.html"
    success_url = reverse_lazy("portal:my_data")

    def form_valid(self, form):
        messages.success(self.request, _("Passordet er endret."))
        return super().form_valid(form)


class MyDataView(LoginRequiredMixin, TemplateView):
    template_name = "portal/my_data.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            account=personal_data.account(user),
            counts=personal_data.summary(user),
            can_delete=personal_data.can_delete(user),
            **kwargs,
        )


class MyDataExportView(LoginRequiredMixin, View):
    def get(self, request):
        data = json.dumps(personal_data.export(request.user), ensure_ascii=False, indent=2)
        response = HttpResponse(data, content_type="application/json; charset=utf-8")
        filename = f"delingsarena-mine-data-{request.user.username}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class DeleteAccountView(LoginRequiredMixin, FormView):
    template_name = "portal/delete_account.html"
    form_class = DeleteAccountForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not personal_data.can_delete(request.user):
            messages.error(
                request, _("En superbruker kan ikke slette seg selv her. Be en annen administrator.")
            )
            return redirect("portal:my_data")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(counts=personal_data.summary(self.request.user), **kwargs)

    def form_valid(self, form):
        user = self.request.user
        logout(self.request)
        personal_data.delete_account(user)
        messages.success(self.request, _("Kontoen din er slettet."))
        return redirect("/")
