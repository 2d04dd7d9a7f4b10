"""Who may write where: one Wagtail group per municipality section, and the editors' workflow.

Every function here is idempotent, so the demo loader, the signal handlers and an administrator
can call them again at any time and end up with the same groups, permissions and workflow.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from municipalities.access import EDITOR_GROUP

from .models import EventIndexPage, ExperienceIndexPage, MunicipalitySectionPage

WORKFLOW_NAME = "Godkjenning av erfaringer"
TASK_NAME = "Husbanken godkjenner"
GROUP_PREFIX = "Kommune: "

# Members write drafts and submit them; only the editors' approval publishes.
MEMBER_PAGE_PERMISSIONS = ["add_page", "change_page"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEMBER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
EDITOR_COLLECTION_PERMISSIONS = MEMBER_COLLECTION_PERMISSIONS + [
    ("wagtailimages", "change_image"),
    ("wagtaildocs", "change_document"),
]
EDITOR_MODEL_PERMISSIONS = [
    ("experiences", "add_theme"),
    ("experiences", "change_theme"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename):
    return _permission("wagtailcore", codename)


def _grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(codename)
        )


def _grant_collection(group, codenames):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label, codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=_permission(app_label, codename)
        )


def _grant_admin(group):
    group.permissions.add(_permission("wagtailadmin", "access_admin"))


@transaction.atomic
def ensure_section_group(section):
    """The group whose members may write drafts in `section`, and nowhere else."""
    name = f"{GROUP_PREFIX}{section.municipality.name}"
    group = section.editors_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=name)
        type(section).objects.filter(pk=section.pk).update(editors_group=group)
        section.editors_group = group
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    _grant_admin(group)
    _grant_pages(group, section, MEMBER_PAGE_PERMISSIONS)
    _grant_collection(group, MEMBER_COLLECTION_PERMISSIONS)
    return group


def sync_user_groups(user, municipality):
    """Put `user` into their municipality's section group and out of every other one."""
    section = (
        MunicipalitySectionPage.objects.filter(municipality=municipality).first()
        if municipality is not None
        else None
    )
    wanted = ensure_section_group(section) if section is not None else None
    old = user.groups.filter(experience_section__isnull=False)
    if wanted is not None:
        old = old.exclude(pk=wanted.pk)
    user.groups.remove(*old)
    if wanted is not None:
        user.groups.add(wanted)


def add_municipality_members(section):
    """Everyone whose profile names the section's municipality joins its group."""
    group = ensure_section_group(section)
    users = get_user_model().objects.filter(profile__municipality_id=section.municipality_id)
    group.user_set.add(*users)


@transaction.atomic
def ensure_editorial_setup():
    """Editors' permissions and the approval workflow on the experiences index.

    Returns the workflow, or None while the page tree has no experiences index yet.
    """
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    _grant_admin(editors)
    for app_label, codename in EDITOR_MODEL_PERMISSIONS:
        editors.permissions.add(_permission(app_label, codename))
    _grant_collection(editors, EDITOR_COLLECTION_PERMISSIONS)
    for page in EventIndexPage.objects.all():
        _grant_pages(editors, page, EDITOR_PAGE_PERMISSIONS)

    index = ExperienceIndexPage.objects.first()
    if index is None:
        return None
    _grant_pages(editors, index, EDITOR_PAGE_PERMISSIONS)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(editors)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})

    for section in index.get_children().type(MunicipalitySectionPage).specific():
        add_municipality_members(section)
    return workflow
