"""Enqueue the daily or weekly forum digest for every user who chose it (run from cron)."""

from django.core.management.base import BaseCommand

from forums.models import EmailFrequency, ForumProfile, Notification
from forums.tasks import send_digest


class Command(BaseCommand):
    help = "Legg dagens eller ukens sammendrag av forumvarsler i køen."

    def add_arguments(self, parser):
        parser.add_argument("frequency", choices=[EmailFrequency.DAILY, EmailFrequency.WEEKLY])

    def handle(self, frequency, **options):
        users = ForumProfile.objects.filter(email_frequency=frequency).values_list("user_id", flat=True)
        waiting = set(
            Notification.objects.filter(user_id__in=users, emailed_at__isnull=True).values_list(
                "user_id", flat=True
            )
        )
        for user_id in sorted(waiting):
            send_digest.enqueue(user_id, frequency)
        self.stdout.write(f"{len(waiting)} sammendrag lagt i køen ({frequency}).")
