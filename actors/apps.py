from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ActorsConfig(AppConfig):
    name = "actors"
    verbose_name = "Actors: countries, blocs, people and offices"

    def ready(self):
        from config.response_cache import install_data_version

        # After every migrate: tables that later migrations add get their trigger too.
        post_migrate.connect(install_data_version, sender=self)
