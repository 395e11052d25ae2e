import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create the first admin account if there is none. The password comes from "
        "DJANGO_ADMIN_PASSWORD, or is generated and printed once."
    )

    def handle(self, *args, **options):
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            self.stdout.write("An admin account exists already; nothing to do.")
            return
        username = os.environ.get("DJANGO_ADMIN_USER", "admin")
        email = os.environ.get("DJANGO_ADMIN_EMAIL", "admin@example.org")
        password = os.environ.get("DJANGO_ADMIN_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(18)
        try:
            validate_password(password, users(username=username, email=email))
        except ValidationError as error:
            raise CommandError("DJANGO_ADMIN_PASSWORD: " + " ".join(error.messages)) from error
        users.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(self.style.SUCCESS(f"Created admin account {username!r}."))
        if generated:
            self.stdout.write(
                f"Its password, shown only this once: {password}\n"
                "(set DJANGO_ADMIN_PASSWORD to choose it yourself)"
            )
