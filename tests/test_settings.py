"""Settings come from the environment; production refuses to run half-configured."""

import os
import subprocess
import sys

from django.conf import settings

STRONG_KEY = "k7#Qz!p2Lw9@vX4mRt8&Yb1^Nc6*Hd3(Je5)Uf0_Gs-Ia+Ko=Pq"


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ENV", "DEBUG")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_ENV="production", ALLOWED_HOSTS="atlas.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DJANGO_ENV=production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", DJANGO_ENV="production", SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set when DJANGO_ENV=production" in result.stderr


def test_the_deploy_check_reports_no_warnings_in_production():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="atlas.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_with_no_environment_it_runs_embedded_on_sqlite_under_var():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], "
        "s.CELERY_TASK_ALWAYS_EAGER)",
        DATABASE_URL="",
        CELERY_BROKER_URL="",
    )
    engine, name, eager = result.stdout.splitlines()[-1].split()
    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("var/stance_atlas.sqlite3")
    assert eager == "True"
