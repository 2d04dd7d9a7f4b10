"""Forums, topics and posts, and what users do with them: read, like, watch, report, moderate.

Who may read what is decided in one place, `ForumQuerySet.visible_to(user)`; topics, posts,
attachments and notifications all derive their own `visible_to` from it. Topic and Post carry
their forum id and a stored `is_visible` flag, so the search backend can filter on their own
fields (modelsearch filters cannot follow relations).
"""

import os
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from municipalities import access

from .markup import render_markdown


class Access(models.TextChoices):
    OPEN = "open", _("Åpent: alle kan lese, medlemmer kan skrive")
    PROGRAMME = "programme", _("Bare for programkommuner")


def visible_forum_ids(user):
    """Ids of the forums `user` may read, cached on the user object for the request."""

    def compute():
        return list(Forum.objects.visible_to(user).values_list("id", flat=True))

    if not getattr(user, "is_authenticated", False):
        return compute()
    return access.remember(user, "forum_ids", compute)


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

    def can_post(self, user):
        """Members post in open forums; programme members and editors in programme forums."""
        return access.is_member(user) and self.pk in visible_forum_ids(user)


def _with_moderation(qs, user, moderation):
    """Plain readers see visible items; with `moderation`, editors see all and authors their own."""
    qs = qs.filter(forum_id__in=visible_forum_ids(user))
    if moderation and access.is_editor(user):
        return qs
    if moderation and getattr(user, "is_authenticated", False):
        return qs.filter(Q(is_visible=True) | Q(author=user))
    return qs.filter(is_visible=True)


class TopicQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible_to(self, user, moderation=False):
        """Topics `user` may read. Own fields only, so search backends can apply it."""
        return _with_moderation(self, user, moderation)


class Topic(index.Indexed, models.Model):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="topics")
    title = models.CharField(_("tittel"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    themes = models.ManyToManyField("experiences.Theme", blank=True, related_name="topics")
    created_at = models.DateTimeField(_("opprettet"), default=timezone.now)
    last_post_at = models.DateTimeField(_("siste innlegg"), default=timezone.now)
    # The highest post number handed out; deleted and moved posts keep their numbers.
    post_count = models.PositiveIntegerField(default=0)
    is_question = models.BooleanField(_("spørsmål"), default=False)
    accepted_post = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    is_locked = models.BooleanField(_("låst"), default=False)
    is_pinned = models.BooleanField(_("festet"), default=False)
    # Follows the first post: a topic awaiting approval, hidden or deleted is not shown.
    is_visible = models.BooleanField(default=True)

    objects = TopicQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.FilterField("forum"),
        index.FilterField("is_visible"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["-is_pinned", "-last_post_at"]
        verbose_name = _("emne")
        verbose_name_plural = _("emner")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forums:topic", kwargs={"pk": self.pk})

    def page_count(self):
        size = settings.FORUM_POSTS_PER_PAGE
        return max(1, -(-self.post_count // size))

    def page_url(self, page):
        url = self.get_absolute_url()
        return url if page <= 1 else f"{url}?side={page}"

    def sync_visibility(self):
        first = self.posts.filter(number=1).first() or self.posts.order_by("number").first()
        visible = bool(first and first.is_visible)
        if visible != self.is_visible:
            self.is_visible = visible
            self.save(update_fields=["is_visible"])


class PostQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible_to(self, user, moderation=False):
        """Posts `user` may read. Own fields only, so search backends can apply it."""
        return _with_moderation(self, user, moderation)

    def page(self, topic, page):
        """Posts of one page, selected by post number (keyset), never by OFFSET."""
        size = settings.FORUM_POSTS_PER_PAGE
        return self.filter(topic=topic, number__gt=(page - 1) * size, number__lte=page * size)


class Post(index.Indexed, models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    # Denormalised from topic.forum for search filters; kept in sync by move/split/merge.
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField(_("nummer"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("tekst"))
    body_html = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    is_approved = models.BooleanField(_("godkjent"), default=True)
    is_hidden = models.BooleanField(_("skjult av moderator"), default=False)
    is_deleted = models.BooleanField(_("slettet"), default=False)
    is_visible = models.BooleanField(default=True, editable=False)
    like_count = models.PositiveIntegerField(default=0)

    objects = PostQuerySet.as_manager()

    search_fields = [
        index.SearchField("body"),
        index.FilterField("topic"),
        index.FilterField("forum"),
        index.FilterField("is_visible"),
        index.FilterField("is_hidden"),
        index.FilterField("is_deleted"),
        index.FilterField("is_approved"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["topic", "number"]
        verbose_name = _("innlegg")
        verbose_name_plural = _("innlegg")
        constraints = [
            models.UniqueConstraint(fields=["topic", "number"], name="unique_post_number_per_topic")
        ]
        indexes = [models.Index(fields=["author", "created_at"], name="forum_post_author_created")]

    def __str__(self):
        return f"{self.topic} #{self.number}"

    def save(self, *args, **kwargs):
        if self.forum_id is None and self.topic_id:
            self.forum_id = self.topic.forum_id
        self.is_visible = self.is_approved and not self.is_hidden and not self.is_deleted
        self.body_html = render_markdown(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | {"is_visible", "body_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The permalink: lands on the page that holds this post, at its anchor."""
        return reverse("forums:post_in_topic", kwargs={"pk": self.topic_id, "number": self.number})

    @property
    def anchor(self):
        return f"innlegg-{self.number}"

    @property
    def page(self):
        return -(-self.number // settings.FORUM_POSTS_PER_PAGE)

    def page_url(self):
        return f"{self.topic.page_url(self.page)}#{self.anchor}"


class PostRevision(models.Model):
    """The text a post had before an edit; moderators see the history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.post} ({self.created_at:%Y-%m-%d %H:%M})"


def attachment_path(instance, filename):
    # An unguessable folder: files are only ever served through the permission-checked view.
    return f"forum/{secrets.token_urlsafe(16)}/{os.path.basename(filename)}"


class AttachmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        # The same as the post's readers; editors and the author also on hidden/pending posts.
        return self.filter(post__in=Post.objects.visible_to(user, moderation=True))


class Attachment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=300)
    name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    content_type = models.CharField(max_length=100)
    is_image = models.BooleanField(default=False)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forums:attachment", kwargs={"pk": self.pk, "name": self.name})


class Like(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="likes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="unique_like")]

    def __str__(self):
        return f"{self.user} ♥ {self.post}"


class ReadState(models.Model):
    """How far a user has read a topic: the highest post number seen."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="read_states")
    last_read_number = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="unique_read_state")]

    def __str__(self):
        return f"{self.user}: {self.topic} #{self.last_read_number}"


class EmailFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Med en gang")
    DAILY = "daily", _("Daglig sammendrag")
    WEEKLY = "weekly", _("Ukentlig sammendrag")
    NEVER = "never", _("Aldri")


class ForumProfile(models.Model):
    """A user's forum settings and visits (for "new since last visit")."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_profile"
    )
    email_frequency = models.CharField(
        _("e-postvarsler"), max_length=20, choices=EmailFrequency.choices, default=EmailFrequency.IMMEDIATELY
    )
    last_seen_at = models.DateTimeField(null=True, blank=True)
    previous_visit_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]

    def register_visit(self, now=None):
        """A visit starts after 30 minutes away; remember when the previous one was."""
        now = now or timezone.now()
        if self.last_seen_at is None or (now - self.last_seen_at).total_seconds() > 30 * 60:
            self.previous_visit_at = self.last_seen_at
        self.last_seen_at = now
        self.save(update_fields=["last_seen_at", "previous_visit_at"])


class Subscription(models.Model):
    """Watching a topic or a whole forum: notified of every new post in it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="unique_topic_watch"),
            models.UniqueConstraint(fields=["user", "forum"], name="unique_forum_watch"),
            models.CheckConstraint(
                condition=Q(topic__isnull=False) | Q(forum__isnull=False), name="watch_topic_or_forum"
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.topic or self.forum}"


class NotificationKind(models.TextChoices):
    MENTION = "mention", _("nevnte deg")
    REPLY = "reply", _("svarte i et emne du følger")
    NEW_TOPIC = "new_topic", _("startet et emne i et forum du følger")
    MODERATION = "moderation", _("moderering")


class NotificationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Only the user's own notifications, and only while they may still read the post.

        Moderation outcomes concern the user's own (maybe hidden) post: shown while they may
        read the forum. Checked again at every delivery, so a lost membership stops them.
        """
        if not getattr(user, "is_authenticated", False):
            return self.none()
        forum_ids = visible_forum_ids(user)
        readable = Q(post__forum_id__in=forum_ids, post__is_visible=True) | Q(
            kind=NotificationKind.MODERATION, post__forum_id__in=forum_ids
        )
        return self.filter(readable, user=user)

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.CharField(max_length=300, blank=True)  # moderation outcome, no post text
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"], name="forum_notif_user_read")]

    def __str__(self):
        return f"{self.user}: {self.get_kind_display()} ({self.post})"


class ReportReason(models.TextChoices):
    OFF_TOPIC = "off_topic", _("Utenfor tema")
    INAPPROPRIATE = "inappropriate", _("Upassende eller krenkende")
    PERSONAL_DATA = "personal_data", _("Inneholder personopplysninger")
    SPAM = "spam", _("Reklame eller søppel")
    OTHER = "other", _("Annet")


class Report(models.Model):
    """A flag raised on a post by a reader; editors resolve it from the queue."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("grunn"), max_length=20, choices=ReportReason.choices)
    comment = models.TextField(_("kommentar"), blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    outcome = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=Q(resolved_at__isnull=True),
                name="one_open_report_per_user",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"


class ModerationAction(models.TextChoices):
    APPROVE = "approve", _("godkjente innlegg")
    REJECT = "reject", _("avviste innlegg")
    HIDE = "hide", _("skjulte innlegg")
    RESTORE = "restore", _("gjenopprettet innlegg")
    DISMISS = "dismiss", _("avviste rapport")
    LOCK = "lock", _("låste emne")
    UNLOCK = "unlock", _("låste opp emne")
    PIN = "pin", _("festet emne")
    UNPIN = "unpin", _("løsnet emne")
    MOVE = "move", _("flyttet emne")
    SPLIT = "split", _("delte emne")
    MERGE = "merge", _("slo sammen emner")


class ModerationLogEntry(models.Model):
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=20, choices=ModerationAction.choices)
    topic = models.ForeignKey(Topic, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.actor} {self.get_action_display()}"
