"""Nothing lost: every change to statements and reference data is in its history, with who and
when, and a deleted statement is restored from it in the admin.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from actors.models import Bloc, BlocMembership, Country, CountryName, Office, Person, Term
from config.roles import EDITORS_GROUP
from stances.models import Conflict, Resolution, Statement, Vote
from tests.factories import StatementFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    # Staff, as editors must be to work in the admin.
    user = UserFactory(username="editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def admin_as(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "model",
    [
        Statement,
        Conflict,
        Resolution,
        Country,
        CountryName,
        Bloc,
        BlocMembership,
        Person,
        Office,
        Term,
        Vote,
    ],
)
def test_the_model_keeps_a_history_of_every_change(model):
    assert hasattr(model, "history"), f"{model.__name__} has no history"


def test_an_api_change_to_a_statement_is_in_its_history_with_who_and_when(editor):
    statement = StatementFactory()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")

    response = client.patch(
        f"/api/v1/statements/{statement.pk}/", {"summary": "Checked."}, format="json"
    )

    assert response.status_code == 200, response.content
    change = statement.history.latest()
    assert change.history_type == "~"
    assert change.history_user == editor
    assert timezone.now() - change.history_date < timedelta(minutes=1)
    assert change.summary == "Checked."
    assert change.prev_record.summary == ""


def test_an_admin_change_to_reference_data_is_in_its_history_with_who():
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
    conflict = Conflict.objects.get(slug="russia-ukraine-war")
    form = (
        admin_as(staff)
        .get(f"/admin/stances/conflict/{conflict.pk}/change/")
        .context["adminform"]
        .form
    )
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        summary="Edited by staff.",
        aliases='["Ukraine war"]',
        side_a_countries=[c.pk for c in form.initial["side_a_countries"]],
        side_b_countries=[c.pk for c in form.initial["side_b_countries"]],
    )

    response = admin_as(staff).post(f"/admin/stances/conflict/{conflict.pk}/change/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    change = conflict.history.latest()
    assert change.history_user == staff
    assert change.summary == "Edited by staff."


def test_approving_in_the_review_queue_is_in_the_history(editor):
    statement = StatementFactory(status="pending")

    admin_as(editor).post(
        "/admin/stances/statement/",
        {"action": "approve_selected", "_selected_action": [statement.pk]},
    )

    change = statement.history.latest()
    assert change.status == "approved"
    assert change.history_user == editor


def form_data(form) -> dict:
    """What a browser would post back for an unchanged admin form."""
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        data[name] = value.pk if hasattr(value, "pk") else value
    return data


def test_a_deleted_statement_is_restored_from_its_history_in_the_admin(editor):
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
    statement = StatementFactory(quote="Restore me.", summary="As it was.")
    pk = statement.pk
    staff_api = APIClient()
    staff_api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=staff).key}")
    assert staff_api.delete(f"/api/v1/statements/{pk}/").status_code == 204
    deletion = Statement.history.filter(id=pk).latest()
    assert deletion.history_type == "-" and deletion.history_user == staff

    url = f"/admin/stances/statement/{pk}/history/{deletion.history_id}/"
    page = admin_as(editor).get(url)
    assert page.status_code == 200
    response = admin_as(editor).post(url, form_data(page.context["adminform"].form))

    assert response.status_code == 302, page.context["adminform"].form.errors
    restored = Statement.objects.get(pk=pk)
    assert (restored.quote, restored.summary) == ("Restore me.", "As it was.")
    assert Statement.history.filter(id=pk).latest().history_user == editor
