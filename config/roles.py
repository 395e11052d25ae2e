"""The Editors group: exactly the permissions curation needs, kept in step after each migrate.

Editors review and write statements, submit and retry articles and manage their API tokens;
reference data (countries, blocs, people, offices, conflicts, resolutions) they may only view:
changing it stays with staff.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

EDITORS_GROUP = "Editors"

EDITOR_PERMISSIONS = {
    "stances": {"statement": ("view", "add", "change")},
    "ingest": {"article": ("view", "add", "change"), "feed": ("view",)},
    "authtoken": {"token": ("view", "add", "delete"), "tokenproxy": ("view", "add", "delete")},
}
VIEW_ONLY_APPS = ("actors", "stances")


def editors_group_ensure() -> Group:
    """Create or correct the Editors group; return it."""
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    wanted = set(
        Permission.objects.filter(
            content_type__app_label__in=VIEW_ONLY_APPS, codename__startswith="view_"
        )
    )
    for app_label, models in EDITOR_PERMISSIONS.items():
        for model, actions in models.items():
            wanted.update(
                Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(wanted)
    return group


def on_post_migrate(sender, **kwargs):
    if sender.name == "stances":
        editors_group_ensure()
