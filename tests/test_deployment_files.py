"""docker-compose.yml cannot be run here (no Docker engine): check what it promises by reading."""

from pathlib import Path

import yaml
from django.conf import settings

COMPOSE = yaml.safe_load((Path(settings.BASE_DIR) / "docker-compose.yml").read_text())


def test_the_stack_has_the_five_services_with_health_checks():
    services = COMPOSE["services"]
    assert set(services) == {"db", "redis", "web", "worker", "beat"}
    for name in ("db", "redis", "web", "worker"):
        assert services[name]["healthcheck"]["test"], name


def test_the_database_keeps_its_data_in_a_volume():
    assert "db-data:/var/lib/postgresql/data" in COMPOSE["services"]["db"]["volumes"]
    assert "db-data" in COMPOSE["volumes"]


def test_the_app_services_wait_for_healthy_services_and_use_them():
    for name in ("web", "worker", "beat"):
        service = COMPOSE["services"][name]
        assert service["depends_on"] == {
            "db": {"condition": "service_healthy"},
            "redis": {"condition": "service_healthy"},
        }
        environment = service["environment"]
        assert environment["DATABASE_URL"].startswith("postgres://")
        assert environment["CELERY_BROKER_URL"].startswith("redis://redis:6379")
        assert environment["DJANGO_ENV"] == "production"


def test_web_migrates_on_start_then_serves_with_gunicorn_and_the_workers_run_celery():
    web = " ".join(COMPOSE["services"]["web"]["command"].split())
    assert web.index("manage.py migrate") < web.index("gunicorn config.wsgi:application")
    assert COMPOSE["services"]["worker"]["command"].startswith("celery -A config worker")
    assert COMPOSE["services"]["beat"]["command"].startswith("celery -A config beat")
