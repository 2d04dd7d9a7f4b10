"""Signal handlers: municipality groups follow user profiles, and workflow e-mails to authors.

Wagtail's own approval and rejection e-mails are replaced for experiences by Norwegian ones
that carry the editor's comment and a link; for any other content Wagtail's notifier runs.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.admin.signal_handlers import workflow_approval_email_notifier, workflow_rejection_email_notifier
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from municipalities.models import UserProfile

from . import notifications, permissions
from .models import ExperiencePage, MunicipalitySectionPage


@receiver(post_save, sender=UserProfile, dispatch_uid="experiences_profile_groups")
def profile_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        permissions.sync_user_groups(instance.user, instance.municipality)


@receiver(post_save, sender=MunicipalitySectionPage, dispatch_uid="experiences_section_group")
def section_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        permissions.add_municipality_members(instance)


def _is_experience(workflow_state):
    content = workflow_state.content_object
    return isinstance(getattr(content, "specific_deferred", content), ExperiencePage)


def workflow_approved_handler(sender, instance, user=None, **kwargs):
    if _is_experience(instance):
        notifications.experience_approved(instance, user)
    else:
        workflow_approval_email_notifier(sender=sender, instance=instance, user=user, **kwargs)


def workflow_rejected_handler(sender, instance, user=None, **kwargs):
    if _is_experience(instance):
        notifications.experience_rejected(instance, user)
    else:
        workflow_rejection_email_notifier(sender=sender, instance=instance, user=user, **kwargs)


# The same dispatch_uid as wagtail.admin's handlers: this app is ready() first, so Wagtail's
# later connect() with that uid is a no-op and the author gets one e-mail, not two.
workflow_approved.connect(
    workflow_approved_handler, sender=WorkflowState, dispatch_uid="workflow_state_approved_email_notification"
)
workflow_rejected.connect(
    workflow_rejected_handler, sender=WorkflowState, dispatch_uid="workflow_state_rejected_email_notification"
)
