"""Forum forms: writing (with validated attachments), reporting, moderating, e-mail settings."""

import os

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image

from .models import EmailFrequency, Forum, ReportReason, Topic

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files; each checked for extension and size, images opened with Pillow."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if len(files) > settings.FORUM_ATTACHMENTS_PER_POST:
            raise forms.ValidationError(
                _("Du kan legge ved høyst %(n)s filer.") % {"n": settings.FORUM_ATTACHMENTS_PER_POST}
            )
        return [self.validate_file(super(AttachmentsField, self).clean(f, initial)) for f in files]

    def validate_file(self, upload):
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        if extension not in settings.FORUM_ATTACHMENT_EXTENSIONS:
            raise forms.ValidationError(
                _("Filtypen .%(ext)s er ikke tillatt. Tillatt: %(allowed)s.")
                % {"ext": extension, "allowed": ", ".join(settings.FORUM_ATTACHMENT_EXTENSIONS)}
            )
        if upload.size > settings.FORUM_ATTACHMENT_MAX_SIZE:
            raise forms.ValidationError(
                _("«%(name)s» er for stor. Største tillatte størrelse er %(max)s.")
                % {"name": upload.name, "max": filesizeformat(settings.FORUM_ATTACHMENT_MAX_SIZE)}
            )
        upload.is_image = extension in IMAGE_EXTENSIONS
        if upload.is_image:
            try:
                with Image.open(upload) as image:
                    image.verify()
                    kind = (image.format or "").lower()
            except Exception as error:
                raise forms.ValidationError(
                    _("«%(name)s» er ikke et gyldig bilde.") % {"name": upload.name}
                ) from error
            if kind not in IMAGE_EXTENSIONS:
                raise forms.ValidationError(_("«%(name)s» er ikke et gyldig bilde.") % {"name": upload.name})
            upload.content_type = Image.MIME.get(kind.upper(), upload.content_type)
            upload.seek(0)
        return upload


def _attachment_help():
    # Formatted when shown: `_("…") % {…}` here in the class body would freeze the text in the
    # language active at import, and nynorsk readers would get bokmål.
    return _("Bilder eller dokumenter, høyst %(size)s per fil.") % {
        "size": filesizeformat(settings.FORUM_ATTACHMENT_MAX_SIZE)
    }


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Innlegg"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20_000,
        help_text=_(
            "Du kan bruke Markdown: **fet**, *kursiv*, > sitat, - liste, [lenke](https://…). Nevn noen med @brukernavn."
        ),
    )
    files = AttachmentsField(
        label=_("Vedlegg"),
        required=False,
        help_text=lazy(_attachment_help, str)(),
    )


class TopicForm(PostForm):
    title = forms.CharField(label=_("Tittel"), max_length=200, min_length=5)
    is_question = forms.BooleanField(
        label=_("Dette er et spørsmål (et svar kan merkes som løsningen)"), required=False
    )
    field_order = ["title", "body", "is_question", "files"]


class EditForm(forms.Form):
    body = PostForm.base_fields["body"]


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Hvorfor rapporterer du innlegget?"), choices=ReportReason.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label=_("Kommentar til moderator (valgfritt)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MoveForm(forms.Form):
    forum = forms.ModelChoiceField(label=_("Flytt til forum"), queryset=Forum.objects.all())


class SplitForm(forms.Form):
    title = forms.CharField(label=_("Tittel på det nye emnet"), max_length=200, min_length=5)
    numbers = forms.CharField(
        label=_("Innleggsnumre som skal flyttes"), help_text=_("For eksempel: 4, 5, 7-9")
    )

    def clean_numbers(self):
        numbers = set()
        for part in self.cleaned_data["numbers"].replace(" ", "").split(","):
            if not part:
                continue
            try:
                low, _sep, high = part.partition("-")
                numbers.update(range(int(low), int(high or low) + 1))
            except ValueError as error:
                raise forms.ValidationError(_("Skriv numre som 4, 5, 7-9.")) from error
        if not numbers or len(numbers) > 1000:
            raise forms.ValidationError(_("Skriv numre som 4, 5, 7-9."))
        return sorted(numbers)


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Slå sammen med emne (nummer)"), queryset=Topic.objects.all(), widget=forms.NumberInput
    )


class EmailSettingsForm(forms.Form):
    email_frequency = forms.ChoiceField(
        label=_("E-post om varsler"), choices=EmailFrequency.choices, widget=forms.RadioSelect
    )
