from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StancesConfig(AppConfig):
    name = "stances"
    verbose_name = "Stances: conflicts, statements and votes"

    def ready(self):
        from config.roles import on_post_migrate

        from . import signals  # noqa: F401 - connects the stance changes' receivers

        post_migrate.connect(on_post_migrate, sender=self)
