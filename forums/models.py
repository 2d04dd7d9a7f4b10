"""Forums, topics and posts between the programme municipalities."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from municipalities import access


class Access(models.TextChoices):
    OPEN = "open", _("Åpent: alle kan lese, medlemmer kan skrive")
    PROGRAMME = "programme", _("Bare for programkommuner")


class ForumQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The one rule for who reads what: every surface filters forums through this."""
        if access.is_programme_member(user):
            return self
        return self.filter(access=Access.OPEN)


class Forum(models.Model):
    name = models.CharField(_("navn"), max_length=120)
    slug = models.SlugField(_("adresse (slug)"), unique=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    access = models.CharField(_("tilgang"), max_length=20, choices=Access.choices, default=Access.OPEN)
    position = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)

    objects = ForumQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("forum")
        verbose_name_plural = _("forum")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forums:forum", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        return self.access == Access.OPEN


class TopicQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(forum__in=Forum.objects.visible_to(user))


class Topic(index.Indexed, models.Model):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="topics")
    title = models.CharField(_("tittel"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    themes = models.ManyToManyField("experiences.Theme", blank=True, related_name="topics")
    created_at = models.DateTimeField(_("opprettet"), default=timezone.now)
    last_post_at = models.DateTimeField(_("siste innlegg"), default=timezone.now)
    post_count = models.PositiveIntegerField(default=0)

    objects = TopicQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.FilterField("forum"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["-last_post_at"]
        verbose_name = _("emne")
        verbose_name_plural = _("emner")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forums:topic", kwargs={"pk": self.pk})


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(topic__forum__in=Forum.objects.visible_to(user))


class Post(index.Indexed, models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    number = models.PositiveIntegerField(_("nummer"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("tekst"))
    created_at = models.DateTimeField(default=timezone.now)

    objects = PostQuerySet.as_manager()

    search_fields = [
        index.SearchField("body"),
        index.FilterField("topic"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["topic", "number"]
        verbose_name = _("innlegg")
        verbose_name_plural = _("innlegg")
        constraints = [
            models.UniqueConstraint(fields=["topic", "number"], name="unique_post_number_per_topic")
        ]

    def __str__(self):
        return f"{self.topic} #{self.number}"
